/** The loss chart and the chart of the Output's metric (accuracy, or a regression's error). */
import { useCallback, useState } from 'react';
import type { ChartMetric, EpochRecord } from '../../stores/trainingReducer';
import { useTraining } from '../../stores/trainingStore';
import { lossTable, metricTable } from './chartData';
import { formatScore } from './scoreText';
import { TrainingChart } from './TrainingChart';

function latestText(key: string, last: EpochRecord | undefined): string {
  if (!last) return 'no epoch yet';
  const validation = last.values[`val_${key}`];
  return `epoch ${last.epoch}: train ${formatScore(key, last.values[key])}${
    validation === undefined ? '' : `, validation ${formatScore(key, validation)}`
  }`;
}

export function LossChart() {
  const [logScale, setLogScale] = useState(false);
  const last = useTraining((s) => s.epochs.at(-1));
  const table = useCallback(
    (run: Parameters<typeof lossTable>[0]) => lossTable(run, logScale),
    [logScale],
  );
  return (
    <TrainingChart
      label="Loss chart"
      table={table}
      percent={false}
      logScale={logScale}
      caption={`Loss, ${latestText('loss', last)}`}
      controls={
        <label className="chart__toggle">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          Log scale
        </label>
      }
    />
  );
}

export function MetricChart({ metric }: { metric: ChartMetric | null }) {
  const last = useTraining((s) => s.epochs.at(-1));
  const key = metric?.key ?? '';
  const table = useCallback(
    (run: Parameters<typeof metricTable>[0]) => metricTable(run, key),
    [key],
  );
  if (!metric) {
    return (
      <figure className="chart chart--empty" aria-label="Metric chart">
        <figcaption className="chart__caption">
          The Output layer reports no metric to chart. Choose one in its Metrics, e.g. Accuracy.
        </figcaption>
      </figure>
    );
  }
  return (
    <TrainingChart
      label={`${metric.label} chart`}
      table={table}
      percent={metric.key === 'acc'}
      logScale={false}
      caption={`${metric.label}, ${latestText(metric.key, last)}`}
    />
  );
}
