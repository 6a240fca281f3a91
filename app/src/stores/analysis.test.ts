import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { newProject } from '../../../src/project';
import { analysisOf } from './analysis';

describe('analysisOf', () => {
  it('checks a model against the dataset as its options make it: pictures as targets have no classes', () => {
    const graph = chain(
      ['Input', { shape: [28, 28, 1] }],
      'Flatten',
      ['Dense', { units: 784, activation: 'softmax' }],
      ['Output', { loss: 'categorical_crossentropy' }],
    );
    const project = (target: string) => ({
      ...newProject('Digits'),
      graph,
      dataset: { id: 'mnist-sample', options: { target } },
    });
    const errors = (target: string) =>
      analysisOf(project(target))
        .problems.filter((p) => p.severity === 'error')
        .map((p) => p.code);
    // 784 class scores cannot name one of 10 digits...
    expect(errors('labels')).toHaveLength(1);
    // ...but with each picture as its own target there are no classes to check against.
    expect(errors('input')).toEqual([]);
  });
});
