/** Convolution: an input, a kernel (typed or from a preset), stride, padding and dilation. */
import { useId, useMemo, useState } from 'react';
import { convolve } from '../../../../src/teaching/convolution';
import type { Cell, Grid } from '../../../../src/teaching/grid';
import { KERNEL_PRESETS, squareImage } from '../../../../src/teaching/kernels';
import { useT } from '../../i18n';
import { errorText } from '../errorText';
import { Choice } from './Choice';
import { cellKey, formatNumber } from './format';
import { InputControls } from './InputControls';
import { NumberGrid, type Mark } from './NumberGrid';
import { ResultGrid } from './ResultGrid';

const FIRST_PRESET = KERNEL_PRESETS[0]!;

export function ConvolutionPanel() {
  const t = useT();
  const presetId = useId();
  const [input, setInput] = useState<Grid>(() => squareImage(8));
  const [kernel, setKernel] = useState<Grid>(FIRST_PRESET.kernel);
  const [preset, setPreset] = useState(FIRST_PRESET.id);
  const [stride, setStride] = useState(1);
  const [padding, setPadding] = useState(0);
  const [dilation, setDilation] = useState(1);
  const [paint, setPaint] = useState<number | null>(null);
  const [active, setActive] = useState<Cell | null>(null);

  const result = useMemo(() => {
    try {
      return { ok: true as const, ...convolve(input, kernel, { stride, padding, dilation }) };
    } catch (e) {
      return { ok: false as const, error: e };
    }
  }, [input, kernel, stride, padding, dilation]);

  const cell =
    result.ok && active && result.output[active.row]?.[active.col] !== undefined ? active : null;
  const taps = result.ok && cell ? result.sources[cell.row]![cell.col]! : [];
  const marks = new Map<string, Mark>(taps.map((t) => [cellKey(t.row, t.col), 'source']));
  const output = t('teaching.tensor.output');
  const terms =
    taps.length === 0
      ? t('teaching.tensor.emptyTerms')
      : taps
          .map((tap) => `${formatNumber(input[tap.row]![tap.col]!)}·${formatNumber(tap.weight)}`)
          .join(' + ');
  // Only numbers and symbols join the cell's name, so the sum needs no message of its own.
  const explanation =
    result.ok && cell
      ? `${t('teaching.tensor.cell', { grid: output, row: cell.row + 1, col: cell.col + 1 })} = ${terms} = ${formatNumber(result.output[cell.row]![cell.col]!)}`
      : t('teaching.tensor.pointAtCell');

  const resizeKernel = (k: number) => {
    setPreset('custom');
    setKernel(
      Array.from({ length: k }, (_, r) => Array.from({ length: k }, (_, c) => kernel[r]?.[c] ?? 0)),
    );
  };

  return (
    <div className="tensor-panel">
      <p className="dialog__note">{t('teaching.tensor.convIntro')}</p>
      <InputControls grid={input} onChange={setInput} paint={paint} onPaint={setPaint} />
      <div className="lab-row">
        <span className="lab-choice">
          <label htmlFor={presetId}>{t('teaching.tensor.preset')}</label>
          <select
            id={presetId}
            value={preset}
            onChange={(e) => {
              const p = KERNEL_PRESETS.find((k) => k.id === e.target.value);
              setPreset(e.target.value);
              if (p) setKernel(p.kernel);
            }}
          >
            {KERNEL_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.label)}
              </option>
            ))}
            <option value="custom">{t('teaching.tensor.custom')}</option>
          </select>
        </span>
        <Choice
          label={t('teaching.tensor.kernelSize')}
          value={kernel.length}
          from={1}
          to={5}
          onChange={resizeKernel}
        />
        <Choice
          label={t('teaching.tensor.stride')}
          value={stride}
          from={1}
          to={4}
          onChange={setStride}
        />
        <Choice
          label={t('teaching.tensor.padding')}
          value={padding}
          from={0}
          to={3}
          onChange={setPadding}
        />
        <Choice
          label={t('teaching.tensor.dilation')}
          value={dilation}
          from={1}
          to={3}
          onChange={setDilation}
        />
      </div>
      <div className="tensor-panel__grids" onPointerLeave={() => setActive(null)}>
        <figure>
          <figcaption>{t('teaching.tensor.input')}</figcaption>
          <NumberGrid
            name={t('teaching.tensor.input')}
            grid={input}
            onChange={setInput}
            marks={marks}
            pad={padding}
            paintValue={paint}
          />
        </figure>
        <figure>
          <figcaption>{t('teaching.tensor.kernel')}</figcaption>
          <NumberGrid
            name={t('teaching.tensor.kernel')}
            grid={kernel}
            onChange={(k) => {
              setPreset('custom');
              setKernel(k);
            }}
          />
        </figure>
        <figure>
          <figcaption>{output}</figcaption>
          {result.ok ? (
            <ResultGrid name={output} grid={result.output} active={cell} onActive={setActive} />
          ) : (
            <p role="alert" className="lab-error">
              {errorText(result.error, t)}
            </p>
          )}
        </figure>
      </div>
      {result.ok && (
        <p className="lab-formula">
          {t('teaching.tensor.sizeFormula', {
            rows: result.formula.rows,
            cols: result.formula.cols,
          })}
        </p>
      )}
      <p className="lab-explain" aria-live="polite">
        {explanation}
      </p>
    </div>
  );
}
