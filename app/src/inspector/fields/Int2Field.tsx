/** A pair of whole numbers, e.g. a kernel of 3 × 3: rows, then columns. */
import type { Int2Spec } from '../../../../src/layers/params';
import { useT } from '../../i18n';
import { useDraft } from '../useDraft';
import { lockLineId } from '../../packs/LockLine';
import { describedBy, FieldShell } from './FieldShell';
import { readNumberText } from './numberReading';
import type { FieldProps } from './types';
import { useSpecText } from './useSpecText';

type Pair = readonly [number, number];
const HALVES = ['inspector.field.rows', 'inspector.field.columns'] as const;

export function Int2Field(props: FieldProps<Int2Spec, Pair>) {
  const { id, spec, value, onChange, onDone, problem, disabled, lock } = props;
  const t = useT();
  const { locale, label, help } = useSpecText(spec);
  const first = useDraft(
    value,
    (v) => String(v[0]),
    (text) => readNumberText<Pair>(spec, text, (n) => [n, value[1]], locale),
    (v) => onChange(v, true),
  );
  const second = useDraft(
    value,
    (v) => String(v[1]),
    (text) => readNumberText<Pair>(spec, text, (n) => [value[0], n], locale),
    (v) => onChange(v, true),
  );
  const text = {
    id,
    label,
    help,
    error: first.error ?? second.error,
    problem,
    lock,
  };
  return (
    <FieldShell text={text} labelFor={false}>
      <fieldset className="field__pair" disabled={disabled} aria-describedby={describedBy(text)}>
        <legend className="field__label">{label}</legend>
        {[first, second].map((draft, i) => (
          <input
            key={HALVES[i]}
            id={i === 0 ? id : `${id}-2`}
            type="number"
            min={spec.min}
            max={spec.max}
            step={1}
            aria-label={t(HALVES[i]!, { label })}
            readOnly={lock !== undefined}
            // Reached one by one with Tab, each half says why it cannot be changed.
            aria-describedby={lock === undefined ? undefined : lockLineId(id)}
            value={draft.text}
            aria-invalid={draft.error !== null}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={onDone}
          />
        ))}
      </fieldset>
    </FieldShell>
  );
}
