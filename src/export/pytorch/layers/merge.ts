/** Merges. Every input is brought to the first input's layout first, so values line up. */
import { channelDim } from './common';
import type { Built, TorchLayer } from './types';

function combine(join: (names: string[]) => string): TorchLayer {
  return {
    wants: () => 'any',
    build: (ctx): Built => ({
      modules: [],
      forward: [`${ctx.attr} = ${join(ctx.inputs.map((i) => i.name))}`],
      layout: ctx.inputs[0]!.layout,
    }),
  };
}

export const add = combine((n) => n.join(' + '));
export const multiply = combine((n) => n.join(' * '));
export const average = combine((n) => `(${n.join(' + ')}) / ${n.length}`);

/**
 * Keras counts the axis with the batch as 0 (and −1 as the last). Channels-first moves the last
 * Keras axis to dim 1 and shifts the others one place on.
 */
export const concatenate: TorchLayer = {
  wants: () => 'any',
  build(ctx): Built {
    const first = ctx.inputs[0]!;
    const rank = first.shape.length;
    const raw = typeof ctx.config.axis === 'number' ? ctx.config.axis : -1;
    const axis = raw < 0 ? rank + 1 + raw : raw;
    const dim =
      first.layout === 'last' || rank === 1
        ? axis
        : axis === rank
          ? channelDim('first', rank)
          : axis + 1;
    return {
      modules: [],
      forward: [
        `${ctx.attr} = torch.cat([${ctx.inputs.map((i) => i.name).join(', ')}], dim=${dim})`,
      ],
      layout: first.layout,
    };
  },
};
