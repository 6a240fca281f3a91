import { describe, expect, it } from 'vitest';
import { augmentImages, transformImage, type ImageTransform } from './augment';
import { createRandom } from './random';

const none: ImageTransform = { flipX: false, flipY: false, dx: 0, dy: 0, angle: 0 };
/** A 4 × 4 one-channel image whose pixel (y, x) is 10·y + x. */
const image = Float32Array.from({ length: 16 }, (_, i) => 10 * Math.floor(i / 4) + (i % 4));
const shape = [4, 4, 1] as const;

function apply(t: Partial<ImageTransform>): number[] {
  const out = new Float32Array(16);
  transformImage(image, out, shape, { ...none, ...t });
  return [...out].map((v) => Math.round(v * 1e6) / 1e6);
}

describe('transformImage', () => {
  it.each<[string, Partial<ImageTransform>, number[]]>([
    ['nothing', {}, [...image]],
    [
      'a left-right mirror',
      { flipX: true },
      [3, 2, 1, 0, 13, 12, 11, 10, 23, 22, 21, 20, 33, 32, 31, 30],
    ],
    [
      'a top-bottom mirror',
      { flipY: true },
      [30, 31, 32, 33, 20, 21, 22, 23, 10, 11, 12, 13, 0, 1, 2, 3],
    ],
    [
      'a shift one pixel right',
      { dx: 1 },
      [0, 0, 1, 2, 0, 10, 11, 12, 0, 20, 21, 22, 0, 30, 31, 32],
    ],
    [
      'a shift one pixel up',
      { dy: -1 },
      [10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33, 0, 0, 0, 0],
    ],
    // A quarter turn clockwise: the first row is the first column read upwards.
    [
      'a quarter turn',
      { angle: Math.PI / 2 },
      [30, 20, 10, 0, 31, 21, 11, 1, 32, 22, 12, 2, 33, 23, 13, 3],
    ],
    [
      'half a pixel right, blended',
      { dx: 0.5 },
      [0, 0.5, 1.5, 2.5, 5, 10.5, 11.5, 12.5, 10, 20.5, 21.5, 22.5, 15, 30.5, 31.5, 32.5],
    ],
  ])('applies %s', (_, t, expected) => {
    expect(apply(t)).toEqual(expected);
  });
});

describe('augmentImages', () => {
  const batch = new Float32Array(3 * 16);
  for (let i = 0; i < 3; i++) batch.set(image, i * 16);
  const options = { flipHorizontal: true, flipVertical: false, maxShift: 1, maxRotation: 10 };

  it('is repeatable with a seed, varies between images, and keeps the input', () => {
    const a = augmentImages(batch, 3, shape, options, createRandom(5));
    const b = augmentImages(batch, 3, shape, options, createRandom(5));
    expect(b).toEqual(a);
    expect(a.subarray(0, 16)).not.toEqual(a.subarray(16, 32));
    expect(batch.subarray(16, 32)).toEqual(image);
  });

  it('changes nothing when every augmentation is off', () => {
    const off = { flipHorizontal: false, flipVertical: false, maxShift: 0, maxRotation: 0 };
    expect(augmentImages(batch, 3, shape, off, createRandom(1))).toEqual(batch);
  });

  it('refuses a batch whose length does not fit the shape', () => {
    expect(() => augmentImages(batch, 4, shape, options, createRandom(1))).toThrow(
      '4 images of [4, 4, 1] need 64 values, not 48.',
    );
  });
});
