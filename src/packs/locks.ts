/**
 * Where locks hold: pure functions that tell whether an edit touches something the teacher locked,
 * and why, before the document store applies it. A locked layer cannot be deleted, renamed,
 * changed or disconnected; it can still be moved, and new layers can be connected to it or put on
 * its connections (that is how a student adds hidden layers between a locked input and output).
 * Deleting some other layer drops its connections with it, locked neighbours or not: that is not
 * disconnecting the locked layer, and the Problems panel then says what needs connecting.
 */
import { applyChange, GraphEditError, type GraphChange } from '../graph/changes';
import type { Graph, GraphNode } from '../graph/types';
import type { ParamSchema } from '../layers/params';
import { getLayer } from '../layers/registry';
import type { DatasetRef, Project } from '../project/project';
import { TRAINING_PARAMS, type TrainingSettings } from '../project/training';
import { isLayerLocked, lockedParams, type Locks } from './classroom';
import { phrase, type Phrase } from './phrase';

/** Why `changes` may not be applied to `project`, or null when no lock stands in the way. */
export function refuseGraphChanges(
  project: Project,
  changes: readonly GraphChange[],
): Phrase | null {
  const locks = project.classroom?.locks;
  if (!locks) return null;
  let graph = project.graph;
  for (const change of changes) {
    const refusal = refuseChange(locks, graph, change);
    if (refusal) return refusal;
    try {
      graph = applyChange(graph, change);
    } catch (e) {
      // The change is wrong in itself; the store refuses it for that reason.
      if (e instanceof GraphEditError) return null;
      throw e;
    }
  }
  return null;
}

function refuseChange(locks: Locks, graph: Graph, change: GraphChange): Phrase | null {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  switch (change.type) {
    case 'removeNodes':
      for (const id of change.ids) {
        const n = node(id);
        if (!n) continue;
        if (isLayerLocked(locks, id)) return phrase('packs.refused.delete', { name: n.name });
        if (lockedParams(locks, id).length > 0)
          return phrase('packs.refused.deleteParams', { name: n.name });
      }
      return null;
    case 'setParams': {
      const n = node(change.id);
      if (!n) return null;
      const changed = Object.keys(change.params).filter(
        (key) => !sameValue(n.params[key], change.params[key]),
      );
      if (changed.length === 0) return null;
      if (isLayerLocked(locks, n.id)) return phrase('packs.refused.change', { name: n.name });
      const locked = changed.find((key) => lockedParams(locks, n.id).includes(key));
      return locked === undefined
        ? null
        : phrase('packs.refused.param', { name: n.name, param: paramLabel(n, locked) });
    }
    case 'renameNode': {
      const n = node(change.id);
      return n && n.name !== change.name && isLayerLocked(locks, n.id)
        ? phrase('packs.refused.rename', { name: n.name })
        : null;
    }
    case 'removeEdges':
      for (const id of change.ids) {
        const edge = graph.edges.find((e) => e.id === id);
        if (!edge) continue;
        const end = [edge.source, edge.target].find((end) => isLayerLocked(locks, end));
        const n = end === undefined ? undefined : node(end);
        if (n) return phrase('packs.refused.disconnect', { name: n.name });
      }
      return null;
    case 'addNode':
    case 'moveNodes':
    case 'addEdge':
    case 'insertOnEdge':
      return null;
  }
}

/** The project fields an edit outside the graph may set. */
export type FieldUpdate = Partial<
  Pick<Project, 'dataset' | 'training' | 'weights' | 'runs' | 'classroom'>
>;

/**
 * Why `fields` may not be set on `project`, or null. Weights and runs come from training and are
 * never locked; the classroom section itself changes only in teacher mode, where nothing is checked.
 */
export function refuseFieldUpdate(project: Project, fields: FieldUpdate): Phrase | null {
  const classroom = project.classroom;
  if ('classroom' in fields && fields.classroom !== classroom)
    return phrase('packs.refused.classroom');
  if (!classroom) return null;
  const { locks } = classroom;
  if (locks.dataset && 'dataset' in fields && !sameDataset(project.dataset, fields.dataset ?? null))
    return phrase('packs.refused.dataset');
  if (locks.training && fields.training && !sameTraining(project.training, fields.training))
    return phrase('packs.refused.training');
  return null;
}

function sameTraining(a: TrainingSettings, b: TrainingSettings): boolean {
  return (Object.keys(TRAINING_PARAMS) as (keyof TrainingSettings)[]).every((key) =>
    sameValue(a[key], b[key]),
  );
}

function sameDataset(a: DatasetRef | null, b: DatasetRef | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.id === b.id && sameValue(a.options ?? {}, b.options ?? {}) && a.data === b.data;
}

/** Parameter and setting values are JSON values: numbers, text, flags and short lists of them. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function paramLabel(node: GraphNode, key: string): string {
  const schema = (getLayer(node.type)?.params ?? {}) as ParamSchema;
  return Object.hasOwn(schema, key) ? schema[key]!.label : key;
}
