/**
 * Image augmentation on flat typed arrays: seeded random flips, small shifts and small rotations,
 * applied to a batch of channels-last images [count, height, width, channels] into a new array,
 * never one object per image. Each output pixel is sampled from the source at the inverse of the
 * transform (bilinear, 0 outside the image), so nothing is left as a hole.
 */
import type { Random } from './random';

export interface AugmentOptions {
  /** Mirror left-right with probability 1/2. */
  flipHorizontal: boolean;
  /** Mirror top-bottom with probability 1/2 (off for digits and most photos). */
  flipVertical: boolean;
  /** The largest shift, in pixels, drawn uniformly in [−maxShift, maxShift] on each axis. */
  maxShift: number;
  /** The largest rotation, in degrees, drawn uniformly in [−maxRotation, maxRotation]. */
  maxRotation: number;
}

/** One image's transform: mirrors, then a rotation about the centre, then a shift. */
export interface ImageTransform {
  flipX: boolean;
  flipY: boolean;
  dx: number;
  dy: number;
  /** Radians; a positive angle turns the picture clockwise as displayed (rows going down). */
  angle: number;
}

export function randomTransform(options: AugmentOptions, random: Random): ImageTransform {
  // Every draw is made whatever the options, so one option does not shift another's numbers.
  const flipX = random.uniform(0, 1) < 0.5 && options.flipHorizontal;
  const flipY = random.uniform(0, 1) < 0.5 && options.flipVertical;
  const dx = random.uniform(-1, 1) * options.maxShift;
  const dy = random.uniform(-1, 1) * options.maxShift;
  const angle = (random.uniform(-1, 1) * options.maxRotation * Math.PI) / 180;
  return { flipX, flipY, dx, dy, angle };
}

/** Applies `t` to one image `source` ([height, width, channels]) into `target`. */
export function transformImage(
  source: Float32Array,
  target: Float32Array,
  shape: readonly [number, number, number],
  t: ImageTransform,
): void {
  const [h, w, c] = shape;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const cos = Math.cos(t.angle);
  const sin = Math.sin(t.angle);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Inverse of: flip, rotate by angle about the centre, shift by (dx, dy).
      const ux = x - t.dx - cx;
      const uy = y - t.dy - cy;
      let sx = cos * ux + sin * uy + cx;
      let sy = -sin * ux + cos * uy + cy;
      if (t.flipX) sx = w - 1 - sx;
      if (t.flipY) sy = h - 1 - sy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      for (let k = 0; k < c; k++) {
        const at = (yy: number, xx: number) =>
          yy < 0 || yy >= h || xx < 0 || xx >= w ? 0 : source[(yy * w + xx) * c + k]!;
        // Bilinear: weights (1−fx)(1−fy), fx(1−fy), (1−fx)fy, fx·fy; exact on whole pixels.
        const top = at(y0, x0) * (1 - fx) + (fx > 0 ? at(y0, x0 + 1) * fx : 0);
        const bottom =
          fy > 0 ? at(y0 + 1, x0) * (1 - fx) + (fx > 0 ? at(y0 + 1, x0 + 1) * fx : 0) : 0;
        target[(y * w + x) * c + k] = top * (1 - fy) + bottom * fy;
      }
    }
  }
}

/** A new batch with each of `count` images given its own random transform. */
export function augmentImages(
  images: Float32Array,
  count: number,
  shape: readonly [number, number, number],
  options: AugmentOptions,
  random: Random,
): Float32Array {
  const size = shape[0] * shape[1] * shape[2];
  if (images.length !== count * size) {
    throw new RangeError(
      `${count} images of [${shape.join(', ')}] need ${count * size} values, not ${images.length}.`,
    );
  }
  const out = new Float32Array(images.length);
  for (let i = 0; i < count; i++) {
    transformImage(
      images.subarray(i * size, (i + 1) * size),
      out.subarray(i * size, (i + 1) * size),
      shape,
      randomTransform(options, random),
    );
  }
  return out;
}
