/**
 * What a GAN exports: its generator alone, its discriminator alone, or both side by side as one
 * model with two inputs and two outputs. A part is an ordinary one-input model that every export
 * target writes unchanged. The generator's sample inputs are then seeded standard-normal noise
 * (the dataset's examples do not fit its noise Input), exactly what it is fed in training.
 */
import { analyzeGraph } from '../graph/analyze';
import type { Graph } from '../graph/types';
import type { DatasetRef } from '../project/project';
import type { NodeWeights } from '../project/weights';
import { ganParts } from './parts';

export const GAN_EXPORT_PARTS = ['generator', 'discriminator', 'both'] as const;
export type GanExportPart = (typeof GAN_EXPORT_PARTS)[number];

interface Exportable {
  name?: string;
  graph: Graph;
  weights?: NodeWeights;
  dataset?: DatasetRef | null;
}

/**
 * The part of a GAN to export, as a source of the same kind; null when `source` is not a GAN
 * whose parts fit each other (the canvas shows why).
 */
export function ganPartOf<T extends Exportable>(
  source: T,
  part: GanExportPart,
  dataShape?: readonly number[],
): T | null {
  const split = ganParts(source.graph, analyzeGraph(source.graph), dataShape);
  if (split.kind !== 'gan') return null;
  if (part === 'both') return source;
  const chosen = split.parts[part];
  const ids = new Set(chosen.graph.nodes.map((n) => n.id));
  const { weights, ...rest } = source;
  const kept = weights
    ? Object.fromEntries(Object.entries(weights).filter(([id]) => ids.has(id)))
    : undefined;
  return {
    ...rest,
    ...(source.name ? { name: `${source.name} (${part})` } : {}),
    graph: chosen.graph,
    ...(kept ? { weights: kept } : {}),
    ...(part === 'generator' ? { dataset: null } : {}),
  } as T;
}
