/**
 * The receptive-field inspector: pick a convolution or pooling layer (the selected one by default)
 * and one of its output cells, and see the cells that feed it at every level down to the input,
 * with the formulas behind the sizes.
 */
import { useId, useState } from 'react';
import {
  receptiveField,
  type ReceptiveField,
  type WindowLayer,
} from '../../../../src/teaching/receptiveField';
import type { Translate } from '../../../../src/i18n';
import { useT } from '../../i18n';
import { errorText, messageText } from '../errorText';
import { FormulaTable } from './FormulaTable';
import { LevelGrid } from './LevelGrid';
import { useTraceSources, type Stack } from './useTraceSources';

type Traced =
  | { ok: true; field: ReceptiveField; cell: [number, number]; out: [number, number] }
  | { ok: false; message: string };

function trace(stack: Stack, wanted: [number, number], t: Translate): Traced {
  if (!stack.ok) return { ok: false, message: messageText(stack.message, t) };
  try {
    const sizes = receptiveField(stack.inputSize, stack.layers, [0, 0]).layers;
    const last = sizes[sizes.length - 1]!;
    const out: [number, number] = [last.rows.outSize, last.cols.outSize];
    const cell: [number, number] = [
      Math.min(wanted[0], out[0] - 1),
      Math.min(wanted[1], out[1] - 1),
    ];
    return { ok: true, field: receptiveField(stack.inputSize, stack.layers, cell), cell, out };
  } catch (e) {
    return { ok: false, message: errorText(e, t) };
  }
}

export function ReceptiveFieldLab() {
  const t = useT();
  const ids = { source: useId(), row: useId(), col: useId() };
  const { sources, preferred, hasProjectLayers, stackOf } = useTraceSources();
  const [picked, setPicked] = useState<string | null>(null);
  const [wanted, setWanted] = useState<[number, number]>([0, 0]);
  const sourceId = picked !== null && sources.some((s) => s.id === picked) ? picked : preferred;
  const stack = stackOf(sourceId);
  const traced = trace(stack, wanted, t);

  const setCell = (axis: 0 | 1, text: string) => {
    const v = Math.round(Number(text)) - 1;
    if (!Number.isFinite(v) || v < 0) return;
    setWanted(axis === 0 ? [v, wanted[1]] : [wanted[0], v]);
  };

  return (
    <div className="field-lab">
      <p className="dialog__note">{t('teaching.field.intro')}</p>
      {!hasProjectLayers && <p className="dialog__note">{t('teaching.field.noLayers')}</p>}
      <div className="lab-row">
        <span className="lab-choice">
          <label htmlFor={ids.source}>{t('teaching.field.source')}</label>
          <select id={ids.source} value={sourceId} onChange={(e) => setPicked(e.target.value)}>
            {hasProjectLayers && (
              <optgroup label={t('teaching.field.projectGroup')}>
                {sources
                  .filter((s) => s.fromProject)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
              </optgroup>
            )}
            <optgroup label={t('teaching.field.exampleGroup')}>
              {sources
                .filter((s) => !s.fromProject)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
            </optgroup>
          </select>
        </span>
        {traced.ok && (
          <>
            <span className="lab-choice">
              <label htmlFor={ids.row}>{t('teaching.field.outputRow')}</label>
              <input
                id={ids.row}
                type="number"
                min={1}
                max={traced.out[0]}
                value={traced.cell[0] + 1}
                onChange={(e) => setCell(0, e.target.value)}
              />
            </span>
            <span className="lab-choice">
              <label htmlFor={ids.col}>{t('teaching.field.outputCol')}</label>
              <input
                id={ids.col}
                type="number"
                min={1}
                max={traced.out[1]}
                value={traced.cell[1] + 1}
                onChange={(e) => setCell(1, e.target.value)}
              />
            </span>
          </>
        )}
      </div>
      {!traced.ok ? (
        <p role="alert" className="lab-error">
          {traced.message}
        </p>
      ) : (
        <FieldView
          traced={traced}
          onPick={(row, col) => setWanted([row, col])}
          layers={stack.ok ? stack.layers : []}
          stoppedAt={stack.ok ? stack.stoppedAt : null}
        />
      )}
    </div>
  );
}

function FieldView({
  traced,
  layers,
  stoppedAt,
  onPick,
}: {
  traced: Extract<Traced, { ok: true }>;
  onPick(row: number, col: number): void;
  layers: readonly WindowLayer[];
  stoppedAt: string | null;
}) {
  const t = useT();
  const { field, cell } = traced;
  const input = field.levels[0]!;
  const span = (reach: { index: number }[]) => reach[reach.length - 1]!.index - reach[0]!.index + 1;
  const [rows, cols] = [span(input.rows), span(input.cols)];
  const count = input.rows.length * input.cols.length;
  const lastName = field.layers[field.layers.length - 1]!.name;
  const sizeOf = (i: number): [number, number] =>
    i === 0
      ? [field.layers[0]!.rows.inSize, field.layers[0]!.cols.inSize]
      : [field.layers[i - 1]!.rows.outSize, field.layers[i - 1]!.cols.outSize];
  return (
    <>
      {stoppedAt && (
        <p className="dialog__note">{t('teaching.field.stoppedAt', { name: stoppedAt })}</p>
      )}
      <p className="lab-explain" aria-live="polite">
        {t('teaching.field.summary', {
          cell: t('teaching.field.cellName', {
            layer: lastName,
            row: cell[0] + 1,
            col: cell[1] + 1,
          }),
          rows,
          cols,
          count,
          gaps: count < rows * cols ? 'yes' : 'no',
        })}
      </p>
      <div className="field-lab__levels">
        {field.levels.map((level, i) => {
          const size = sizeOf(i);
          const title =
            i === 0
              ? t('teaching.field.levelInput', { rows: size[0], cols: size[1] })
              : t('teaching.field.levelAfter', {
                  name: field.layers[i - 1]!.name,
                  rows: size[0],
                  cols: size[1],
                });
          const last = i === field.levels.length - 1;
          return (
            <LevelGrid
              key={i}
              title={title}
              level={level}
              size={size}
              onPick={last ? onPick : undefined}
            />
          );
        })}
      </div>
      <p className="dialog__note">{t('teaching.field.legend')}</p>
      <FormulaTable traces={field.layers} layers={layers} />
    </>
  );
}
