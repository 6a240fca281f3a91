/** Size, starting pictures, painting and typing-as-text for the lab's input grid. */
import { useId, useState } from 'react';
import { formatGrid, parseGrid, zeros, type Grid } from '../../../../src/teaching/grid';
import { TeachingError } from '../../../../src/teaching/errors';
import { LECTURE_POOL_TABLE, squareImage } from '../../../../src/teaching/kernels';
import { useT } from '../../i18n';
import { errorText } from '../errorText';
import { Choice } from './Choice';

/** The input grid's largest side in the lab, so every cell stays legible and typable. */
export const MAX_INPUT = 12;

const resize = (grid: Grid, rows: number, cols: number): Grid =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid[r]?.[c] ?? 0));

export function InputControls({
  grid,
  onChange,
  paint,
  onPaint,
}: {
  grid: Grid;
  onChange(grid: Grid): void;
  paint: number | null;
  onPaint(value: number | null): void;
}) {
  const t = useT();
  const textId = useId();
  const [text, setText] = useState(formatGrid(grid));
  // The error itself, not its text, so it follows a change of language.
  const [error, setError] = useState<unknown>(null);
  const load = (next: Grid) => {
    onChange(next);
    setText(formatGrid(next));
    setError(null);
  };
  const apply = () => {
    try {
      const next = parseGrid(text, 'input');
      if (next.length > MAX_INPUT || next[0]!.length > MAX_INPUT) {
        throw new TeachingError('teaching.error.gridTooLarge', { what: 'input', max: MAX_INPUT });
      }
      load(next);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="input-controls">
      <div className="lab-row">
        <Choice
          label={t('teaching.tensor.rows')}
          value={grid.length}
          from={1}
          to={MAX_INPUT}
          onChange={(r) => load(resize(grid, r, grid[0]!.length))}
        />
        <Choice
          label={t('teaching.tensor.cols')}
          value={grid[0]!.length}
          from={1}
          to={MAX_INPUT}
          onChange={(c) => load(resize(grid, grid.length, c))}
        />
        <button type="button" onClick={() => load(squareImage(8))}>
          {t('teaching.tensor.square')}
        </button>
        <button type="button" onClick={() => load(LECTURE_POOL_TABLE.map((row) => [...row]))}>
          {t('teaching.tensor.lectureTable')}
        </button>
        <button type="button" onClick={() => load(zeros(grid.length, grid[0]!.length))}>
          {t('teaching.tensor.clear')}
        </button>
      </div>
      <div className="lab-row">
        <label className="lab-check">
          <input
            type="checkbox"
            checked={paint !== null}
            onChange={(e) => onPaint(e.target.checked ? 1 : null)}
          />
          {t('teaching.tensor.paint')}
        </label>
        {paint !== null && (
          <label className="lab-check">
            {t('teaching.tensor.paintValue')}
            <input
              type="number"
              step={1}
              value={paint}
              onChange={(e) =>
                Number.isFinite(Number(e.target.value)) && onPaint(Number(e.target.value))
              }
            />
          </label>
        )}
      </div>
      <details className="input-controls__text">
        <summary>{t('teaching.tensor.asText')}</summary>
        <label htmlFor={textId}>{t('teaching.tensor.asTextHelp')}</label>
        <textarea id={textId} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" onClick={apply}>
          {t('teaching.tensor.applyText')}
        </button>
        {error !== null && (
          <p role="alert" className="lab-error">
            {errorText(error, t)}
          </p>
        )}
      </details>
    </div>
  );
}
