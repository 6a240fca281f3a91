import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import { prettyJson } from './prettyJson';
import { newProject, type Project } from './project';
import { ProjectSaveError, serializeProject } from './serialize';
import { defaultTraining } from './training';
import { sampleProject } from './testing/sampleProject';

function saveError(project: Project): string[] {
  try {
    serializeProject(project);
  } catch (e) {
    if (e instanceof ProjectSaveError)
      return e.problems.map((p) => `${p.path.join('/')}: ${p.message}`);
    throw e;
  }
  throw new Error('expected the project to be refused');
}

describe('serializeProject', () => {
  it('writes a new project that reads back as itself', () => {
    const project = newProject('Blank');
    const text = serializeProject(project);
    expect(parseProject(text)).toEqual({ ok: true, project });
    expect(JSON.parse(text)).toMatchObject({
      format: 'neurocanvas-project',
      schemaVersion: 3,
      name: 'Blank',
    });
  });

  it('names a project without a name', () => {
    expect(newProject('  ').name).toBe('Untitled');
  });

  it('writes every parameter, defaults included, in the order the layer declares them', () => {
    const project = sampleProject();
    project.graph = {
      ...project.graph,
      nodes: [{ ...project.graph.nodes[0]!, params: { l2: 0.5, units: 7 } }],
      edges: [],
    };
    delete project.weights;
    const params = JSON.parse(serializeProject(project)).graph.nodes[0].params;
    expect(Object.entries(params)).toEqual([
      ['units', 7],
      ['activation', 'relu'],
      ['useBias', true],
      ['kernelInitializer', 'glorot_uniform'],
      ['biasInitializer', 'zeros'],
      ['l1', 0],
      ['l2', 0.5],
    ]);
  });

  it('writes the same text whatever order the fields were set in', () => {
    const project = sampleProject();
    const shuffled: Project = {
      weights: project.weights!,
      notes: project.notes,
      graph: project.graph,
      training: {
        ...defaultTraining(),
        seed: 7,
        shuffle: false,
        validationSplit: 0.1,
        epochs: 3,
        batchSize: 64,
        learningRate: 0.01,
        optimizer: 'rmsprop',
      },
      dataset: { options: { split: 'train', limit: 5000, normalize: true }, id: 'mnist' },
      name: project.name,
    };
    expect(serializeProject(shuffled)).toBe(serializeProject(project));
  });

  it('keeps short lists on one line and puts the weights last', () => {
    const text = serializeProject(sampleProject());
    expect(text).toContain('"shape": [2, 3],');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'schemaVersion',
      'name',
      'notes',
      'dataset',
      'training',
      'graph',
      'weights',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each([
    {
      why: 'NaN left in the weights by a diverged run',
      change: (p: Project) =>
        (p.weights = { n2: [{ name: 'kernel', shape: [2], values: Float32Array.from([1, NaN]) }] }),
      problems: ['weights/nodes/n2/0/data: value 1 is NaN; weights must be finite numbers'],
    },
    {
      why: 'a tensor whose values do not fill its shape',
      change: (p: Project) =>
        (p.weights = { n2: [{ name: 'kernel', shape: [2, 2], values: new Float32Array(3) }] }),
      problems: ['weights/nodes/n2/0/data: holds 3 values, but shape [2, 2] needs 4'],
    },
    {
      why: 'weights of a node that was deleted',
      change: (p: Project) => (p.weights = { gone: [] }),
      problems: ['weights/nodes/gone: no node has the id "gone"'],
    },
    {
      why: 'a node name longer than a file allows',
      change: (p: Project) =>
        (p.graph = {
          ...p.graph,
          nodes: [{ ...p.graph.nodes[0]!, name: 'x'.repeat(201) }, p.graph.nodes[1]!],
        }),
      problems: ['graph/nodes/0/name: expected text of 1 to 200 characters, got 201 characters'],
    },
    {
      why: 'a position that is not a number',
      change: (p: Project) =>
        (p.graph = {
          ...p.graph,
          nodes: [{ ...p.graph.nodes[0]!, position: { x: NaN, y: 0 } }, p.graph.nodes[1]!],
        }),
      problems: ['graph/nodes/0/position/x: expected a finite number, got NaN'],
    },
    {
      why: 'a node id that would replace a prototype as a weights key',
      change: (p: Project) => {
        p.graph = { nodes: [{ ...p.graph.nodes[0]!, id: '__proto__' }], edges: [] };
        p.weights = { ['__proto__']: [] } as never;
      },
      problems: ['graph/nodes/0/id: "__proto__" cannot be a node id'],
    },
    {
      why: 'a dataset option named like a prototype',
      change: (p: Project) => (p.dataset = { id: 'x', options: { constructor: 1 } }),
      problems: [
        "dataset/options/constructor: the key 'constructor' is not allowed in a project file",
      ],
    },
  ])('refuses to write a file that would not open again: $why', ({ change, problems }) => {
    const project = sampleProject();
    change(project);
    expect(saveError(project)).toEqual(problems);
  });
});

describe('prettyJson', () => {
  it('indents like JSON.stringify and keeps short plain lists inline', () => {
    const value = { a: [1, 2], b: { c: [], d: {} }, e: [[1], { f: null }], g: 'x' };
    expect(prettyJson(value)).toBe(
      '{\n  "a": [1, 2],\n  "b": {\n    "c": [],\n    "d": {}\n  },\n  "e": [\n    [1],\n    {\n      "f": null\n    }\n  ],\n  "g": "x"\n}',
    );
    expect(JSON.parse(prettyJson(value))).toEqual(value);
  });

  it('breaks a long list over lines', () => {
    const list = Array.from({ length: 40 }, (_, i) => i * 1000);
    expect(prettyJson(list).split('\n')).toHaveLength(42);
  });

  it('refuses values JSON cannot hold, naming where', () => {
    expect(() => prettyJson({ a: [1, Infinity] })).toThrow(
      'a[1]: Infinity cannot be written to a project file',
    );
    expect(() => prettyJson({ f: () => 1 })).toThrow(
      'f: a function cannot be written to a project file',
    );
  });
});
