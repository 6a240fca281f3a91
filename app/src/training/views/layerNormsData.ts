/**
 * The layer-norms chart's table: per layer with weights, its weight norm and its gradient norm at
 * each epoch that sent statistics. Norms span orders of magnitude (a vanishing gradient is 1e-6
 * against weights near 1), so the chart is logarithmic and values that are not positive are left
 * out.
 */
import type { LayerPoint } from '../../stores/trainingReducer';
import type { Table } from '../charts/chartData';

export interface NormSeries {
  layer: string;
  kind: 'weights' | 'gradients';
}

/** The series, layer by layer in model order: weights, then gradients. */
export function normSeries(history: readonly LayerPoint[]): NormSeries[] {
  const layers: string[] = [];
  for (const point of history)
    for (const l of point.layers)
      if (l.weightNorm !== undefined && !layers.includes(l.name)) layers.push(l.name);
  return layers.flatMap((layer) => [
    { layer, kind: 'weights' as const },
    { layer, kind: 'gradients' as const },
  ]);
}

export function normTable(history: readonly LayerPoint[], series: readonly NormSeries[]): Table {
  const xs = history.map((p) => p.epoch);
  const columns = series.map(({ layer, kind }) =>
    history.map((p) => {
      const stats = p.layers.find((l) => l.name === layer);
      const v = kind === 'weights' ? stats?.weightNorm : stats?.gradientNorm;
      return v !== undefined && Number.isFinite(v) && v > 0 ? v : null;
    }),
  );
  return [xs, ...columns];
}

/** The latest dead (ReLU) and saturated (sigmoid, tanh) fractions, by layer. */
export function unitHealth(history: readonly LayerPoint[]) {
  const last = history.at(-1);
  if (!last) return [];
  return last.layers
    .filter((l) => l.deadFraction !== undefined || l.saturatedFraction !== undefined)
    .map((l) => ({ name: l.name, dead: l.deadFraction, saturated: l.saturatedFraction }));
}
