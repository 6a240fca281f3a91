/**
 * Convolutions. Keras keeps kernels as [kh, kw, in, out] (Conv2D), [k, in, out] (Conv1D) and
 * [kh, kw, out, in] (Conv2DTranspose); PyTorch as [out, in, kh, kw], [out, in, k] and
 * [in, out, kh, kw]. 'same' padding that is uneven (even kernels, strides) becomes an F.pad before
 * the convolution, since PyTorch's own padding is always the same on both sides.
 */
import { permute, reshape } from '../tensors';
import {
  activate,
  activationHelpers,
  activationOf,
  anyPadding,
  fPadArg,
  ints,
  num,
  paddingOf,
  symmetric,
  tuple,
  weight,
} from './common';
import type { Built, LayerContext, TorchLayer } from './types';

interface Window {
  kernel: number[];
  strides: number[];
  dilation: number[];
  pads: [number, number][];
}

function windowOf(ctx: LayerContext, rank: number): Window {
  const kernel = ints(ctx.config, 'kernel_size', rank, 1);
  const strides = ints(ctx.config, 'strides', rank, 1);
  const dilation = ints(ctx.config, 'dilation_rate', rank, 1);
  return { kernel, strides, dilation, pads: paddingOf(ctx, kernel, strides, dilation) };
}

/** Keyword arguments for stride, padding and dilation, leaving out PyTorch's defaults. */
function windowArgs(w: Window, withDilation = true): string[] {
  const args = [`kernel_size=${tuple(w.kernel)}`];
  if (w.strides.some((s) => s !== 1)) args.push(`stride=${tuple(w.strides)}`);
  if (symmetric(w.pads) && anyPadding(w.pads))
    args.push(`padding=${tuple(w.pads.map(([a]) => a))}`);
  if (withDilation && w.dilation.some((d) => d !== 1)) args.push(`dilation=${tuple(w.dilation)}`);
  return args;
}

/** The input, padded first when 'same' padding is uneven. */
function paddedInput(ctx: LayerContext, w: Window): string {
  const x = ctx.inputs[0]!.name;
  return symmetric(w.pads) ? x : `F.pad(${x}, ${fPadArg(w.pads)})`;
}

const useBias = (ctx: LayerContext) => ctx.config.use_bias !== false;
const biasArg = (ctx: LayerContext) => (useBias(ctx) ? [] : ['bias=False']);
const biasWeights = (ctx: LayerContext) =>
  useBias(ctx) ? [['bias', weight(ctx, 'bias')] as const] : [];

function finish(
  ctx: LayerContext,
  call: string,
  rank: number,
): Pick<Built, 'forward' | 'layout' | 'helpers'> {
  const act = activationOf(ctx.config);
  return {
    forward: [`${ctx.attr} = ${activate(act, call, 'first', rank + 1)}`],
    layout: 'first',
    helpers: activationHelpers(act),
  };
}

/** `built` with one more statement before its own. */
function withFirst<B extends Pick<Built, 'forward'>>(statement: string, built: B): B {
  return { ...built, forward: [statement, ...built.forward] };
}

function convolution(rank: 1 | 2): TorchLayer {
  return {
    wants: () => 'first',
    build(ctx): Built {
      const w = windowOf(ctx, rank);
      const inChannels = ctx.inputs[0]!.shape[rank]!;
      const filters = num(ctx.config, 'filters', 1);
      const cls = rank === 1 ? 'nn.Conv1d' : 'nn.Conv2d';
      const args = [String(inChannels), String(filters), ...windowArgs(w), ...biasArg(ctx)];
      const kernel = permute(weight(ctx, 'kernel'), rank === 1 ? [2, 1, 0] : [3, 2, 0, 1]);
      return {
        modules: [
          {
            attr: ctx.attr,
            code: `${cls}(${args.join(', ')})`,
            weights: [['weight', kernel], ...biasWeights(ctx)],
          },
        ],
        ...finish(ctx, `self.${ctx.attr}(${paddedInput(ctx, w)})`, rank),
      };
    },
  };
}

export const conv1d = convolution(1);
export const conv2d = convolution(2);

/**
 * Keras' depthwise kernel [kh, kw, in, m] gives output channel c·m + j from input channel c;
 * a grouped nn.Conv2d (groups = in) orders its outputs the same way, with weight [in·m, 1, kh, kw].
 */
function depthwiseKernel(ctx: LayerContext, name: string) {
  const k = weight(ctx, name);
  const [kh, kw, ci, m] = k.shape as [number, number, number, number];
  const flat = permute(reshape(k, [kh, kw, ci * m]), [2, 0, 1]);
  return reshape(flat, [ci * m, 1, kh, kw]);
}

