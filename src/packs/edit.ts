/** Pure edits of a classroom section, as the teacher panel makes them. */
import type { Classroom, Locks, Task } from './classroom';
import { emptyClassroom } from './classroom';

export function withLocks(classroom: Classroom | undefined, locks: Partial<Locks>): Classroom {
  const base = classroom ?? emptyClassroom();
  return { ...base, locks: { ...base.locks, ...locks } };
}

export function lockLayer(
  classroom: Classroom | undefined,
  nodeId: string,
  on: boolean,
): Classroom {
  const layers = (classroom ?? emptyClassroom()).locks.layers.filter((id) => id !== nodeId);
  return withLocks(classroom, { layers: on ? [...layers, nodeId] : layers });
}

export function lockParam(
  classroom: Classroom | undefined,
  nodeId: string,
  param: string,
  on: boolean,
): Classroom {
  const all = (classroom ?? emptyClassroom()).locks.params;
  const current = Object.hasOwn(all, nodeId) ? all[nodeId]! : [];
  const kept = current.filter((p) => p !== param);
  const params: Record<string, readonly string[]> = { ...all };
  if (on) params[nodeId] = [...kept, param];
  else if (kept.length > 0) params[nodeId] = kept;
  else delete params[nodeId];
  return withLocks(classroom, { params });
}

/** A task id not yet taken: t1, t2, … */
export function newTaskId(tasks: readonly Task[]): string {
  const taken = new Set(tasks.map((t) => t.id));
  let n = tasks.length + 1;
  while (taken.has(`t${n}`)) n++;
  return `t${n}`;
}

export function putTask(classroom: Classroom | undefined, task: Task): Classroom {
  const base = classroom ?? emptyClassroom();
  const at = base.tasks.findIndex((t) => t.id === task.id);
  const tasks = at < 0 ? [...base.tasks, task] : base.tasks.map((t, i) => (i === at ? task : t));
  return { ...base, tasks };
}

export function removeTask(classroom: Classroom | undefined, taskId: string): Classroom {
  const base = classroom ?? emptyClassroom();
  return { ...base, tasks: base.tasks.filter((t) => t.id !== taskId) };
}
