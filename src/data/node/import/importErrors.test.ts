/**
 * Imports that fail name their fault by code and values, which the interface says in Russian,
 * while the message the command line prints stays as it was. Each case imports a real file.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../i18n';
import { float32Array, writeNpy, writeNpz } from '../../../numpy';
import { ImportError } from '../../import/errors';
import { importData } from './importData';
import { loadDatasetRef } from './loadDatasetRef';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-import-errors-'));
  const f32 = (shape: number[], values: number[]) => float32Array(shape, Float32Array.from(values));
  await writeFile(join(dir, 'x.npy'), writeNpy(f32([3, 2], [1, 2, 3, 4, 5, 6])));
  await writeFile(join(dir, 'y2.npy'), writeNpy(f32([2], [0, 1])));
  await writeFile(join(dir, 'flat.npy'), writeNpy(f32([3], [1, 2, 3])));
  await writeFile(join(dir, 'bad.npy'), 'not numpy at all');
  await writeFile(
    join(dir, 'ab.npz'),
    writeNpz({ a: f32([3, 2], [1, 2, 3, 4, 5, 6]), b: f32([3], [0, 1, 0]) }),
  );
  await writeFile(join(dir, 'short.csv'), 't,v\n1,2\n2,3\n3,4\n');
  await mkdir(join(dir, 'folder.csv'));
  await writeFile(join(dir, 'notes.doc'), 'hello');
});

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const at = (name: string) => join(dir, name);

describe('import errors by code', () => {
  it.each([
    {
      what: 'targets that do not match the inputs',
      run: () => importData('arrays', at('x.npy'), { labels: 'y2.npy' }),
      code: 'arrays.countMismatch',
      en: 'There are 3 inputs but 2 targets',
      ru: 'Входов 3, а целевых значений 2; в обоих файлах должно быть одинаковое число примеров.',
    },
    {
      what: 'inputs without a second dimension',
      run: () => importData('arrays', at('flat.npy'), { labels: 'y2.npy' }),
      code: 'arrays.badShape',
      en: 'The inputs have shape [3];',
      ru: 'Входы имеют форму [3], а нужна первая размерность',
    },
    {
      what: 'a file that is not NumPy',
      run: () => importData('arrays', at('bad.npy'), { labels: 'y2.npy' }),
      code: 'arrays.unreadable',
      en: 'is not a NumPy .npy file',
      ru: 'Файл «bad.npy» не удаётся прочитать: ',
    },
    {
      what: 'an .npz without the array asked for',
      run: () => importData('arrays', at('ab.npz'), { inputs: 'images' }),
      code: 'arrays.noArray',
      en: "ab.npz has no array 'images'",
      ru: 'В ab.npz нет массива «images». Массивы в файле: ',
    },
    {
      what: 'an .npz whose arrays have other names',
      run: () => importData('arrays', at('ab.npz'), {}),
      code: 'arrays.noArrayFound',
      en: 'ab.npz has no array for the inputs',
      ru: 'В ab.npz нет массива входов (искали x, x_train, images, inputs).',
    },
    {
      what: 'inputs without a file of labels',
      run: () => importData('arrays', at('x.npy'), {}),
      code: 'arrays.labelsNeeded',
      en: 'x.npy holds the inputs only',
      ru: 'В x.npy только входы;',
    },
    {
      what: 'a CSV that is not there',
      run: () => importData('csv', at('gone.csv'), {}),
      code: 'file.notFound',
      en: "gone.csv' was not found.",
      ru: 'gone.csv» не найден.',
    },
    {
      what: 'a folder named like a CSV',
      run: () => importData('csv', at('folder.csv'), {}),
      code: 'file.isFolder',
      en: 'is a folder; a CSV import needs a file.',
      ru: '» — это папка, а для импорта CSV нужен файл.',
    },
    {
      what: 'a series too short for its window',
      run: () => importData('csv', at('short.csv'), { target: 'v', window: '3' }),
      code: 'series.tooFewWindows',
      en: "The table's 3 rows give 0 windows of 3 rows",
      ru: 'Из 3 строк таблицы получается 0 окон по 3 строки с целевым значением через 1 строку',
    },
    {
      what: 'a reference to an import without its path',
      run: () => loadDatasetRef({ id: 'import-csv' }),
      code: 'ref.needsPath',
      en: "The dataset 'import-csv' needs the path",
      ru: 'Для набора данных «import-csv» нужен путь к его файлу в параметре «path».',
    },
  ])('$what', async ({ run, code, en, ru }) => {
    const error = await failure(run);
    expect(error.message).toContain(en);
    expect(error.problem?.code).toBe(code);
    const key = `data.error.${code}` as MessageKey;
    expect(translate('ru', key, error.problem!.values)).toContain(ru);
  });
});
