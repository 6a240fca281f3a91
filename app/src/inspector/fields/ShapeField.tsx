/** A list of whole numbers such as an input shape, typed as `28, 28, 1` (or `28×28×1`). */
import { checkParamValue } from '../../../../src/layers/paramCheck';
import type { ShapeSpec } from '../../../../src/layers/params';
import { useDraft, type Reading } from '../useDraft';
import { describedBy, FieldShell } from './FieldShell';
import { parseNumber } from './numberReading';
import type { FieldProps } from './types';

export function readShape(spec: ShapeSpec, text: string): Reading<readonly number[]> {
  const parts = text.split(/[\s,×xX*]+/).filter(Boolean);
  const numbers = parts.map(parseNumber);
  if (numbers.some((n) => n === null)) {
    return {
      ok: false,
      error: `${spec.label}: write whole numbers separated by commas, e.g. 28, 28, 1.`,
    };
  }
  const value = numbers as number[];
  const error = checkParamValue(spec, value);
  return error ? { ok: false, error: `${error}.` } : { ok: true, value };
}

export function ShapeField(props: FieldProps<ShapeSpec, readonly number[]>) {
  const { id, spec, value, onChange, onDone, problem, disabled } = props;
  const draft = useDraft(
    value,
    (v) => v.join(', '),
    (text) => readShape(spec, text),
    (v) => onChange(v, true),
  );
  const text = { id, label: spec.label, help: spec.help, error: draft.error, problem };
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        value={draft.text}
        disabled={disabled}
        aria-invalid={draft.error !== null || problem !== undefined}
        aria-describedby={describedBy(text)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={onDone}
      />
    </FieldShell>
  );
}
