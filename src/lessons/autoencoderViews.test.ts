/**
 * The autoencoder views on real MNIST digits, with the lesson's model built from a seed: what is
 * checked is that the reconstructions are the model's own outputs and that the decoder, run on a
 * digit's code, gives exactly what the whole model gives for that digit.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, getNodeWeights } from '../compiler/compile';
import { loadDataset } from '../data/node/loadDataset';
import type { Graph } from '../graph/types';
import type { NodeWeights } from '../project/weights';
import { CODE_LAYER, digitsAutoencoder } from './autoencoder';
import { autoencoderViews, decoderChain } from './autoencoderViews';

const graph = digitsAutoencoder.template.create().graph;
const PIXELS = 784;
let weights: NodeWeights;
let inputs: Float32Array;
const indices = [0, 250, 500, 750, 1000, 1250];

beforeAll(async () => {
  const { model, topology } = await compileGraph(graph, { seed: 7 });
  weights = getNodeWeights(model, topology);
  model.dispose();
  const digits = await loadDataset('mnist-sample', { target: 'input' });
  inputs = new Float32Array(indices.length * PIXELS);
  indices.forEach((row, i) =>
    inputs.set(digits.test.x.subarray(row * PIXELS, (row + 1) * PIXELS), i * PIXELS),
  );
});

describe('decoderChain', () => {
  it('follows the lesson’s decoder from the code to the Output', () => {
    expect(decoderChain(graph, CODE_LAYER)).toEqual(['dec_1', 'dec_2', 'dec_3', 'picture']);
  });

  it.each<[string, (g: Graph) => Graph]>([
    [
      'the code feeds two layers',
      (g) => ({ ...g, edges: [...g.edges, { id: 'x', source: 'code', target: 'dec_2' }] }),
    ],
    [
      'no layer follows the code',
      (g) => ({ ...g, edges: g.edges.filter((e) => e.source !== 'code') }),
    ],
  ])('is null when %s', (_, change) => {
    expect(decoderChain(change(graph), CODE_LAYER)).toBeNull();
  });
});

describe('autoencoderViews', () => {
  it('rebuilds digits with the model and decodes the code plane with the same decoder', async () => {
    const views = await autoencoderViews({
      graph,
      weights,
      inputs,
      indices,
      shown: 4,
      codeNode: CODE_LAYER,
      gridSize: 3,
    });
    expect(views.reconstructions.map((r) => r.index)).toEqual([0, 250, 500, 750]);

    const { model } = await compileGraph(graph, { weights });
    const x = tf.tensor(inputs, [indices.length, 28, 28, 1]);
    const whole = (model.predict(x) as tf.Tensor).dataSync();
    let squared = 0;
    views.reconstructions.forEach((r, i) => {
      expect(r.input).toEqual(inputs.slice(i * PIXELS, (i + 1) * PIXELS));
      expect(Array.from(r.output)).toEqual(Array.from(whole.slice(i * PIXELS, (i + 1) * PIXELS)));
      for (let p = 0; p < PIXELS; p++) squared += (r.output[p]! - r.input[p]!) ** 2;
    });
    expect(views.mse).toBeCloseTo(squared / (4 * PIXELS), 6);

    // The grid spans the codes of all six digits, the top row at the largest second number.
    const grid = views.grid!;
    const codes = views.reconstructions.map((r) => r.code);
    expect(grid.xs).toHaveLength(3);
    expect(grid.ys[0]).toBeGreaterThan(grid.ys[2]!);
    for (const [cx, cy] of codes) {
      expect(cx).toBeGreaterThanOrEqual(grid.xs[0]! - 1e-6);
      expect(cx).toBeLessThanOrEqual(grid.xs[2]! + 1e-6);
      expect(cy).toBeLessThanOrEqual(grid.ys[0]! + 1e-6);
    }
    expect(grid.images).toHaveLength(9);
    for (const image of grid.images) {
      expect(image).toHaveLength(PIXELS);
      expect(image.every((v) => v >= 0 && v <= 1)).toBe(true);
    }

    // Decoding a digit's own code gives what the whole model gives for the digit.
    const again = await autoencoderViews({
      graph,
      weights,
      inputs: inputs.slice(0, PIXELS),
      indices: [0],
      shown: 1,
      codeNode: CODE_LAYER,
      gridSize: 1,
    });
    const onCode = again.grid!.images[0]!;
    for (let p = 0; p < PIXELS; p += 97) expect(onCode[p]).toBeCloseTo(whole[p]!, 5);
    tf.dispose(x);
    model.dispose();
  }, 60_000);

  it('rebuilds without a grid when the code is not two numbers', async () => {
    const wide = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.id === CODE_LAYER ? { ...n, params: { ...n.params, units: 3 } } : n,
      ),
    };
    const { model, topology } = await compileGraph(wide, { seed: 1 });
    const views = await autoencoderViews({
      graph: wide,
      weights: getNodeWeights(model, topology),
      inputs,
      indices,
      shown: 2,
      codeNode: CODE_LAYER,
      gridSize: 3,
    });
    model.dispose();
    expect(views.grid).toBeNull();
    expect(views.reconstructions).toHaveLength(2);
  }, 60_000);
});
