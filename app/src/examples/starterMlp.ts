/**
 * The starter example offered on a blank canvas: a small multilayer perceptron for 28×28 digit
 * images, Input → Flatten → Dense(128, ReLU) → Dense(10, softmax) → Output, laid out top to bottom.
 * Its name, in the user's language, is the message 'canvas.starterName'.
 */
import type { GraphChange } from '../../../src/graph/changes';
import { layoutGraph } from '../../../src/graph/layout';
import type { Graph, GraphNode, Position } from '../../../src/graph/types';
import type { ParamValue } from '../../../src/layers/params';
import { defaultParams } from '../../../src/layers/defaults';
import { getLayer } from '../../../src/layers/registry';
import { insertSubgraph } from '../edits/subgraph';

const LAYERS: readonly [type: string, name: string, params: Record<string, ParamValue>][] = [
  ['Input', 'image', { shape: [28, 28, 1] }],
  ['Flatten', 'flatten', {}],
  ['Dense', 'hidden', { units: 128, activation: 'relu' }],
  ['Dense', 'scores', { units: 10, activation: 'softmax' }],
  ['Output', 'digit', { loss: 'categorical_crossentropy' }],
];

export function starterGraph(): Graph {
  const nodes: GraphNode[] = LAYERS.map(([type, name, params], i) => ({
    id: `s${i + 1}`,
    type,
    name,
    position: { x: 0, y: 0 },
    params: { ...defaultParams(getLayer(type)!), ...params },
  }));
  const edges = nodes
    .slice(1)
    .map((n, i) => ({ id: `se${i + 1}`, source: nodes[i]!.id, target: n.id }));
  return layoutGraph({ nodes, edges });
}

/** The changes that add the example to `graph`, its top-left corner at `at`. */
export function starterChanges(graph: Graph, at: Position = { x: 0, y: 0 }): GraphChange[] {
  return insertSubgraph(graph, starterGraph(), at).changes;
}
