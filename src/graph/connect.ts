/**
 * Whether a new connection can work, and why not. The canvas asks before it adds an edge and
 * shows the reason in a tooltip.
 */
import { getLayer } from '../layers/registry';
import type { GraphAnalysis } from './analyze';
import type { Graph } from './types';

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

export function checkConnection(
  graph: Graph,
  analysis: GraphAnalysis,
  source: string,
  target: string,
): ConnectionCheck {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return { ok: false, reason: 'That layer no longer exists.' };
  const fromDef = getLayer(from.type);
  const toDef = getLayer(to.type);
  if (!fromDef || !toDef) return { ok: false, reason: 'Unknown layer type.' };
  if (source === target) return { ok: false, reason: 'A layer cannot feed itself.' };
  if (fromDef.category === 'Output')
    return { ok: false, reason: `'${from.name}' is an Output: nothing comes after it.` };
  if (toDef.inputs.max === 0)
    return { ok: false, reason: `'${to.name}' is an ${toDef.label} layer and takes no input.` };
  const into = graph.edges.filter((e) => e.target === target);
  if (into.some((e) => e.source === source))
    return { ok: false, reason: `'${from.name}' already feeds '${to.name}'.` };
  if (into.length >= toDef.inputs.max) {
    const takes =
      toDef.inputs.max === 1 ? 'takes one input' : `takes at most ${toDef.inputs.max} inputs`;
    return {
      ok: false,
      reason: `'${to.name}' ${takes} and is already connected. Use a merge layer such as Add or Concatenate to combine tensors.`,
    };
  }
  if (reaches(graph, target, source)) {
    return {
      ok: false,
      reason: `This would make a loop: '${to.name}' already feeds '${from.name}'.`,
    };
  }
  // Where shapes are known, ask the target whether it can take what the source gives.
  const shape = analysis.nodes.get(source)?.outputShape;
  if (shape && into.length + 1 >= toDef.inputs.min) {
    const others = into.map((e) => analysis.nodes.get(e.source)?.outputShape);
    if (others.every((s) => s)) {
      const result = toDef.inferShape([...(others as number[][]), shape], to.params);
      if (!result.ok && result.issue.severity === 'error' && !result.issue.fix) {
        return { ok: false, reason: result.issue.message };
      }
    }
  }
  return { ok: true };
}

function reaches(graph: Graph, from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of graph.edges) if (e.source === id) stack.push(e.target);
  }
  return false;
}
