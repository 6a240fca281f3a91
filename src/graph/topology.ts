/** Incoming edges per node, a topological order, and the cycles that prevent one. */
import type { Graph, GraphEdge } from './types';

export interface Topology {
  /** Incoming edges of each node, in the order they appear in the graph (merge input order). */
  incoming: Map<string, GraphEdge[]>;
  outgoing: Map<string, GraphEdge[]>;
  /** Nodes in an order where every node comes after its inputs; nodes on or behind a cycle are left out. */
  order: string[];
  /** Each cycle found, as node ids in edge order. */
  cycles: string[][];
  /** Edges whose source or target is not in the graph. */
  dangling: GraphEdge[];
}

export function topology(graph: Graph): Topology {
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const n of graph.nodes) {
    incoming.set(n.id, []);
    outgoing.set(n.id, []);
  }
  const dangling: GraphEdge[] = [];
  for (const e of graph.edges) {
    const ins = incoming.get(e.target);
    const outs = outgoing.get(e.source);
    if (!ins || !outs) {
      dangling.push(e);
      continue;
    }
    ins.push(e);
    outs.push(e);
  }

  // Kahn's algorithm; what is left over lies on a cycle or downstream of one.
  const pending = new Map<string, number>();
  const ready: string[] = [];
  for (const n of graph.nodes) {
    const count = incoming.get(n.id)!.length;
    pending.set(n.id, count);
    if (count === 0) ready.push(n.id);
  }
  const order: string[] = [];
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i]!;
    order.push(id);
    for (const e of outgoing.get(id)!) {
      const left = pending.get(e.target)! - 1;
      pending.set(e.target, left);
      if (left === 0) ready.push(e.target);
    }
  }
  const leftover = new Set(graph.nodes.map((n) => n.id).filter((id) => pending.get(id)! > 0));
  // Each cycle starts at its node that comes first in the graph, so messages read the same every time.
  const rank = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const cycles = findCycles(leftover, incoming).map((cycle) => {
    const first = cycle.reduce(
      (best, id, i) => (rank.get(id)! < rank.get(cycle[best]!)! ? i : best),
      0,
    );
    return [...cycle.slice(first), ...cycle.slice(0, first)];
  });
  return { incoming, outgoing, order, cycles, dangling };
}

let last: { edges: Graph['edges']; ids: string[]; topology: Topology } | null = null;

/**
 * The topology of a graph, reused while the edges array and the node ids stay the same: the
 * common edit, a change of parameters, replaces one node and keeps the edges as they were.
 */
export function cachedTopology(graph: Graph): Topology {
  const { nodes, edges } = graph;
  if (
    last &&
    last.edges === edges &&
    last.ids.length === nodes.length &&
    nodes.every((n, i) => n.id === last!.ids[i])
  ) {
    return last.topology;
  }
  const result = topology(graph);
  last = { edges, ids: nodes.map((n) => n.id), topology: result };
  return result;
}

/** Walks backwards from each leftover node until a node repeats; that stretch is a cycle. */
function findCycles(leftover: Set<string>, incoming: Map<string, GraphEdge[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of leftover) {
    if (seen.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !onPath.has(current) && !seen.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = incoming.get(current)!.find((e) => leftover.has(e.source))?.source;
    }
    if (current !== undefined && onPath.has(current)) {
      // The walk went against the edges, so reverse it to read in edge order.
      cycles.push(path.slice(onPath.get(current)).reverse());
    }
    for (const id of path) seen.add(id);
  }
  return cycles;
}
