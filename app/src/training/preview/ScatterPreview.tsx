/**
 * A 2-D dataset at a glance: training points filled and test points as rings, coloured by class
 * (or by target value, for a regression), with the probe example ringed in the text colour.
 */
import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../../../src/data';
import { integerLabels } from '../../../../src/data/labels';
import type { DatasetRef } from '../../../../src/project';
import { probeFor, useProbe } from '../../stores/trainingProbe';
import { useT } from '../../i18n';
import { useUi } from '../../stores/uiStore';
import { classColour, rampColour } from '../boundary/boundaryImage';
import { canDraw } from '../charts/canvasSupport';
import { drawnDataset } from './examples';

const SIZE = 220;
/** Points drawn per split: enough to see the shape without a solid blot. */
const MAX_POINTS = 600;

export function ScatterPreview({ dataset }: { dataset: DatasetRef }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [loaded, setLoaded] = useState<{ of: DatasetRef; data: Dataset } | null>(null);
  const probe = useProbe((s) => probeFor(s, dataset));
  const theme = useUi((s) => s.theme);
  const t = useT();

  useEffect(() => {
    let current = true;
    void drawnDataset(dataset).then(
      (data) => current && setLoaded({ of: dataset, data }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [dataset]);

  const data = loaded?.of === dataset ? loaded.data : null;
  useEffect(() => {
    const element = canvas.current;
    if (!element || !data || !canDraw()) return;
    const frame = requestAnimationFrame(() => drawScatter(element, data, probe));
    return () => cancelAnimationFrame(frame);
  }, [data, probe, theme]);

  return (
    <canvas
      ref={canvas}
      className="scatter-preview"
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={t('training.preview.scatter')}
      title={t('training.preview.scatterKey')}
    />
  );
}

function drawScatter(canvas: HTMLCanvasElement, data: Dataset, probe: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const style = getComputedStyle(canvas);
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  const parts = [data.train, data.test];
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const part of parts)
    for (let i = 0; i < Math.min(part.count, MAX_POINTS); i++) {
      x0 = Math.min(x0, part.x[2 * i]!);
      x1 = Math.max(x1, part.x[2 * i]!);
      y0 = Math.min(y0, part.x[2 * i + 1]!);
      y1 = Math.max(y1, part.x[2 * i + 1]!);
    }
  if (!(x0 < x1 && y0 < y1)) return;
  const pad = 6;
  const px = (v: number) => pad + ((v - x0) / (x1 - x0)) * (width - 2 * pad);
  const py = (v: number) => height - pad - ((v - y0) / (y1 - y0)) * (height - 2 * pad);
  const classes = data.task === 'classification' ? data.targetShape[0]! : 0;
  let low = Infinity;
  let high = -Infinity;
  if (!classes) for (const v of data.train.y) [low, high] = [Math.min(low, v), Math.max(high, v)];
  parts.forEach((part, p) => {
    const labels = classes ? integerLabels(part, classes) : null;
    for (let i = 0; i < Math.min(part.count, MAX_POINTS); i++) {
      const rgb = labels
        ? classColour(labels[i]!)
        : rampColour(high > low ? (part.y[i]! - low) / (high - low) : 0.5);
      const colour = `rgb(${rgb.join(',')})`;
      ctx.beginPath();
      ctx.arc(px(part.x[2 * i]!), py(part.x[2 * i + 1]!), 2.5, 0, 2 * Math.PI);
      if (p === 0) {
        ctx.fillStyle = colour;
        ctx.fill();
      } else {
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.5;
        ctx.stroke();
      }
    }
  });
  if (probe < data.train.count) {
    ctx.beginPath();
    ctx.arc(px(data.train.x[2 * probe]!), py(data.train.x[2 * probe + 1]!), 6, 0, 2 * Math.PI);
    ctx.strokeStyle = style.getPropertyValue('--text').trim() || '#1d2330';
    ctx.lineWidth = 2;
    ctx.stroke();
  }
}
