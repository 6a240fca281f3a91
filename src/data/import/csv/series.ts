/**
 * A CSV table read as a time series: consecutive rows cut into windows of `window` rows, each an
 * example of shape [window, features], whose target is the target column `horizon` rows after the
 * window's last row (0: that row itself). The split is by time: the first windows train and the
 * later ones test, so the model is tested on a future it has not seen, and the features are scaled
 * with statistics of the training rows only.
 */
import { formatNumber } from '../../../layers/paramCheck';
import { oneHot } from '../../labels';
import { trainCount } from '../../split';
import type { Dataset } from '../../types';
import { dataNote } from '../../notes';
import { importError } from '../errors';
import type { CsvOptions } from '../options';
import type { ImportReport } from '../report';
import { fitEncoder, planTable, tableReport } from './encode';
import type { CsvTable } from './table';

export function encodeSeries(
  table: CsvTable,
  options: CsvOptions,
  name: string,
): { dataset: Dataset; report: ImportReport } {
  // Past values of the target are inputs too: that is what forecasting learns from.
  const plan = planTable(table, { ...options, missing: 'impute' }, true);
  const { window, stride, horizon } = options;
  const n = table.rowCount;
  if (options.missing === 'drop' && plan.rows.length < n)
    plan.notes.push(dataNote('series-no-target'));
  const starts: number[] = [];
  for (let s = 0; s + window - 1 + horizon < n; s += stride) {
    const targetRow = s + window - 1 + horizon;
    const hasTarget = plan.labels
      ? plan.labels[targetRow]! >= 0
      : !Number.isNaN(table.columns[plan.target]!.numbers.values()[targetRow]!);
    if (hasTarget) starts.push(s);
  }
  if (starts.length < 2)
    throw importError(
      `The table's ${formatNumber(n)} rows give ${starts.length} ${starts.length === 1 ? 'window' : 'windows'} of ${window} rows with a target ${horizon} ${horizon === 1 ? 'row' : 'rows'} later; at least 2 are needed. Choose a shorter window or horizon.`,
      'series.tooFewWindows',
      { rows: n, windows: starts.length, window, horizon },
    );
  const cut = trainCount(starts.length, options.trainRatio);
  // Training windows cover rows up to the last training window's end; scale with those rows only.
  const lastTrainRow = starts[cut - 1]! + window - 1;
  const trainRows = Uint32Array.from({ length: lastTrainRow + 1 }, (_, i) => i);
  const encoder = fitEncoder(table, plan.features, trainRows, options.normalize);
  const width = encoder.width;
  const numClasses = plan.classNames?.length ?? 0;
  const targetValues = table.columns[plan.target]!.numbers.values();

  const encodeWindows = (part: number[]) => {
    const x = new Float32Array(part.length * window * width);
    part.forEach((s, k) => {
      for (let t = 0; t < window; t++) encoder.encodeRow(s + t, x, (k * window + t) * width);
    });
    const targets = part.map((s) => s + window - 1 + horizon);
    const y = plan.labels
      ? oneHot(
          targets.map((r) => plan.labels![r]!),
          numClasses,
        )
      : Float32Array.from(targets, (r) => targetValues[r]!);
    return { x, y, count: part.length };
  };
  const dataset: Dataset = {
    id: 'import-series',
    name,
    task: plan.task,
    inputShape: [window, width],
    targetShape: plan.task === 'classification' ? [numClasses] : [1],
    ...(plan.classNames ? { classNames: plan.classNames } : {}),
    train: encodeWindows(starts.slice(0, cut)),
    test: encodeWindows(starts.slice(cut)),
    options: { window, stride, horizon, trainRatio: options.trainRatio },
  };
  plan.notes.push(
    dataNote('series-windows', {
      count: starts.length,
      window,
      stride,
      train: cut,
      test: starts.length - cut,
    }),
  );
  return { dataset, report: tableReport('series', table, plan, dataset, encoder.names) };
}
