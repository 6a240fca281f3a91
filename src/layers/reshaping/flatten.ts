import { defineLayer } from '../definition';
import { layerError } from '../issue';
import { localText } from '../text/localText';
import { product } from '../shape';

export const flatten = defineLayer({
  type: 'Flatten',
  label: 'Flatten',
  category: 'Reshaping',
  inputs: { min: 1, max: 1 },
  params: {},
  doc: 'Lays all values out in one long vector, row by row: a 28×28×1 image becomes 784 values. Needed between convolution layers, which see images, and Dense layers, which see vectors. Nothing is learned.',
  inferShape(inputs) {
    const input = inputs[0]!;
    if (input.length < 2) {
      // TensorFlow.js refuses to flatten what is already flat, so this cannot build.
      return {
        ok: false,
        issue: layerError(
          'already-vector',
          localText('problems.alreadyVector', { size: product(input) }),
        ),
      };
    }
    return { ok: true, shape: [product(input)] };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Moves values, multiplies nothing.
  flops: () => 0,
  toKeras: () => ({ class_name: 'Flatten', config: { data_format: 'channels_last' } }),
  fromKeras: {
    classNames: ['Flatten'],
    read(_cls, c) {
      if (c.data_format === 'channels_first') {
        return {
          ok: false,
          message:
            'Flatten with channels_first data (channels before height and width) is not supported',
        };
      }
      return { ok: true, params: {} };
    },
  },
});
