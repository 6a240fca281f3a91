import { defineLayer } from '../definition';
import { layerError } from '../issue';
import { localText } from '../text/localText';
import { product } from '../shape';
import { distinctShapes, listShapes } from './describeShapes';

type MergeKind = 'Add' | 'Multiply' | 'Average';

const MAX_INPUTS = 16;

/**
 * Element-wise merges combine inputs of exactly the same shape, value by value. Keras would also
 * broadcast axes of size 1; requiring equal shapes keeps the rule simple and the mistakes visible.
 */
function elementwise(
  type: MergeKind,
  label: string,
  doc: string,
  opsPerValue: (k: number) => number,
) {
  return defineLayer({
    type,
    label,
    category: 'Merge',
    inputs: { min: 2, max: MAX_INPUTS },
    params: {},
    doc,
    inferShape(inputs) {
      if (inputs.length < 2) {
        return {
          ok: false,
          issue: layerError(
            'needs-more-inputs',
            localText('problems.needsMoreInputs', { layer: type, count: inputs.length }),
          ),
        };
      }
      const shapes = distinctShapes(inputs);
      if (shapes.length > 1) {
        return {
          ok: false,
          issue: layerError(
            'shapes-differ',
            localText(
              onlyLastAxisDiffers(shapes)
                ? 'problems.shapesDifferLastAxis'
                : 'problems.shapesDiffer',
              { layer: type, shapes: listShapes(shapes) },
            ),
          ),
        };
      }
      return { ok: true, shape: shapes[0]! };
    },
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    flops: (inputs, _p, output) => opsPerValue(inputs.length) * product(output),
    toKeras: () => ({ class_name: type, config: {} }),
    fromKeras: { classNames: [type], read: () => ({ ok: true, params: {} }) },
  });
}

/** When only the channels differ, stacking them may be what was meant. */
/** Branches that differ only in channels are the usual mistake; the message then says so. */
function onlyLastAxisDiffers(shapes: readonly (readonly number[])[]): boolean {
  const first = shapes[0]!;
  return shapes.every(
    (s) => s.length === first.length && s.slice(0, -1).every((d, i) => d === first[i]),
  );
}

// k inputs: k − 1 additions (or multiplications) per value; the average adds one division.
export const add = elementwise(
  'Add',
  'Add',
  'Adds its inputs value by value; all must have the same shape. A residual (skip) connection adds a block’s input to its output, so the block only has to learn a correction.',
  (k) => k - 1,
);
export const multiply = elementwise(
  'Multiply',
  'Multiply',
  'Multiplies its inputs value by value; all must have the same shape. One input can act as a gate or attention mask that scales the other.',
  (k) => k - 1,
);
export const average = elementwise(
  'Average',
  'Average',
  'Averages its inputs value by value; all must have the same shape. Useful to combine the predictions of several branches.',
  (k) => k,
);
