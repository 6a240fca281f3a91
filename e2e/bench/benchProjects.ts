/** The projects the interface benchmark opens: a large graph to edit and pan, and a model to train. */
import { residualGraph } from '../../src/bench/shapeInference';
import { DATASET_INFOS } from '../../src/data/catalog';
import { layoutGraph } from '../../src/graph/layout';
import { chain } from '../../src/graph/testing/build';
import { newProject, type Project } from '../../src/project';

/** Residual blocks of convolutions, laid out as the app lays them out: 500 layers. */
export function largeProject(nodes: number): Project {
  return {
    ...newProject(`Large graph of ${nodes} layers`),
    graph: layoutGraph(residualGraph(nodes)),
  };
}

/** A spiral classifier set to train for far longer than the benchmark watches it. */
export function streamingProject(): Project {
  const classes = DATASET_INFOS.spiral.targetShape[0]!;
  const graph = chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 16, activation: 'tanh' }],
    ['Dense', { units: 16, activation: 'tanh' }],
    ['Dense', { units: classes, activation: 'softmax' }],
    'Output',
  );
  const project = newProject('Spiral, streaming');
  return {
    ...project,
    graph: layoutGraph(graph),
    dataset: { id: 'spiral' },
    training: { ...project.training, epochs: 100_000, batchSize: 8 },
  };
}
