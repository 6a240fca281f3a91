/** The loss chart and the chart of the Output's metric (accuracy, or a regression's error). */
import { useCallback, useState } from 'react';
import type { Locale, Translate } from '../../../../src/i18n';
import { useLocale, useT } from '../../i18n';
import type { ChartMetric, EpochRecord } from '../../stores/trainingReducer';
import { useTraining } from '../../stores/trainingStore';
import { lossTable, metricTable } from './chartData';
import { metricName } from '../runText';
import { formatScore } from './scoreText';
import { TrainingChart } from './TrainingChart';

function latestText(
  key: string,
  last: EpochRecord | undefined,
  t: Translate,
  locale: Locale,
): string {
  if (!last) return t('training.chart.noEpoch');
  const validation = last.values[`val_${key}`];
  const train = formatScore(key, last.values[key], locale);
  return validation === undefined
    ? t('training.chart.latest', { epoch: last.epoch, train })
    : t('training.chart.latestValidation', {
        epoch: last.epoch,
        train,
        validation: formatScore(key, validation, locale),
      });
}

export function LossChart() {
  const [logScale, setLogScale] = useState(false);
  const last = useTraining((s) => s.epochs.at(-1));
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const table = useCallback(
    (run: Parameters<typeof lossTable>[0]) => lossTable(run, logScale),
    [logScale],
  );
  return (
    <TrainingChart
      label={t('training.chart.loss')}
      table={table}
      percent={false}
      logScale={logScale}
      caption={t('training.chart.lossCaption', { latest: latestText('loss', last, t, locale) })}
      controls={
        <label className="chart__toggle">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          {t('training.chart.logScale')}
        </label>
      }
    />
  );
}

export function MetricChart({ metric }: { metric: ChartMetric | null }) {
  const last = useTraining((s) => s.epochs.at(-1));
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const key = metric?.key ?? '';
  const table = useCallback(
    (run: Parameters<typeof metricTable>[0]) => metricTable(run, key),
    [key],
  );
  if (!metric) {
    return (
      <figure className="chart chart--empty" aria-label={t('training.chart.metricEmpty')}>
        <figcaption className="chart__caption">{t('training.chart.noMetric')}</figcaption>
      </figure>
    );
  }
  return (
    <TrainingChart
      label={t('training.chart.metric', { metric: metricName(metric, t) })}
      table={table}
      percent={metric.key === 'acc'}
      logScale={false}
      caption={t('training.chart.metricCaption', {
        metric: metricName(metric, t),
        latest: latestText(metric.key, last, t, locale),
      })}
    />
  );
}
