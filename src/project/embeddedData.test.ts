import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import { newProject } from './project';
import { serializeProject } from './serialize';
import type { EmbeddedData } from './embeddedData';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed file, damaged on purpose
type Doc = any;

const data = (): EmbeddedData => ({
  name: 'tiny.csv',
  task: 'classification',
  inputShape: [2],
  targetShape: [2],
  classNames: ['no', 'yes'],
  train: { x: new Float32Array([0.5, -1.25, 3, 4]), y: new Float32Array([1, 0, 0, 1]), count: 2 },
  test: { x: new Float32Array([7, 8]), y: new Float32Array([0, 1]), count: 1 },
});

function withData(d: EmbeddedData) {
  return { ...newProject('p'), dataset: { id: 'embedded', options: { source: 'csv' }, data: d } };
}

describe('a dataset embedded in the project file', () => {
  it('survives a save and a load exactly', () => {
    const text = serializeProject(withData(data()));
    expect(JSON.parse(text).dataset.data.train).toEqual({
      count: 2,
      x: 'AAAAPwAAoL8AAEBAAACAQA==',
      y: 'AACAPwAAAAAAAAAAAACAPw==',
    });
    const loaded = parseProject(text);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.project.dataset).toEqual(withData(data()).dataset);
  });

  it.each([
    [
      'a split shorter than its count',
      (doc: Doc) => (doc.dataset.data.test.count = 2),
      /dataset\.data\.test\.x.*holds 8 bytes, but 4 float32 values need 16/s,
    ],
    [
      'class names that do not match',
      (doc: Doc) => doc.dataset.data.classNames.push('maybe'),
      /names 3 classes, but the targets have 2/,
    ],
    [
      'more values than a project embeds',
      (doc: Doc) => (doc.dataset.data.train.count = 1_000_000),
      /a project can embed at most 2,621,440/,
    ],
    ['an unknown task', (doc: Doc) => (doc.dataset.data.task = 'poetry'), /dataset\.data\.task/],
  ])('refuses %s, saying where', (_, damage, message) => {
    const doc = JSON.parse(serializeProject(withData(data())));
    damage(doc);
    const loaded = parseProject(JSON.stringify(doc));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(message);
  });

  it('refuses to save values that are not finite', () => {
    const d = data();
    d.train.x[1] = NaN;
    expect(() => serializeProject(withData(d))).toThrow(/value 1 is not a finite number/);
  });
});
