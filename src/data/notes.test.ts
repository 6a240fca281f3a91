/**
 * Every note a loader writes is said by its code: in English word for word as the loader wrote
 * it, and in Russian. Each case loads real data.
 */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../i18n';
import { encodeArrays } from './import/arrays';
import { encodeTable } from './import/csv/encode';
import { parseCsvText } from './import/csv/parseText';
import { encodeSeries } from './import/csv/series';
import { ARRAY_OPTIONS, CSV_OPTIONS, readOptions, type FlatOptions } from './import/options';
import { loadDataset } from './node/loadDataset';
import type { CodedText } from './notes';

function csv(text: string, given: FlatOptions = {}) {
  const options = readOptions(CSV_OPTIONS, given, 'test');
  const table = parseCsvText(text, options);
  return options.window > 0
    ? encodeSeries(table, options, 'test.csv')
    : encodeTable(table, options, 'test.csv');
}

const said = (locale: 'en' | 'ru', codes: readonly CodedText[]) =>
  codes.map((n) => translate(locale, `data.note.${n.code}` as MessageKey, n.values));

/** Rows `id,a,b,label`: ids all different, `a` with gaps and a text, `b` empty. */
const TABLE = [
  'id,a,b,label',
  ...Array.from({ length: 130 }, (_, i) => {
    const a = i === 3 ? 'oops' : i % 7 === 0 ? '' : String(i);
    return `row${i},${a},,${i % 2 ? 'yes' : i === 4 ? '' : 'no'}`;
  }),
].join('\n');

describe('notes by code', () => {
  it.each([
    {
      what: 'a table with gaps, dropped',
      load: () => csv(TABLE, { target: 'label', missing: 'drop' }).report,
      ru: [
        /^Столбец «id» не используется: в нём 130 разных текстов/,
        /^Столбец «b» не используется: в нём нет значений\.$/,
        /^Столбец «a» содержит числа, но в 1 ячейке текст \('oops'; строка 5\); она считается пропущенным значением\.$/,
        /^В 1 строке нет целевого значения, она удалена \(строка 6\)\.$/,
        /^В столбце «a» пропущено \d+ значени[йея]+ \(строки [\d, ]+ и ещё \d+\); эти строки удалены\.$/,
      ],
    },
    {
      what: 'a table with gaps, filled in',
      load: () => csv(TABLE, { target: 'label', missing: 'impute', ignore: 'id' }).report,
      ru: [
        /^Столбец «id» не используется: исключён по вашему выбору\.$/,
        /^Столбец «b» не используется: в нём нет значений\.$/,
        /^Столбец «a» содержит числа/,
        /^В 1 строке нет целевого значения/,
        /^В столбце «a» пропущено \d+ значени[йея]+ \(строки [\d, ]+ и ещё \d+\); они заполнены средним по обучающей выборке\.$/,
      ],
    },
    {
      what: 'a series',
      load: () =>
        csv(
          ['t,v', ...Array.from({ length: 20 }, (_, i) => `${i},${i % 5 === 2 ? '' : i}`)].join(
            '\n',
          ),
          { target: 'v', window: '4', missing: 'drop' },
        ).report,
      ru: [
        /^В 4 строках нет целевого значения, они удалены \(строки 4, 9, 14, 19\)\.$/,
        /^Строки без целевого значения остаются в ряду/,
        /^13 окон по 4 строки, с шагом 1 строка; первые 10 — для обучения, последующие 3 — для теста\.$/,
      ],
    },
    {
      what: 'byte images without channels',
      load: () =>
        encodeArrays(
          { shape: [4, 2, 3], data: new Uint8Array(24).fill(200), bytes: true },
          { shape: [4], data: Float32Array.from([0, 1, 0, 1]), bytes: false },
          readOptions(ARRAY_OPTIONS, {}, 'test'),
          'x.npy',
        ).report,
      ru: [
        /^Входы — изображения 2×3 без размерности каналов; они читаются как \[2, 3, 1\]\.$/,
        /^Входы — байты от 0 до 255; они делятся на 255\.$/,
      ],
    },
  ])('$what', ({ load, ru }) => {
    const report = load();
    expect(report.noteCodes).toHaveLength(report.notes.length);
    expect(said('en', report.noteCodes!)).toEqual(report.notes);
    const russian = said('ru', report.noteCodes!);
    expect(russian).toHaveLength(ru.length);
    russian.forEach((text, i) => expect(text).toMatch(ru[i]!));
  });

  it('words why a column is not used, for its tooltip', () => {
    const { report } = csv(TABLE, { target: 'label', ignore: 'id' });
    const whys = report.columns!.filter((c) => c.why !== undefined);
    expect(whys.map((c) => c.name)).toEqual(['id', 'b']);
    expect(whys.map((c) => c.why)).toEqual(['left out as asked', 'it has no values']);
    for (const c of whys) {
      expect(translate('en', `data.why.${c.whyCode!.code}` as MessageKey, c.whyCode!.values)).toBe(
        c.why,
      );
    }
    const ru = whys.map((c) =>
      translate('ru', `data.why.${c.whyCode!.code}` as MessageKey, c.whyCode!.values),
    );
    expect(ru).toEqual(['исключён по вашему выбору', 'в нём нет значений']);
  });

  it.each(['iris', 'penguins', 'cars', 'seattle-weather'])(
    'says the notes of the %s table in Russian',
    async (id) => {
      const dataset = await loadDataset(id, {});
      expect(said('en', dataset.noteCodes!)).toEqual(dataset.notes);
      for (const text of said('ru', dataset.noteCodes!)) expect(text).toMatch(/[а-яё]/i);
    },
  );
});
