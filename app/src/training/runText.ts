/** What a run is doing and how it ended, in a sentence, in the language of `t`. */
import { isMessageKey, type Locale, type Translate } from '../../../src/i18n';
import type { Scores } from '../../../src/protocol';
import type { ChartMetric, RunState } from '../stores/trainingReducer';
import { formatScore } from './charts/scoreText';
import { stopText } from './trainerText';

/** The metric's name in the user's language, e.g. 'Accuracy' / 'Точность'. */
export function metricName(metric: ChartMetric, t: Translate): string {
  const key = `training.metric.${metric.key}`;
  return isMessageKey(key) ? t(key) : metric.label;
}

function scoresText(
  scores: Scores,
  metric: ChartMetric | null,
  t: Translate,
  locale: Locale,
): string {
  const value = metric ? scores.metrics[metric.key] : undefined;
  const loss = formatScore('loss', scores.loss, locale);
  return metric && value !== undefined
    ? t('training.result.lossAndMetric', {
        loss,
        metric: metricName(metric, t).toLowerCase(),
        value: formatScore(metric.key, value, locale),
      })
    : t('training.result.loss', { loss });
}

/** The final scores of a finished run: training, validation and test where there are any. */
export function resultText(
  run: Pick<RunState, 'result' | 'metric'>,
  t: Translate,
  locale: Locale,
): string {
  const result = run.result;
  if (!result?.train) return '';
  const scores = (s: Scores) => scoresText(s, run.metric, t, locale);
  const parts = [t('training.result.train', { scores: scores(result.train) })];
  if (result.validation)
    parts.push(t('training.result.validation', { scores: scores(result.validation) }));
  if (result.test) parts.push(t('training.result.test', { scores: scores(result.test) }));
  return `${parts.join('; ')}.`;
}

export function statusText(
  run: Pick<RunState, 'status' | 'plan' | 'progress' | 'stop' | 'result'>,
  t: Translate,
): string {
  switch (run.status) {
    case 'idle':
      return t('training.state.idle');
    case 'starting':
      return t('training.state.starting');
    case 'running':
      return run.plan
        ? t('training.state.running', { epochs: run.plan.epochs })
        : t('training.state.runningUnplanned');
    case 'paused':
      return run.progress
        ? t('training.state.pausedAt', { epoch: run.progress.epoch, batch: run.progress.batch })
        : t('training.state.paused');
    case 'stopping':
      return t('training.state.stopping');
    case 'done': {
      const epochs = run.result?.epochs ?? 0;
      switch (run.stop?.reason) {
        case 'user':
          return t('training.state.stopped', { epochs });
        case 'early-stopping':
          return t('training.state.stoppedEarly', { epochs });
        case 'nan': {
          const detail = stopText(run.stop, t);
          return detail ? `${t('training.state.nan')} ${detail}` : t('training.state.nan');
        }
        default:
          return t('training.state.finished', { epochs });
      }
    }
    case 'failed':
      return t('training.state.failed');
    case 'crashed':
      return t('training.state.crashed');
  }
}
