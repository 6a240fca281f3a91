import { describe, expect, it } from 'vitest';
import { defaultTraining, type TrainingSettings } from '../../project/training';
import { BatchAugmenter } from './augmentation';

const settings = (over: Partial<TrainingSettings>): TrainingSettings => ({
  ...defaultTraining(),
  ...over,
});

/** Two 4 × 4 one-channel images with a bright left column, so a flip or shift moves it. */
function images(): Float32Array {
  const out = new Float32Array(2 * 16);
  for (let i = 0; i < 2; i++) for (let row = 0; row < 4; row++) out[i * 16 + row * 4] = 1;
  return out;
}

describe('BatchAugmenter.forRun', () => {
  it.each([
    ['every setting off', {}, [4, 4, 1]],
    ['a flat input', { augmentFlip: 'horizontal' as const }, [16]],
    ['a series input', { augmentShift: 2 }, [4, 4]],
  ])('is off for %s', (_, over, shape) => {
    expect(BatchAugmenter.forRun(settings(over), shape)).toBeNull();
  });

  it.each([
    ['flips', { augmentFlip: 'both' as const }],
    ['shifts', { augmentShift: 1 }],
    ['rotations', { augmentRotation: 30 }],
  ])('changes images with %s, the same way for the same seed', (_, over) => {
    const run = (seed: number) =>
      BatchAugmenter.forRun(settings({ ...over, seed }), [4, 4, 1])!.apply(images(), 2);
    const first = run(5);
    expect(first).not.toEqual(images());
    expect(run(5)).toEqual(first);
  });

  it('draws new transforms for every batch', () => {
    const augmenter = BatchAugmenter.forRun(settings({ augmentShift: 2, seed: 1 }), [4, 4, 1])!;
    const batches = Array.from({ length: 4 }, () => augmenter.apply(images(), 2));
    expect(new Set(batches.map((b) => b.join(','))).size).toBeGreaterThan(1);
  });
});
