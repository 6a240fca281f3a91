/** Keras activations as ONNX ops, applied to a tensor in whichever layout it has. */
import { channelAxis, type ConvertContext, type TensorValue } from './context';
import { asFloat } from './graphBuilder';
import { unsupportedWhy, type UnsupportedWhy } from '../bundle/why';

/** Element-wise activations with an ONNX op of their own and no parameters to set. */
const PLAIN: Readonly<Record<string, string>> = {
  relu: 'Relu',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  softplus: 'Softplus',
  // ONNX's default α and γ are Keras' SELU constants rounded to float32.
  selu: 'Selu',
};

/** Every activation name `activate` accepts. */
export const ONNX_ACTIVATIONS: ReadonlySet<string> = new Set([
  'linear',
  'elu',
  'leaky_relu',
  'softmax',
  ...Object.keys(PLAIN),
]);

/**
 * `activation` applied to `v`. `alpha` is the slope of leaky ReLU or ELU's α (1 for the plain
 * 'elu' name, as in Keras). Softmax runs over the channels, the last axis in Keras' terms.
 */
export function activate(
  ctx: ConvertContext,
  v: TensorValue,
  activation: string,
  alpha = 1,
): TensorValue {
  const scope = ctx.layer.name;
  const plain = PLAIN[activation];
  let name: string;
  if (activation === 'linear') return v;
  if (plain) name = ctx.b.op(scope, plain, [v.name]);
  else if (activation === 'elu') name = ctx.b.op(scope, 'Elu', [v.name], { alpha: asFloat(alpha) });
  else if (activation === 'leaky_relu')
    name = ctx.b.op(scope, 'LeakyRelu', [v.name], { alpha: asFloat(alpha) });
  else if (activation === 'softmax')
    name = ctx.b.op(scope, 'Softmax', [v.name], { axis: channelAxis(v) });
  else throw new Error(`The activation '${activation}' of '${scope}' has no ONNX equivalent here.`);
  return { ...v, name };
}

/** Why `activation` cannot be exported, or null. */
export function checkActivation(activation: unknown): UnsupportedWhy | null {
  return typeof activation === 'string' && ONNX_ACTIVATIONS.has(activation)
    ? null
    : unsupportedWhy('onnx-activation', { activation: String(activation) });
}
