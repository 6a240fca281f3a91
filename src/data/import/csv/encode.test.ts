import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS, readOptions, type FlatOptions } from '../options';
import { encodeTable } from './encode';
import { parseCsvText } from './parseText';
import { encodeSeries } from './series';

function importText(text: string, given: FlatOptions = {}) {
  const options = readOptions(CSV_OPTIONS, given, 'test');
  const table = parseCsvText(text, options);
  return options.window > 0
    ? encodeSeries(table, options, 'test.csv')
    : encodeTable(table, options, 'test.csv');
}

/** Rows of `a,b,label` with two well separated classes. */
function twoClasses(n: number, extra = ''): string {
  const rows = ['a,b,label'];
  for (let i = 0; i < n; i++) rows.push(`${i},${(i * 7) % 13},${i % 2 ? 'yes' : 'no'}${extra}`);
  return rows.join('\n');
}

describe('header detection', () => {
  it.each([
    ['text over numbers', 'x,y\n1,2\n3,4', true],
    ['numbers only', '1,2\n3,4\n5,6', false],
    ['text over text, names not repeated', 'colour,size\nred,big\nblue,small', true],
    ['text over text, first row repeats below', 'red,big\nblue,small\nred,big', false],
    ['a number in the first row', 'x,2\n1,2\n3,4', false],
  ])('%s', (_, text, header) => {
    expect(parseCsvText(text, { header: 'auto', badRows: 'skip' }).hasHeader).toBe(header);
  });

  it('names columns when there is no header, and makes duplicate names unique', () => {
    expect(parseCsvText('1,2\n3,4', { header: 'no', badRows: 'skip' }).columnNames).toEqual([
      'column 1',
      'column 2',
    ]);
    expect(parseCsvText('x,x\n1,2', { header: 'yes', badRows: 'skip' }).columnNames).toEqual([
      'x',
      'x (2)',
    ]);
  });
});

