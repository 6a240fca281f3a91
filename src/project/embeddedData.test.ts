import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import { newProject } from './project';
import { serializeProject } from './serialize';
import {
  boundedNotes,
  MAX_EMBEDDED_NOTE_LENGTH,
  MAX_EMBEDDED_NOTES,
  type EmbeddedData,
} from './embeddedData';

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

  it('keeps the import notes through a save and a load', () => {
    const notes = ['2 rows with missing values were dropped (lines 4, 9).', 'Column id left out.'];
    const text = serializeProject(withData({ ...data(), notes }));
    expect(JSON.parse(text).dataset.data.notes).toEqual(notes);
    const loaded = parseProject(text);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.project.dataset?.data?.notes).toEqual(notes);
    // A file from before notes were kept loads without them.
    expect(parseProject(serializeProject(withData(data())))).toMatchObject({ ok: true });
  });

  it('saves at most the first notes, each cut to length', () => {
    const many = Array.from({ length: MAX_EMBEDDED_NOTES + 5 }, (_, i) => `note ${i}`);
    const long = 'x'.repeat(MAX_EMBEDDED_NOTE_LENGTH + 100);
    const kept = boundedNotes(['', long, ...many]);
    expect(kept).toHaveLength(MAX_EMBEDDED_NOTES);
    expect(kept[0]).toHaveLength(MAX_EMBEDDED_NOTE_LENGTH);
    expect(kept[0]!.endsWith('…')).toBe(true);
    expect(kept[1]).toBe('note 0');
    const saved = JSON.parse(serializeProject(withData({ ...data(), notes: [long, ...many] })));
    expect(saved.dataset.data.notes).toEqual(kept);
  });

  it.each([
    [
      'too many notes',
      (doc: Doc) =>
        (doc.dataset.data.notes = Array.from({ length: MAX_EMBEDDED_NOTES + 1 }, () => 'n')),
      /dataset\.data\.notes/,
    ],
    [
      'a note that is too long',
      (doc: Doc) => (doc.dataset.data.notes = ['x'.repeat(MAX_EMBEDDED_NOTE_LENGTH + 1)]),
      /dataset\.data\.notes\[0\]: expected text of 1 to 500 characters, got 501 characters/,
    ],
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
