/** The output-size and receptive-field formulas of every traced layer, numbers filled in. */
import type { MessageKey, Translate } from '../../../../src/i18n';
import type { AxisStep, LayerTrace, WindowLayer } from '../../../../src/teaching/receptiveField';
import { useT } from '../../i18n';

const HEADS: readonly MessageKey[] = [
  'teaching.field.head.layer',
  'teaching.field.head.window',
  'teaching.field.head.padding',
  'teaching.field.head.size',
  'teaching.field.head.field',
  'teaching.field.head.jump',
];

const both = (rows: string, cols: string) => (rows === cols ? rows : `${rows}; ${cols}`);
const pairText = (a: number, b: number) => (a === b ? `${a}` : `${a}×${b}`);
const windowText = (r: AxisStep, c: AxisStep) =>
  `${pairText(r.kernel, c.kernel)} · ${pairText(r.stride, c.stride)} · ${pairText(r.dilation, c.dilation)}`;
const paddingText = (t: Translate, p: WindowLayer['padding']) =>
  typeof p === 'string' ? t(`teaching.field.padding.${p}`) : `${p[0]}, ${p[1]}`;

export function FormulaTable({
  traces,
  layers,
}: {
  traces: readonly LayerTrace[];
  layers: readonly WindowLayer[];
}) {
  const tr = useT();
  return (
    <table className="formula-table" aria-label={tr('teaching.field.formulas')}>
      <caption>{tr('teaching.field.formulas')}</caption>
      <thead>
        <tr>
          {HEADS.map((h) => (
            <th key={h} scope="col">
              {tr(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {traces.map((t, i) => (
          <tr key={i}>
            <th scope="row">{t.name}</th>
            <td>{windowText(t.rows, t.cols)}</td>
            <td>{paddingText(tr, layers[i]!.padding)}</td>
            <td>
              <code>{both(t.rows.sizeFormula, t.cols.sizeFormula)}</code>
            </td>
            <td>
              <code>{both(t.rows.fieldFormula, t.cols.fieldFormula)}</code>
            </td>
            <td>{pairText(t.rows.jump, t.cols.jump)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
