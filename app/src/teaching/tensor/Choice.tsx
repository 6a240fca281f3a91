/** A labelled select of whole numbers, for the small ranges of sizes, strides and padding. */
import { useId } from 'react';

export function Choice({
  label,
  value,
  from,
  to,
  onChange,
}: {
  label: string;
  value: number;
  from: number;
  to: number;
  onChange(value: number): void;
}) {
  const id = useId();
  return (
    <span className="lab-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: to - from + 1 }, (_, i) => from + i).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </span>
  );
}
