import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges, GraphEditError, type GraphChange } from './changes';
import type { Graph } from './types';

const node = (id: string) => ({
  id,
  type: 'Dense',
  name: id,
  position: { x: 0, y: 0 },
  params: { units: 1 },
});
const base: Graph = {
  nodes: [node('a'), node('b'), node('c')],
  edges: [
    { id: 'e1', source: 'a', target: 'b' },
    { id: 'e2', source: 'b', target: 'c' },
  ],
};

describe('applyChange', () => {
  const cases: { name: string; change: GraphChange; check: (g: Graph) => void }[] = [
    {
      name: 'addNode',
      change: { type: 'addNode', node: node('d') },
      check: (g) => expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']),
    },
    {
      name: 'removeNodes drops their edges',
      change: { type: 'removeNodes', ids: ['b'] },
      check: (g) => expect(g).toEqual({ nodes: [node('a'), node('c')], edges: [] }),
    },
    {
      name: 'moveNodes',
      change: { type: 'moveNodes', moves: [{ id: 'c', position: { x: 5, y: 6 } }] },
      check: (g) => expect(g.nodes[2]!.position).toEqual({ x: 5, y: 6 }),
    },
    {
      name: 'setParams merges',
      change: { type: 'setParams', id: 'a', params: { units: 9 } },
      check: (g) => expect(g.nodes[0]!.params).toEqual({ units: 9 }),
    },
    {
      name: 'renameNode',
      change: { type: 'renameNode', id: 'a', name: 'first' },
      check: (g) => expect(g.nodes[0]!.name).toBe('first'),
    },
    {
      name: 'addEdge',
      change: { type: 'addEdge', edge: { id: 'e3', source: 'a', target: 'c' } },
      check: (g) => expect(g.edges).toHaveLength(3),
    },
    {
      name: 'removeEdges',
      change: { type: 'removeEdges', ids: ['e1'] },
      check: (g) => expect(g.edges.map((e) => e.id)).toEqual(['e2']),
    },
    {
      name: 'insertOnEdge keeps the edge order',
      change: { type: 'insertOnEdge', edgeId: 'e1', node: node('x'), newEdgeId: 'e9' },
      check: (g) =>
        expect(g.edges).toEqual([
          { id: 'e1', source: 'a', target: 'x' },
          { id: 'e9', source: 'x', target: 'b' },
          { id: 'e2', source: 'b', target: 'c' },
        ]),
    },
  ];
  it.each(cases)('$name, without touching the original', ({ change, check }) => {
    const before = structuredClone(base);
    check(applyChange(base, change));
    expect(base).toEqual(before);
  });

  it.each<GraphChange>([
    { type: 'addNode', node: node('a') },
    { type: 'addEdge', edge: { id: 'e1', source: 'a', target: 'c' } },
    { type: 'addEdge', edge: { id: 'e7', source: 'a', target: 'zz' } },
    { type: 'setParams', id: 'zz', params: {} },
    { type: 'insertOnEdge', edgeId: 'nope', node: node('x'), newEdgeId: 'e9' },
  ])('refuses $type that does not fit the graph', (change) => {
    expect(() => applyChange(base, change)).toThrow(GraphEditError);
  });

  it('applies a list in order', () => {
    const g = applyChanges(base, [
      { type: 'addNode', node: node('d') },
      { type: 'addEdge', edge: { id: 'e3', source: 'c', target: 'd' } },
    ]);
    expect(g.edges.at(-1)).toEqual({ id: 'e3', source: 'c', target: 'd' });
  });
});
