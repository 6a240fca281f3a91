import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectFile, saveProjectFile } from '../host/projectFiles';
import { parseProject } from '../project/parse';
import type { Project } from '../project/project';
import { serializeProject } from '../project/serialize';
import { spiralMlp } from '../templates/spiralMlp';
import type { Classroom } from './classroom';
import { classroomPack } from './pack';
import { MAX_TASKS } from './schema';

const classroom: Classroom = {
  locks: {
    layers: ['point', 'arm'],
    params: { scores: ['units'] },
    training: true,
    dataset: false,
  },
  tasks: [
    {
      id: 't1',
      title: 'Unwind the spiral with at most two hidden layers',
      checks: [
        { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.9 },
        { kind: 'maxHiddenLayers', max: 2 },
      ],
    },
    { id: 't2', title: 'No dropout', checks: [{ kind: 'noLayer', layerType: 'Dropout' }] },
  ],
};

/** A small imported table, as an import embeds it: 4 rows of 2 features, 2 classes. */
function embeddedProject(): Project {
  return {
    ...spiralMlp.create(),
    dataset: {
      id: 'embedded',
      options: { source: 'csv', target: 'label' },
      data: {
        name: 'points.csv',
        task: 'classification',
        inputShape: [2],
        targetShape: [2],
        classNames: ['a', 'b'],
        train: {
          count: 3,
          x: new Float32Array([0, 1, 1, 0, 0.5, 0.25]),
          y: new Float32Array([1, 0, 0, 1, 1, 0]),
        },
        test: { count: 1, x: new Float32Array([2, -1]), y: new Float32Array([0, 1]) },
      },
    },
    runs: [
      {
        id: 'r1',
        name: 'Run 1',
        finishedAt: '2026-01-01T00:00:00.000Z',
        datasetId: 'embedded',
        training: spiralMlp.create().training,
        stopReason: 'done',
        epochs: [{ epoch: 1, values: { loss: 0.5, acc: 0.99 } }],
        test: { loss: 0.5, acc: 0.99 },
      },
    ],
    classroom,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-packs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a classroom pack', () => {
  it('round-trips through a real file with its locks, tasks and embedded data', async () => {
    const made = classroomPack(embeddedProject());
    if (!made.ok) throw new Error('expected a pack');
    const path = join(dir, 'Spiral pack.ncproj');
    await saveProjectFile(path, made.project);
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.project.classroom).toEqual(classroom);
    expect(loaded.project.dataset?.data?.train.x).toEqual(
      new Float32Array([0, 1, 1, 0, 0.5, 0.25]),
    );
    expect(loaded.project.dataset?.data?.classNames).toEqual(['a', 'b']);
    // The teacher's run stays behind: a student's tasks are judged on the student's training.
    expect(loaded.project.runs).toBeUndefined();
    expect(loaded.project.graph).toEqual(made.project.graph);
    // One file: the data is in it, not beside it.
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text).dataset.data.encoding).toBe('float32-le-base64');
  });

  it('refuses a dataset kept by its path on the teacher’s computer', () => {
    const project = {
      ...spiralMlp.create(),
      dataset: { id: 'import-csv', options: { path: '/home/t/big.csv' } },
    };
    const made = classroomPack(project);
    expect(made.ok ? null : made.reason.key).toBe('packs.pack.pathDataset');
  });

  it('drops the locks of layers deleted in teacher mode when it is written', () => {
    const project = { ...spiralMlp.create(), classroom };
    const withoutPoint: Project = {
      ...project,
      graph: {
        nodes: project.graph.nodes.filter((n) => n.id !== 'scores'),
        edges: project.graph.edges.filter((e) => e.source !== 'scores' && e.target !== 'scores'),
      },
    };
    const parsed = parseProject(serializeProject(withoutPoint));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.project.classroom?.locks.params).toEqual({});
    expect(parsed.project.classroom?.locks.layers).toEqual(['point', 'arm']);
  });
});

