/**
 * The Keras bundle, checked with the Python that is here: Keras and TensorFlow cannot be installed
 * on these machines, so the generated code is not run in Keras. What is checked instead: every
 * Python file compiles, model.py has its interface, `WEIGHT_NAMES` lists exactly the arrays of
 * weights.npz in Keras' order, and NumPy reads from weights.npz exactly the model's weights.
 * All bundles go through one Python process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, chain } from '../../graph/testing/build';
import type { Graph } from '../../graph/types';
import { loadDataset } from '../../data';
import { missingPython, runPython } from '../../numpy/testing/python';
import { bundleFiles } from '../bundle/bundleFiles';
import { exportModelOf } from '../bundle/testing/exportModels';
import type { ExportModel } from '../bundle/types';
import { writeBundle } from '../bundle/writeBundle';
import type { TrainingSettings } from '../../project/training';

function twoHeads(): Graph {
  const a = chain(['Input', { shape: [4] }]);
  const b = addNode(a, ['Input', { shape: [5, 3] }]);
  const lstm = addNode(b.graph, ['LSTM', { units: 4 }], [b.id]);
  const joined = addNode(lstm.graph, 'Concatenate', [a.nodes[0]!.id, lstm.id]);
  const cls = addNode(joined.graph, ['Dense', { units: 3, activation: 'softmax' }], [joined.id]);
  const value = addNode(cls.graph, ['Dense', { units: 1, activation: 'linear' }], [joined.id]);
  const out = addNode(value.graph, 'Output', [cls.id]);
  return addNode(
    out.graph,
    ['Output', { loss: 'mean_squared_error', metrics: ['mae'] }],
    [value.id],
  ).graph;
}

const cases: {
  name: string;
  graph: () => Graph;
  training?: Partial<TrainingSettings>;
  xor?: boolean;
}[] = [
  {
    name: 'mlp',
    graph: () =>
      chain(
        ['Input', { shape: [2] }],
        ['Dense', { units: 8, activation: 'tanh', l2: 0.01 }],
        ['BatchNormalization', {}],
        ['Dropout', { rate: 0.2 }],
        ['Dense', { units: 2, activation: 'softmax' }],
        'Output',
      ),
    training: {
      optimizer: 'sgd',
      momentum: 0.9,
      nesterov: true,
      lrSchedule: 'step',
      earlyStopping: true,
    },
    xor: true,
  },
  {
    name: 'cnn',
    graph: () =>
      chain(
        ['Input', { shape: [8, 8, 1] }],
        ['Conv2D', { filters: 4, kernelSize: [4, 4], strides: [2, 2], padding: 'same' }],
        ['SeparableConv2D', { filters: 3, kernelSize: [3, 3], padding: 'same' }],
        ['MaxPooling2D', {}],
        'Flatten',
        ['Maxout', { units: 5, pieces: 2 }],
        ['Activation', { activation: 'elu', eluAlpha: 0.5 }],
        ['Dense', { units: 1, activation: 'sigmoid' }],
        ['Output', { loss: 'binary_crossentropy' }],
      ),
    training: { optimizer: 'rmsprop', lrSchedule: 'cosine', validationSource: 'test' },
  },
  {
    name: 'gru',
    graph: () =>
      chain(
        ['Input', { shape: [6, 2] }],
        ['GRU', { units: 5, returnSequences: true }],
        ['SimpleRNN', { units: 3 }],
        ['Dense', { units: 1, activation: 'linear' }],
        ['Output', { loss: 'huber', metrics: ['mae'] }],
      ),
    training: { optimizer: 'adadelta', lrSchedule: 'exponential' },
  },
  { name: 'two-heads', graph: twoHeads },
];

const SCRIPT = `
import ast, json, py_compile, sys
from pathlib import Path
import numpy as np

report = {}
for folder in map(Path, sys.argv[1:]):
    for source in sorted(folder.glob("*.py")):
        py_compile.compile(str(source), cfile=str(folder / "__check__.pyc"), doraise=True)
    tree = ast.parse((folder / "model.py").read_text())
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
    names = next(ast.literal_eval(n.value) for n in tree.body
                 if isinstance(n, ast.Assign) and n.targets[0].id == "WEIGHT_NAMES")
    with np.load(folder / "weights.npz") as weights:
        arrays = {k: {"dtype": str(weights[k].dtype), "shape": list(weights[k].shape),
                      "values": weights[k].ravel().tolist()} for k in weights.files}
    report[folder.name] = {"functions": functions, "classes": classes, "weightNames": names,
                           "arrays": arrays, "files": sorted(p.name for p in folder.iterdir()
                                                            if p.suffix != ".pyc")}
print(json.dumps(report))
`;

const missing = missingPython(['numpy']);

describe.skipIf(missing !== null)(`Keras bundles checked by Python ${missing ?? ''}`, () => {
  let root: string;
  const models = new Map<string, ExportModel>();
  let report: Record<
    string,
    {
      functions: string[];
      classes: string[];
      weightNames: Record<string, string[]>;
      arrays: Record<string, { dtype: string; shape: number[]; values: number[] }>;
      files: string[];
    }
  >;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'nc-keras-'));
    const xor = await loadDataset('xor');
    const folders: string[] = [];
    for (const c of cases) {
      const model = await exportModelOf(c.graph(), {
        ...(c.training ? { training: c.training } : {}),
        ...(c.xor ? { dataset: xor, datasetRef: { id: 'xor' } } : {}),
      });
      models.set(c.name, model);
      folders.push(
        await writeBundle(
          join(root, c.name),
          bundleFiles(model, 'keras', c.xor ? { dataset: xor } : {}),
        ),
      );
    }
    const result = runPython(['-c', SCRIPT, ...folders]);
    if (result.status !== 0) throw new Error(result.stderr);
    report = JSON.parse(result.stdout);
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each(cases)('$name: the Python files compile and model.py has its interface', ({ name }) => {
    const r = report[name]!;
    expect(r.functions).toEqual(['create_model', 'load_weights', 'build_model']);
    expect(r.classes).toEqual(name === 'cnn' ? ['Maxout'] : []);
    const expected = ['README.md', 'model.py', 'samples.npz', 'verify.py', 'weights.npz'];
    if (name !== 'two-heads') expected.push('train.py');
    if (name === 'mlp') expected.push('data.npz');
    expect(r.files).toEqual(expected.sort());
  });

  it.each(cases)(
    '$name: weights.npz holds exactly the model’s weights, in Keras’ order',
    ({ name }) => {
      const model = models.get(name)!;
      const r = report[name]!;
      const expectedNames = Object.fromEntries(
        [...model.weights]
          .filter(([, w]) => w.length > 0)
          .map(([layer, w]) => [layer, w.map((x) => x.name)]),
      );
      expect(r.weightNames).toEqual(expectedNames);
      const keys = Object.entries(r.weightNames).flatMap(([layer, names]) =>
        names.map((n) => `${layer}/${n}`),
      );
      expect(Object.keys(r.arrays).sort()).toEqual([...keys].sort());
      for (const [layer, weights] of model.weights) {
        for (const w of weights) {
          const array = r.arrays[`${layer}/${w.name}`]!;
          expect(array.dtype).toBe('float32');
          expect(array.shape).toEqual([...w.shape]);
          expect(array.values).toEqual(Array.from(w.values));
        }
      }
    },
  );
});
