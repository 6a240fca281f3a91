/**
 * One level of the trace: the cells of a tensor that feed the chosen output cell, shaded by how many
 * paths reach them. Large tensors show only the part around the field, so a 224×224 input stays
 * drawable.
 */
import type { FieldLevel, Reach } from '../../../../src/teaching/receptiveField';
import { useT } from '../../i18n';

const CELL = 14;
/** The most cells drawn along one side; beyond this the view is cropped around the field. */
const MAX_DRAWN = 40;
const MARGIN = 2;

function span(reach: readonly Reach[], size: number): [number, number] {
  if (size <= MAX_DRAWN) return [0, size - 1];
  const lo = Math.max(reach[0]!.index - MARGIN, 0);
  const hi = Math.min(reach[reach.length - 1]!.index + MARGIN, size - 1, lo + MAX_DRAWN - 1);
  return [lo, hi];
}

const rangeText = (reach: readonly Reach[]) => {
  const first = reach[0]!.index + 1;
  const last = reach[reach.length - 1]!.index + 1;
  return first === last ? `${first}` : `${first}–${last}`;
};

export function LevelGrid({
  title,
  level,
  size,
  onPick,
}: {
  title: string;
  level: FieldLevel;
  size: readonly [number, number];
  /** For the output level: a click on a cell traces that cell instead. */
  onPick?(row: number, col: number): void;
}) {
  const t = useT();
  const [r0, r1] = span(level.rows, size[0]);
  const [c0, c1] = span(level.cols, size[1]);
  const rowPaths = new Map(level.rows.map((r) => [r.index, r.paths]));
  const colPaths = new Map(level.cols.map((c) => [c.index, c.paths]));
  const most =
    Math.max(...level.rows.map((r) => r.paths)) * Math.max(...level.cols.map((c) => c.paths));
  const cropped = r0 > 0 || c0 > 0 || r1 < size[0] - 1 || c1 < size[1] - 1;
  const rects = [];
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const paths = (rowPaths.get(r) ?? 0) * (colPaths.get(c) ?? 0);
      rects.push(
        <rect
          key={`${r},${c}`}
          x={(c - c0) * CELL}
          y={(r - r0) * CELL}
          width={CELL - 1}
          height={CELL - 1}
          className={paths > 0 ? 'field-cell field-cell--on' : 'field-cell'}
          style={paths > 0 ? { opacity: 0.35 + (0.65 * paths) / most } : undefined}
          onClick={onPick && (() => onPick(r, c))}
        />,
      );
    }
  }
  const label = t('teaching.field.levelLabel', {
    title,
    cells: level.rows.length * level.cols.length,
    rows: rangeText(level.rows),
    cols: rangeText(level.cols),
  });
  return (
    <figure className="field-level">
      <figcaption>
        {title}
        {cropped &&
          ` (${t('teaching.field.cropped', { rows: `${r0 + 1}–${r1 + 1}`, cols: `${c0 + 1}–${c1 + 1}` })})`}
      </figcaption>
      <svg
        role="img"
        aria-label={label}
        width={(c1 - c0 + 1) * CELL}
        height={(r1 - r0 + 1) * CELL}
        viewBox={`0 0 ${(c1 - c0 + 1) * CELL} ${(r1 - r0 + 1) * CELL}`}
      >
        {rects}
      </svg>
    </figure>
  );
}
