/** Fresh ids and names that do not collide with what the graph already has. */
import type { Graph } from './types';

export function freshId(graph: Graph, prefix: 'n' | 'e'): string {
  const taken = new Set<string>(
    prefix === 'n' ? graph.nodes.map((n) => n.id) : graph.edges.map((e) => e.id),
  );
  let i = taken.size + 1;
  while (taken.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** A layer name from its type, Keras-style: `conv2d_1`, `conv2d_2`, … */
export function freshName(graph: Graph, type: string): string {
  const base = type.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  const taken = new Set(graph.nodes.map((n) => n.name));
  let i = 1;
  while (taken.has(`${base}_${i}`)) i++;
  return `${base}_${i}`;
}
