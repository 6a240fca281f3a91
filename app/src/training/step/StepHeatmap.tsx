/**
 * One small heatmap of a Step's detail (forward, backward or update), drawn into a canvas at one
 * pixel per cell and scaled up by CSS without smoothing. Its name says what it shows and the
 * numbers a screen reader cannot see: the range and, for weights, the norm.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { canDraw } from '../charts/canvasSupport';
import { heatmapPixels, type StepMap } from './heatmap';
import { formatValue } from './stepText';

export interface StepHeatmapProps {
  /** e.g. "Backward ∇w". */
  title: string;
  /** e.g. "dense_1 kernel". */
  subject: string;
  map: StepMap | null;
  norm?: number;
}

export function StepHeatmap({ title, subject, map, norm }: StepHeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const t = useT();
  useEffect(() => {
    if (!map || !canvas.current || !canDraw()) return;
    const { width, height, pixels } = heatmapPixels(map);
    const c = canvas.current;
    c.width = width;
    c.height = height;
    const context = c.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    image.data.set(pixels);
    context.putImageData(image, 0, 0);
  }, [map]);

  const numbers = [
    norm === undefined ? null : t('training.step.norm', { value: formatValue(norm) }),
    map ? t('training.step.range', { min: formatValue(map.min), max: formatValue(map.max) }) : null,
  ].filter((s) => s !== null);
  const label = map
    ? t('training.step.mapLabel', { title, subject, numbers: numbers.join(', ') })
    : t('training.step.mapMissing', { title, subject });
  return (
    <figure className="step-map" tabIndex={0} aria-label={label}>
      <figcaption className="step-map__title">{title}</figcaption>
      {map ? (
        <canvas ref={canvas} className="step-map__canvas" aria-hidden="true" />
      ) : (
        <p className="step-map__none">{t('training.step.notAvailable')}</p>
      )}
      {numbers.length > 0 && <p className="step-map__numbers">{numbers.join(' · ')}</p>}
    </figure>
  );
}
