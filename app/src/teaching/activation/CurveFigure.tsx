/**
 * A figure of several curves on x ∈ [−4, 4], drawn with the same sampling as the inspector's
 * activation plot. The y range fits the curves but is clamped, so a steep Maxout piece does not
 * flatten everything else; lines leaving the range are clipped.
 */
import { useId, useMemo } from 'react';
import { sampleCurve, type Curve } from '../../inspector/activationCurves';

export interface Series {
  key: string;
  label: string;
  /** A CSS colour, e.g. a theme variable. */
  color: string;
  curve: Curve;
}

const WIDTH = 320;
const HEIGHT = 200;
const PAD = 10;
const X_RANGE = 4;
const Y_LIMIT = 5;

export function CurveFigure({
  title,
  label,
  series,
  part,
  marker,
}: {
  title: string;
  label: string;
  series: readonly Series[];
  /** Which to draw of each curve: the function or its derivative. */
  part: 'f' | 'df';
  marker?: { x: number; y: number };
}) {
  const clipId = useId();
  const { paths, sx, sy } = useMemo(() => {
    const sampled = series.map((s) => {
      const points = sampleCurve(s.curve, -X_RANGE, X_RANGE);
      return { s, xs: points.xs, ys: points[part] };
    });
    const all = [0, 1, ...sampled.flatMap((p) => p.ys)].filter(Number.isFinite);
    let low = Math.max(Math.min(...all), -Y_LIMIT);
    let high = Math.min(Math.max(...all), Y_LIMIT);
    const margin = (high - low || 1) * 0.06;
    low -= margin;
    high += margin;
    const sx = (x: number) => PAD + ((x + X_RANGE) / (2 * X_RANGE)) * (WIDTH - 2 * PAD);
    const sy = (y: number) =>
      HEIGHT -
      PAD -
      ((Math.max(Math.min(y, 2 * Y_LIMIT), -2 * Y_LIMIT) - low) / (high - low)) *
        (HEIGHT - 2 * PAD);
    const paths = sampled.map(({ s, xs, ys }) => ({
      s,
      d: ys
        .map((y, i) => `${i === 0 ? 'M' : 'L'}${sx(xs[i]!).toFixed(1)},${sy(y).toFixed(1)}`)
        .join(''),
    }));
    return { paths, sx, sy };
  }, [series, part]);

  return (
    <figure className="curve-figure">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <clipPath id={clipId}>
          <rect x={PAD} y={PAD} width={WIDTH - 2 * PAD} height={HEIGHT - 2 * PAD} />
        </clipPath>
        <line className="curve-figure__axis" x1={PAD} x2={WIDTH - PAD} y1={sy(0)} y2={sy(0)} />
        <line className="curve-figure__axis" x1={sx(0)} x2={sx(0)} y1={PAD} y2={HEIGHT - PAD} />
        <g clipPath={`url(#${clipId})`}>
          {paths.map(({ s, d }) => (
            <path key={s.key} className="curve-figure__line" d={d} style={{ stroke: s.color }} />
          ))}
          {marker && Math.abs(marker.x) <= X_RANGE && (
            <circle className="curve-figure__marker" cx={sx(marker.x)} cy={sy(marker.y)} r={4} />
          )}
        </g>
      </svg>
      <ul className="curve-figure__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span
              className="curve-figure__swatch"
              style={{ background: s.color }}
              aria-hidden="true"
            />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
