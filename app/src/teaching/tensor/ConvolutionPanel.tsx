/** Convolution: an input, a kernel (typed or from a preset), stride, padding and dilation. */
import { useId, useMemo, useState } from 'react';
import { convolve } from '../../../../src/teaching/convolution';
import type { Cell, Grid } from '../../../../src/teaching/grid';
import { KERNEL_PRESETS, squareImage } from '../../../../src/teaching/kernels';
import { Choice } from './Choice';
import { cellKey, formatNumber } from './format';
import { InputControls } from './InputControls';
import { tensorMessages as m } from './messages';
import { NumberGrid, type Mark } from './NumberGrid';
import { ResultGrid } from './ResultGrid';

const FIRST_PRESET = KERNEL_PRESETS[0]!;

export function ConvolutionPanel() {
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
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [input, kernel, stride, padding, dilation]);

  const cell =
    result.ok && active && result.output[active.row]?.[active.col] !== undefined ? active : null;
  const taps = result.ok && cell ? result.sources[cell.row]![cell.col]! : [];
  const marks = new Map<string, Mark>(taps.map((t) => [cellKey(t.row, t.col), 'source']));
  const explanation =
    result.ok && cell
      ? m.explainConv(
          m.cell(m.output, cell.row + 1, cell.col + 1),
          formatNumber(result.output[cell.row]![cell.col]!),
          taps.length === 0
            ? m.emptyTerms
            : taps
                .map((t) => `${formatNumber(input[t.row]![t.col]!)}·${formatNumber(t.weight)}`)
                .join(' + '),
        )
      : m.pointAtCell;

  const resizeKernel = (k: number) => {
    setPreset('custom');
    setKernel(
      Array.from({ length: k }, (_, r) => Array.from({ length: k }, (_, c) => kernel[r]?.[c] ?? 0)),
    );
  };

  return (
    <div className="tensor-panel">
      <p className="dialog__note">{m.convIntro}</p>
      <InputControls grid={input} onChange={setInput} paint={paint} onPaint={setPaint} />
      <div className="lab-row">
        <span className="lab-choice">
          <label htmlFor={presetId}>{m.preset}</label>
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
                {p.label}
              </option>
            ))}
            <option value="custom">{m.custom}</option>
          </select>
        </span>
        <Choice
          label={m.kernelSize}
          value={kernel.length}
          from={1}
          to={5}
          onChange={resizeKernel}
        />
        <Choice label={m.stride} value={stride} from={1} to={4} onChange={setStride} />
        <Choice label={m.padding} value={padding} from={0} to={3} onChange={setPadding} />
        <Choice label={m.dilation} value={dilation} from={1} to={3} onChange={setDilation} />
      </div>
      <div className="tensor-panel__grids" onPointerLeave={() => setActive(null)}>
        <figure>
          <figcaption>{m.input}</figcaption>
          <NumberGrid
            name={m.input}
            grid={input}
            onChange={setInput}
            marks={marks}
            pad={padding}
            paintValue={paint}
          />
        </figure>
        <figure>
          <figcaption>{m.kernel}</figcaption>
          <NumberGrid
            name={m.kernel}
            grid={kernel}
            onChange={(k) => {
              setPreset('custom');
              setKernel(k);
            }}
          />
        </figure>
        <figure>
          <figcaption>{m.output}</figcaption>
          {result.ok ? (
            <ResultGrid name={m.output} grid={result.output} active={cell} onActive={setActive} />
          ) : (
            <p role="alert" className="lab-error">
              {result.message}
            </p>
          )}
        </figure>
      </div>
      {result.ok && (
        <p className="lab-formula">{m.sizeFormula(result.formula.rows, result.formula.cols)}</p>
      )}
      <p className="lab-explain" aria-live="polite">
        {explanation}
      </p>
    </div>
  );
}
