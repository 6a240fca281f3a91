/** What a run is doing and how it ended, in a sentence. */
import type { Scores } from '../../../src/protocol';
import type { ChartMetric, RunState } from '../stores/trainingReducer';
import { formatScore } from './charts/scoreText';

function scoresText(scores: Scores, metric: ChartMetric | null): string {
  const value = metric ? scores.metrics[metric.key] : undefined;
  return `loss ${formatScore('loss', scores.loss)}${
    metric && value !== undefined
      ? `, ${metric.label.toLowerCase()} ${formatScore(metric.key, value)}`
      : ''
  }`;
}

/** The final scores of a finished run: training, validation and test where there are any. */
export function resultText(run: Pick<RunState, 'result' | 'metric'>): string {
  const result = run.result;
  if (!result?.train) return '';
  const parts = [`Training ${scoresText(result.train, run.metric)}`];
  if (result.validation) parts.push(`validation ${scoresText(result.validation, run.metric)}`);
  if (result.test) parts.push(`test ${scoresText(result.test, run.metric)}`);
  return `${parts.join('; ')}.`;
}

const epochs = (n: number) => (n === 1 ? '1 epoch' : `${n} epochs`);

export function statusText(
  run: Pick<RunState, 'status' | 'plan' | 'progress' | 'stop' | 'result'>,
): string {
  switch (run.status) {
    case 'idle':
      return 'Not trained yet.';
    case 'starting':
      return 'Starting…';
    case 'running':
      return run.plan ? `Training ${epochs(run.plan.epochs)}…` : 'Training…';
    case 'paused':
      return run.progress
        ? `Paused at epoch ${run.progress.epoch}, batch ${run.progress.batch}.`
        : 'Paused.';
    case 'stopping':
      return 'Stopping after the batch in progress…';
    case 'done': {
      const trained = run.result?.epochs ?? 0;
      switch (run.stop?.reason) {
        case 'user':
          return `Stopped after ${epochs(trained)}.`;
        case 'early-stopping':
          return `Stopped early after ${epochs(trained)}: the model stopped improving.`;
        case 'nan':
          return `Stopped: the loss became NaN.${run.stop.detail ? ` ${run.stop.detail}` : ''}`;
        default:
          return `Finished ${epochs(trained)}.`;
      }
    }
    case 'failed':
      return 'Training failed.';
    case 'crashed':
      return 'The trainer crashed.';
  }
}
