/**
 * Cars: the fuel economy (miles per gallon) of 1970s and early-1980s cars from their engine,
 * weight, acceleration, year and origin. The table has gaps, handled in the open: cars without a
 * known economy are left out, and a missing horsepower is filled with the median of the training
 * cars; `notes` says how many and which.
 */
import { seedOption, trainRatioOption } from '../options';
import { createRandom, permutation } from '../random';
import { gatherRows, trainCount } from '../split';
import { packageDataset } from '../synthetic/build';
import type { Dataset, DatasetInfo } from '../types';
import { median, numberCell, rowsOf, standardize, textCell } from './columns';
import { dataNote, withNotes } from '../notes';

export const CARS_FILE = 'cars.json';
const NUMERIC = ['Cylinders', 'Displacement', 'Horsepower', 'Weight_in_lbs', 'Acceleration'];
const ORIGINS = ['USA', 'Europe', 'Japan'];
/** The numeric columns, the year, then one column per origin (one-hot). */
const WIDTH = NUMERIC.length + 1 + ORIGINS.length;
const HORSEPOWER = NUMERIC.indexOf('Horsepower');

export const CARS_OPTIONS = { seed: seedOption(), trainRatio: trainRatioOption(0.8) };

export const carsInfo: DatasetInfo & { options: typeof CARS_OPTIONS } = {
  id: 'cars',
  name: 'Cars',
  description:
    'Predict a car’s fuel economy in miles per gallon from cylinders, displacement, horsepower, weight, acceleration, model year and origin. 398 real cars from 1970–1982; gaps are filled or left out, and reported.',
  task: 'regression',
  inputShape: [WIDTH],
  targetShape: [1],
  sizes: { train: 318, test: 80 },
  source:
    'The Auto MPG data of the StatLib library (Carnegie Mellon University), as carried by the npm package vega-datasets, installed with NeuroCanvas.',
  licence: 'Distributed in 1982 for educational and scientific use; vega-datasets: BSD-3-Clause.',
  citation:
    'Ernesto Ramos and David Donoho, ASA 1983 Exposition dataset; StatLib, Carnegie Mellon University.',
  options: CARS_OPTIONS,
};

export function carsDataset(
  parsed: unknown,
  options: { seed: number; trainRatio: number },
): Dataset {
  const rows = rowsOf(parsed, CARS_FILE);
  const features: number[] = [];
  const targets: number[] = [];
  const names: string[] = [];
  const noEconomy: string[] = [];
  const noHorsepower: number[] = [];
  rows.forEach((row, i) => {
    const where = `${CARS_FILE}, row ${i + 1}`;
    const name = textCell(row, 'Name', where);
    const mpg = numberCell(row, 'Miles_per_Gallon', where);
    if (mpg === null) {
      noEconomy.push(name);
      return;
    }
    const values = NUMERIC.map((c) => numberCell(row, c, where));
    const missing = values.findIndex((v, c) => v === null && c !== HORSEPOWER);
    if (missing >= 0) {
      noEconomy.push(name);
      return;
    }
    if (values[HORSEPOWER] === null) noHorsepower.push(targets.length);
    const year = Number(textCell(row, 'Year', where).slice(0, 4));
    const origin = ORIGINS.indexOf(textCell(row, 'Origin', where));
    features.push(
      ...values.map((v) => v ?? NaN),
      year,
      ...ORIGINS.map((_, o) => (o === origin ? 1 : 0)),
    );
    targets.push(mpg);
    names.push(name);
  });

  const count = targets.length;
  const x = Float32Array.from(features);
  const y = Float32Array.from(targets);
  const order = permutation(count, createRandom(options.seed));
  const cut = trainCount(count, options.trainRatio);
  const train = order.subarray(0, cut);
  const test = order.subarray(cut);

  // The fill value comes from the training cars only, like the scaling below.
  const known = [...train]
    .filter((i) => !noHorsepower.includes(i))
    .map((i) => x[i * WIDTH + HORSEPOWER]!);
  const fill = median(known);
  for (const i of noHorsepower) x[i * WIDTH + HORSEPOWER] = fill;
  standardize(x, WIDTH, [0, 1, 2, 3, 4, 5], train);

  const part = (indices: Uint32Array) => ({
    x: gatherRows(x, WIDTH, indices),
    y: gatherRows(y, 1, indices),
    count: indices.length,
  });
  const dataset = packageDataset(carsInfo, options, part(train), part(test));
  return {
    ...dataset,
    ...withNotes([
      dataNote('cars-no-economy', {
        count: noEconomy.length,
        total: rows.length,
        cars: noEconomy.join(', '),
      }),
      dataNote('cars-no-horsepower', {
        count: noHorsepower.length,
        fill,
        cars: noHorsepower.map((i) => names[i]).join(', '),
      }),
      dataNote('cars-inputs'),
    ]),
  };
}
