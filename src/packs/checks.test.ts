import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze';
import type { Graph } from '../graph/types';
import { translator } from '../i18n';
import type { RunRecord } from '../project/runs';
import { defaultTraining } from '../project/training';
import { templateGraph } from '../templates/template';
import { spiralMlp } from '../templates/spiralMlp';
import type { Check, Task } from './classroom';
import { describeCheck, evaluateCheck, evaluateTask, type TaskSubject } from './checks';
import { hiddenLayerCount } from './hiddenLayers';
import { speak } from './phrase';

const spiral = spiralMlp.create().graph;

function run(last: Record<string, number | null>, test: RunRecord['test'] = null): RunRecord {
  return {
    id: 'r1',
    name: 'Run 1',
    finishedAt: '2026-01-01T00:00:00.000Z',
    datasetId: 'spiral',
    training: defaultTraining(),
    stopReason: 'done',
    epochs: [
      { epoch: 1, values: { loss: 2, acc: 0.1 } },
      { epoch: 2, values: last },
    ],
    test,
  };
}

const subject = (graph: Graph, r: RunRecord | null): TaskSubject => ({
  graph,
  analysis: analyzeGraph(graph, { dataset: { name: 'Spiral', numClasses: 2 } }),
  run: r,
});

const threeHidden = templateGraph([
  ['point', 'Input', { shape: [2] }],
  ['h1', 'Dense', { units: 8 }],
  ['drop', 'Dropout', {}],
  ['h2', 'Dense', { units: 8 }],
  ['act', 'Activation', { activation: 'relu' }],
  ['h3', 'Dense', { units: 8 }],
  ['scores', 'Dense', { units: 2, activation: 'softmax' }],
  ['arm', 'Output', {}],
]);

const good = run({ loss: 0.2, acc: 0.95, val_loss: 0.25, val_acc: 0.93 }, { loss: 0.3, acc: 0.91 });

// Each row: a check, the model, the run, and either null (passes) or the reason's key.
const cases: [string, Check, Graph, RunRecord | null, string | null][] = [
  ['no run yet', { kind: 'maxHiddenLayers', max: 2 }, spiral, null, 'packs.reason.noRun'],
  [
    'val_acc reached',
    { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.9 },
    spiral,
    good,
    null,
  ],
  [
    'val_acc reached exactly',
    { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.93 },
    spiral,
    good,
    null,
  ],
  [
    'val_acc short',
    { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.95 },
    spiral,
    good,
    'packs.reason.tooLow',
  ],
  [
    'val_loss low enough',
    { kind: 'metric', metric: 'val_loss', op: 'atMost', value: 0.3 },
    spiral,
    good,
    null,
  ],
  [
    'val_loss too high',
    { kind: 'metric', metric: 'val_loss', op: 'atMost', value: 0.2 },
    spiral,
    good,
    'packs.reason.tooHigh',
  ],
  [
    'test_acc from the test scores',
    { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.9 },
    spiral,
    good,
    null,
  ],
  [
    'test_acc short',
    { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.92 },
    spiral,
    good,
    'packs.reason.tooLow',
  ],
  [
    'test_loss',
    { kind: 'metric', metric: 'test_loss', op: 'atMost', value: 0.3 },
    spiral,
    good,
    null,
  ],
  [
    'training acc of the last epoch',
    { kind: 'metric', metric: 'acc', op: 'atLeast', value: 0.95 },
    spiral,
    good,
    null,
  ],
  [
    'no validation split',
    { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.9 },
    spiral,
    run({ loss: 0.2, acc: 0.95 }),
    'packs.reason.noValidation',
  ],
  [
    'no test set',
    { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.9 },
    spiral,
    run({ loss: 0.2 }),
    'packs.reason.noTest',
  ],
  [
    'no such score',
    { kind: 'metric', metric: 'acc', op: 'atLeast', value: 0.9 },
    spiral,
    run({ loss: 0.2 }),
    'packs.reason.noScore',
  ],
  [
    'loss diverged',
    { kind: 'metric', metric: 'loss', op: 'atMost', value: 1 },
    spiral,
    run({ loss: null }),
    'packs.reason.notANumber',
  ],
  ['right dataset', { kind: 'dataset', id: 'spiral' }, spiral, good, null],
  ['wrong dataset', { kind: 'dataset', id: 'circle' }, spiral, good, 'packs.reason.dataset'],
  ['two hidden layers allowed', { kind: 'maxHiddenLayers', max: 2 }, spiral, good, null],
  [
    'three hidden layers refused',
    { kind: 'maxHiddenLayers', max: 2 },
    threeHidden,
    good,
    'packs.reason.hiddenLayers',
  ],
  ['parameters within bounds', { kind: 'maxParams', max: 400 }, spiral, good, null],
  ['too many parameters', { kind: 'maxParams', max: 100 }, spiral, good, 'packs.reason.params'],
  [
    'parameters of a broken model',
    { kind: 'maxParams', max: 1e6 },
    templateGraph([['d', 'Dense', {}]]),
    good,
    'packs.reason.modelProblems',
  ],
  ['has a Dense layer', { kind: 'hasLayer', layerType: 'Dense' }, spiral, good, null],
  [
    'lacks a Conv2D layer',
    { kind: 'hasLayer', layerType: 'Conv2D' },
    spiral,
    good,
    'packs.reason.missingLayer',
  ],
  ['no Dropout, as asked', { kind: 'noLayer', layerType: 'Dropout' }, spiral, good, null],
  [
    'a Dropout that must not be there',
    { kind: 'noLayer', layerType: 'Dropout' },
    threeHidden,
    good,
    'packs.reason.forbiddenLayer',
  ],
];

