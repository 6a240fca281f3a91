import { describe, expect, it } from 'vitest';
import { analyzeGraph } from './analyze';
import { applyChanges } from './changes';
import { addNode, chain } from './testing/build';
import type { Graph } from './types';

const errors = (g: Graph) => analyzeGraph(g).problems.filter((p) => p.severity === 'error');
const codes = (g: Graph) => analyzeGraph(g).problems.map((p) => p.code);

describe('analyzeGraph', () => {
  it('gives every node and edge its shape, and totals parameters and FLOPs', () => {
    const g = chain(
      ['Input', { shape: [784] }],
      ['Dense', { units: 128 }],
      ['Dense', { units: 10 }],
      'Output',
    );
    const a = analyzeGraph(g);
    expect(a.problems).toEqual([]);
    expect(g.nodes.map((n) => a.nodes.get(n.id)!.outputShape)).toEqual([[784], [128], [10], [10]]);
    expect([...a.edges.values()]).toEqual([[784], [128], [10]]);
    expect(a.totals).toEqual({
      trainable: 784 * 128 + 128 + 128 * 10 + 10,
      nonTrainable: 0,
      total: 784 * 128 + 128 + 128 * 10 + 10,
      flops: 784 * 128 + 128 * 10,
    });
  });

  it('explains a Dense fed an image and offers Flatten, which resolves it', () => {
    const g = chain(
      ['Input', { shape: [28, 28, 1] }],
      ['Conv2D', { filters: 32, kernelSize: [3, 3] }],
      ['Dense', { units: 10 }],
      'Output',
    );
    const [problem] = errors(g);
    expect(problem).toMatchObject({ code: 'needs-vector', nodeIds: [g.nodes[2]!.id] });
    expect(problem!.message).toContain('26×26×32');
    expect(problem!.fix!.label).toBe('Insert Flatten');
    const fixed = applyChanges(g, problem!.fix!.changes);
    expect(errors(fixed)).toEqual([]);
    const a = analyzeGraph(fixed);
    const flatten = fixed.nodes.find((n) => n.type === 'Flatten')!;
    expect(a.nodes.get(flatten.id)!.outputShape).toEqual([26 * 26 * 32]);
  });

  it('names both shapes when Add inputs differ', () => {
    let g = chain(['Input', { shape: [8, 8, 3] }]);
    const input = g.nodes[0]!.id;
    const a = addNode(g, ['Conv2D', { filters: 16, padding: 'same' }], [input]);
    const b = addNode(a.graph, ['Conv2D', { filters: 32, padding: 'same' }], [input]);
    const add = addNode(b.graph, 'Add', [a.id, b.id]);
    g = addNode(add.graph, ['Output', { loss: 'mean_squared_error' }], [add.id]).graph;
    const problem = errors(g).find((p) => p.code !== 'no-output')!;
    expect(problem.nodeIds).toEqual([add.id]);
    expect(problem.message).toContain('8×8×16');
    expect(problem.message).toContain('8×8×32');
  });

  it('names the nodes of a cycle', () => {
    let g = chain(['Input', { shape: [4] }], ['Dense', { units: 4 }], 'Output');
    const a = addNode(g, ['Dense', { units: 4 }], [g.nodes[1]!.id]);
    g = {
      ...a.graph,
      edges: [...a.graph.edges, { id: 'back', source: a.id, target: g.nodes[1]!.id }],
    };
    const cycle = errors(g).find((p) => p.code === 'cycle')!;
    expect(new Set(cycle.nodeIds)).toEqual(new Set([g.nodes[1]!.id, a.id]));
    expect(cycle.message).toContain('dense_1 → dense_2 → dense_1');
  });

  it.each([
    [
      'an unconnected input',
      () => addNode(chain(['Input', { shape: [4] }], 'Output'), 'Dense').graph,
      'unconnected-input',
    ],
    ['no Output', () => chain(['Input', { shape: [4] }], 'Dense'), 'no-output'],
    ['no Input', () => ({ nodes: chain('Output').nodes, edges: [] }), 'no-input'],
  ])('reports %s', (_name, make, code) => {
    expect(codes(make())).toContain(code);
  });

  it('refuses a second edge into a single-input layer', () => {
    let g = chain(['Input', { shape: [4] }], ['Dense', { units: 2 }], 'Output');
    const other = addNode(g, ['Input', { shape: [4] }]);
    g = {
      ...other.graph,
      edges: [...other.graph.edges, { id: 'extra', source: other.id, target: g.nodes[1]!.id }],
    };
    const problem = errors(g).find((p) => p.code === 'too-many-inputs')!;
    expect(problem.message).toContain('takes one input, but 2 connections');
  });

  it('gives the formula when an output size is not positive', () => {
    const g = chain(
      ['Input', { shape: [4, 4, 1] }],
      ['Conv2D', { kernelSize: [5, 5] }],
      ['Flatten', {}],
      'Output',
    );
    const problem = errors(g)[0]!;
    expect(problem.message).toContain('(4 − 5 + 2·0)/1 + 1');
  });

  it('rejects parameter values out of range and absurd sizes', () => {
    const g = chain(['Input', { shape: [4] }], ['Dense', { units: 1e12 }], 'Output');
    const problem = errors(g)[0]!;
    expect(problem.code).toBe('bad-param');
    expect(problem.param).toBe('units');
    expect(analyzeGraph(g).totals.total).toBe(0);
  });

  it('refuses a model too large to build', () => {
    const g = chain(['Input', { shape: [100_000] }], ['Dense', { units: 100_000 }], 'Output');
    expect(codes(g)).toContain('too-large');
  });

  it('checks the output against the chosen dataset', () => {
    const g = chain(
      ['Input', { shape: [4] }],
      ['Dense', { units: 4, activation: 'softmax' }],
      'Output',
    );
    const a = analyzeGraph(g, { dataset: { name: 'iris', numClasses: 3 } });
    const problem = a.problems.find((p) => p.nodeIds.includes(g.nodes[2]!.id))!;
    expect(problem.message).toMatch(/4.*3|3.*4/);
    expect(analyzeGraph(g, { dataset: { name: 'four', numClasses: 4 } }).problems).toEqual([]);
  });

  it('warns about a layer whose output goes nowhere', () => {
    const g = chain(['Input', { shape: [4] }], ['Dense', { units: 2 }], 'Output');
    const extra = addNode(g, ['Dense', { units: 3 }], [g.nodes[0]!.id]).graph;
    expect(analyzeGraph(extra).problems).toMatchObject([
      { severity: 'warning', code: 'unused-output' },
    ]);
  });
});

describe('fixes', () => {
  it.each([
    {
      name: 'a vector into Conv2D',
      input: [784],
      layer: ['Conv2D', { filters: 4 }] as const,
      inserted: 'Reshape',
      shape: [28, 28, 1],
    },
    {
      name: 'a vector into LSTM',
      input: [12],
      layer: ['LSTM', { units: 3 }] as const,
      inserted: 'Reshape',
      shape: [12, 1],
    },
    {
      name: 'an image into Dense',
      input: [4, 4, 2],
      layer: ['Dense', { units: 3 }] as const,
      inserted: 'Flatten',
      shape: [32],
    },
  ])('one click mends $name', ({ input, layer, inserted, shape }) => {
    const g = chain(
      ['Input', { shape: input }],
      [layer[0], { ...layer[1] }],
      ['Output', { loss: 'mean_squared_error', metrics: [] }],
    );
    const problem = errors(g)[0]!;
    expect(problem.fix).toBeDefined();
    const fixed = applyChanges(g, problem.fix!.changes);
    expect(errors(fixed)).toEqual([]);
    const node = fixed.nodes.find((n) => n.type === inserted)!;
    expect(analyzeGraph(fixed).nodes.get(node.id)!.outputShape).toEqual(shape);
  });
});
