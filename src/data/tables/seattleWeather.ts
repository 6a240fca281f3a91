/**
 * Seattle weather: tomorrow's weather (drizzle, fog, rain, snow or sun) from the past days'
 * precipitation, highest and lowest temperature and wind, a classification of time series. Daily
 * records of 2012–2015; the test part is the last stretch of time, since neighbouring windows
 * share days and a random split would let the model see test days while training.
 */
import Papa from 'papaparse';
import type { IntSpec } from '../../layers/params';
import { DatasetError } from '../errors';
import { oneHot } from '../labels';
import { trainRatioOption } from '../options';
import { gatherRows, trainCount } from '../split';
import { packageDataset } from '../synthetic/build';
import type { Dataset, DatasetInfo } from '../types';
import { numberCell, standardize, textCell } from './columns';
import { dataNote, withNotes } from '../notes';

export const SEATTLE_FILE = 'seattle-weather.csv';
const FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind'];
export const WEATHER_NAMES = ['drizzle', 'fog', 'rain', 'snow', 'sun'];
const DAYS = 1461;

export const SEATTLE_OPTIONS = {
  window: {
    kind: 'int',
    default: 7,
    min: 1,
    max: 60,
    label: 'Days seen',
    help: 'How many past days the model sees to predict the next day’s weather.',
  } satisfies IntSpec,
  trainRatio: trainRatioOption(0.8),
};

const windows = DAYS - SEATTLE_OPTIONS.window.default;
const train = trainCount(windows, SEATTLE_OPTIONS.trainRatio.default);

export const seattleWeatherInfo: DatasetInfo & { options: typeof SEATTLE_OPTIONS } = {
  id: 'seattle-weather',
  name: 'Seattle weather',
  description:
    'Tomorrow’s weather in Seattle (drizzle, fog, rain, snow or sun) from the last 7 days of rain, temperatures and wind. Real daily records, 2012–2015; the test part is the last year or so.',
  task: 'classification',
  inputShape: [SEATTLE_OPTIONS.window.default, FEATURES.length],
  targetShape: [WEATHER_NAMES.length],
  classNames: WEATHER_NAMES,
  sizes: { train, test: windows - train },
  source:
    'NOAA daily records for Seattle, as carried by the npm package vega-datasets, installed with NeuroCanvas.',
  licence: 'NOAA data: public domain (U.S. Government work). vega-datasets: BSD-3-Clause.',
  citation:
    'NOAA National Centers for Environmental Information, Climate Data Online; vega-datasets.',
  options: SEATTLE_OPTIONS,
};

export function seattleWeatherDataset(
  csv: string,
  options: { window: number; trainRatio: number },
): Dataset {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new DatasetError(
      'corrupt',
      `${SEATTLE_FILE}, row ${(first.row ?? 0) + 1}: ${first.message}.`,
    );
  }
  const days = parsed.data;
  const width = FEATURES.length;
  const values = new Float32Array(days.length * width);
  const weather = new Uint8Array(days.length);
  days.forEach((row, d) => {
    const where = `${SEATTLE_FILE}, row ${d + 1}`;
    FEATURES.forEach((column, f) => {
      const v = numberCell(row, column, where);
      if (v === null)
        throw new DatasetError('corrupt', `${where}: the column '${column}' is empty.`);
      values[d * width + f] = v;
    });
    const kind = WEATHER_NAMES.indexOf(textCell(row, 'weather', where));
    if (kind < 0) {
      throw new DatasetError(
        'corrupt',
        `${where}: the weather '${row.weather}' is not one of ${WEATHER_NAMES.join(', ')}.`,
      );
    }
    weather[d] = kind;
  });

  const { window } = options;
  const count = days.length - window;
  if (count < 2) {
    throw new DatasetError(
      'invalid-option',
      `A window of ${window} days leaves fewer than 2 examples.`,
    );
  }
  const cut = trainCount(count, options.trainRatio);
  // Scale each measurement with the days that only training windows see (days before the cut's
  // target), so no test day shapes the scaling.
  const trainDays = Uint32Array.from({ length: cut + window - 1 }, (_, d) => d);
  standardize(values, width, [0, 1, 2, 3], trainDays);

  const x = new Float32Array(count * window * width);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    x.set(values.subarray(i * width, (i + window) * width), i * window * width);
    labels[i] = weather[i + window]!;
  }
  const y = oneHot(labels, WEATHER_NAMES.length);
  const size = window * width;
  const part = (from: number, to: number) => {
    const indices = Uint32Array.from({ length: to - from }, (_, k) => from + k);
    return {
      x: gatherRows(x, size, indices),
      y: gatherRows(y, WEATHER_NAMES.length, indices),
      count: to - from,
    };
  };
  const info = { ...seattleWeatherInfo, inputShape: [window, width] };
  return {
    ...packageDataset(info, options, part(0, cut), part(cut, count)),
    ...withNotes([
      dataNote('weather-days', {
        count: days.length,
        first: String(days[0]?.date),
        last: String(days[days.length - 1]?.date),
      }),
      dataNote('weather-standardised'),
      dataNote('weather-rare'),
    ]),
  };
}