describe('evaluateCheck', () => {
  it.each(cases)('%s', (_, check, graph, r, reason) => {
    const outcome = evaluateCheck(check, subject(graph, r));
    if (reason === null) expect(outcome).toEqual({ passed: true });
    else expect(outcome.passed ? null : outcome.reason.key).toBe(reason);
  });

  it('says what was found and what is asked, in either language', () => {
    const check: Check = { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.95 };
    const outcome = evaluateCheck(check, subject(spiral, good));
    if (outcome.passed) throw new Error('expected a failure');
    expect(speak(translator('en'), outcome.reason)).toBe(
      'The validation accuracy is 93%; it needs to reach 95%.',
    );
    expect(speak(translator('ru'), outcome.reason).replace(/\u00a0/g, ' ')).toBe(
      'Сейчас точность на валидационной выборке — 93 %, а нужно не меньше 95 %.',
    );
  });
});

describe('hiddenLayerCount', () => {
  const rows: [string, Graph, number][] = [
    ['the spiral MLP', spiral, 2],
    ['dropout and activations between Dense layers', threeHidden, 3],
    [
      'a perceptron',
      templateGraph([
        ['x', 'Input', { shape: [2] }],
        ['y', 'Dense', { units: 1 }],
        ['o', 'Output', {}],
      ]),
      0,
    ],
    [
      'a branch: each branch ends in the merge, then one output layer',
      templateGraph([
        ['x', 'Input', { shape: [4] }],
        ['a', 'Dense', { units: 4 }, ['x']],
        ['b', 'Dense', { units: 4 }, ['x']],
        ['m', 'Concatenate', {}, ['a', 'b']],
        ['y', 'Dense', { units: 2 }, ['m']],
        ['o', 'Output', {}, ['y']],
      ]),
      2,
    ],
    ['an empty model', { nodes: [], edges: [] }, 0],
  ];
  it.each(rows)('%s', (_, graph, count) => expect(hiddenLayerCount(graph)).toBe(count));
});

describe('evaluateTask', () => {
  const task: Task = {
    id: 't1',
    title: 'Unwind the spiral',
    checks: [
      { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.9 },
      { kind: 'maxHiddenLayers', max: 2 },
      { kind: 'dataset', id: 'spiral' },
    ],
  };

  it('passes when every check passes', () => {
    expect(evaluateTask(task, subject(spiral, good))).toEqual({ passed: true, reasons: [] });
  });

  it('lists each failed check, and asks for a run once', () => {
    const failed = evaluateTask(task, subject(threeHidden, run({ loss: 1, val_acc: 0.5 })));
    expect(failed.passed).toBe(false);
    expect(failed.reasons.map((r) => r.key)).toEqual([
      'packs.reason.tooLow',
      'packs.reason.hiddenLayers',
    ]);
    expect(evaluateTask(task, subject(spiral, null)).reasons.map((r) => r.key)).toEqual([
      'packs.reason.noRun',
    ]);
  });
});

describe('describeCheck', () => {
  const rows: [Check, string, string][] = [
    [
      { kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.9 },
      'validation accuracy of at least 90%',
      'точность на валидационной выборке не ниже 90 %',
    ],
    [
      { kind: 'metric', metric: 'test_loss', op: 'atMost', value: 0.25 },
      'test loss of at most 0.25',
      'функция потерь на тестовой выборке не выше 0,25',
    ],
    [{ kind: 'maxHiddenLayers', max: 2 }, 'at most 2 hidden layers', 'не более 2 скрытых слоёв'],
    [{ kind: 'maxHiddenLayers', max: 1 }, 'at most 1 hidden layer', 'не более 1 скрытого слоя'],
    [{ kind: 'maxParams', max: 10000 }, 'at most 10,000 parameters', 'не более 10 000 параметров'],
    [
      { kind: 'hasLayer', layerType: 'Conv2D' },
      'contains a Conv2D layer',
      'в модели есть слой Conv2D',
    ],
    [{ kind: 'noLayer', layerType: 'Dense' }, 'contains no Dense layer', 'в модели нет слоя Dense'],
    [
      { kind: 'dataset', id: 'spiral' },
      'trained on the dataset “spiral”',
      'обучение на наборе данных «spiral»',
    ],
  ];
  it.each(rows)('%j', (check, en, ru) => {
    expect(speak(translator('en'), describeCheck(check))).toBe(en);
    expect(speak(translator('ru'), describeCheck(check)).replace(/\u00a0/g, ' ')).toBe(ru);
  });
});