describe('a hostile or damaged pack', () => {
  const good = JSON.parse(serializeProject({ ...spiralMlp.create(), classroom })) as Record<
    string,
    unknown
  >;
  const withClassroom = (section: unknown) => JSON.stringify({ ...good, classroom: section });
  const huge = Array.from({ length: 2_000_000 }, () => ({}));

  // Each row: what is wrong, the section, and what the error must say.
  const rows: [string, unknown, string][] = [
    ['not an object', 'locked', 'classroom: expected an object, got "locked"'],
    [
      'two million tasks',
      { tasks: huge },
      `classroom.tasks: holds 2,000,000 tasks; a classroom pack can hold at most ${MAX_TASKS}`,
    ],
    [
      'a task with too many checks',
      { tasks: [{ id: 't', title: 'x', checks: huge.slice(0, 1000) }] },
      'classroom.tasks[0].checks: holds 1,000 checks',
    ],
    [
      'two million locked layers',
      { locks: { layers: huge } },
      'classroom.locks.layers: holds 2,000,000 layers',
    ],
    [
      'a layer with two thousand locked parameters',
      { locks: { params: { scores: Array.from({ length: 2000 }, (_, i) => `p${i}`) } } },
      'classroom.locks.params.scores: holds 2,000 parameters',
    ],
    [
      'an unknown kind of check',
      { tasks: [{ id: 't', title: 'x', checks: [{ kind: 'rm -rf' }] }] },
      'classroom.tasks[0].checks[0].kind: expected a check whose "kind" is one of metric',
    ],
    [
      'a threshold that is not a number',
      {
        tasks: [
          {
            id: 't',
            title: 'x',
            checks: [{ kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 'high' }],
          },
        ],
      },
      'classroom.tasks[0].checks[0].value: expected a finite number, got "high"',
    ],
    [
      'an unknown metric',
      {
        tasks: [
          {
            id: 't',
            title: 'x',
            checks: [{ kind: 'metric', metric: 'f1', op: 'atLeast', value: 1 }],
          },
        ],
      },
      'classroom.tasks[0].checks[0].metric: expected "val_acc" or',
    ],
    [
      'a negative layer count',
      { tasks: [{ id: 't', title: 'x', checks: [{ kind: 'maxHiddenLayers', max: -1 }] }] },
      'classroom.tasks[0].checks[0].max: expected a whole number of at least 0, got -1',
    ],
    [
      'a task without checks',
      { tasks: [{ id: 't', title: 'x', checks: [] }] },
      'classroom.tasks[0].checks: a task needs at least one check',
    ],
    [
      'an unknown layer type',
      { tasks: [{ id: 't', title: 'x', checks: [{ kind: 'hasLayer', layerType: 'Teleport' }] }] },
      `classroom.tasks[0].checks[0].layerType: unknown layer type "Teleport"`,
    ],
    [
      'two tasks with one id',
      { tasks: [classroom.tasks[0], { ...classroom.tasks[1], id: 't1' }] },
      'classroom.tasks[1].id: "t1" is already the id of tasks[0]',
    ],
    [
      'a lock on a layer that is not there',
      { locks: { layers: ['ghost'] } },
      'classroom.locks.layers[0]: no node has the id "ghost"',
    ],
    [
      'a lock on a parameter the layer lacks',
      { locks: { params: { scores: ['colour'] } } },
      'classroom.locks.params.scores[0]: a Dense layer has no parameter "colour"',
    ],
    [
      'a lock flag that is not a flag',
      { locks: { training: 'yes' } },
      'classroom.locks.training: expected true or false, got "yes"',
    ],
    ['an unknown field', { tasks: [], secret: 1 }, 'classroom.secret: unknown field'],
  ];

  it.each(rows)('%s: a clear error, no crash', (_, section, expected) => {
    const result = parseProject(withClassroom(section));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });

  it('refuses a prototype key among the locks', () => {
    const text = JSON.stringify(good).replace('"locks":{', '"locks":{"__proto__":{"x":1},');
    const result = parseProject(text);
    expect(result.ok ? '' : result.error).toContain('__proto__');
  });

  it('opens a pack written by hand with only what it needs', async () => {
    const path = join(dir, 'minimal.ncproj');
    await writeFile(
      path,
      withClassroom({
        tasks: [{ id: 'a', title: 'Train it', checks: [{ kind: 'maxParams', max: 1000 }] }],
      }),
    );
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.project.classroom?.locks).toEqual({
      layers: [],
      params: {},
      training: false,
      dataset: false,
    });
  });
});
