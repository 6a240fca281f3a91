/**
 * The model's layers as the streams describe them: by the name of their node on the canvas, with
 * their trainable variables (for the weight, gradient and update norms) and the activation whose
 * health is watched (dead ReLU units, saturated sigmoid and tanh units).
 */
import type { LayersModel, Variable } from '@tensorflow/tfjs';
import type { KerasTopology } from '../../compiler/toKeras';
import type { Graph } from '../../graph/types';

export type WatchedActivation = 'relu' | 'sigmoid' | 'tanh';

export interface ModelLayer {
  /** The node's name, as the canvas shows it. */
  name: string;
  layerName: string;
  className: string;
  variables: Variable[];
  activation: WatchedActivation | null;
}

const WATCHED = new Set<string>(['relu', 'sigmoid', 'tanh']);

export function modelLayers(
  model: LayersModel,
  topology: KerasTopology,
  graph: Graph,
): ModelLayer[] {
  const nodeName = new Map<string, string>();
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  for (const [nodeId, layerName] of topology.layerNames)
    nodeName.set(layerName, names.get(nodeId) ?? layerName);
  return model.layers.map((layer) => {
    const activation = String(layer.getConfig().activation ?? '').toLowerCase();
    return {
      name: nodeName.get(layer.name) ?? layer.name,
      layerName: layer.name,
      className: layer.getClassName(),
      variables: layer.trainableWeights.map((w) => w.read() as Variable),
      activation: WATCHED.has(activation) ? (activation as WatchedActivation) : null,
    };
  });
}
