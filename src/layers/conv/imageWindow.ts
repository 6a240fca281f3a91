import type { ShapeResult } from '../definition';
import type { Shape } from '../shape';
import { windowOutputShape, type Padding } from './arithmetic';
import { expectImage } from './inputRank';

/**
 * Output shape of a 2-D convolution over an H×W×C image: height and width by the window rules,
 * then as many channels as the layer makes from C.
 */
export function imageWindowShape(
  layer: string,
  input: Shape,
  window: {
    kernel: readonly number[];
    strides: readonly number[];
    dilation: readonly number[];
    padding: Padding;
  },
  channels: (inputChannels: number) => number,
): ShapeResult {
  const rank = expectImage(layer, input);
  if (rank) return { ok: false, issue: rank };
  const out = windowOutputShape(
    layer,
    input.slice(0, 2),
    window.kernel,
    window.strides,
    window.dilation,
    window.padding,
  );
  if (!out.ok) return out;
  return { ok: true, shape: [...out.dims, channels(input[2]!)] };
}
