/** A pair of whole numbers, e.g. a kernel of 3 × 3: rows, then columns. */
import type { Int2Spec } from '../../../../src/layers/params';
import { useDraft } from '../useDraft';
import { describedBy, FieldShell } from './FieldShell';
import { readNumberText } from './numberReading';
import type { FieldProps } from './types';

type Pair = readonly [number, number];
const HALVES = ['rows', 'columns'] as const;

export function Int2Field(props: FieldProps<Int2Spec, Pair>) {
  const { id, spec, value, onChange, onDone, problem, disabled } = props;
  const first = useDraft(
    value,
    (v) => String(v[0]),
    (text) => readNumberText<Pair>(spec, text, (n) => [n, value[1]]),
    (v) => onChange(v, true),
  );
  const second = useDraft(
    value,
    (v) => String(v[1]),
    (text) => readNumberText<Pair>(spec, text, (n) => [value[0], n]),
    (v) => onChange(v, true),
  );
  const text = {
    id,
    label: spec.label,
    help: spec.help,
    error: first.error ?? second.error,
    problem,
  };
  return (
    <FieldShell text={text} labelFor={false}>
      <fieldset className="field__pair" disabled={disabled} aria-describedby={describedBy(text)}>
        <legend className="field__label">{spec.label}</legend>
        {[first, second].map((draft, i) => (
          <input
            key={HALVES[i]}
            id={i === 0 ? id : `${id}-2`}
            type="number"
            min={spec.min}
            max={spec.max}
            step={1}
            aria-label={`${spec.label} (${HALVES[i]})`}
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
