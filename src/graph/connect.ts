/**
 * Whether a new connection can work, and why not. The canvas asks before it adds an edge and
 * shows the reason in a tooltip.
 */
import { getLayer } from '../layers/registry';
import { englishText, localText, type LocalText } from '../layers/text/localText';
import type { GraphAnalysis } from './analyze';
import type { Graph } from './types';

/** `reason` is in English; `text` gives it in any language. */
export type ConnectionCheck = { ok: true } | { ok: false; reason: string; text: LocalText };

const refuse = (text: LocalText): ConnectionCheck => ({
  ok: false,
  reason: englishText(text),
  text,
});

export function checkConnection(
  graph: Graph,
  analysis: GraphAnalysis,
  source: string,
  target: string,
): ConnectionCheck {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return refuse(localText('problems.connect.gone'));
  const fromDef = getLayer(from.type);
  const toDef = getLayer(to.type);
  if (!fromDef || !toDef) return refuse(localText('problems.connect.unknownType'));
  if (source === target) return refuse(localText('problems.connect.self'));
  if (fromDef.category === 'Output')
    return refuse(localText('problems.connect.fromOutput', { name: from.name }));
  if (toDef.inputs.max === 0)
    return refuse(localText('problems.connect.noInput', { name: to.name, layer: toDef.label }));
  const into = graph.edges.filter((e) => e.target === target);
  if (into.some((e) => e.source === source))
    return refuse(localText('problems.connect.already', { from: from.name, to: to.name }));
  if (into.length >= toDef.inputs.max) {
    return refuse(localText('problems.connect.full', { name: to.name, max: toDef.inputs.max }));
  }
  if (reaches(graph, target, source)) {
    return refuse(localText('problems.connect.loop', { from: from.name, to: to.name }));
  }
  // Where shapes are known, ask the target whether it can take what the source gives.
  const shape = analysis.nodes.get(source)?.outputShape;
  if (shape && into.length + 1 >= toDef.inputs.min) {
    const others = into.map((e) => analysis.nodes.get(e.source)?.outputShape);
    if (others.every((s) => s)) {
      const result = toDef.inferShape([...(others as number[][]), shape], to.params);
      if (!result.ok && result.issue.severity === 'error' && !result.issue.fix) {
        return refuse(result.issue.text);
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
