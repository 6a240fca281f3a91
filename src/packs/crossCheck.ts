/**
 * Checks of a classroom section against the graph it came with: locks name layers that exist and
 * parameters their type has, checks name layer types NeuroCanvas knows, and task ids are unique.
 */
import type { Graph } from '../graph/types';
import { quoteText } from '../layers/paramCheck';
import { getLayer } from '../layers/registry';
import type { JsonPath, Problem } from '../project/paths';
import type { Classroom } from './classroom';

export function crossCheckClassroom(classroom: Classroom, graph: Graph, at: JsonPath): Problem[] {
  const problems: Problem[] = [];
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  classroom.locks.layers.forEach((id, i) => {
    if (!nodes.has(id)) problems.push({ path: [...at, 'locks', 'layers', i], message: noNode(id) });
  });
  for (const [id, params] of Object.entries(classroom.locks.params)) {
    const node = nodes.get(id);
    if (!node) {
      problems.push({ path: [...at, 'locks', 'params', id], message: noNode(id) });
      continue;
    }
    const schema = getLayer(node.type)?.params ?? {};
    params.forEach((param, i) => {
      if (!Object.hasOwn(schema, param))
        problems.push({
          path: [...at, 'locks', 'params', id, i],
          message: `a ${node.type} layer has no parameter ${quoteText(param)}`,
        });
    });
  }
  const taskIds = new Map<string, number>();
  classroom.tasks.forEach((task, i) => {
    const earlier = taskIds.get(task.id);
    if (earlier !== undefined)
      problems.push({
        path: [...at, 'tasks', i, 'id'],
        message: `${quoteText(task.id)} is already the id of tasks[${earlier}]`,
      });
    else taskIds.set(task.id, i);
    task.checks.forEach((check, j) => {
      if ((check.kind === 'hasLayer' || check.kind === 'noLayer') && !getLayer(check.layerType))
        problems.push({
          path: [...at, 'tasks', i, 'checks', j, 'layerType'],
          message: `unknown layer type ${quoteText(check.layerType)}`,
        });
    });
  });
  return problems;
}

function noNode(id: string): string {
  return `no node has the id ${quoteText(id)}`;
}

/**
 * The section as a file keeps it: locks of layers that are gone are dropped (in teacher mode a
 * locked layer can be deleted), so that a saved pack always passes the checks above.
 */
export function classroomForGraph(classroom: Classroom, graph: Graph): Classroom {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const params: Record<string, readonly string[]> = {};
  for (const [id, keys] of Object.entries(classroom.locks.params))
    if (ids.has(id) && keys.length > 0) params[id] = [...keys];
  return {
    locks: {
      ...classroom.locks,
      layers: classroom.locks.layers.filter((id) => ids.has(id)),
      params,
    },
    tasks: classroom.tasks,
  };
}
