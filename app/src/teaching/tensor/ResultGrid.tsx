/** A computed grid whose cells, pointed at or focused, report themselves as the active cell. */
import type { Cell, Grid } from '../../../../src/teaching/grid';
import { formatNumber } from './format';
import { tensorMessages as m } from './messages';

export function ResultGrid({
  name,
  grid,
  active,
  onActive,
}: {
  name: string;
  grid: Grid;
  active: Cell | null;
  onActive(cell: Cell | null): void;
}) {
  return (
    <table className="number-grid number-grid--result" aria-label={name}>
      <tbody>
        {grid.map((row, r) => (
          <tr key={r}>
            {row.map((v, c) => {
              const on = active?.row === r && active.col === c;
              return (
                <td
                  key={c}
                  tabIndex={0}
                  className={on ? 'grid__out grid__out--active' : 'grid__out'}
                  aria-label={m.outputCell(name, r + 1, c + 1, formatNumber(v))}
                  onPointerEnter={() => onActive({ row: r, col: c })}
                  onFocus={() => onActive({ row: r, col: c })}
                >
                  {formatNumber(v)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
