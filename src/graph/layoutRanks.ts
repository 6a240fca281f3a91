/**
 * A plain layered layout for graphs too large or too deep for dagre (whose searches recurse once
 * per layer and run out of stack after some thousands of layers in a chain). Each node sits one
 * rank below its deepest input; within a rank, nodes are ordered by the mean position of their
 * inputs so that branches stay roughly beneath what feeds them.
 */
import { topology } from './topology';
import type { Graph } from './types';

export interface RankSpacing {
  width: number;
  height: number;
  nodeGap: number;
  rankGap: number;
}

/** Top-left positions by node id, from (0, 0). */
export function rankLayout(
  graph: Graph,
  spacing: RankSpacing,
): Map<string, { x: number; y: number }> {
  const topo = topology(graph);
  // Nodes on a loop have no topological place; they go below everything else, in file order.
  const placed = new Set(topo.order);
  const order = [...topo.order, ...graph.nodes.map((n) => n.id).filter((id) => !placed.has(id))];

  const rank = new Map<string, number>();
  for (const id of order) {
    let r = 0;
    for (const e of topo.incoming.get(id) ?? []) {
      const from = rank.get(e.source);
      if (from !== undefined) r = Math.max(r, from + 1);
    }
    rank.set(id, r);
  }

  const ranks: string[][] = [];
  for (const id of order) (ranks[rank.get(id)!] ??= []).push(id);
  const slot = new Map<string, number>();
  for (const row of ranks) {
    if (!row) continue;
    const barycenter = (id: string) => {
      const parents = (topo.incoming.get(id) ?? [])
        .map((e) => slot.get(e.source))
        .filter((s) => s !== undefined);
      return parents.length === 0 ? Infinity : parents.reduce((a, b) => a + b, 0) / parents.length;
    };
    const keyed = row.map((id, i) => ({ id, key: barycenter(id), i }));
    keyed.sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? -1 : 1));
    keyed.forEach(({ id }, i) => slot.set(id, i - (row.length - 1) / 2));
  }

  const minSlot = Math.min(...slot.values());
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of order) {
    positions.set(id, {
      x: Math.round((slot.get(id)! - minSlot) * (spacing.width + spacing.nodeGap)),
      y: rank.get(id)! * (spacing.height + spacing.rankGap),
    });
  }
  return positions;
}
