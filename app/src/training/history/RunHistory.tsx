/**
 * The project's finished runs, and a chart that overlays the ones chosen under "Compare runs", one
 * line per run, for one score at a time (the loss, the validation accuracy, …).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { RunRecord } from '../../../../src/project';
import { useDocument } from '../../stores/documentStore';
import { useT } from '../../i18n';
import { useUi } from '../../stores/uiStore';
import { classColour } from '../boundary/boundaryImage';
import { canDraw } from '../charts/canvasSupport';
import { alignSeries, type Table } from '../charts/chartData';
import { finalScores, runName, scoreKeys, scoreName, settingsSummary } from './runText';

/** Runs one chart overlays: more lines than this cannot be told apart. */
export const MAX_COMPARED = 6;

const NO_RUNS: readonly RunRecord[] = [];

export function RunHistory() {
  const runs = useDocument((s) => s.project.runs ?? NO_RUNS);
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const [score, setScore] = useState('loss');
  const t = useT();
  // Until the user chooses, the two newest runs are compared.
  const picked = (chosen ?? runs.slice(-2).map((r) => r.id)).filter((id) =>
    runs.some((r) => r.id === id),
  );
  const pickedKey = picked.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const compared = useMemo(() => runs.filter((r) => picked.includes(r.id)), [runs, pickedKey]);
  const keys = scoreKeys(compared);
  const shown = keys.includes(score) ? score : (keys[0] ?? 'loss');
  const toggle = (id: string, on: boolean) =>
    setChosen(on ? [...picked, id] : picked.filter((p) => p !== id));

  if (runs.length === 0) {
    return (
      <section className="view view--empty run-history" aria-label={t('training.history')}>
        <p className="view__caption">{t('training.history.empty')}</p>
      </section>
    );
  }
  return (
    <section className="view run-history" aria-label={t('training.history')}>
      <fieldset className="run-history__runs">
        <legend>{t('training.history.compare')}</legend>
        {[...runs].reverse().map((run) => {
          const on = picked.includes(run.id);
          return (
            <label key={run.id} className="run-history__run">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && picked.length >= MAX_COMPARED}
                onChange={(e) => toggle(run.id, e.target.checked)}
              />
              <span>
                {`${runName(run, t)}: ${settingsSummary(run, t)}`}
                {finalScores(run, t) && ` — ${finalScores(run, t)}`}
              </span>
            </label>
          );
        })}
      </fieldset>
      <label className="run-history__score">
        {t('training.history.score')}{' '}
        <select value={shown} onChange={(e) => setScore(e.target.value)}>
          {keys.map((k) => (
            <option key={k} value={k}>
              {scoreName(k, t)}
            </option>
          ))}
        </select>
      </label>
      <CompareChart runs={compared} score={shown} />
    </section>
  );
}

export function compareTable(runs: readonly RunRecord[], score: string): Table {
  return alignSeries(
    runs.map((run) => {
      const points = run.epochs.filter((e) => typeof e.values[score] === 'number');
      return { xs: points.map((e) => e.epoch), ys: points.map((e) => e.values[score] as number) };
    }),
    () => true,
  );
}

function CompareChart({ runs, score }: { runs: readonly RunRecord[]; score: string }) {
  const area = useRef<HTMLDivElement>(null);
  const theme = useUi((s) => s.theme);
  const t = useT();
  const table = compareTable(runs, score);
  const label = runs.length
    ? t('training.history.caption', {
        score: scoreName(score, t),
        runs: runs.map((r) => runName(r, t)).join(', '),
      })
    : t('training.history.captionNone', { score: scoreName(score, t) });
  useEffect(() => {
    const element = area.current;
    if (!element || !canDraw() || runs.length === 0) return;
    let plot: uPlot | null = null;
    let ended = false;
    const size = () => ({
      width: Math.max(element.clientWidth, 120),
      height: Math.max(element.clientHeight, 80),
    });
    void import('uplot').then(({ default: UPlot }) => {
      if (ended) return;
      // Read after every effect of this render has run, the theme's included.
      const style = getComputedStyle(element);
      const text = style.getPropertyValue('--text-muted').trim() || '#5b6474';
      const grid = style.getPropertyValue('--border').trim() || '#d5d9e0';
      const axis = {
        stroke: text,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
      };
      plot = new UPlot(
        {
          ...size(),
          scales: { x: { time: false } },
          axes: [
            { ...axis, label: t('training.chart.epoch'), labelSize: 16, size: 34 },
            { ...axis, size: 52 },
          ],
          series: [
            { label: t('training.chart.epoch') },
            ...runs.map((run, i) => ({
              label: runName(run, t),
              stroke: `rgb(${classColour(i).join(',')})`,
              width: 2,
              spanGaps: true,
              points: { show: true, size: 4 },
            })),
          ],
          legend: { show: false },
          cursor: { drag: { x: true, y: false } },
        },
        table,
        element,
      );
    });
    const resize = new ResizeObserver(() => plot?.setSize(size()));
    resize.observe(element);
    return () => {
      ended = true;
      resize.disconnect();
      plot?.destroy();
    };
    // The table follows from the runs and the score.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runs, score, theme, t]);
  return (
    <figure
      className="run-compare"
      aria-label={t('training.history.chart')}
      data-points={table[0].length}
    >
      <figcaption className="view__caption">{label}</figcaption>
      <p className="view__key" aria-hidden="true">
        {runs.map((run, i) => (
          <span key={run.id} style={{ color: `rgb(${classColour(i).join(',')})` }}>
            {runName(run, t)}
          </span>
        ))}
      </p>
      <div ref={area} className="view__plot" />
    </figure>
  );
}
