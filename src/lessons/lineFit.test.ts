import { describe, expect, it } from 'vitest';
import type { DatasetRef, Project } from '../project/project';
import type { NodeWeights, WeightTensor } from '../project/weights';
import { learnedLine, trueLine } from './lineFit';
import { linearRegression } from './regression';

const lesson = (): Project => linearRegression.template.create();
const tensor = (name: string, values: number[]): WeightTensor => ({
  name,
  shape: name === 'kernel' ? [values.length, 1] : [values.length],
  values: Float32Array.from(values),
});

describe('trueLine', () => {
  it.each<{ dataset: DatasetRef | null; line: object | null }>([
    { dataset: { id: 'linear' }, line: { a: 2, b: -1 } },
    { dataset: { id: 'linear', options: { a: -3 } }, line: { a: -3, b: -1 } },
    { dataset: { id: 'linear', options: { a: 0.5, b: 4 } }, line: { a: 0.5, b: 4 } },
    { dataset: { id: 'linear', options: { a: 'steep' } }, line: { a: 2, b: -1 } },
    { dataset: { id: 'gauss' }, line: null },
    { dataset: null, line: null },
  ])('$dataset → $line', ({ dataset, line }) => {
    expect(trueLine({ ...lesson(), dataset })).toEqual(line);
  });
});

describe('learnedLine', () => {
  it.each<{ weights: NodeWeights | undefined; line: object | null }>([
    { weights: undefined, line: null },
    {
      weights: { line: [tensor('kernel', [1.5]), tensor('bias', [-0.25])] },
      line: { a: 1.5, b: -0.25 },
    },
    { weights: { line: [tensor('kernel', [1.5])] }, line: { a: 1.5, b: 0 } },
    { weights: { line: [tensor('kernel', [1, 2]), tensor('bias', [0])] }, line: null },
    { weights: { line: [tensor('kernel', [1]), tensor('bias', [0, 1])] }, line: null },
    { weights: { other: [tensor('kernel', [1])] }, line: null },
  ])('$weights → $line', ({ weights, line }) => {
    expect(learnedLine({ ...lesson(), ...(weights ? { weights } : {}) })).toEqual(line);
  });
});
