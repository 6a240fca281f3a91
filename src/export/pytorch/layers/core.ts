/** Dense, Maxout, Dropout and the activation layers. */
import { py } from '../names';
import { transpose2d } from '../tensors';
import { activate, activationHelpers, activationOf, num, weight } from './common';
import type { Built, LayerContext, TorchLayer } from './types';

const vectorIn = (ctx: LayerContext) => ctx.inputs[0]!.shape[0]!;

/** Keras' kernel_regularizer L1L2: l1·Σ|W| + l2·ΣW², on the weight the entry names. */
function penaltyOf(ctx: LayerContext, weightExpr: string): string | undefined {
  const reg = ctx.config.kernel_regularizer as { config?: { l1?: number; l2?: number } } | null;
  const l1 = reg?.config?.l1 ?? 0;
  const l2 = reg?.config?.l2 ?? 0;
  const terms: string[] = [];
  if (l1 > 0) terms.push(`${py(l1)} * ${weightExpr}.abs().sum()`);
  if (l2 > 0) terms.push(`${py(l2)} * ${weightExpr}.pow(2).sum()`);
  return terms.length > 0 ? terms.join(' + ') : undefined;
}

function linearWeights(ctx: LayerContext) {
  const out: [string, ReturnType<typeof weight>][] = [
    ['weight', transpose2d(weight(ctx, 'kernel'))],
  ];
  if (ctx.config.use_bias !== false) out.push(['bias', weight(ctx, 'bias')]);
  return out;
}

/** y = f(x·W + b); nn.Linear keeps W as [out, in], the transpose of Keras' [in, out] kernel. */
export const dense: TorchLayer = {
  wants: () => 'last',
  build(ctx): Built {
    const units = num(ctx.config, 'units', 1);
    const bias = ctx.config.use_bias === false ? ', bias=False' : '';
    const act = activationOf(ctx.config);
    const penalty = penaltyOf(ctx, `self.${ctx.attr}.weight`);
    return {
      modules: [
        {
          attr: ctx.attr,
          code: `nn.Linear(${vectorIn(ctx)}, ${units}${bias})`,
          weights: linearWeights(ctx),
        },
      ],
      forward: [
        `${ctx.attr} = ${activate(act, `self.${ctx.attr}(${ctx.inputs[0]!.name})`, 'last', 1)}`,
      ],
      layout: 'last',
      helpers: activationHelpers(act),
      ...(penalty ? { penalty } : {}),
    };
  },
};

/** NeuroCanvas' Maxout: its kernel's columns are the k pieces side by side, which stay rows here. */
export const maxout: TorchLayer = {
  wants: () => 'last',
  build(ctx): Built {
    const units = num(ctx.config, 'units', 1);
    const pieces = num(ctx.config, 'pieces', 2);
    const bias = ctx.config.use_bias === false ? ', bias=False' : '';
    return {
      modules: [
        {
          attr: ctx.attr,
          code: `Maxout(${vectorIn(ctx)}, units=${units}, pieces=${pieces}${bias})`,
          weights: linearWeights(ctx).map(([k, t]) => [`linear.${k}`, t] as const),
        },
      ],
      forward: [`${ctx.attr} = self.${ctx.attr}(${ctx.inputs[0]!.name})`],
      layout: 'last',
      helpers: ['Maxout'],
    };
  },
};

/** Dropout scales by 1/(1 − rate) while training, like Keras, and passes values through in eval. */
export const dropout: TorchLayer = {
  wants: () => 'any',
  build: (ctx) => ({
    modules: [
      { attr: ctx.attr, code: `nn.Dropout(p=${py(num(ctx.config, 'rate', 0.5))})`, weights: [] },
    ],
    forward: [`${ctx.attr} = self.${ctx.attr}(${ctx.inputs[0]!.name})`],
    layout: ctx.inputs[0]!.layout,
  }),
};

/** An element-wise function: the layout stays as it is (softmax follows the channels). */
function elementwise(
  expr: (ctx: LayerContext, x: string) => string,
  helper?: (ctx: LayerContext) => string[],
): TorchLayer {
  return {
    wants: () => 'any',
    build(ctx): Built {
      const input = ctx.inputs[0]!;
      return {
        modules: [],
        forward: [`${ctx.attr} = ${expr(ctx, input.name)}`],
        layout: input.layout,
        helpers: helper ? activationHelpers(...helper(ctx)) : [],
      };
    },
  };
}

export const activation = elementwise(
  (ctx, x) =>
    activate(activationOf(ctx.config), x, ctx.inputs[0]!.layout, ctx.inputs[0]!.shape.length),
  (ctx) => [activationOf(ctx.config)],
);

export const leakyRelu = elementwise(
  (ctx, x) => `F.leaky_relu(${x}, negative_slope=${py(num(ctx.config, 'alpha', 0.3))})`,
);

export const elu = elementwise((ctx, x) => `F.elu(${x}, alpha=${py(num(ctx.config, 'alpha', 1))})`);
