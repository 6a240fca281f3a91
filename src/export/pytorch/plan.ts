/**
 * Walks the Keras topology in order and decides, layer by layer, the PyTorch modules, the
 * statements of `forward` and the weights. Each value of the forward pass carries its layout;
 * a layer that needs the other one gets a permuted copy, made once and reused.
 */
import type { Shape } from '../../layers/shape';
import type { ExportModel, ExportTensor } from '../bundle/types';
import type { Layout, TensorRef, TorchLayer, TorchModule } from './layers/types';
import { PythonNames } from './names';
import type { HelperName } from './python/helpers';
import { inboundOf, layerShapes } from './shapes';
import { CHANNELS_FIRST_SEQUENCE_READERS, INPUT, PYTORCH_LAYERS } from './table';

export interface PlannedTensor extends TensorRef {
  layerName: string;
}

export interface ModelPlan {
  inputs: PlannedTensor[];
  outputs: PlannedTensor[];
  modules: TorchModule[];
  forward: string[];
  helpers: Set<HelperName>;
  /** Python expressions, one per regularised layer; their sum is the weight penalty. */
  penalties: string[];
  /** State-dict name → tensor, in PyTorch's layouts. */
  weights: Map<string, ExportTensor>;
}

/** PyTorch's dims for a channels-last tensor of `rank` (batch excluded) in `to` layout. */
export function permutation(rank: number, to: Layout): number[] {
  const spatial = Array.from({ length: rank - 1 }, (_, i) => i + 1);
  return to === 'first' ? [0, rank, ...spatial] : [0, ...spatial.map((d) => d + 1), 1];
}

function permuteCall(name: string, rank: number, to: Layout): string {
  if (rank === 2) return `${name}.transpose(1, 2)`;
  return `${name}.permute(${permutation(rank, to).join(', ')})`;
}

export function planModel(model: ExportModel): ModelPlan {
  const { json } = model.topology;
  const shapes = layerShapes(json);
  const names = new PythonNames();
  const attrs = new Map(json.config.layers.map((l) => [l.name, names.take(l.name)]));
  const consumers = new Map<string, string[]>();
  for (const layer of json.config.layers) {
    for (const src of inboundOf(layer))
      consumers.set(src, [...(consumers.get(src) ?? []), layer.class_name]);
  }

  const plan: ModelPlan = {
    inputs: [],
    outputs: [],
    modules: [],
    forward: [],
    helpers: new Set(),
    penalties: [],
    weights: new Map(),
  };
  const values = new Map<string, PlannedTensor>();
  const converted = new Map<string, TensorRef>();

  const convert = (ref: TensorRef, to: Layout): TensorRef => {
    if (ref.shape.length < 2 || ref.layout === to) return ref;
    const key = `${ref.name}/${to}`;
    const done = converted.get(key);
    if (done) return done;
    const name = names.take(`${ref.name}_channels_${to}`);
    plan.forward.push(`${name} = ${permuteCall(ref.name, ref.shape.length, to)}`);
    const made: TensorRef = { name, shape: ref.shape, layout: to };
    converted.set(key, made);
    return made;
  };

  for (const layer of json.config.layers) {
    const attr = attrs.get(layer.name)!;
    const shape = shapes.get(layer.name)!;
    const entry = PYTORCH_LAYERS[layer.class_name];
    if (!entry || 'unsupported' in entry) {
      throw new Error(`Layer '${layer.name}' (${layer.class_name}) cannot be written for PyTorch.`);
    }
    if (entry === INPUT) {
      const readers = consumers.get(layer.name) ?? [];
      const layout: Layout =
        shape.length === 3 ||
        (shape.length === 2 && readers.some((c) => CHANNELS_FIRST_SEQUENCE_READERS.has(c)))
          ? 'first'
          : 'last';
      const input: PlannedTensor = { name: attr, shape, layout, layerName: layer.name };
      plan.inputs.push(input);
      values.set(layer.name, input);
      continue;
    }
    const torchLayer = entry as TorchLayer;
    const sources = inboundOf(layer).map((n) => values.get(n)!);
    const want = torchLayer.wants(sources.map((s) => s.shape));
    const target =
      want === 'any' ? (sources[0]!.shape.length > 1 ? sources[0]!.layout : 'last') : want;
    const inputs = sources.map((s) => convert(s, target));
    const built = torchLayer.build({
      attr,
      layerName: layer.name,
      className: layer.class_name,
      config: layer.config,
      inputs,
      output: shape,
      weights: new Map((model.weights.get(layer.name) ?? []).map((w) => [w.name, w])),
    });
    plan.modules.push(...built.modules);
    plan.forward.push(...built.forward);
    for (const h of built.helpers ?? []) plan.helpers.add(h);
    if (built.penalty) plan.penalties.push(built.penalty);
    for (const m of built.modules)
      for (const [key, t] of m.weights) plan.weights.set(`${m.attr}.${key}`, t);
    values.set(layer.name, {
      name: attr,
      shape,
      layout: shape.length > 1 ? built.layout : 'last',
      layerName: layer.name,
    });
  }

  plan.outputs = json.config.output_layers.map(([name]) => values.get(name)!);
  return plan;
}

/** How a tensor is laid out in PyTorch, in words, e.g. "[batch, 1, 28, 28] (NCHW)". */
export function describeLayout(shape: Shape, layout: Layout): string {
  if (shape.length === 1) return `[batch, ${shape[0]}]`;
  const dims = layout === 'first' ? [shape[shape.length - 1]!, ...shape.slice(0, -1)] : shape;
  const text = `[batch, ${dims.join(', ')}]`;
  if (shape.length === 2)
    return `${text} (${layout === 'first' ? 'NCL: channels, length' : 'batch, time, features'})`;
  if (shape.length === 3) return `${text} (${layout === 'first' ? 'NCHW' : 'NHWC'})`;
  return `${text} (channels ${layout})`;
}
