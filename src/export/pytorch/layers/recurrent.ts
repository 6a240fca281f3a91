/**
 * SimpleRNN, LSTM and GRU over [batch, time, features]. Keras keeps kernel [F, g·u] and
 * recurrent_kernel [u, g·u] with the g gate blocks side by side, and one bias [g·u].
 *
 * - LSTM: Keras' gate order (input, forget, cell, output) is nn.LSTM's (i, f, g, o), so the
 *   transposed kernels fit as they are; the bias goes to bias_ih and bias_hh is zero. nn.LSTM
 *   is used when the activations are tanh and sigmoid and there is no dropout inside the layer.
 * - GRU: tfjs builds GRUs with reset_after=False, where the reset gate scales the state before
 *   its recurrent weights; nn.GRU scales after them, which is a different function. The bundle
 *   writes this GRU out by hand (the `GRU` class), in Keras' gate order (update, reset, candidate).
 * - Other activations (hard sigmoid, ReLU, …) or dropout use the hand-written classes too.
 */
import { py } from '../names';
import { filled, transpose2d } from '../tensors';
import { activationOf, num, weight } from './common';
import type { HelperName } from '../python/helpers';
import type { Built, LayerContext, TorchLayer } from './types';

/** A Keras activation as a Python callable, for the hand-written cells. */
function callable(name: string): { code: string; helpers: HelperName[] } {
  const plain: Record<string, string> = {
    linear: 'nn.Identity()',
    relu: 'torch.relu',
    sigmoid: 'torch.sigmoid',
    tanh: 'torch.tanh',
    elu: 'F.elu',
    selu: 'F.selu',
    softplus: 'F.softplus',
  };
  if (name in plain) return { code: plain[name]!, helpers: [] };
  if (name === 'hard_sigmoid') return { code: 'hard_sigmoid', helpers: ['hard_sigmoid'] };
  if (name === 'softmax')
    return { code: 'functools.partial(torch.softmax, dim=-1)', helpers: ['functools'] };
  throw new Error(`Activation '${name}' has no PyTorch form here.`);
}

const gatesOf = { SimpleRNN: 1, LSTM: 4, GRU: 3 } as const;
type Kind = keyof typeof gatesOf;

function settings(ctx: LayerContext) {
  return {
    units: num(ctx.config, 'units', 1),
    features: ctx.inputs[0]!.shape[1]!,
    bias: ctx.config.use_bias !== false,
    sequences: ctx.config.return_sequences === true,
    dropout: num(ctx.config, 'dropout', 0),
    recurrentDropout: num(ctx.config, 'recurrent_dropout', 0),
    activation: activationOf(ctx.config, 'activation'),
    recurrentActivation: activationOf(ctx.config, 'recurrent_activation'),
  };
}

function handWritten(kind: Kind, ctx: LayerContext): Built {
  const s = settings(ctx);
  const act = callable(s.activation);
  const args = [String(s.features), `units=${s.units}`, `activation=${act.code}`];
  const helpers: HelperName[] = [kind, ...act.helpers];
  if (kind !== 'SimpleRNN') {
    const rec = callable(s.recurrentActivation);
    args.push(`recurrent_activation=${rec.code}`);
    helpers.push(...rec.helpers);
  }
  if (!s.bias) args.push('bias=False');
  if (s.sequences) args.push('return_sequences=True');
  if (s.dropout > 0) args.push(`dropout=${py(s.dropout)}`);
  if (s.recurrentDropout > 0) args.push(`recurrent_dropout=${py(s.recurrentDropout)}`);
  const weights: [string, ReturnType<typeof weight>][] = [
    ['input_weights.weight', transpose2d(weight(ctx, 'kernel'))],
    ['recurrent_weights.weight', transpose2d(weight(ctx, 'recurrent_kernel'))],
  ];
  if (s.bias) weights.push(['input_weights.bias', weight(ctx, 'bias')]);
  return {
    modules: [{ attr: ctx.attr, code: `${kind}(${args.join(', ')})`, weights }],
    forward: [`${ctx.attr} = self.${ctx.attr}(${ctx.inputs[0]!.name})`],
    layout: 'last',
    helpers,
  };
}

/** nn.LSTM or nn.RNN, batch first; the output is every step's state, or the last one's. */
function builtIn(kind: 'LSTM' | 'SimpleRNN', ctx: LayerContext): Built {
  const s = settings(ctx);
  const args = [String(s.features), String(s.units), 'batch_first=True'];
  if (kind === 'SimpleRNN' && s.activation === 'relu') args.push('nonlinearity="relu"');
  if (!s.bias) args.push('bias=False');
  const weights: [string, ReturnType<typeof weight>][] = [
    ['weight_ih_l0', transpose2d(weight(ctx, 'kernel'))],
    ['weight_hh_l0', transpose2d(weight(ctx, 'recurrent_kernel'))],
  ];
  if (s.bias) {
    weights.push(['bias_ih_l0', weight(ctx, 'bias')]);
    weights.push(['bias_hh_l0', filled([gatesOf[kind] * s.units], 0)]);
  }
  const x = ctx.inputs[0]!.name;
  return {
    modules: [
      {
        attr: ctx.attr,
        code: `nn.${kind === 'LSTM' ? 'LSTM' : 'RNN'}(${args.join(', ')})`,
        weights,
      },
    ],
    forward: [
      `${ctx.attr}, _ = self.${ctx.attr}(${x})`,
      ...(s.sequences ? [] : [`${ctx.attr} = ${ctx.attr}[:, -1]`]),
    ],
    layout: 'last',
  };
}

const noDropout = (ctx: LayerContext) =>
  settings(ctx).dropout === 0 && settings(ctx).recurrentDropout === 0;

export const simpleRnn: TorchLayer = {
  wants: () => 'last',
  build: (ctx) =>
    noDropout(ctx) && ['tanh', 'relu'].includes(settings(ctx).activation)
      ? builtIn('SimpleRNN', ctx)
      : handWritten('SimpleRNN', ctx),
};

export const lstm: TorchLayer = {
  wants: () => 'last',
  build: (ctx) =>
    noDropout(ctx) &&
    settings(ctx).activation === 'tanh' &&
    settings(ctx).recurrentActivation === 'sigmoid'
      ? builtIn('LSTM', ctx)
      : handWritten('LSTM', ctx),
};

export const gru: TorchLayer = {
  wants: () => 'last',
  build: (ctx) => handWritten('GRU', ctx),
};
