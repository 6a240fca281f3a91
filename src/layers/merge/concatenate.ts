import { defineLayer } from '../definition';
import { layerError, setParamsFix } from '../issue';
import { localText } from '../text/localText';
import { formatShape } from '../shape';
import { distinctShapes, listShapes, versus } from './describeShapes';

/**
 * `axis` counts the way Keras does, with the batch as axis 0: -1 is the last axis (channels), 1 the
 * first after the batch. Shapes here have no batch axis, so Keras axis a is index a − 1 for a > 0
 * and rank + a for a < 0.
 */
export const concatenate = defineLayer({
  type: 'Concatenate',
  label: 'Concatenate',
  category: 'Merge',
  inputs: { min: 2, max: 16 },
  params: {
    axis: {
      kind: 'int',
      default: -1,
      min: -8,
      max: 8,
      label: 'Axis',
      help: 'The axis to join along: -1 is the last (channels); 1 is the first after the batch.',
    },
  },
  keyParams: ['axis'],
  doc: 'Joins its inputs end to end along one axis, by default the last: 28×28×16 and 28×28×32 become 28×28×48. Every other axis must match. Inception blocks and U-Net skip connections stack feature maps this way.',
  inferShape(inputs, p) {
    const first = inputs[0]!;
    const rank = first.length;
    const shapes = distinctShapes(inputs);
    if (shapes.some((s) => s.length !== rank)) {
      return {
        ok: false,
        issue: layerError(
          'ranks-differ',
          localText('problems.ranksDiffer', { shapes: listShapes(shapes) }),
        ),
      };
    }
    const index = p.axis > 0 ? p.axis - 1 : rank + p.axis;
    if (p.axis === 0 || index < 0 || index >= rank) {
      const text =
        p.axis === 0
          ? localText('problems.batchAxis', { axis: p.axis })
          : localText('problems.axisRange', { axis: p.axis, shape: formatShape(first), rank });
      return {
        ok: false,
        issue: layerError('bad-axis', text, {
          param: 'axis',
          fix: setParamsFix({ axis: -1 }, localText('problems.fix.lastAxis')),
        }),
      };
    }
    for (let i = 0; i < rank; i++) {
      if (i === index) continue;
      const sizes = [...new Set(inputs.map((s) => s[i]!))];
      if (sizes.length > 1) {
        return {
          ok: false,
          issue: layerError(
            'shapes-differ',
            localText('problems.concatMismatch', {
              axis: p.axis,
              shapes: listShapes(shapes),
              index: i + 1,
              sizes: versus(sizes),
            }),
            { param: 'axis' },
          ),
        };
      }
    }
    const shape = [...first];
    shape[index] = inputs.reduce((sum, s) => sum + s[index]!, 0);
    return { ok: true, shape };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Copies only, no arithmetic.
  flops: () => 0,
  // tfjs reads every negative axis as the last one, so any other is written counted from the front
  // (batch included): -2 of a rank-3 example is axis 2.
  toKeras: (p, inputs) => {
    const rank = inputs[0]?.length ?? 0;
    const axis = p.axis < -1 && rank > 0 ? rank + 1 + p.axis : p.axis;
    return { class_name: 'Concatenate', config: { axis } };
  },
  fromKeras: {
    classNames: ['Concatenate'],
    read: (_cls, c) => ({ ok: true, params: { axis: typeof c.axis === 'number' ? c.axis : -1 } }),
  },
});
