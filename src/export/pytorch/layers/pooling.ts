/**
 * Pooling and upsampling. TensorFlow's 'same' pooling leaves padded positions out: the maximum
 * never sees them (padding with −∞ does the same), and the average divides by the number of real
 * values only, which `average_pool_same` computes as pool(padded x) / pool(padded ones).
 */
import { py } from '../names';
import { anyPadding, fPadArg, ints, paddingOf, tuple } from './common';
import type { Built, LayerContext, TorchLayer } from './types';

function pooling(kind: 'max' | 'avg', rank: 1 | 2): TorchLayer {
  return {
    wants: () => 'first',
    build(ctx): Built {
      const pool = ints(ctx.config, 'pool_size', rank, 2);
      const strides = ctx.config.strides === null ? pool : ints(ctx.config, 'strides', rank, 1);
      const pads = paddingOf(ctx, pool, strides, []);
      const x = ctx.inputs[0]!.name;
      const args = `kernel_size=${tuple(pool)}, stride=${tuple(strides)}`;
      const functional = `F.${kind === 'max' ? 'max' : 'avg'}_pool${rank}d`;
      if (kind === 'avg' && anyPadding(pads)) {
        return {
          modules: [],
          forward: [
            `${ctx.attr} = average_pool_same(${x}, ${functional}, ${tuple(pool)}, ${tuple(strides)}, ${fPadArg(pads)})`,
          ],
          layout: 'first',
          helpers: ['average_pool_same'],
        };
      }
      const cls = `nn.${kind === 'max' ? 'Max' : 'Avg'}Pool${rank}d`;
      const input = anyPadding(pads) ? `F.pad(${x}, ${fPadArg(pads)}, value=float("-inf"))` : x;
      return {
        modules: [{ attr: ctx.attr, code: `${cls}(${args})`, weights: [] }],
        forward: [`${ctx.attr} = self.${ctx.attr}(${input})`],
        layout: 'first',
      };
    },
  };
}

export const maxPooling1d = pooling('max', 1);
export const averagePooling1d = pooling('avg', 1);
export const maxPooling2d = pooling('max', 2);
export const averagePooling2d = pooling('avg', 2);

/** Over every position of every channel, wherever the channels are. */
function globalPooling(kind: 'mean' | 'amax'): TorchLayer {
  return {
    wants: () => 'any',
    build(ctx): Built {
      const input = ctx.inputs[0]!;
      const rank = input.shape.length;
      // Spatial dims: 2 … rank when channels are first, 1 … rank − 1 when last.
      const start = input.layout === 'first' ? 2 : 1;
      const dims = Array.from({ length: rank - 1 }, (_, i) => start + i);
      return {
        modules: [],
        forward: [
          `${ctx.attr} = ${input.name}.${kind}(dim=${py(dims.length === 1 ? dims[0] : dims)})`,
        ],
        layout: 'last',
      };
    },
  };
}

export const globalAveragePooling = globalPooling('mean');
export const globalMaxPooling = globalPooling('amax');

/** Nearest-neighbour upsampling by whole factors repeats each pixel, in both libraries. */
export const upSampling2d: TorchLayer = {
  wants: () => 'first',
  build: (ctx: LayerContext): Built => ({
    modules: [
      {
        attr: ctx.attr,
        code: `nn.Upsample(scale_factor=${py(ints(ctx.config, 'size', 2, 2))}, mode="nearest")`,
        weights: [],
      },
    ],
    forward: [`${ctx.attr} = self.${ctx.attr}(${ctx.inputs[0]!.name})`],
    layout: 'first',
  }),
};
