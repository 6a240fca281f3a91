import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASET_INFOS, datasetInfo } from './catalog';
import { DatasetError } from './errors';
import { loadDataset, SYNTHETIC_LOADERS } from './registry';

async function rejection(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => expect.fail('expected the load to be refused'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('loadDataset', () => {
  it('loads each synthetic set by id, with the options given and defaults for the rest', async () => {
    const spiral = await loadDataset('spiral', { noise: 0.1, trainRatio: 0.8 });
    expect(spiral.id).toBe('spiral');
    expect(spiral.options).toEqual({ noise: 0.1, seed: 42, trainRatio: 0.8, count: 500 });
    expect([spiral.train.count, spiral.test.count]).toEqual([400, 100]);
    for (const id of Object.keys(SYNTHETIC_LOADERS)) {
      expect((await loadDataset(id)).id).toBe(id);
    }
  });

  it('refuses an unknown id and lists the known ones', async () => {
    const error = await rejection(loadDataset('spirals'));
    expect(error.kind).toBe('unknown-dataset');
    expect(error.message).toBe(
      `There is no dataset 'spirals'. The datasets are ${DATASET_IDS.join(', ')}.`,
    );
  });

  it('refuses an out-of-range option, naming it, its value and the range', async () => {
    const error = await rejection(loadDataset('linear', { a: 1_000 }));
    expect(error.kind).toBe('invalid-option');
    expect(error.message).toBe(
      "The option 'a' of the dataset 'linear' must be a number from -100 to 100, but is 1,000.",
    );
  });

  it('refuses an option of another dataset', async () => {
    const error = await rejection(loadDataset('circle', { a: 2 }));
    expect(error.kind).toBe('unknown-option');
  });

  it('checks options even for a dataset it cannot load here, then says why it cannot', async () => {
    expect((await rejection(loadDataset('mnist-sample', { seed: 1 }))).kind).toBe('unknown-option');
    const error = await rejection(loadDataset('mnist-sample'));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/read from files on disk/);
  });

  it('uses the loaders it is given', async () => {
    const fake = await loadDataset(
      'mnist-sample',
      {},
      {
        'mnist-sample': async () => ({ ...(await loadDataset('xor')), id: 'mnist-sample' }),
      },
    );
    expect(fake.id).toBe('mnist-sample');
  });
});

describe('the catalogue', () => {
  it.each(DATASET_IDS.map((id) => [id]))('describes %s completely', (id) => {
    const info = DATASET_INFOS[id];
    expect(info.id).toBe(id);
    expect(datasetInfo(id)).toBe(info);
    for (const text of [info.name, info.description, info.source, info.licence, info.citation]) {
      expect(text.trim().length).toBeGreaterThan(1);
    }
    if (info.task === 'classification') expect(info.classNames).toHaveLength(info.targetShape[0]!);
    for (const [name, spec] of Object.entries(info.options)) {
      if (spec.kind === 'text') {
        expect(spec.default.length, name).toBeLessThanOrEqual(spec.maxLength);
        continue;
      }
      if (spec.kind === 'choice') {
        expect(spec.values, name).toContain(spec.default);
        continue;
      }
      expect(spec.min, name).toBeLessThanOrEqual(spec.default);
      expect(spec.max, name).toBeGreaterThanOrEqual(spec.default);
    }
  });

  it('credits MNIST to LeCun and Cortes and the package to Cazala', () => {
    const info = DATASET_INFOS['mnist-sample'];
    expect(info.citation).toMatch(/Yann LeCun and Corinna Cortes/);
    expect(info.citation).toMatch(/Cazala/);
    expect(info.licence).toMatch(/MIT/);
    expect(info.sizes).toEqual({ train: 8_000, test: 2_000 });
  });

  it('knows nothing by an id it does not list', () => {
    expect(datasetInfo('toString')).toBeUndefined();
  });
});