export const depthwiseConv2d: TorchLayer = {
  wants: () => 'first',
  build(ctx): Built {
    const w = windowOf(ctx, 2);
    const ci = ctx.inputs[0]!.shape[2]!;
    const m = num(ctx.config, 'depth_multiplier', 1);
    const args = [String(ci), String(ci * m), ...windowArgs(w), `groups=${ci}`, ...biasArg(ctx)];
    return {
      modules: [
        {
          attr: ctx.attr,
          code: `nn.Conv2d(${args.join(', ')})`,
          weights: [['weight', depthwiseKernel(ctx, 'depthwise_kernel')], ...biasWeights(ctx)],
        },
      ],
      ...finish(ctx, `self.${ctx.attr}(${paddedInput(ctx, w)})`, 2),
    };
  },
};

/** A depthwise convolution (no bias) followed by a 1×1 convolution that carries the bias. */
export const separableConv2d: TorchLayer = {
  wants: () => 'first',
  build(ctx): Built {
    const w = windowOf(ctx, 2);
    const ci = ctx.inputs[0]!.shape[2]!;
    const m = num(ctx.config, 'depth_multiplier', 1);
    const filters = num(ctx.config, 'filters', 1);
    const depthwise = `${ctx.attr}_depthwise`;
    const pointwise = `${ctx.attr}_pointwise`;
    const dwArgs = [String(ci), String(ci * m), ...windowArgs(w), `groups=${ci}`, 'bias=False'];
    const pwArgs = [String(ci * m), String(filters), 'kernel_size=1', ...biasArg(ctx)];
    return {
      modules: [
        {
          attr: depthwise,
          code: `nn.Conv2d(${dwArgs.join(', ')})`,
          weights: [['weight', depthwiseKernel(ctx, 'depthwise_kernel')]],
        },
        {
          attr: pointwise,
          code: `nn.Conv2d(${pwArgs.join(', ')})`,
          weights: [
            ['weight', permute(weight(ctx, 'pointwise_kernel'), [3, 2, 0, 1])],
            ...biasWeights(ctx),
          ],
        },
      ],
      ...withFirst(
        `${ctx.attr} = self.${depthwise}(${paddedInput(ctx, w)})`,
        finish(ctx, `self.${pointwise}(${ctx.attr})`, 2),
      ),
    };
  },
};

/**
 * Keras' transposed convolution gives n·s + max(k − s, 0) rows for 'valid' and n·s for 'same'.
 * nn.ConvTranspose2d gives (n − 1)·s + k + output_padding; output_padding = max(s − k, 0) makes
 * that max(n·s, (n − 1)·s + k), the 'valid' size, and 'same' then keeps n·s rows starting at
 * ⌊max(k − s, 0)/2⌋, the part TensorFlow keeps.
 */
export const conv2dTranspose: TorchLayer = {
  wants: () => 'first',
  build(ctx): Built {
    const kernel = ints(ctx.config, 'kernel_size', 2, 1);
    const strides = ints(ctx.config, 'strides', 2, 1);
    const [h, wd, ci] = ctx.inputs[0]!.shape as [number, number, number];
    const filters = num(ctx.config, 'filters', 1);
    const extra = kernel.map((k, i) => Math.max(strides[i]! - k, 0));
    const args = [String(ci), String(filters), `kernel_size=${tuple(kernel)}`];
    if (strides.some((s) => s !== 1)) args.push(`stride=${tuple(strides)}`);
    if (extra.some((e) => e > 0)) args.push(`output_padding=${tuple(extra)}`);
    args.push(...biasArg(ctx));
    let call = `self.${ctx.attr}(${ctx.inputs[0]!.name})`;
    const crop = kernel.map((k, i) => Math.floor(Math.max(k - strides[i]!, 0) / 2));
    if (ctx.config.padding === 'same' && kernel.some((k, i) => k > strides[i]!)) {
      const [top, left] = crop as [number, number];
      const rows = `${top}:${top + h * strides[0]!}`;
      const cols = `${left}:${left + wd * strides[1]!}`;
      call = `${call}[:, :, ${rows}, ${cols}]`;
    }
    return {
      modules: [
        {
          attr: ctx.attr,
          code: `nn.ConvTranspose2d(${args.join(', ')})`,
          weights: [['weight', permute(weight(ctx, 'kernel'), [3, 2, 0, 1])], ...biasWeights(ctx)],
        },
      ],
      ...finish(ctx, call, 2),
    };
  },
};
