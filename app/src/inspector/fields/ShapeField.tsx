/** A list of whole numbers such as an input shape, typed as `28, 28, 1` (or `28×28×1`). */
import { translate, type Locale } from '../../../../src/i18n';
import type { ShapeSpec } from '../../../../src/layers/params';
import { termText } from '../../../../src/layers/text/terms';
import { useDraft, type Reading } from '../useDraft';
import { describedBy, FieldShell } from './FieldShell';
import { checkTyped, parseNumber } from './numberReading';
import type { FieldProps } from './types';
import { useSpecText } from './useSpecText';

export function readShape(
  spec: ShapeSpec,
  text: string,
  locale: Locale = 'en',
): Reading<readonly number[]> {
  const parts = text.split(/[\s,×xX*]+/).filter(Boolean);
  const numbers = parts.map(parseNumber);
  if (numbers.some((n) => n === null)) {
    const label = termText(locale, spec.label);
    return { ok: false, error: translate(locale, 'inspector.field.notShape', { label }) };
  }
  return checkTyped<readonly number[]>(spec, numbers as number[], locale);
}

export function ShapeField(props: FieldProps<ShapeSpec, readonly number[]>) {
  const { id, spec, value, onChange, onDone, problem, disabled, lock } = props;
  const { locale, label, help } = useSpecText(spec);
  const draft = useDraft(
    value,
    (v) => v.join(', '),
    (text) => readShape(spec, text, locale),
    (v) => onChange(v, true),
  );
  const text = { id, label, help, error: draft.error, problem, lock };
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        spellCheck={false}
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
