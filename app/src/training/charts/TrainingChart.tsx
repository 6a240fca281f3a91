/**
 * A live chart of one score (uPlot). The chart reads the training store directly and redraws at
 * most once per animation frame with `setData`: training messages never re-render React here.
 * `data-points` on the figure counts the rows drawn, for tests and tools that watch it grow.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useT } from '../../i18n';
import type { RunState } from '../../stores/trainingReducer';
import { trainingStore } from '../../stores/trainingStore';
import { useUi } from '../../stores/uiStore';
import { canDraw } from './canvasSupport';
import { SERIES_LABELS, type Table } from './chartData';
import { plotOptions, type PlotLook } from './plotOptions';

export interface TrainingChartProps extends PlotLook {
  /** The chart's accessible name, e.g. 'Loss chart'. */
  label: string;
  /** Builds the table from the run; a new function (e.g. for another metric) redraws from scratch. */
  table: (run: RunState) => Table;
  /** What the chart shows in words, for those who cannot see it. */
  caption: ReactNode;
  controls?: ReactNode;
}

export function TrainingChart({
  label,
  table,
  caption,
  controls,
  percent,
  logScale,
}: TrainingChartProps) {
  const figure = useRef<HTMLElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const theme = useUi((s) => s.theme);
  const t = useT();

  useEffect(() => {
    const element = area.current;
    const holder = figure.current;
    if (!element || !holder) return;
    const count = (data: Table) => holder.setAttribute('data-points', String(data[0].length));
    count(table(trainingStore.getState()));
    if (!canDraw()) return;

    let plot: uPlot | null = null;
    let frame = 0;
    let ended = false;
    const size = () => ({
      width: Math.max(element.clientWidth, 120),
      height: Math.max(element.clientHeight, 80),
    });
    const redraw = () => {
      frame = 0;
      const data = table(trainingStore.getState());
      count(data);
      plot?.setData(data);
    };
    void import('uplot').then(({ default: UPlot }) => {
      if (ended) return;
      const data = table(trainingStore.getState());
      plot = new UPlot(plotOptions(element, size(), { percent, logScale }, t), data, element);
    });
    const unsubscribe = trainingStore.subscribe((state, before) => {
      if (state.batches === before.batches && state.epochs === before.epochs) return;
      frame ||= requestAnimationFrame(redraw);
    });
    const resize = new ResizeObserver(() => plot?.setSize(size()));
    resize.observe(element);
    return () => {
      ended = true;
      unsubscribe();
      cancelAnimationFrame(frame);
      resize.disconnect();
      plot?.destroy();
    };
  }, [table, percent, logScale, theme, t]);

  return (
    <figure ref={figure} className="chart" aria-label={label} data-points="0">
      <div className="chart__head">
        <figcaption className="chart__caption">{caption}</figcaption>
        {controls}
      </div>
      <ChartKey />
      <div ref={area} className="chart__area" />
    </figure>
  );
}

/** Which line is which, in the lines' own colours. */
function ChartKey() {
  const t = useT();
  return (
    <p className="chart__key" aria-hidden="true">
      {SERIES_LABELS.map((label, i) => (
        <span key={label} className={`chart__key-item chart__key-item--${i}`}>
          {t(label)}
        </span>
      ))}
    </p>
  );
}
