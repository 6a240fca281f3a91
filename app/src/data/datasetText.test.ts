import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASET_INFOS } from '../../../src/data/catalog';
import { isMessageKey, translator } from '../../../src/i18n';
import { datasetName, datasetTextKey, localDatasetInfo, optionTextKeys } from './datasetText';

const en = translator('en');
const ru = translator('ru');
const CYRILLIC = /[\u0400-\u04ff]/;
const FIELDS = ['name', 'description', 'source', 'licence'] as const;

describe('dataset texts', () => {
  it.each(DATASET_IDS)('%s has every text in both languages', (id) => {
    for (const field of FIELDS) expect(isMessageKey(datasetTextKey(id, field)), field).toBe(true);
    for (const option of Object.keys(DATASET_INFOS[id].options)) {
      const keys = optionTextKeys(id, option);
      expect(isMessageKey(keys.label), `${option} label`).toBe(true);
      expect(isMessageKey(keys.help), `${option} help`).toBe(true);
    }
  });

  it.each(DATASET_IDS)('%s in English reads exactly as the catalogue in src/data', (id) => {
    const info = DATASET_INFOS[id];
    expect(localDatasetInfo(en, id)).toEqual(info);
  });

  it.each(DATASET_IDS)(
    '%s in Russian has a Russian description, source, licence and options',
    (id) => {
      const info = localDatasetInfo(ru, id);
      for (const text of [info.description, info.source, info.licence])
        expect(text).toMatch(CYRILLIC);
      for (const [name, spec] of Object.entries(info.options)) {
        expect(spec.label, name).toMatch(CYRILLIC);
        expect(spec.help ?? '', name).toMatch(CYRILLIC);
      }
      // Everything that is not text stays as it was.
      const texts = { name: '', description: '', source: '', licence: '', options: {} };
      const classes = info.classNames ? { classNames: [] } : {};
      expect({ ...info, ...texts, ...classes }).toEqual({
        ...DATASET_INFOS[id],
        ...texts,
        ...classes,
      });
    },
  );

  it('names datasets in the chosen language, and an unknown id as it is', () => {
    expect(datasetName(en, 'iris')).toBe('Iris');
    expect(datasetName(ru, 'iris')).toBe('Ирисы');
    expect(datasetName(ru, 'mnist')).toBe('MNIST');
    expect(datasetName(ru, 'no-such-set')).toBe('no-such-set');
    expect(localDatasetInfo(ru, 'circle').description).toBe(
      'Диск из точек одного класса, окружённый кольцом точек другого.',
    );
  });

  it.each(DATASET_IDS.filter((id) => DATASET_INFOS[id].classNames))(
    '%s has as many classes in each language as in its catalogue',
    (id) => {
      const english = DATASET_INFOS[id].classNames!;
      expect(localDatasetInfo(en, id).classNames).toEqual(english);
      expect(localDatasetInfo(ru, id).classNames).toHaveLength(english.length);
    },
  );

  it('names classes in Russian, and keeps digits and species as they are', () => {
    expect(localDatasetInfo(ru, 'gauss').classNames).toEqual(['около (2, 2)', 'около (−2, −2)']);
    expect(localDatasetInfo(ru, 'cifar-10').classNames?.[0]).toBe('самолёт');
    expect(localDatasetInfo(ru, 'iris').classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(localDatasetInfo(ru, 'mnist').classNames?.[3]).toBe('3');
  });
});
