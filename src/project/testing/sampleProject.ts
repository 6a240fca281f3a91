/** A small valid project, and its file text with changes, for the project tests. */
import { dense } from '../../layers/core/dense';
import { defaultParams } from '../../layers/defaults';
import type { Project } from '../project';
import { defaultTraining } from '../training';
import { serializeProject } from '../serialize';

export function sampleProject(): Project {
  return {
    name: 'Digits',
    notes: 'A first try — ünïcödé, "quotes", and a\nline break.',
    dataset: { id: 'mnist', options: { normalize: true, limit: 5000, split: 'train' } },
    training: {
      ...defaultTraining(),
      optimizer: 'rmsprop',
      learningRate: 0.01,
      batchSize: 64,
      epochs: 3,
      validationSplit: 0.1,
      shuffle: false,
      seed: 7,
    },
    graph: {
      nodes: [
        {
          id: 'n1',
          type: 'Dense',
          name: 'hidden',
          position: { x: 10.5, y: -20 },
          params: { ...defaultParams(dense), units: 3 },
        },
        {
          id: 'n2',
          type: 'Dense',
          name: 'output',
          position: { x: 0, y: 120 },
          params: { ...defaultParams(dense), units: 2, activation: 'softmax', useBias: false },
        },
      ],
      edges: [{ id: 'e1', source: 'n1', target: 'n2' }],
    },
    weights: {
      n1: [
        {
          name: 'kernel',
          shape: [2, 3],
          values: Float32Array.from([1, -2.5, 0.1, 3.4028234663852886e38, 1e-45, -0]),
        },
        { name: 'bias', shape: [3], values: Float32Array.from([0, 0.5, -1]) },
      ],
      n2: [{ name: 'kernel', shape: [3, 2], values: Float32Array.from([1, 2, 3, 4, 5, 6]) }],
    },
  };
}

/** The sample's file text after `change` edits its parsed JSON. */
export function sampleFile(change: (doc: SampleDocument) => void = () => undefined): string {
  const doc = JSON.parse(serializeProject(sampleProject())) as SampleDocument;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

/** The file's JSON, loosely typed so tests can damage it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SampleDocument = any;
