/**
 * One example image drawn from a page's bytes onto its own small canvas. The canvas stays while
 * the example does; it is redrawn only when other pixels arrive.
 */
import { useEffect, useRef } from 'react';
import { canDraw } from '../charts/canvasSupport';
import type { ExamplePage } from './examples';

export function ExampleImage({ page, slot }: { page: ExamplePage; slot: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const images = page.images!;
  useEffect(() => {
    const element = canvas.current;
    const ctx = element && canDraw() ? element.getContext('2d') : null;
    if (!ctx) return;
    const { width, height, channels, pixels } = images;
    const size = width * height * channels;
    const image = ctx.createImageData(width, height);
    for (let p = 0; p < width * height; p++) {
      const at = slot * size + p * channels;
      // Grey images repeat their one channel; colour ones use their first three.
      const grey = channels < 3;
      image.data[4 * p] = pixels[at]!;
      image.data[4 * p + 1] = pixels[grey ? at : at + 1]!;
      image.data[4 * p + 2] = pixels[grey ? at : at + 2]!;
      image.data[4 * p + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [images, slot]);
  return (
    <canvas
      ref={canvas}
      className="example-image"
      width={images.width}
      height={images.height}
      aria-hidden="true"
    />
  );
}
