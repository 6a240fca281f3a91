/** The output-size and receptive-field formulas of every traced layer, numbers filled in. */
import type { AxisStep, LayerTrace, WindowLayer } from '../../../../src/teaching/receptiveField';
import { fieldMessages as m } from './messages';

const both = (rows: string, cols: string) => (rows === cols ? rows : `${rows}; ${cols}`);
const pairText = (a: number, b: number) => (a === b ? `${a}` : `${a}×${b}`);
const windowText = (r: AxisStep, c: AxisStep) =>
  `${pairText(r.kernel, c.kernel)} · ${pairText(r.stride, c.stride)} · ${pairText(r.dilation, c.dilation)}`;
const paddingText = (p: WindowLayer['padding']) => (typeof p === 'string' ? p : `${p[0]}, ${p[1]}`);

export function FormulaTable({
  traces,
  layers,
}: {
  traces: readonly LayerTrace[];
  layers: readonly WindowLayer[];
}) {
  return (
    <table className="formula-table" aria-label={m.formulas}>
      <caption>{m.formulas}</caption>
      <thead>
        <tr>
          {Object.values(m.head).map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {traces.map((t, i) => (
          <tr key={i}>
            <th scope="row">{t.name}</th>
            <td>{windowText(t.rows, t.cols)}</td>
            <td>{paddingText(layers[i]!.padding)}</td>
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
