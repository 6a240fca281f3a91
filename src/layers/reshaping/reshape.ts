import { defineLayer } from '../definition';
import { layerError, setParamsFix } from '../issue';
import { formatShape, product } from '../shape';
import { localText } from '../text/localText';

export const reshape = defineLayer({
  type: 'Reshape',
  label: 'Reshape',
  category: 'Reshaping',
  inputs: { min: 1, max: 1 },
  params: {
    targetShape: {
      kind: 'shape',
      default: [28, 28, 1],
      min: 1,
      max: 100_000,
      minLength: 1,
      maxLength: 4,
      label: 'Target shape',
      help: 'The new shape of one example; it must hold exactly as many values as the input.',
    },
  },
  keyParams: ['targetShape'],
  doc: 'Arranges the same values into a new shape, in the same order: a vector of 784 values can become a 28×28×1 image. The number of values cannot change. Nothing is learned.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    const have = product(input);
    const want = product(p.targetShape);
    if (have !== want) {
      return {
        ok: false,
        issue: layerError(
          'reshape-size-mismatch',
          localText('problems.reshapeSize', {
            from: formatShape(input),
            have,
            to: formatShape(p.targetShape),
            want,
          }),
          {
            param: 'targetShape',
            fix: setParamsFix(
              { targetShape: [have] },
              localText('problems.fix.reshapeTo', { size: have }),
            ),
          },
        ),
      };
    }
    return { ok: true, shape: [...p.targetShape] };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Moves values, multiplies nothing.
  flops: () => 0,
  toKeras: (p) => ({ class_name: 'Reshape', config: { target_shape: [...p.targetShape] } }),
  fromKeras: {
    classNames: ['Reshape'],
    read(_cls, c) {
      const target = c.target_shape;
      if (!Array.isArray(target) || target.length === 0 || target.length > 4) {
        return {
          ok: false,
          message: `target shape ${JSON.stringify(target)} is not a list of 1 to 4 sizes`,
        };
      }
      if (target.some((d) => d === -1)) {
        return {
          ok: false,
          message: `target shape ${JSON.stringify(target)} leaves a size to be inferred (-1); give every size`,
        };
      }
      if (!target.every((d) => typeof d === 'number' && Number.isInteger(d) && d > 0)) {
        return {
          ok: false,
          message: `target shape ${JSON.stringify(target)} must hold positive whole numbers`,
        };
      }
      return { ok: true, params: { targetShape: target as number[] } };
    },
  },
});
