/**
 * ExportModel → ONNX model (opset 13, IR version 7).
 *
 * Opset 13 is read by onnx 1.12's checker (which knows up to 17), by onnxruntime since 1.6 and by
 * most other runtimes and converters; nothing exported here needs a later op.
 *
 * The graph keeps NeuroCanvas' layout at its edges: every input and output is channels-last with
 * the batch first, and the batch size is free ('batch'). Inside, tensors switch to channels-first
 * only around the ops that need it.
 */
import type { ExportModel, ExportWeight, UnsupportedLayer } from '../bundle/types';
import { unsupportedLayer, unsupportedWhy } from '../bundle/why';
import { LayoutConverter, type KerasLayerConfig, type TensorValue } from './context';
import { OnnxGraphBuilder } from './graphBuilder';
import { ONNX_LAYERS } from './layerTable';
import { layerOutputShape } from './layerShape';
import type { OnnxModel, OnnxValueInfo } from './onnxProto';

export const ONNX_OPSET = 13;
export const ONNX_IR_VERSION = 7;
/** The name of the free batch dimension of every input and output. */
export const BATCH_DIM = 'batch';
/** Protobuf messages, and so ONNX files with the weights inside, stop at 2 GB. */
const MAX_PROTOBUF_BYTES = 2 ** 31 - 1;

interface TopologyLayer extends KerasLayerConfig {
  inbound: string[];
}

function topologyLayers(model: ExportModel): TopologyLayer[] {
  return model.topology.json.config.layers.map((l) => ({
    name: l.name,
    className: l.class_name,
    config: l.config,
    inbound: (l.inbound_nodes[0] ?? []).map((edge) => edge[0]),
  }));
}

/** Layers this target cannot express, each with the reason. */
export function onnxUnsupported(model: ExportModel): UnsupportedLayer[] {
  const out: UnsupportedLayer[] = [];
  for (const layer of topologyLayers(model)) {
    if (layer.className === 'InputLayer') continue;
    const converter = ONNX_LAYERS[layer.className];
    const why = converter
      ? (converter.check?.(layer.config) ?? null)
      : unsupportedWhy('onnx-unknown-class', { className: layer.className });
    if (why) out.push(unsupportedLayer(layer.name, layer.className, why));
  }
  return out;
}

function weightsOf(model: ExportModel, layer: string) {
  const weights: readonly ExportWeight[] = model.weights.get(layer) ?? [];
  const find = (name: string) => weights.find((w) => w.name === name);
  return {
    weight(name: string): ExportWeight {
      const w = find(name);
      if (!w) throw new Error(`The layer '${layer}' has no weight '${name}' to export.`);
      return w;
    },
    optionalWeight: find,
  };
}

function valueInfo(name: string, shape: readonly number[]): OnnxValueInfo {
  return { name, elemType: 'float', dims: [BATCH_DIM, ...shape] };
}

export function toOnnxModel(model: ExportModel): OnnxModel {
  const problems = onnxUnsupported(model);
  if (problems.length > 0) {
    const list = problems.map((p) => `'${p.layerName}' (${p.className}): ${p.reason}`).join('; ');
    throw new Error(`The model cannot be exported to ONNX: ${list}.`);
  }
  const b = new OnnxGraphBuilder();
  const layouts = new LayoutConverter(b);
  const values = new Map<string, TensorValue>();

  for (const layer of topologyLayers(model)) {
    if (layer.className === 'InputLayer') {
      const shape = model.topology.inputs.find((i) => i.layerName === layer.name)?.shape;
      if (!shape) throw new Error(`The input layer '${layer.name}' is not a model input.`);
      values.set(layer.name, { name: b.reserve(layer.name), shape, layout: 'channelsLast' });
      continue;
    }
    const layerInputs = layer.inbound.map((name) => {
      const v = values.get(name);
      if (!v) throw new Error(`The layer '${layer.name}' reads '${name}', which comes later.`);
      return v;
    });
    const outputShape = layerOutputShape(
      layer,
      layerInputs.map((v) => v.shape),
    );
    const converter = ONNX_LAYERS[layer.className]!;
    values.set(
      layer.name,
      converter.convert({
        b,
        layer,
        inputs: layerInputs,
        outputShape,
        layouts,
        ...weightsOf(model, layer.name),
      }),
    );
  }

  // In the model's order, which is the order of the samples and of Keras' input_layers.
  const inputs = model.topology.inputs.map((i) => valueInfo(i.layerName, i.shape));
  // Each output gets the name of the layer it comes from (twice the same layer: name_2 …).
  const outputs = model.topology.outputs.map((o) => {
    const v = layouts.channelsLast(values.get(o.layerName)!);
    const name = b.fresh(o.layerName);
    b.opNamed(o.layerName, 'Identity', [v.name], name);
    return valueInfo(name, v.shape);
  });

  const bytes = b.initializers.reduce(
    (n, t) => n + t.data.values.length * (t.data.type === 'float' ? 4 : 8),
    0,
  );
  if (bytes > MAX_PROTOBUF_BYTES) {
    throw new Error(
      `The model's weights take ${(bytes / 2 ** 30).toFixed(1)} GB, but an ONNX file holds at most 2 GB.`,
    );
  }

  const modelName = model.topology.json.config.name;
  return {
    irVersion: ONNX_IR_VERSION,
    opsetVersion: ONNX_OPSET,
    producerName: 'NeuroCanvas',
    docString: `${modelName}: inputs and outputs are channels-last (NHWC for images, [batch, steps, features] for sequences), with a free batch size.`,
    graph: { name: modelName, nodes: b.nodes, initializers: b.initializers, inputs, outputs },
  };
}
