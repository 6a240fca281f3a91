import { expect, it } from 'vitest';
import { defaultTraining } from '../../project/training';
import { augmentationNote } from './readme';

it.each([
  [{}, null],
  [{ augmentFlip: 'horizontal' as const }, 'flips: horizontal, shift: 0 px, rotation: 0°'],
  [{ augmentShift: 3 }, 'flips: off, shift: 3 px'],
  [{ augmentRotation: 10 }, 'rotation: 10°'],
])('says augmentation %j is not mirrored when it is on', (over, expected) => {
  const note = augmentationNote({ ...defaultTraining(), ...over });
  if (expected === null) expect(note).toBe('');
  else {
    expect(note).toContain(expected);
    expect(note).toContain('not mirrored');
  }
});
