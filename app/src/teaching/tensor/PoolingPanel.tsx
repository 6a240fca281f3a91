/** Pooling: max and average pooling of the same input, side by side. */
import { useMemo, useState } from 'react';
import type { Cell, Grid } from '../../../../src/teaching/grid';
import { LECTURE_POOL_TABLE } from '../../../../src/teaching/kernels';
import { pool } from '../../../../src/teaching/pooling';
import { useT } from '../../i18n';
import { errorText } from '../errorText';
import { Choice } from './Choice';
import { cellKey, formatNumber } from './format';
import { InputControls } from './InputControls';
import { NumberGrid, type Mark } from './NumberGrid';
import { ResultGrid } from './ResultGrid';

type Active = { mode: 'max' | 'average'; cell: Cell };

export function PoolingPanel() {
  const t = useT();
  const [input, setInput] = useState<Grid>(() => LECTURE_POOL_TABLE.map((row) => [...row]));
  const [size, setSize] = useState(2);
  const [stride, setStride] = useState(2);
  const [paint, setPaint] = useState<number | null>(null);
  const [active, setActive] = useState<Active | null>(null);

  const result = useMemo(() => {
    try {
      return {
        ok: true as const,
        max: pool(input, size, stride, 'max'),
        average: pool(input, size, stride, 'average'),
      };
    } catch (e) {
      return { ok: false as const, error: e };
    }
  }, [input, size, stride]);

  const nameOf = (mode: Active['mode']) =>
    t(mode === 'max' ? 'teaching.tensor.maxPooling' : 'teaching.tensor.averagePooling');
  const marks = new Map<string, Mark>();
  let explanation = t('teaching.tensor.pointAtCell');
  if (result.ok && active) {
    const r = result[active.mode];
    const { row, col } = active.cell;
    const windowCells = r.windows[row]?.[col];
    if (windowCells) {
      for (const c of windowCells) marks.set(cellKey(c.row, c.col), 'source');
      const picked = r.picked[row]![col];
      if (picked) marks.set(cellKey(picked.row, picked.col), 'picked');
      explanation = t(
        active.mode === 'max' ? 'teaching.tensor.explainMax' : 'teaching.tensor.explainMean',
        {
          cell: t('teaching.tensor.cell', {
            grid: nameOf(active.mode),
            row: row + 1,
            col: col + 1,
          }),
          cells: windowCells.map((c) => formatNumber(input[c.row]![c.col]!)).join(', '),
          value: formatNumber(r.output[row]![col]!),
        },
      );
    }
  }
  const activeIn = (mode: Active['mode']) => (active?.mode === mode ? active.cell : null);

  return (
    <div className="tensor-panel">
      <p className="dialog__note">{t('teaching.tensor.poolIntro')}</p>
      <InputControls grid={input} onChange={setInput} paint={paint} onPaint={setPaint} />
      <div className="lab-row">
        <Choice
          label={t('teaching.tensor.poolSize')}
          value={size}
          from={1}
          to={4}
          onChange={setSize}
        />
        <Choice
          label={t('teaching.tensor.stride')}
          value={stride}
          from={1}
          to={4}
          onChange={setStride}
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
            paintValue={paint}
          />
        </figure>
        {result.ok ? (
          (['max', 'average'] as const).map((mode) => {
            const name = nameOf(mode);
            return (
              <figure key={mode}>
                <figcaption>{name}</figcaption>
                <ResultGrid
                  name={name}
                  grid={result[mode].output}
                  active={activeIn(mode)}
                  onActive={(cell) => setActive(cell && { mode, cell })}
                />
              </figure>
            );
          })
        ) : (
          <p role="alert" className="lab-error">
            {errorText(result.error, t)}
          </p>
        )}
      </div>
      <p className="lab-explain" aria-live="polite">
        {explanation}
      </p>
    </div>
  );
}