describe('malformed rows', () => {
  const text = 'a,b,label\n1,2,yes\n3,no\n4,5,no\n"6,7,yes\n';

  it('skips them and names their lines', () => {
    const { report, dataset } = importText(text);
    expect(dataset.train.count + dataset.test.count).toBe(2);
    expect(report.notes[0]).toMatch(
      /2 malformed rows were skipped: line 3 \(2 fields where the first row has 3\), line 5/,
    );
  });

  it('stops at the first when asked, naming its line', () => {
    expect(() => importText(text, { badRows: 'stop' })).toThrow(/^Line 3 is malformed/);
  });

  it('counts lines inside quoted fields', () => {
    const { report } = importText('a,b,label\n"1\n1",2,yes\n3,4,no\n5,no\n6,7,yes\n8,9,no');
    expect(report.notes[0]).toMatch(/line 5 \(/);
  });
});

describe('columns', () => {
  it('one-hot encodes categorical features and keeps the target classes sorted', () => {
    const rows = ['colour,size,label'];
    for (let i = 0; i < 20; i++)
      rows.push(`${['red', 'blue', 'green'][i % 3]},${i},${i % 2 ? 'b' : 'a'}`);
    const { report, dataset } = importText(rows.join('\n'), { normalize: 'none' });
    expect(report.features).toEqual(['colour=blue', 'colour=green', 'colour=red', 'size']);
    expect(dataset.classNames).toEqual(['a', 'b']);
    expect(dataset.inputShape).toEqual([4]);
    for (let r = 0; r < dataset.train.count; r++) {
      const row = dataset.train.x.subarray(r * 4, r * 4 + 3);
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
    }
  });

  it('explains text in a numeric column and treats it as missing', () => {
    const rows = ['a,b,label'];
    for (let i = 0; i < 30; i++) rows.push(`${i === 4 ? 'unknown' : i},${i},${i % 2}`);
    const { report, dataset } = importText(rows.join('\n'));
    const note = report.notes.find((n) => n.includes("Column 'a' holds numbers"));
    expect(note).toMatch(/1 cell holds text \('unknown' on line 6\)/);
    expect(
      report.notes.some((n) =>
        /Column 'a' is missing 1 value \(line 6\); that row was dropped/.test(n),
      ),
    ).toBe(true);
    expect(dataset.train.count + dataset.test.count).toBe(29);
  });

  it('fills in missing values with training statistics when asked, and says where', () => {
    const rows = ['a,b,label'];
    for (let i = 0; i < 30; i++) rows.push(`${i % 10 === 3 ? '' : i},${i},${i % 2}`);
    const { report, dataset } = importText(rows.join('\n'), { missing: 'impute' });
    expect(dataset.train.count + dataset.test.count).toBe(30);
    expect(report.notes.join(' ')).toMatch(
      /Column 'a' is missing 3 values \(lines 5, 15, 25\), filled in with the training mean/,
    );
  });

  it('leaves out id-like text columns and says why', () => {
    const rows = ['name,a,label'];
    for (let i = 0; i < 150; i++) rows.push(`person ${i},${i},${i % 3}`);
    const { report } = importText(rows.join('\n'));
    expect(report.columns!.find((c) => c.name === 'name')!.role).toBe('unused');
    expect(report.notes[0]).toMatch(/Column 'name' is not used: it holds 150 different texts/);
  });

  it('names the columns when the target does not exist', () => {
    expect(() => importText(twoClasses(10), { target: 'species' })).toThrow(
      "There is no column 'species'. The columns are 'a', 'b', 'label'.",
    );
  });

  it('refuses a regression on a text target', () => {
    expect(() => importText(twoClasses(10), { task: 'regression' })).toThrow(
      /holds text \('no', 'yes'\), which cannot be predicted as a number/,
    );
  });

  it('reads a target of many decimals as regression and whole numbers as classes', () => {
    const rows = ['a,y,k'];
    for (let i = 0; i < 40; i++) rows.push(`${i},${i * 0.37},${i % 4}`);
    expect(importText(rows.join('\n'), { target: 'y', ignore: '["k"]' }).dataset.task).toBe(
      'regression',
    );
    const classes = importText(rows.join('\n'), { target: 'k' }).dataset;
    expect(classes.task).toBe('classification');
    expect(classes.classNames).toEqual(['0', '1', '2', '3']);
  });
});

describe('splits and normalisation', () => {
  it('standardises with statistics of the training split only', () => {
    const { dataset } = importText(twoClasses(200));
    const n = dataset.train.count;
    for (let f = 0; f < 2; f++) {
      let sum = 0;
      let squares = 0;
      for (let r = 0; r < n; r++) sum += dataset.train.x[r * 2 + f]!;
      const mean = sum / n;
      for (let r = 0; r < n; r++) squares += (dataset.train.x[r * 2 + f]! - mean) ** 2;
      expect(mean).toBeCloseTo(0, 5);
      expect(Math.sqrt(squares / n)).toBeCloseTo(1, 4);
    }
  });

  it('scales min-max into [0, 1] on the training split', () => {
    const { dataset } = importText(twoClasses(100), { normalize: 'minmax' });
    expect(Math.min(...dataset.train.x)).toBeCloseTo(0, 6);
    expect(Math.max(...dataset.train.x)).toBeCloseTo(1, 6);
  });

  it('stratifies classes, and the same seed gives the same split', () => {
    const a = importText(twoClasses(100), { trainRatio: 0.7, seed: 3 });
    const b = importText(twoClasses(100), { trainRatio: 0.7, seed: 3 });
    expect(a.report.balance!.train).toEqual([35, 35]);
    expect(a.report.balance!.test).toEqual([15, 15]);
    expect(a.dataset.train.x).toEqual(b.dataset.train.x);
  });
});

describe('time series', () => {
  const series = ['t,temp'];
  for (let i = 0; i < 50; i++) series.push(`${i},${Math.sin(i / 3).toFixed(4)}`);

  it('cuts windows of [window, features] with the target horizon rows later, split by time', () => {
    const { dataset, report } = importText(series.join('\n'), {
      target: 'temp',
      ignore: '["t"]',
      window: 5,
      stride: 2,
      horizon: 1,
      normalize: 'none',
      trainRatio: 0.75,
    });
    // Starts 0, 2, …, 44: the last window ends on row 48 and its target is row 49.
    expect(dataset.train.count + dataset.test.count).toBe(23);
    expect(dataset.inputShape).toEqual([5, 1]);
    expect(dataset.task).toBe('regression');
    // The first window holds rows 0–4 and forecasts row 5.
    expect(dataset.train.x[4]).toBeCloseTo(Math.sin(4 / 3), 4);
    expect(dataset.train.y[0]).toBeCloseTo(Math.sin(5 / 3), 4);
    // The test windows come after every training window.
    expect(dataset.test.y[0]).toBeCloseTo(Math.sin((17 * 2 + 5) / 3), 4);
    expect(report.notes.at(-1)).toMatch(
      /23 windows of 5 rows, one every 2 rows; the first 17 train/,
    );
  });

  it('explains a window longer than the series', () => {
    expect(() => importText(series.join('\n'), { target: 'temp', window: 60 })).toThrow(
      /give 0 windows of 60 rows/,
    );
  });
});

describe('options from a project file', () => {
  it.each([
    [
      { normalize: 'zscore' },
      "The option 'normalize' of test must be one of standardize, minmax, none",
    ],
    [{ trainRatio: 2 }, "The option 'trainRatio' of test must be a number from 0.1 to 0.95"],
    [{ window: 1.5 }, "The option 'window' of test must be a whole number"],
    [{ colour: 'red' }, "test has no option 'colour'"],
    [{ ignore: '[1,2]' }, "The option 'ignore' of test must be a list of column names"],
  ])('refuses %j', (given, message) => {
    expect(() => readOptions(CSV_OPTIONS, given, 'test')).toThrow(message);
  });
});
