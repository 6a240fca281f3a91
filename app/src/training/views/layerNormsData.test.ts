import { describe, expect, it } from 'vitest';
import type { LayerPoint } from '../../stores/trainingReducer';
import { normSeries, normTable, unitHealth } from './layerNormsData';

const history: LayerPoint[] = [
  {
    epoch: 1,
    layers: [
      { name: 'dense_1', weightNorm: 2, gradientNorm: 0.5, updateNorm: 0.01 },
      { name: 'sigmoid_1', saturatedFraction: 0.2 },
      { name: 'dense_2', weightNorm: 1, gradientNorm: 0 },
    ],
  },
  {
    epoch: 4,
    layers: [
      { name: 'dense_1', weightNorm: 2.5, gradientNorm: 1e-7 },
      { name: 'sigmoid_1', saturatedFraction: 0.6 },
      { name: 'dense_2', weightNorm: NaN, gradientNorm: 0.2 },
    ],
  },
];

describe('the layer norms table', () => {
  it('has a weights and a gradients series per layer with weights, in model order', () => {
    expect(normSeries(history)).toEqual([
      { layer: 'dense_1', kind: 'weights' },
      { layer: 'dense_1', kind: 'gradients' },
      { layer: 'dense_2', kind: 'weights' },
      { layer: 'dense_2', kind: 'gradients' },
    ]);
  });

  it('leaves out what a log scale cannot draw: zero and NaN', () => {
    expect(normTable(history, normSeries(history))).toEqual([
      [1, 4],
      [2, 2.5],
      [0.5, 1e-7],
      [1, null],
      [null, 0.2],
    ]);
  });

  it('gives the latest unit health', () => {
    expect(unitHealth(history)).toEqual([{ name: 'sigmoid_1', dead: undefined, saturated: 0.6 }]);
    expect(unitHealth([])).toEqual([]);
  });
});
