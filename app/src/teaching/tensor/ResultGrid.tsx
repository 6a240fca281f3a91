/** A computed grid whose cells, pointed at or focused, report themselves as the active cell. */
import type { Cell, Grid } from '../../../../src/teaching/grid';
import { useT } from '../../i18n';
import { formatNumber } from './format';

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
  const t = useT();
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
                  aria-label={t('teaching.tensor.outputCell', {
                    grid: name,
                    row: r + 1,
                    col: c + 1,
                    value: formatNumber(v),
                  })}
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
