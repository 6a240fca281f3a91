/**
 * Real and generated points on one plane, as GAN Lab shows them: real ones in one colour,
 * generated ones in another, so the generated cloud can be watched moving onto the real one.
 */
import type { TrainerMessageOf } from '../../../src/protocol';
import { useT } from '../i18n';

type Points = NonNullable<TrainerMessageOf<'ganSamples'>['points']>;

const SIZE = 240;

/** The square, with a margin, that holds every finite point of both sets. */
export function overlayBounds(points: Points): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const set of [points.real, points.made])
    for (const v of set)
      if (Number.isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
  if (!(low < high)) return { low: -1, high: 1 };
  const margin = (high - low) * 0.05;
  return { low: low - margin, high: high + margin };
}

function dots(values: Float32Array, low: number, high: number, className: string) {
  const scale = SIZE / (high - low);
  const out = [];
  for (let i = 0; i + 1 < values.length; i += 2) {
    const x = values[i]!;
    const y = values[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push(
      <circle
        key={i}
        className={className}
        cx={((x - low) * scale).toFixed(1)}
        cy={(SIZE - (y - low) * scale).toFixed(1)}
        r={2}
      />,
    );
  }
  return out;
}

export function PointsOverlay({
  points,
  at,
}: {
  points: Points;
  at: { epoch: number; batch: number };
}) {
  const t = useT();
  const { low, high } = overlayBounds(points);
  return (
    <figure
      className="gan-overlay"
      aria-label={t('gan.overlay')}
      data-real={points.real.length / 2}
      data-generated={points.made.length / 2}
    >
      <figcaption>{t('gan.samples.at', at)}</figcaption>
      <p className="gan-chart__key" aria-hidden="true">
        <span className="gan-overlay__key--real">{t('gan.overlay.real')}</span>
        <span className="gan-overlay__key--made">{t('gan.overlay.generated')}</span>
      </p>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="gan-overlay__plot" aria-hidden="true">
        <g>{dots(points.real, low, high, 'gan-overlay__real')}</g>
        <g>{dots(points.made, low, high, 'gan-overlay__made')}</g>
      </svg>
    </figure>
  );
}
