/**
 * The outcome of each task for the open document. Scores come from the last run; the model is the
 * one that run left behind: it is remembered when the run first appears in the document (when the
 * run ends, or when the project is opened), so edits after a run change no tick until the next one.
 */
import { evaluateTask, type TaskOutcome } from '../../../src/packs/checks';
import type { Task } from '../../../src/packs/classroom';
import type { Graph } from '../../../src/graph/types';
import type { Project, RunRecord } from '../../../src/project';
import { analysisOf } from '../stores/analysis';
import { documentStore, type DocumentStore } from '../stores/documentStore';

const graphAtRun = new WeakMap<RunRecord, Graph>();

function lastRun(project: Project): RunRecord | null {
  return project.runs?.[project.runs.length - 1] ?? null;
}

/** Remembers the model for the project's last run, the first time that run is seen. */
export function rememberRunGraph(project: Project): void {
  const run = lastRun(project);
  if (run && !graphAtRun.has(run)) graphAtRun.set(run, project.graph);
}

/** Keeps remembering for as long as the store lives; returns the unsubscribe function. */
export function watchRunGraphs(store: DocumentStore): () => void {
  rememberRunGraph(store.getState().project);
  return store.subscribe((s) => rememberRunGraph(s.project));
}

watchRunGraphs(documentStore);

export function taskOutcomes(project: Project, tasks: readonly Task[]): TaskOutcome[] {
  const run = lastRun(project);
  const graph = (run && graphAtRun.get(run)) ?? project.graph;
  const subject = { graph, analysis: analysisOf({ ...project, graph }), run };
  return tasks.map((task) => evaluateTask(task, subject));
}
