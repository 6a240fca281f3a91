/**
 * Penguins: the species of 342 Palmer Archipelago penguins from four body measurements, the
 * classic three-class table lesson. (The vega-datasets release installed with NeuroCanvas no longer
 * carries the iris table; the penguins table teaches the same lesson with real, CC0 data.)
 */
import { oneHot } from '../labels';
import { seedOption, trainRatioOption } from '../options';
import { createRandom } from '../random';
import { gatherRows, stratifiedSplit } from '../split';
import { packageDataset } from '../synthetic/build';
import type { Dataset, DatasetInfo } from '../types';
import { numberCell, rowsOf, standardize, textCell } from './columns';
import { dataNote, withNotes } from '../notes';

export const PENGUIN_FEATURES = [
  'Beak Length (mm)',
  'Beak Depth (mm)',
  'Flipper Length (mm)',
  'Body Mass (g)',
];
export const PENGUIN_SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];
export const PENGUINS_FILE = 'penguins.json';

export const PENGUINS_OPTIONS = { seed: seedOption(), trainRatio: trainRatioOption(0.8) };

export const penguinsInfo: DatasetInfo & { options: typeof PENGUINS_OPTIONS } = {
  id: 'penguins',
  name: 'Penguins',
  description:
    'Which of three species a penguin is, from its beak length and depth, flipper length and body mass (standardised). 342 real penguins.',
  task: 'classification',
  inputShape: [4],
  targetShape: [3],
  classNames: PENGUIN_SPECIES,
  sizes: { train: 274, test: 68 },
  source:
    'Palmer Station Antarctica LTER and Dr. Kristen Gorman, via the palmerpenguins package; the copy in the npm package vega-datasets, installed with NeuroCanvas.',
  licence: 'CC0 1.0 Universal.',
  citation:
    'Gorman KB, Williams TD, Fraser WR (2014), Ecological Sexual Dimorphism and Environmental Variability within a Community of Antarctic Penguins (Genus Pygoscelis), PLoS ONE 9(3): e90081; Horst AM, Hill AP, Gorman KB (2020), palmerpenguins.',
  options: PENGUINS_OPTIONS,
};

export function penguinsDataset(
  parsed: unknown,
  options: { seed: number; trainRatio: number },
): Dataset {
  const rows = rowsOf(parsed, PENGUINS_FILE);
  const features: number[] = [];
  const labels: number[] = [];
  let dropped = 0;
  rows.forEach((row, i) => {
    const where = `${PENGUINS_FILE}, row ${i + 1}`;
    const species = PENGUIN_SPECIES.indexOf(textCell(row, 'Species', where));
    const values = PENGUIN_FEATURES.map((c) => numberCell(row, c, where));
    if (species < 0 || values.some((v) => v === null)) {
      dropped++;
      return;
    }
    features.push(...(values as number[]));
    labels.push(species);
  });
  const count = labels.length;
  const x = Float32Array.from(features);
  const split = stratifiedSplit(labels, 3, options.trainRatio, createRandom(options.seed));
  standardize(x, 4, [0, 1, 2, 3], split.train);
  const y = oneHot(labels, 3);
  const part = (indices: Uint32Array) => ({
    x: gatherRows(x, 4, indices),
    y: gatherRows(y, 3, indices),
    count: indices.length,
  });
  const dataset = packageDataset(penguinsInfo, options, part(split.train), part(split.test));
  return {
    ...dataset,
    ...withNotes([
      dataNote('penguins-dropped', { dropped, total: rows.length, count }),
      dataNote('penguins-standardised'),
    ]),
  };
}
