/** uPlot options for the training charts, coloured from the theme's CSS variables. */
import type uPlot from 'uplot';
import type { Translate } from '../../../../src/i18n';
import { SERIES_LABELS } from './chartData';

export interface PlotLook {
  /** Values as percentages (accuracy), rather than as plain numbers. */
  percent: boolean;
  logScale: boolean;
}

const SERIES_COLOURS = ['--plot-batch', '--plot-train', '--plot-validation'] as const;

export function plotOptions(
  element: HTMLElement,
  size: { width: number; height: number },
  look: PlotLook,
  t: Translate,
): uPlot.Options {
  const style = getComputedStyle(element);
  const colour = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  const text = colour('--text-muted', '#5b6474');
  const grid = colour('--border', '#d5d9e0');
  const axis = {
    stroke: text,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
  };
  const [batch, train, validation] = SERIES_COLOURS.map((name) => colour(name, '#2f6fde'));
  return {
    ...size,
    scales: { x: { time: false }, y: look.logScale ? { distr: 3 } : {} },
    axes: [
      { ...axis, label: t('training.chart.epoch'), labelSize: 16, size: 34 },
      {
        ...axis,
        size: 52,
        ...(look.percent
          ? { values: (_: uPlot, ticks: number[]) => ticks.map((t) => `${Math.round(t * 100)}%`) }
          : {}),
      },
    ],
    series: [
      { label: t('training.chart.epoch') },
      { label: t(SERIES_LABELS[0]), stroke: batch, width: 1 },
      {
        label: t(SERIES_LABELS[1]),
        stroke: train,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 5 },
      },
      {
        label: t(SERIES_LABELS[2]),
        stroke: validation,
        width: 2,
        dash: [6, 3],
        spanGaps: true,
        points: { show: true, size: 5 },
      },
    ],
    // The key is drawn by the chart's own heading, so the plot keeps the whole area.
    legend: { show: false },
    cursor: { drag: { x: true, y: false } },
  };
}
