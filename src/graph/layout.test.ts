import { describe, expect, it } from 'vitest';
import { LAYOUT_NODE_HEIGHT, LAYOUT_NODE_WIDTH, layoutGraph } from './layout';
import { rankLayout } from './layoutRanks';
import type { Graph } from './types';

/** A graph from edges written 'a>b'; node types do not matter to the layout. */
function graphOf(...edges: string[]): Graph {
  const ids = [...new Set(edges.flatMap((e) => e.split('>')))];
  return {
    nodes: ids.map((id) => ({ id, type: 'Dense', name: id, position: { x: 0, y: 0 }, params: {} })),
    edges: edges.map((e, i) => {
      const [source, target] = e.split('>') as [string, string];
      return { id: `e${i + 1}`, source, target };
    }),
  };
}

/** A chain of residual blocks: each block branches in two and merges again, as in a ResNet. */
function residualChain(blocks: number): Graph {
  const edges = ['in>b0'];
  for (let i = 0; i < blocks; i++) {
    edges.push(
      `b${i}>conv${i}a`,
      `conv${i}a>conv${i}b`,
      `conv${i}b>add${i}`,
      `b${i}>short${i}`,
      `short${i}>add${i}`,
      `add${i}>b${i + 1}`,
    );
  }
  return graphOf(...edges);
}

const cases: [string, Graph][] = [
  ['a chain', graphOf('a>b', 'b>c', 'c>d')],
  ['a diamond', graphOf('in>l', 'in>r', 'l>merge', 'r>merge', 'merge>out')],
  ['two inputs and two outputs', graphOf('x>m', 'y>m', 'm>o1', 'm>o2', 'x>o2')],
  [
    'a wide fan-out',
    graphOf(
      ...Array.from({ length: 12 }, (_, i) => `in>f${i}`),
      ...Array.from({ length: 12 }, (_, i) => `f${i}>cat`),
    ),
  ],
  ['the same source twice', graphOf('x>add', 'x>add', 'add>out')],
  ['residual blocks', residualChain(8)],
];

/** The overlapping pairs and the edges not pointing down, as text; both empty for a good layout. */
function layoutFaults(graph: Graph): string[] {
  const faults: string[] = [];
  const at = new Map(graph.nodes.map((n) => [n.id, n.position]));
  graph.nodes.forEach((a, i) => {
    if (!Number.isInteger(a.position.x) || !Number.isInteger(a.position.y))
      faults.push(`${a.id} off the pixel grid`);
    for (const b of graph.nodes.slice(i + 1)) {
      const apart =
        Math.abs(a.position.x - b.position.x) >= LAYOUT_NODE_WIDTH ||
        Math.abs(a.position.y - b.position.y) >= LAYOUT_NODE_HEIGHT;
      if (!apart) faults.push(`${a.id} overlaps ${b.id}`);
    }
  });
  for (const e of graph.edges) {
    if (at.get(e.target)!.y < at.get(e.source)!.y + LAYOUT_NODE_HEIGHT)
      faults.push(`${e.source}→${e.target} does not point down`);
  }
  return faults;
}

const spacing = { width: LAYOUT_NODE_WIDTH, height: LAYOUT_NODE_HEIGHT, nodeGap: 40, rankGap: 56 };
const byRanks = (graph: Graph): Graph => {
  const positions = rankLayout(graph, spacing);
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
};

describe('layoutGraph', () => {
  it.each(cases)('keeps nodes of %s apart, every edge pointing down', (_label, graph) => {
    expect(layoutFaults(layoutGraph(graph))).toEqual([]);
  });

  it.each(cases)('keeps nodes of %s apart in the plain ranked layout too', (_label, graph) => {
    expect(layoutFaults(byRanks(graph))).toEqual([]);
  });

  it('lays out a chain deeper than dagre can follow, and a very wide model', () => {
    const deep = graphOf(
      ...Array.from({ length: 4_000 }, (_, i) => `c${i}>c${i + 1}`),
      'c10>side',
      'side>c20',
    );
    expect(layoutFaults(layoutGraph(deep))).toEqual([]);
    const wide = graphOf(...Array.from({ length: 2_500 }, (_, i) => `in>w${i}`));
    expect(layoutFaults(layoutGraph(wide))).toEqual([]);
  });

  it('starts at the origin and changes nothing but positions', () => {
    const graph = graphOf('in>l', 'in>r', 'l>merge', 'r>merge');
    const laid = layoutGraph(graph);
    expect(Math.min(...laid.nodes.map((n) => n.position.x))).toBe(0);
    expect(Math.min(...laid.nodes.map((n) => n.position.y))).toBe(0);
    expect(laid.edges).toEqual(graph.edges);
    expect(laid.nodes.map(({ position: _p, ...rest }) => rest)).toEqual(
      graph.nodes.map(({ position: _p, ...rest }) => rest),
    );
  });

  it('puts a branch beneath what feeds it in the ranked layout', () => {
    const laid = byRanks(graphOf('in>a', 'in>b', 'a>a2', 'b>b2'));
    const x = (id: string) => laid.nodes.find((n) => n.id === id)!.position.x;
    expect(x('a2')).toBe(x('a'));
    expect(x('b2')).toBe(x('b'));
    expect(x('a')).toBeLessThan(x('b'));
  });

  it('leaves an empty graph as it is', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [] });
  });
});
