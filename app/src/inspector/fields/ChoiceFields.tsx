/** Controls that choose rather than type: a select, a switch, and a set of checkboxes. */
import type { BoolSpec, MultiSelectSpec, SelectSpec } from '../../../../src/layers/params';
import { optionLabel } from '../../../../src/layers/text/layerText';
import { describedBy, FieldShell } from './FieldShell';
import type { FieldProps } from './types';
import { useSpecText } from './useSpecText';

export function SelectField({
  id,
  spec,
  value,
  onChange,
  problem,
  disabled,
  lock,
}: FieldProps<SelectSpec, string>) {
  const { locale, label, help } = useSpecText(spec);
  const text = { id, label, help, error: null, problem, lock };
  return (
    <FieldShell text={text}>
      <select
        id={id}
        value={value}
        disabled={disabled || lock !== undefined}
        aria-describedby={describedBy(text)}
        onChange={(e) => onChange(e.target.value)}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(locale, o)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function BoolField(props: FieldProps<BoolSpec, boolean>) {
  const { id, spec, value, onChange, problem, disabled, lock } = props;
  const { label, help } = useSpecText(spec);
  const text = { id, label, help, error: null, problem, lock };
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="field__switch"
        checked={value}
        disabled={disabled || lock !== undefined}
        aria-describedby={describedBy(text)}
        onChange={(e) => onChange(e.target.checked)}
      />
    </FieldShell>
  );
}

export function MultiSelectField(props: FieldProps<MultiSelectSpec, readonly string[]>) {
  const { id, spec, value, onChange, problem, disabled, lock } = props;
  const { locale, label, help } = useSpecText(spec);
  const text = { id, label, help, error: null, problem, lock };
  // Keep the options' own order, so the same choice is always the same list.
  const toggle = (option: string, on: boolean) =>
    onChange(
      spec.options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))),
    );
  return (
    <FieldShell text={text} labelFor={false}>
      <fieldset
        className="field__choices"
        disabled={disabled || lock !== undefined}
        aria-describedby={describedBy(text)}
      >
        <legend className="field__label">{label}</legend>
        {spec.options.map((o) => (
          <label key={o.value} className="field__choice">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {optionLabel(locale, o)}
          </label>
        ))}
      </fieldset>
    </FieldShell>
  );
}
