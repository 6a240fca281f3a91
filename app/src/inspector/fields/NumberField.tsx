/** A whole or decimal number, with its range; out-of-range text shows an error as it is typed. */
import type { FloatSpec, IntSpec } from '../../../../src/layers/params';
import { useDraft } from '../useDraft';
import { describedBy, FieldShell } from './FieldShell';
import { readNumberText } from './numberReading';
import type { FieldProps } from './types';
import { useSpecText } from './useSpecText';

export function NumberField(props: FieldProps<IntSpec | FloatSpec, number>) {
  const { id, spec, value, onChange, onDone, problem, disabled, lock } = props;
  const { locale, label, help } = useSpecText(spec);
  const draft = useDraft(
    value,
    String,
    (text) => readNumberText(spec, text, (n) => n, locale),
    (v) => onChange(v, true),
  );
  const text = { id, label, help, error: draft.error, problem, lock };
  const step = spec.kind === 'int' ? 1 : (spec.step ?? 'any');
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="number"
        min={spec.min}
        max={spec.max}
        step={step}
        value={draft.text}
        disabled={disabled}
        readOnly={lock !== undefined}
        aria-invalid={draft.error !== null || problem !== undefined}
        aria-describedby={describedBy(text)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={onDone}
      />
    </FieldShell>
  );
}
