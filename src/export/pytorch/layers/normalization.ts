/**
 * BatchNormalization and LayerNormalization over the last Keras axis (the channels).
 * Keras' momentum m keeps m of the old running mean (moving = m·moving + (1 − m)·batch);
 * PyTorch's momentum is the share of the new batch, so it is 1 − m (0.99 → 0.01). Epsilon means
 * the same in both: x̂ = (x − μ)/√(σ² + ε). Without center or scale, the missing β or γ is a
 * constant 0 or 1 that training leaves alone.
 */
import { py } from '../names';
import { filled } from '../tensors';
import { num, weight } from './common';
import type { Built, LayerContext, TorchModule } from './types';
import type { TorchLayer } from './types';

function affine(ctx: LayerContext, channels: number) {
  const center = ctx.config.center !== false;
  const scale = ctx.config.scale !== false;
  const weights: [string, ReturnType<typeof weight>][] = [];
  const after: string[] = [];
  if (center || scale) {
    weights.push(['weight', scale ? weight(ctx, 'gamma') : filled([channels], 1)]);
    weights.push(['bias', center ? weight(ctx, 'beta') : filled([channels], 0)]);
    if (!scale) after.push(`self.${ctx.attr}.weight.requires_grad_(False)  # no learned scale γ`);
    if (!center) after.push(`self.${ctx.attr}.bias.requires_grad_(False)  # no learned shift β`);
  }
  return { enabled: center || scale, weights, after };
}

/** Round away float noise: 1 − 0.99 is 0.010000000000000009 in binary. */
const complement = (m: number) => Number((1 - m).toPrecision(12));

export const batchNormalization: TorchLayer = {
  // Channels-first for images and sequences; a vector is the same either way.
  wants: (inputs) => (inputs[0]!.length > 1 ? 'first' : 'any'),
  build(ctx): Built {
    const input = ctx.inputs[0]!;
    const rank = input.shape.length;
    const channels = input.shape[rank - 1]!;
    const dims = Math.max(1, rank - 1);
    const { enabled, weights, after } = affine(ctx, channels);
    const args = [
      String(channels),
      `eps=${py(num(ctx.config, 'epsilon', 0.001))}`,
      `momentum=${py(complement(num(ctx.config, 'momentum', 0.99)))}`,
      ...(enabled ? [] : ['affine=False']),
    ];
    const module: TorchModule = {
      attr: ctx.attr,
      code: `nn.BatchNorm${dims}d(${args.join(', ')})`,
      after,
      weights: [
        ...weights,
        ['running_mean', weight(ctx, 'moving_mean')],
        ['running_var', weight(ctx, 'moving_variance')],
      ],
    };
    return {
      modules: [module],
      forward: [`${ctx.attr} = self.${ctx.attr}(${input.name})`],
      layout: rank > 1 ? 'first' : 'last',
    };
  },
};

export const layerNormalization: TorchLayer = {
  wants: () => 'last',
  build(ctx): Built {
    const input = ctx.inputs[0]!;
    const channels = input.shape[input.shape.length - 1]!;
    const { enabled, weights, after } = affine(ctx, channels);
    const args = [String(channels), `eps=${py(num(ctx.config, 'epsilon', 0.001))}`];
    if (!enabled) args.push('elementwise_affine=False');
    return {
      modules: [{ attr: ctx.attr, code: `nn.LayerNorm(${args.join(', ')})`, after, weights }],
      forward: [`${ctx.attr} = self.${ctx.attr}(${input.name})`],
      layout: 'last',
    };
  },
};
