/** A Keras-style summary of a graph: one row per layer, then the totals. */
import type { GraphAnalysis } from './analyze';
import type { Graph } from './types';

export interface SummaryRow {
  name: string;
  type: string;
  /** Without the batch dimension, e.g. [28, 28, 32]; null where the shape is unknown. */
  outputShape: number[] | null;
  params: number;
}

export interface ModelSummary {
  layers: SummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  flops: number;
}

export function summarize(graph: Graph, analysis: GraphAnalysis): ModelSummary {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Topological order reads like the model runs; nodes on a cycle follow at the end.
  const ordered = [
    ...analysis.order,
    ...graph.nodes.map((n) => n.id).filter((id) => !analysis.order.includes(id)),
  ];
  return {
    layers: ordered.map((id) => {
      const node = byId.get(id)!;
      const facts = analysis.nodes.get(id)!;
      return {
        name: node.name,
        type: node.type,
        outputShape: facts.outputShape ? [...facts.outputShape] : null,
        params: facts.params.trainable + facts.params.nonTrainable,
      };
    }),
    totalParams: analysis.totals.total,
    trainableParams: analysis.totals.trainable,
    nonTrainableParams: analysis.totals.nonTrainable,
    flops: analysis.totals.flops,
  };
}
