/** A small plot of an activation f(x) and its derivative f′(x), for learners. */
import { useMemo } from 'react';
import { useT } from '../i18n';
import { sampleCurve, type ActivationPlotSpec } from './activationCurves';

const WIDTH = 240;
const HEIGHT = 140;
const PAD = 8;
const X_RANGE = 4;

export function ActivationPlot({ spec }: { spec: ActivationPlotSpec }) {
  const t = useT();
  const { fPath, dfPath, zeroX, zeroY } = useMemo(() => {
    const { xs, f, df } = sampleCurve(spec.curve, -X_RANGE, X_RANGE);
    const all = [...f, ...df, 0];
    let low = Math.min(...all);
    let high = Math.max(...all);
    const margin = (high - low || 1) * 0.08;
    low -= margin;
    high += margin;
    const sx = (x: number) => PAD + ((x + X_RANGE) / (2 * X_RANGE)) * (WIDTH - 2 * PAD);
    const sy = (y: number) => HEIGHT - PAD - ((y - low) / (high - low)) * (HEIGHT - 2 * PAD);
    const path = (ys: number[]) =>
      ys
        .map((y, i) => `${i === 0 ? 'M' : 'L'}${sx(xs[i]!).toFixed(1)},${sy(y).toFixed(1)}`)
        .join('');
    return { fPath: path(f), dfPath: path(df), zeroX: sx(0), zeroY: sy(0) };
  }, [spec]);

  return (
    <figure className="activation-plot">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('inspector.plot', { title: spec.title, range: X_RANGE })}
      >
        <line className="activation-plot__axis" x1={PAD} x2={WIDTH - PAD} y1={zeroY} y2={zeroY} />
        <line className="activation-plot__axis" x1={zeroX} x2={zeroX} y1={PAD} y2={HEIGHT - PAD} />
        <path className="activation-plot__df" d={dfPath} />
        <path className="activation-plot__f" d={fPath} />
      </svg>
      <figcaption>
        <span className="activation-plot__key activation-plot__key--f">f(x)</span>{' '}
        <span className="activation-plot__key activation-plot__key--df">f′(x)</span> · {spec.title}
      </figcaption>
    </figure>
  );
}
