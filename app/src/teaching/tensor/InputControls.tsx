/** Size, starting pictures, painting and typing-as-text for the lab's input grid. */
import { useId, useState } from 'react';
import { formatGrid, parseGrid, zeros, type Grid } from '../../../../src/teaching/grid';
import { LECTURE_POOL_TABLE, squareImage } from '../../../../src/teaching/kernels';
import { Choice } from './Choice';
import { tensorMessages as m } from './messages';

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
  const textId = useId();
  const [text, setText] = useState(formatGrid(grid));
  const [error, setError] = useState('');
  const load = (next: Grid) => {
    onChange(next);
    setText(formatGrid(next));
    setError('');
  };
  const apply = () => {
    try {
      const next = parseGrid(text, 'input');
      if (next.length > MAX_INPUT || next[0]!.length > MAX_INPUT) {
        throw new Error(`The input is larger than ${MAX_INPUT}×${MAX_INPUT}.`);
      }
      load(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="input-controls">
      <div className="lab-row">
        <Choice
          label={m.rows}
          value={grid.length}
          from={1}
          to={MAX_INPUT}
          onChange={(r) => load(resize(grid, r, grid[0]!.length))}
        />
        <Choice
          label={m.cols}
          value={grid[0]!.length}
          from={1}
          to={MAX_INPUT}
          onChange={(c) => load(resize(grid, grid.length, c))}
        />
        <button type="button" onClick={() => load(squareImage(8))}>
          {m.square}
        </button>
        <button type="button" onClick={() => load(LECTURE_POOL_TABLE.map((row) => [...row]))}>
          {m.lectureTable}
        </button>
        <button type="button" onClick={() => load(zeros(grid.length, grid[0]!.length))}>
          {m.clear}
        </button>
      </div>
      <div className="lab-row">
        <label className="lab-check">
          <input
            type="checkbox"
            checked={paint !== null}
            onChange={(e) => onPaint(e.target.checked ? 1 : null)}
          />
          {m.paint}
        </label>
        {paint !== null && (
          <label className="lab-check">
            {m.paintValue}
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
        <summary>{m.asText}</summary>
        <label htmlFor={textId}>{m.asTextHelp}</label>
        <textarea id={textId} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" onClick={apply}>
          {m.applyText}
        </button>
        {error && (
          <p role="alert" className="lab-error">
            {error}
          </p>
        )}
      </details>
    </div>
  );
}
