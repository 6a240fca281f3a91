/**
 * A finished run as the project's history keeps it: its settings, how it ended, and its scores per
 * epoch, bounded as the project file requires (see `src/project/runs.ts`).
 */
import {
  keptEpochs,
  keptScore,
  type Project,
  type RunRecord,
  type RunStopReason,
} from '../../../../src/project';
import { MAX_RUN_SCORES } from '../../../../src/project/runs';
import type { Scores } from '../../../../src/protocol';
import type { RunState } from '../../stores/trainingReducer';

/** Scores with non-numbers as null, at most as many as a run may keep. */
function kept(values: Readonly<Record<string, number>>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(values)
      .slice(0, MAX_RUN_SCORES)
      .map(([key, value]) => [key, keptScore(value)]),
  );
}

function scoreValues(scores: Scores): Record<string, number> {
  return { loss: scores.loss, ...scores.metrics };
}

/** "Run 4" after "Run 3": one more than the highest number the history uses. */
export function nextRunName(runs: readonly RunRecord[] | undefined): string {
  let highest = 0;
  for (const run of runs ?? []) {
    const n = /^Run (\d+)$/.exec(run.name);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  return `Run ${highest + 1}`;
}

/**
 * The record of a run that trained at least one epoch and ended (done, stopped, early-stopped or
 * diverged); null for one that failed or never trained. `project` is the project as it was started.
 */
export function runRecord(
  state: RunState,
  project: Project,
  finishedAt: Date,
  runs: readonly RunRecord[] | undefined,
): RunRecord | null {
  if (state.status !== 'done' || state.runId === null || state.epochs.length === 0) return null;
  const stopReason: RunStopReason = state.stop?.reason ?? 'done';
  return {
    id: state.runId,
    name: nextRunName(runs),
    finishedAt: finishedAt.toISOString(),
    datasetId: state.datasetId ?? project.dataset?.id ?? 'unknown',
    training: project.training,
    stopReason,
    epochs: keptEpochs(state.epochs).map((e) => ({ epoch: e.epoch, values: kept(e.values) })),
    test: state.result?.test ? kept(scoreValues(state.result.test)) : null,
  };
}
