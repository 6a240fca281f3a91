/**
 * Project templates: complete projects (graph, dataset and training settings) that train to a
 * stated result as they are. The gallery in the app lists them; each is checked by tests that
 * analyse and compile it, and the spiral one is trained to its promise.
 */
import { layoutGraph } from '../graph/layout';
import type { Graph, GraphEdge, GraphNode } from '../graph/types';
import { defaultParams } from '../layers/defaults';
import type { ParamValue } from '../layers/params';
import { getLayer } from '../layers/registry';
import { defaultTraining, type TrainingSettings } from '../project/training';
import type { DatasetRef, Project } from '../project/project';

export interface ProjectTemplate {
  /** Stable, for tests and links: 'spiral-mlp'. */
  id: string;
  title: string;
  /** What the model is and why it is built this way, in a sentence or two. */
  description: string;
  /** The result the template reaches with its own settings, e.g. '≥ 95% test accuracy'. */
  promise: string;
  /** A fresh project each time, so editing one never changes the template. */
  create(): Project;
}

/** One layer of a template: its name (also its id), type, parameters and the layers feeding it. */
export type LayerSpec = readonly [
  name: string,
  type: string,
  params: Record<string, ParamValue>,
  from?: readonly string[],
];

/**
 * A laid-out graph from layer specs; without `from`, a layer reads the one listed before it.
 * Unknown types and inputs are programming errors in a template, so they throw.
 */
export function templateGraph(specs: readonly LayerSpec[]): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  specs.forEach(([name, type, params, from], i) => {
    const def = getLayer(type);
    if (!def) throw new Error(`Template layer '${name}' has the unknown type '${type}'.`);
    nodes.push({
      id: name,
      type,
      name,
      position: { x: 0, y: 0 },
      params: { ...defaultParams(def), ...params },
    });
    const sources = from ?? (i > 0 ? [specs[i - 1]![0]] : []);
    for (const source of sources) {
      if (!specs.some(([n]) => n === source))
        throw new Error(
          `Template layer '${name}' reads '${source}', which is not in the template.`,
        );
      edges.push({ id: `${source}->${name}`, source, target: name });
    }
  });
  return layoutGraph({ nodes, edges });
}

export function templateProject(
  name: string,
  graph: Graph,
  dataset: DatasetRef,
  training: Partial<TrainingSettings>,
  notes: string,
): Project {
  return { name, graph, dataset, training: { ...defaultTraining(), ...training }, notes };
}
