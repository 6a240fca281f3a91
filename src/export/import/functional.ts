/**
 * Keras functional models (class Model or Functional): layers with explicit connections, so
 * several inputs, several outputs, branches and merges.
 */
import { describeValue } from '../../layers/paramCheck';
import { fail, isObject } from './json';
import { readCall, readTriple, type TensorRef } from './inbound';
import { checkLayerCount, checkNames, type KerasNode, type LayerList } from './layerList';

interface RawLayer {
  name: string;
  className: string;
  config: Readonly<Record<string, unknown>>;
  refs: TensorRef[];
}

export function readFunctional(config: unknown): LayerList {
  if (!isObject(config) || !Array.isArray(config.layers)) {
    fail(
      `The functional model's config should list its layers, but it is ${describeValue(config)}.`,
    );
  }
  const list = config.layers;
  checkLayerCount(list.length);

  const raw = list.map((entry, i) => readLayer(entry, i));
  const index = new Map<string, number>();
  raw.forEach((layer, i) => {
    if (index.has(layer.name)) fail(`Two layers of the model are both named '${layer.name}'.`);
    index.set(layer.name, i);
  });

  /** `who` starts the message: "Layer 'x'" or "The model's output_layers". */
  const resolve = (ref: TensorRef, who: string): number => {
    const source = index.get(ref.layer);
    if (source === undefined) {
      fail(`${who} refers to '${ref.layer}', but the model has no layer of that name.`);
    }
    if (ref.tensorIndex !== 0) {
      fail(
        `${who} uses output ${ref.tensorIndex + 1} of layer '${ref.layer}'; NeuroCanvas layers have a single output.`,
      );
    }
    if (ref.nodeIndex !== 0) {
      fail(
        `${who} refers to call ${ref.nodeIndex + 1} of layer '${ref.layer}', which is called only once.`,
      );
    }
    return source;
  };

  const layers: KerasNode[] = raw.map((layer) => ({
    name: layer.name,
    className: layer.className,
    config: layer.config,
    inbound: layer.refs.map((ref) => resolve(ref, `Layer '${layer.name}'`)),
  }));
  const outputs = readEnds(config.output_layers, 'output_layers').map((ref) =>
    resolve(ref, "The model's output_layers"),
  );
  if (outputs.length === 0) fail('The model lists no outputs (output_layers is empty).');
  return { layers, outputs: [...new Set(outputs)] };
}

function readLayer(entry: unknown, i: number): RawLayer {
  if (!isObject(entry) || typeof entry.class_name !== 'string' || !isObject(entry.config)) {
    fail(`Layer ${i + 1} of the model is not a layer ({ class_name, config, inbound_nodes }).`);
  }
  const name = typeof entry.name === 'string' ? entry.name : entry.config.name;
  if (typeof name !== 'string' || name === '') fail(`Layer ${i + 1} of the model has no name.`);
  checkNames(name, entry.class_name, i);

  const calls = entry.inbound_nodes ?? [];
  if (!Array.isArray(calls)) {
    fail(
      `The inputs of layer '${name}' (inbound_nodes) should be a list, but are ${describeValue(calls)}.`,
    );
  }
  if (calls.length > 1) {
    fail(
      `Layer '${name}' is applied ${calls.length} times, sharing its weights between the calls. NeuroCanvas does not support shared layers; give each use its own layer.`,
    );
  }
  if (calls.length === 0 && entry.class_name !== 'InputLayer') {
    fail(`Layer '${name}' is not connected to any input.`);
  }
  const refs = calls.length === 0 ? [] : readCall(calls[0], name);
  if (calls.length === 1 && refs.length === 0) fail(`Layer '${name}' is called without any input.`);
  return { name, className: entry.class_name, config: entry.config, refs };
}

/**
 * `input_layers` / `output_layers`: a list of `[name, nodeIndex, tensorIndex]`, or, in Keras 3
 * when there is exactly one, that triple alone.
 */
function readEnds(value: unknown, key: string): TensorRef[] {
  if (!Array.isArray(value)) {
    fail(`The model's '${key}' should be a list, but it is ${describeValue(value)}.`);
  }
  if (typeof value[0] === 'string') return [readTriple(value, `The model's '${key}'`)];
  return value.map((v, i) => readTriple(v, `Entry ${i + 1} of the model's '${key}'`));
}
