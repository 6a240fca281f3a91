/**
 * Reads one call of a layer in a functional model: which tensors went in. Keras 2 and tfjs write
 * a call as a list of `[layerName, nodeIndex, tensorIndex, kwargs]`; Keras 3 writes
 * `{ args, kwargs }` where each input tensor is
 * `{ class_name: '__keras_tensor__', config: { keras_history: [layerName, nodeIndex, tensorIndex] } }`,
 * nested in lists for merge layers.
 */
import { describeValue } from '../../layers/paramCheck';
import { fail, isNonNegativeInt, isObject } from './json';

/** One tensor: output `tensorIndex` of call `nodeIndex` of layer `layer`. */
export interface TensorRef {
  layer: string;
  nodeIndex: number;
  tensorIndex: number;
}

/** Keras 3 nests tensors at most a few lists deep; more is not a real model. */
const MAX_DEPTH = 8;

export function readCall(call: unknown, layerName: string): TensorRef[] {
  if (Array.isArray(call)) {
    return call.map((entry) => readTriple(entry, `An input of layer '${layerName}'`));
  }
  if (isObject(call)) {
    const refs: TensorRef[] = [];
    collectKerasTensors(call.args, layerName, refs, 0);
    collectKerasTensors(call.kwargs, layerName, refs, 0);
    return refs;
  }
  fail(
    `The inputs of layer '${layerName}' are written in a form NeuroCanvas does not know (${describeValue(call)}).`,
  );
}

/**
 * `[name, nodeIndex, tensorIndex]` with an optional fourth kwargs element; `what` names the
 * reference in the message when it is malformed.
 */
export function readTriple(entry: unknown, what: string): TensorRef {
  if (
    !Array.isArray(entry) ||
    entry.length < 3 ||
    typeof entry[0] !== 'string' ||
    !isNonNegativeInt(entry[1]) ||
    !isNonNegativeInt(entry[2])
  ) {
    fail(`${what} is not a [layer name, node index, tensor index] reference.`);
  }
  return { layer: entry[0], nodeIndex: entry[1], tensorIndex: entry[2] };
}

function collectKerasTensors(
  value: unknown,
  layerName: string,
  out: TensorRef[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) fail(`The inputs of layer '${layerName}' are nested too deeply to read.`);
  if (Array.isArray(value)) {
    for (const v of value) collectKerasTensors(v, layerName, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (value.class_name === '__keras_tensor__') {
    const history = isObject(value.config) ? value.config.keras_history : undefined;
    out.push(readTriple(history, `An input of layer '${layerName}'`));
    return;
  }
  for (const v of Object.values(value)) collectKerasTensors(v, layerName, out, depth + 1);
}
