/** A grey picture of values in [0, 1], drawn on its own small canvas. */
import { useEffect, useRef } from 'react';
import { canDraw } from '../../training/charts/canvasSupport';

export function GreyImage(props: {
  values: Float32Array;
  width: number;
  height: number;
  label: string;
}) {
  const { values, width, height, label } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current && canDraw() ? canvas.current.getContext('2d') : null;
    if (!ctx) return;
    const image = ctx.createImageData(width, height);
    for (let p = 0; p < width * height; p++) {
      const grey = Math.round(Math.min(1, Math.max(0, values[p] ?? 0)) * 255);
      image.data.set([grey, grey, grey, 255], 4 * p);
    }
    ctx.putImageData(image, 0, 0);
  }, [values, width, height]);
  return (
    <canvas
      ref={canvas}
      className="lesson-digit"
      width={width}
      height={height}
      role="img"
      aria-label={label}
    />
  );
}
