import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrations, upgradeDocument } from './migrations';
import { parseProject } from './parse';
import { defaultTraining } from './training';

/** A project as NeuroCanvas wrote it with schema version 1. */
const version1 = {
  format: 'neurocanvas-project',
  schemaVersion: 1,
  name: 'Old digits',
  graph: {
    nodes: [
      { id: 'a', type: 'Dense', name: 'hidden', x: 40, y: -8.5, params: { units: 16 } },
      {
        id: 'b',
        type: 'Dense',
        name: 'out',
        x: 40,
        y: 100,
        params: { units: 10, activation: 'softmax' },
      },
    ],
    edges: [{ id: 'a-b', source: 'a', target: 'b' }],
  },
  dataset: 'mnist',
  training: {
    optimizer: 'sgd',
    learningRate: 0.1,
    batchSize: 16,
    epochs: 2,
    validationSplit: 0,
    shuffle: true,
  },
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('version 1 → 2', () => {
  it('reads a version 1 file as a current project', () => {
    const result = parseProject(JSON.stringify(version1));
    if (!result.ok) throw new Error(result.error);
    const { project } = result;
    expect(project.graph.nodes.map((n) => n.position)).toEqual([
      { x: 40, y: -8.5 },
      { x: 40, y: 100 },
    ]);
    expect(project.graph.nodes[1]!.params).toMatchObject({
      units: 10,
      activation: 'softmax',
      useBias: true,
    });
    expect(project.dataset).toEqual({ id: 'mnist' });
    expect(project.training).toEqual({ ...defaultTraining(), ...version1.training, seed: 42 });
    expect(project.notes).toBe('');
  });

  it('is a pure function: it leaves its input as it was', () => {
    const input = deepFreeze(structuredClone(version1));
    const output = migrations[1]!(input);
    expect(input).toEqual(version1);
    expect(output).toMatchObject({ schemaVersion: 2, dataset: { id: 'mnist' }, notes: '' });
    expect((output.graph as { nodes: unknown[] }).nodes[0]).toEqual({
      id: 'a',
      type: 'Dense',
      name: 'hidden',
      position: { x: 40, y: -8.5 },
      params: { units: 16 },
    });
  });

  it.each([
    { dataset: null, expected: null },
    { dataset: '', expected: null },
    { dataset: 'iris', expected: { id: 'iris' } },
  ])('turns dataset $dataset into $expected', ({ dataset, expected }) => {
    const result = parseProject(JSON.stringify({ ...version1, dataset }));
    expect(result.ok && result.project.dataset).toEqual(expected);
  });

  it('keeps a seed that is already there', () => {
    const result = parseProject(
      JSON.stringify({ ...version1, training: { ...version1.training, seed: 3 } }),
    );
    expect(result.ok && result.project.training.seed).toBe(3);
  });

  it('leaves damage in place for the check to report, by its current path', () => {
    const damaged = structuredClone(version1) as { graph: { nodes: Record<string, unknown>[] } };
    damaged.graph.nodes[1]!.x = 'far';
    damaged.graph.nodes.push(7 as never);
    expect(parseProject(JSON.stringify(damaged))).toMatchObject({
      ok: false,
      error:
        'graph.nodes[1].position.x: expected a finite number, got "far"\ngraph.nodes[2]: expected an object, got 7',
    });
  });

  it.each([
    { why: 'graph is a list', change: { graph: [] }, error: 'graph: expected an object, got []' },
    {
      why: 'nodes is missing',
      change: { graph: { edges: [] } },
      error: 'graph.nodes: missing (expected a list)',
    },
    {
      why: 'training is text',
      change: { training: 'fast' },
      error: 'training: expected an object, got "fast"',
    },
    {
      why: 'dataset is a number',
      change: { dataset: 5 },
      error: 'dataset: expected null or an object such as {"id": "mnist"}, got 5',
    },
  ])('does not crash when $why', ({ change, error }) => {
    expect(parseProject(JSON.stringify({ ...version1, ...change }))).toMatchObject({
      ok: false,
      error,
    });
  });
});

describe('versions', () => {
  it('has a migration from every older version', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('passes a current document through unchanged', () => {
    const doc = { format: 'neurocanvas-project', schemaVersion: CURRENT_SCHEMA_VERSION, name: 'x' };
    expect(upgradeDocument(doc)).toEqual({ ok: true, doc });
  });

  it('refuses a file from a newer NeuroCanvas', () => {
    const doc = { format: 'neurocanvas-project', schemaVersion: 1000 };
    expect(upgradeDocument(doc)).toEqual({
      ok: false,
      error:
        'This project was made by a newer NeuroCanvas: its file format is version 1,000, and this NeuroCanvas reads versions up to 3. Update NeuroCanvas to open it.',
      problem: { code: 'newerVersion', values: { version: 1000, max: 3 } },
    });
  });
});
