/**
 * How long shape inference and validation take per edit on a 1,000-node graph: the work the
 * canvas does on every keystroke. Target: at most 5 ms per edit.
 */
import { analyzeGraph } from '../graph/analyze';
import { applyChange, type GraphChange } from '../graph/changes';
import { addNode } from '../graph/testing/build';
import type { Graph } from '../graph/types';

/** Residual blocks of conv → BN → ReLU → conv → BN → Add → ReLU, the shape of real deep models. */
export function residualGraph(targetNodes: number): Graph {
  let { graph, id: last } = addNode({ nodes: [], edges: [] }, ['Input', { shape: [32, 32, 16] }]);
  const step = (spec: Parameters<typeof addNode>[1], from: string[]) => {
    const added = addNode(graph, spec, from);
    graph = added.graph;
    return added.id;
  };
  while (graph.nodes.length + 7 + 3 <= targetNodes) {
    const blockInput = last;
    let x = step(
      ['Conv2D', { filters: 16, kernelSize: [3, 3], padding: 'same', useBias: false }],
      [blockInput],
    );
    x = step('BatchNormalization', [x]);
    x = step(['Activation', { activation: 'relu' }], [x]);
    x = step(['Conv2D', { filters: 16, kernelSize: [3, 3], padding: 'same', useBias: false }], [x]);
    x = step('BatchNormalization', [x]);
    x = step('Add', [x, blockInput]);
    last = step(['Activation', { activation: 'relu' }], [x]);
  }
  last = step('GlobalAveragePooling2D', [last]);
  last = step(['Dense', { units: 10, activation: 'softmax' }], [last]);
  step('Output', [last]);
  while (graph.nodes.length < targetNodes)
    step(['Dropout', { rate: 0.1 }], [graph.nodes.at(-2)!.id]);
  return graph;
}

export interface Timing {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface InferenceFigures {
  nodes: number;
  /** The very first analysis of the whole graph, before anything is cached or compiled by the JIT. */
  firstMs: number;
  /** Every edit. */
  all: Timing;
  /** Edits that change the shape of every node downstream. */
  global: Timing;
}

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1)! };
}

export function benchShapeInference(
  nodes = 1000,
  edits = 1000,
  warmupEdits = 200,
): InferenceFigures {
  let graph = residualGraph(nodes);
  const convs = graph.nodes.filter((n) => n.type === 'Conv2D');
  const input = graph.nodes[0]!;
  const first = performance.now();
  const errors = analyzeGraph(graph).problems.filter((p) => p.severity === 'error');
  const firstMs = performance.now() - first;
  if (errors.length > 0) throw new Error(`The benchmark graph is invalid: ${errors[0]!.message}`);
  const times: number[] = [];
  const globalTimes: number[] = [];
  // The first edits of a session warm up the JIT; they are timed but not counted.
  for (let i = 0; i < warmupEdits + edits; i++) {
    // Most edits keep the shapes (a kernel size under 'same' padding); every fourth resizes the
    // Input, which changes the shape of every node downstream: the worst case.
    const change: GraphChange =
      i % 4 === 3
        ? {
            type: 'setParams',
            id: input.id,
            params: { shape: i % 8 === 3 ? [30, 30, 16] : [32, 32, 16] },
          }
        : {
            type: 'setParams',
            id: convs[i % convs.length]!.id,
            params: { kernelSize: i % 2 === 0 ? [5, 5] : [3, 3] },
          };
    const start = performance.now();
    graph = applyChange(graph, change);
    const analysis = analyzeGraph(graph);
    const ms = performance.now() - start;
    if (i >= warmupEdits) times.push(ms);
    if (i >= warmupEdits && i % 4 === 3) globalTimes.push(ms);
    if (analysis.nodes.size !== graph.nodes.length) throw new Error('Analysis skipped nodes.');
  }
  return { nodes: graph.nodes.length, firstMs, all: timing(times), global: timing(globalTimes) };
}
