/**
 * An editable grid of numbers, typed cell by cell or painted with the pointer, with the cells an
 * output cell reads marked, and the zero padding drawn around it.
 */
import type { Grid } from '../../../../src/teaching/grid';
import { CellInput } from './CellInput';
import { useT } from '../../i18n';
import { cellKey } from './format';

export type Mark = 'source' | 'picked';

export function NumberGrid({
  name,
  grid,
  onChange,
  marks,
  pad = 0,
  paintValue = null,
}: {
  name: string;
  grid: Grid;
  onChange(grid: Grid): void;
  marks?: ReadonlyMap<string, Mark>;
  pad?: number;
  /** The value painting writes, or null when the pointer edits nothing. */
  paintValue?: number | null;
}) {
  const t = useT();
  const set = (r: number, c: number, v: number) => {
    if (grid[r]![c] === v) return;
    onChange(grid.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row)));
  };
  const cols = grid[0]!.length + 2 * pad;
  const padRow = (key: string) => (
    <tr key={key} aria-hidden="true">
      {Array.from({ length: cols }, (_, j) => (
        <td key={j} className="grid__pad">
          0
        </td>
      ))}
    </tr>
  );
  const padCells = (side: string) =>
    Array.from({ length: pad }, (_, j) => (
      <td key={`${side}${j}`} className="grid__pad" aria-hidden="true">
        0
      </td>
    ));
  return (
    <table className="number-grid" aria-label={name}>
      <tbody>
        {Array.from({ length: pad }, (_, i) => padRow(`top${i}`))}
        {grid.map((row, r) => (
          <tr key={r}>
            {padCells('l')}
            {row.map((v, c) => {
              const mark = marks?.get(cellKey(r, c));
              const paint = (e: { buttons: number; preventDefault(): void }, down: boolean) => {
                if (paintValue === null || (!down && (e.buttons & 1) === 0)) return;
                e.preventDefault();
                set(r, c, paintValue);
              };
              return (
                <td key={c}>
                  <CellInput
                    className={mark ? `grid__cell grid__cell--${mark}` : 'grid__cell'}
                    label={t('teaching.tensor.cell', { grid: name, row: r + 1, col: c + 1 })}
                    value={v}
                    readOnly={paintValue !== null}
                    onValue={(x) => set(r, c, x)}
                    onPointerDown={(e) => paint(e, true)}
                    onPointerEnter={(e) => paint(e, false)}
                  />
                </td>
              );
            })}
            {padCells('r')}
          </tr>
        ))}
        {Array.from({ length: pad }, (_, i) => padRow(`bottom${i}`))}
      </tbody>
    </table>
  );
}
