/**
 * The generator's pictures, a square grid of them drawn on one canvas: grey for one channel,
 * colour for three. The same noise makes them every time, so each picture changes in place.
 */
import { useEffect, useRef } from 'react';
import type { TrainerMessageOf } from '../../../src/protocol';
import { useT } from '../i18n';
import { canDraw } from '../training/charts/canvasSupport';

type Images = NonNullable<TrainerMessageOf<'ganSamples'>['images']>;

/** RGBA pixels of the grid: `columns` pictures a row, a 1-pixel gap between them. */
export function gridPixels(images: Images): {
  data: Uint8ClampedArray<ArrayBuffer>;
  width: number;
  height: number;
} {
  const [h, w, c] = images.shape as [number, number, number];
  const columns = Math.ceil(Math.sqrt(images.count));
  const rows = Math.ceil(images.count / columns);
  const width = columns * (w + 1) - 1;
  const height = rows * (h + 1) - 1;
  const data = new Uint8ClampedArray(new ArrayBuffer(width * height * 4));
  for (let k = 0; k < images.count; k++) {
    const left = (k % columns) * (w + 1);
    const top = Math.floor(k / columns) * (h + 1);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const source = ((k * h + y) * w + x) * c;
        const target = ((top + y) * width + left + x) * 4;
        const grey = images.data[source]!;
        data[target] = grey;
        data[target + 1] = c >= 3 ? images.data[source + 1]! : grey;
        data[target + 2] = c >= 3 ? images.data[source + 2]! : grey;
        data[target + 3] = 255;
      }
  }
  return { data, width, height };
}

export function SampleGrid({
  images,
  at,
}: {
  images: Images;
  at: { epoch: number; batch: number };
}) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    if (!element || !canDraw()) return;
    const { data, width, height } = gridPixels(images);
    element.width = width;
    element.height = height;
    element.getContext('2d')?.putImageData(new ImageData(data, width, height), 0, 0);
  }, [images]);
  return (
    <figure className="gan-samples" aria-label={t('gan.samples')} data-count={images.count}>
      <figcaption>{t('gan.samples.at', at)}</figcaption>
      <canvas ref={canvas} className="gan-samples__grid" role="img" aria-label={t('gan.samples')} />
    </figure>
  );
}
