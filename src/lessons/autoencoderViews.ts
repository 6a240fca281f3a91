/**
 * What the autoencoder lesson shows of a trained model: test digits beside their reconstructions,
 * and digits decoded from a grid of points of the two-number code's plane. The decoder is the
 * trained model itself from the code layer on, run on codes instead of on encoded digits.
 */
import type { SymbolicTensor, Tensor } from '@tensorflow/tfjs';
import { compileGraph } from '../compiler/compile';
import { loadTf } from '../compiler/tf';
import type { Graph } from '../graph/types';
import type { NodeWeights } from '../project/weights';

export interface Reconstruction {
  /** The example's index in its split. */
  index: number;
  input: Float32Array;
  output: Float32Array;
  code: readonly [number, number];
}

export interface CodeGrid {
  /** Points per side. */
  size: number;
  /** The code's first number, left to right, and its second, top to bottom (largest on top). */
  xs: number[];
  ys: number[];
  /** One picture per point, row by row from the top left. */
  images: Float32Array[];
}

export interface AutoencoderViews {
  reconstructions: Reconstruction[];
  /** The mean squared error per value over the reconstructed examples. */
  mse: number;
  /** Null when the model has no two-number code followed by a plain chain of layers. */
  grid: CodeGrid | null;
}

export interface ViewRequest {
  graph: Graph;
  weights: NodeWeights;
  /** Examples one after another, each of the model's input shape. */
  inputs: Float32Array;
  indices: readonly number[];
  /** How many of the examples to show rebuilt; all of them span the grid's range. */
  shown: number;
  codeNode: string;
  gridSize: number;
}

/**
 * The nodes from the code node's successor to the last layer before the Output, when each feeds
 * only the next; null for any other shape of graph (a branch, a join, or no layer after the code).
 */
export function decoderChain(graph: Graph, codeNode: string): string[] | null {
  const chain: string[] = [];
  let current = codeNode;
  for (let steps = 0; steps <= graph.nodes.length; steps++) {
    const next = graph.edges.filter((e) => e.source === current).map((e) => e.target);
    if (next.length !== 1) return null;
    const node = graph.nodes.find((n) => n.id === next[0]);
    if (!node) return null;
    if (node.type === 'Output') return chain.length > 0 ? chain : null;
    if (graph.edges.filter((e) => e.target === node.id).length !== 1) return null;
    chain.push(node.id);
    current = node.id;
  }
  return null;
}

const spaced = (from: number, to: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    n === 1 ? (from + to) / 2 : from + ((to - from) * i) / (n - 1),
  );

export async function autoencoderViews(request: ViewRequest): Promise<AutoencoderViews> {
  const { graph, weights, inputs, indices, shown, codeNode, gridSize } = request;
  const tf = await loadTf();
  const { model, topology } = await compileGraph(graph, { weights });
  const kept: Tensor[] = [];
  const keep = <T extends Tensor>(t: T): T => (kept.push(t), t);
  try {
    const inputShape = (model.inputs[0]!.shape as number[]).slice(1);
    const count = indices.length;
    const x = keep(tf.tensor(inputs, [count, ...inputShape]));
    const output = keep(model.predict(x) as Tensor);
    const size = output.size / count;
    const rebuilt = (await output.data()) as Float32Array;
    let squared = 0;
    for (let i = 0; i < shown * size; i++) squared += (rebuilt[i]! - inputs[i]!) ** 2;

    const codeName = topology.layerNames.get(codeNode);
    const chain = decoderChain(graph, codeNode);
    const codeLayer = codeName ? model.getLayer(codeName) : null;
    const twoNumbers =
      codeLayer !== null && JSON.stringify(codeLayer.outputShape) === JSON.stringify([null, 2]);
    let codes: Float32Array | null = null;
    let grid: CodeGrid | null = null;
    if (twoNumbers && chain) {
      const encoder = tf.model({
        inputs: model.inputs,
        outputs: codeLayer.output as SymbolicTensor,
      });
      codes = (await keep(encoder.predict(x) as Tensor).data()) as Float32Array;
      const z = tf.input({ shape: [2] });
      let h: SymbolicTensor = z;
      for (const id of chain)
        h = model.getLayer(topology.layerNames.get(id)!).apply(h) as SymbolicTensor;
      const decoder = tf.model({ inputs: z, outputs: h });
      const axis = (k: number) => {
        const values = Array.from({ length: count }, (_, i) => codes![2 * i + k]!);
        return [Math.min(...values), Math.max(...values)] as const;
      };
      const [xMin, xMax] = axis(0);
      const [yMin, yMax] = axis(1);
      const xs = spaced(xMin, xMax, gridSize);
      const ys = spaced(yMax, yMin, gridSize);
      const points = ys.flatMap((y) => xs.flatMap((xv) => [xv, y]));
      const at = keep(tf.tensor(points, [gridSize * gridSize, 2]));
      const decoded = keep(decoder.predict(at) as Tensor);
      const pictures = (await decoded.data()) as Float32Array;
      const each = pictures.length / (gridSize * gridSize);
      grid = {
        size: gridSize,
        xs,
        ys,
        images: Array.from({ length: gridSize * gridSize }, (_, i) =>
          pictures.slice(i * each, (i + 1) * each),
        ),
      };
    }
    const inputSize = inputs.length / count;
    return {
      reconstructions: Array.from({ length: shown }, (_, i) => ({
        index: indices[i]!,
        input: inputs.slice(i * inputSize, (i + 1) * inputSize),
        output: rebuilt.slice(i * size, (i + 1) * size),
        code: codes ? ([codes[2 * i]!, codes[2 * i + 1]!] as const) : ([NaN, NaN] as const),
      })),
      mse: squared / (shown * size),
      grid,
    };
  } finally {
    tf.dispose(kept);
    model.dispose();
  }
}
