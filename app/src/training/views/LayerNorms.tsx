/**
 * Per layer, the L2 norm of its weights (solid) and of its last gradient (dashed) at each epoch,
 * on a logarithmic scale, so that vanishing gradients (a sigmoid network's early layers) show as
 * lines falling away. Below, the share of dead ReLU units and of saturated sigmoid or tanh units.
 * Drawn with uPlot outside React, at most once per animation frame.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Translate } from '../../../../src/i18n';
import { useT } from '../../i18n';
import type { RunState } from '../../stores/trainingReducer';
import { trainingStore } from '../../stores/trainingStore';
import { useUi } from '../../stores/uiStore';
import { classColour } from '../boundary/boundaryImage';
import { canDraw } from '../charts/canvasSupport';
import { useFrameTraining } from '../useFrameTraining';
import { normSeries, normTable, unitHealth, type NormSeries } from './layerNormsData';

const selectHistory = (s: RunState) => s.layerHistory;

export function LayerNorms() {
  const history = useFrameTraining(selectHistory);
  const series = normSeries(history);
  const names = series.map((s) => `${s.layer} ${s.kind}`).join('\n');
  const health = unitHealth(history);
  const last = history.at(-1);
  const t = useT();
  return (
    <figure className="view" aria-label={t('training.norms')} data-points={history.length}>
      <figcaption className="view__caption">
        {last
          ? t('training.norms.caption', { epoch: String(last.epoch) })
          : t('training.norms.empty')}
      </figcaption>
      {series.length > 0 && (
        <>
          <p className="view__key" aria-hidden="true">
            {series
              .filter((s) => s.kind === 'weights')
              .map((s, i) => (
                <span key={s.layer} style={{ color: rgb(i) }}>
                  {s.layer}
                </span>
              ))}
          </p>
          <NormPlot series={series} seriesKey={names} />
        </>
      )}
      {health.length > 0 && (
        <table className="unit-health" aria-label={t('training.health')}>
          <thead>
            <tr>
              <th scope="col">{t('training.health.layer')}</th>
              <th scope="col">{t('training.health.dead')}</th>
              <th scope="col">{t('training.health.saturated')}</th>
            </tr>
          </thead>
          <tbody>
            {health.map((h) => (
              <tr key={h.name}>
                <th scope="row">{h.name}</th>
                <td>{percent(h.dead)}</td>
                <td>{percent(h.saturated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

function percent(value: number | undefined): string {
  return value === undefined ? '–' : `${(value * 100).toFixed(0)}%`;
}

const rgb = (i: number) => `rgb(${classColour(i).join(',')})`;

/** The chart itself; rebuilt when the layers change, redrawn with `setData` otherwise. */
function NormPlot({ series, seriesKey }: { series: NormSeries[]; seriesKey: string }) {
  const area = useRef<HTMLDivElement>(null);
  const theme = useUi((s) => s.theme);
  const t = useT();
  useEffect(() => {
    const element = area.current;
    if (!element || !canDraw()) return;
    let plot: uPlot | null = null;
    let frame = 0;
    let ended = false;
    const size = () => ({
      width: Math.max(element.clientWidth, 120),
      height: Math.max(element.clientHeight, 80),
    });
    const table = () => normTable(trainingStore.getState().layerHistory, series);
    void import('uplot').then(({ default: UPlot }) => {
      if (ended) return;
      plot = new UPlot(options(element, size(), series, t), table(), element);
    });
    const unsubscribe = trainingStore.subscribe((state, before) => {
      if (state.layerHistory === before.layerHistory) return;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        plot?.setData(table());
      });
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
    // `seriesKey` names the series; a new array with the same names needs no new chart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seriesKey, theme, t]);
  return <div ref={area} className="view__plot" />;
}

function options(
  element: HTMLElement,
  size: { width: number; height: number },
  series: readonly NormSeries[],
  t: Translate,
): uPlot.Options {
  const style = getComputedStyle(element);
  const text = style.getPropertyValue('--text-muted').trim() || '#5b6474';
  const grid = style.getPropertyValue('--border').trim() || '#d5d9e0';
  const axis = {
    stroke: text,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
  };
  const layers = [...new Set(series.map((s) => s.layer))];
  return {
    ...size,
    scales: { x: { time: false }, y: { distr: 3 } },
    axes: [
      { ...axis, label: t('training.chart.epoch'), labelSize: 16, size: 34 },
      { ...axis, size: 52 },
    ],
    series: [
      { label: t('training.chart.epoch') },
      ...series.map((s) => ({
        label: t(s.kind === 'weights' ? 'training.norms.weights' : 'training.norms.gradients', {
          layer: s.layer,
        }),
        stroke: rgb(layers.indexOf(s.layer)),
        width: s.kind === 'weights' ? 2 : 1.5,
        ...(s.kind === 'gradients' ? { dash: [5, 3] } : {}),
        spanGaps: true,
        points: { show: true, size: 4 },
      })),
    ],
    legend: { show: false },
    cursor: { drag: { x: true, y: false } },
  };
}
