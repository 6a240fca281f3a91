/**
 * The chain of 2-D windows (convolutions, pooling, zero padding) that ends at a node of the graph,
 * read back through single-input layers, for the receptive-field inspector.
 */
import type { GraphAnalysis } from '../graph/analyze';
import { cachedTopology } from '../graph/topology';
import type { Graph, GraphNode } from '../graph/types';
import type { ParamValue } from '../layers/params';
import type { TeachingMessage } from './errors';
import type { Pair, WindowLayer } from './receptiveField';

/** Layers that work on each position alone, so a field passes through them unchanged. */
const POINTWISE = new Set(['Activation', 'BatchNormalization', 'LayerNormalization', 'Dropout']);

export interface WindowStack {
  layers: WindowLayer[];
  /** Height and width of the tensor the first traced layer reads. */
  inputSize: Pair;
  /**
   * The layer where the trace stopped before reaching an Input, because it mixes positions in a way
   * the trace does not follow (a merge, an upsampling, a transposed convolution); null otherwise.
   */
  stoppedAt: string | null;
}

const pair = (v: ParamValue | undefined, fallback: Pair): Pair =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number')
    ? [v[0] as number, v[1] as number]
    : fallback;

/** The window a node applies, or null when it is not a 2-D window layer. */
export function windowOf(node: GraphNode): WindowLayer | null {
  const p = node.params;
  const padding = p.padding === 'same' ? 'same' : 'valid';
  switch (node.type) {
    case 'Conv2D':
    case 'SeparableConv2D':
    case 'DepthwiseConv2D':
      return {
        name: node.name,
        kernel: pair(p.kernelSize, [3, 3]),
        stride: pair(p.strides, [1, 1]),
        dilation: pair(p.dilation, [1, 1]),
        padding,
      };
    case 'MaxPooling2D':
    case 'AveragePooling2D':
      return {
        name: node.name,
        kernel: pair(p.poolSize, [2, 2]),
        stride: pair(p.strides, pair(p.poolSize, [2, 2])),
        dilation: [1, 1],
        padding,
      };
    case 'ZeroPadding2D':
      // A 1×1 window over the input with zeros around it: it shifts positions, nothing more.
      return {
        name: node.name,
        kernel: [1, 1],
        stride: [1, 1],
        dilation: [1, 1],
        padding: pair(p.padding, [1, 1]),
      };
    default:
      return null;
  }
}

/** The window stack ending at `nodeId`, or a message saying why there is none. */
export function windowStackOf(
  graph: Graph,
  analysis: GraphAnalysis,
  nodeId: string,
): { ok: true; stack: WindowStack } | { ok: false; message: TeachingMessage } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const { incoming } = cachedTopology(graph);
  const start = byId.get(nodeId);
  if (!start) return { ok: false, message: { key: 'teaching.error.notInProject' } };
  if (!windowOf(start)) {
    return {
      ok: false,
      message: {
        key: 'teaching.error.notWindow',
        values: { name: start.name, type: start.type },
      },
    };
  }
  const layers: WindowLayer[] = [];
  let node: GraphNode = start;
  let first: GraphNode = start;
  let stoppedAt: string | null = null;
  const seen = new Set<string>();
  for (;;) {
    if (seen.has(node.id)) {
      return { ok: false, message: { key: 'teaching.error.cycle', values: { name: node.name } } };
    }
    seen.add(node.id);
    const window = windowOf(node);
    if (window) {
      layers.unshift(window);
      first = node;
    } else if (!POINTWISE.has(node.type)) {
      if (node.type !== 'Input') stoppedAt = node.name;
      break;
    }
    const ins = incoming.get(node.id) ?? [];
    if (ins.length !== 1) {
      if (ins.length > 1) stoppedAt = node.name;
      break;
    }
    const source = byId.get(ins[0]!.source);
    if (!source) break;
    node = source;
  }
  const shape = analysis.nodes.get(first.id)?.inputShapes[0];
  if (!shape || shape.length !== 3) {
    return {
      ok: false,
      message: { key: 'teaching.error.unknownShape', values: { name: first.name } },
    };
  }
  return {
    ok: true,
    stack: { layers, inputSize: [shape[0]!, shape[1]!], stoppedAt },
  };
}
