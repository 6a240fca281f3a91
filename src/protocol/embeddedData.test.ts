import { expect, it } from 'vitest';
import { MAX_EMBEDDED_NOTE_LENGTH, MAX_EMBEDDED_NOTES } from '../project/embeddedData';
import { embeddedData } from './embeddedData';

const data = (notes?: string[]) => ({
  name: 'tiny.csv',
  task: 'regression' as const,
  inputShape: [1],
  targetShape: [1],
  ...(notes ? { notes } : {}),
  train: { x: new Float32Array([1, 2]), y: new Float32Array([3, 4]), count: 2 },
  test: { x: new Float32Array(0), y: new Float32Array(0), count: 0 },
});

it.each([
  ['no notes', undefined, true],
  ['the import notes', ['1 row with a missing value was dropped (line 3).'], true],
  ['too many notes', Array.from({ length: MAX_EMBEDDED_NOTES + 1 }, () => 'n'), false],
  ['a note that is too long', ['x'.repeat(MAX_EMBEDDED_NOTE_LENGTH + 1)], false],
  ['an empty note', [''], false],
])('an embedded dataset with %s travels: %s', (_, notes, ok) => {
  expect(embeddedData.safeParse(data(notes)).success).toBe(ok);
});
