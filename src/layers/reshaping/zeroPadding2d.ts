import { defineLayer } from '../definition';
import { layerError } from '../issue';
import { localText } from '../text/localText';
import { formatShape } from '../shape';

type Pair = readonly [number, number];

/**
 * Keras writes padding as one number, as [rows, cols], or as [[top, bottom], [left, right]].
 * Only symmetric padding is represented here.
 */
function readPadding(value: unknown): { ok: true; padding: Pair } | { ok: false; message: string } {
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (value === undefined || value === null) return { ok: true, padding: [1, 1] };
  if (isInt(value)) return { ok: true, padding: [value, value] };
  if (Array.isArray(value) && value.length === 2) {
    const [a, b] = value as unknown[];
    if (isInt(a) && isInt(b)) return { ok: true, padding: [a, b] };
    const pair = (v: unknown) =>
      Array.isArray(v) && v.length === 2 && isInt(v[0]) && isInt(v[1]) ? (v as number[]) : null;
    const rows = pair(a);
    const cols = pair(b);
    if (rows && cols) {
      if (rows[0] !== rows[1] || cols[0] !== cols[1]) {
        return {
          ok: false,
          message: `uneven padding ${JSON.stringify(value)} is not supported; top must equal bottom and left must equal right`,
        };
      }
      return { ok: true, padding: [rows[0]!, cols[0]!] };
    }
  }
  return { ok: false, message: `padding ${JSON.stringify(value)} is not understood` };
}

export const zeroPadding2d = defineLayer({
  type: 'ZeroPadding2D',
  label: 'Zero Padding 2D',
  category: 'Reshaping',
  inputs: { min: 1, max: 1 },
  params: {
    padding: {
      kind: 'int2',
      default: [1, 1],
      min: 0,
      max: 1000,
      label: 'Padding',
      help: 'Rows of zeros added at the top and at the bottom; columns added at the left and at the right.',
    },
  },
  keyParams: ['padding'],
  doc: 'Adds a border of zeros around an image, so that a following convolution keeps the size or reaches the edges. Padding [1, 1] turns 28×28 into 30×30. Nothing is learned.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    if (input.length !== 3) {
      return {
        ok: false,
        issue: layerError(
          'needs-image',
          localText('problems.needsImage.padding', {
            layer: 'ZeroPadding2D',
            rank: input.length,
            shape: formatShape(input),
          }),
        ),
      };
    }
    const [h, w, c] = input as [number, number, number];
    const [rows, cols] = p.padding;
    // Both sides are padded: H + 2·rows, W + 2·cols.
    return { ok: true, shape: [h + 2 * rows, w + 2 * cols, c] };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  // Copies values and writes zeros: no multiply-adds.
  flops: () => 0,
  toKeras: (p) => ({
    class_name: 'ZeroPadding2D',
    config: {
      padding: [
        [p.padding[0], p.padding[0]],
        [p.padding[1], p.padding[1]],
      ],
      data_format: 'channels_last',
    },
  }),
  fromKeras: {
    classNames: ['ZeroPadding2D'],
    read(_cls, c) {
      if (c.data_format === 'channels_first') {
        return {
          ok: false,
          message:
            'ZeroPadding2D with channels_first data (channels before height and width) is not supported',
        };
      }
      const read = readPadding(c.padding);
      return read.ok ? { ok: true, params: { padding: read.padding } } : read;
    },
  },
});
