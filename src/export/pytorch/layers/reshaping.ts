/**
 * Flatten, Reshape and ZeroPadding2D. Flatten and Reshape read the values in Keras' order
 * (channels last), so a channels-first tensor is permuted back to NHWC before them. That keeps
 * the weights of the Dense layer after a Flatten exactly as Keras has them, whichever way the
 * flattened vector is used later (one or several layers, merges), at the cost of one permute.
 */
import { py } from '../names';
import type { Built, TorchLayer } from './types';

export const flatten: TorchLayer = {
  wants: () => 'last',
  build: (ctx): Built => ({
    modules: [],
    forward: [`${ctx.attr} = torch.flatten(${ctx.inputs[0]!.name}, start_dim=1)`],
    layout: 'last',
  }),
};

export const reshape: TorchLayer = {
  wants: () => 'last',
  build: (ctx): Built => ({
    modules: [],
    forward: [`${ctx.attr} = ${ctx.inputs[0]!.name}.reshape(-1, ${ctx.output.join(', ')})`],
    layout: 'last',
  }),
};

/** Keras writes ((top, bottom), (left, right)); nn.ZeroPad2d takes (left, right, top, bottom). */
export const zeroPadding2d: TorchLayer = {
  wants: () => 'first',
  build(ctx): Built {
    const p = ctx.config.padding;
    const [[top, bottom], [left, right]] = (
      Array.isArray(p) && Array.isArray(p[0])
        ? p
        : [
            [p, p],
            [p, p],
          ]
    ) as [[number, number], [number, number]];
    return {
      modules: [
        { attr: ctx.attr, code: `nn.ZeroPad2d(${py([left, right, top, bottom])})`, weights: [] },
      ],
      forward: [`${ctx.attr} = self.${ctx.attr}(${ctx.inputs[0]!.name})`],
      layout: 'first',
    };
  },
};
