import { defineLayer } from '../definition';
import { readPair } from '../keras';
import { MAX_WINDOW } from '../conv/convParams';
import { expectImage } from '../conv/inputRank';
import { readChannelsLast } from '../conv/kerasWindow';

export const upSampling2d = defineLayer({
  type: 'UpSampling2D',
  label: 'Up Sampling 2D',
  category: 'Pooling',
  inputs: { min: 1, max: 1 },
  params: {
    size: {
      kind: 'int2',
      default: [2, 2],
      min: 1,
      max: MAX_WINDOW,
      label: 'Size',
      help: 'How many times each pixel is repeated, down × across.',
    },
  },
  keyParams: ['size'],
  doc: 'Makes an image larger by repeating every pixel (nearest neighbour): size 2×2 doubles height and width. The opposite of pooling, with no weights; decoders follow it with a convolution.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    const rank = expectImage('UpSampling2D', input);
    if (rank) return { ok: false, issue: rank };
    return { ok: true, shape: [input[0]! * p.size[0], input[1]! * p.size[1], input[2]!] };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Copies only, no arithmetic.
  flops: () => 0,
  toKeras: (p) => ({
    class_name: 'UpSampling2D',
    config: { size: [...p.size], data_format: 'channels_last', interpolation: 'nearest' },
  }),
  fromKeras: {
    classNames: ['UpSampling2D'],
    read(_cls, c) {
      const format = readChannelsLast(c);
      if (format) return format;
      const interpolation = c.interpolation ?? 'nearest';
      if (interpolation !== 'nearest') {
        return {
          ok: false,
          message: `interpolation '${String(interpolation)}' is not supported; only 'nearest' is`,
        };
      }
      return { ok: true, params: { size: readPair(c.size, [2, 2]) } };
    },
  },
});
