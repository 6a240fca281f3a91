/**
 * One editable number of a grid. It keeps the text being typed ('-', '1.') until it reads as a
 * number, and follows the value when it changes from elsewhere (a preset, painting).
 */
import { useState, type PointerEvent } from 'react';
import { formatNumber } from './format';

export function CellInput({
  value,
  label,
  className,
  readOnly,
  onValue,
  onPointerDown,
  onPointerEnter,
}: {
  value: number;
  label: string;
  className: string;
  readOnly: boolean;
  onValue(v: number): void;
  onPointerDown?(e: PointerEvent): void;
  onPointerEnter?(e: PointerEvent): void;
}) {
  const [draft, setDraft] = useState(formatNumber(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(formatNumber(value));
  }
  return (
    <input
      className={className}
      aria-label={label}
      inputMode="decimal"
      value={draft}
      readOnly={readOnly}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const v = Number(text);
        if (text.trim() !== '' && Number.isFinite(v)) {
          setShown(v);
          onValue(v);
        }
      }}
      onPointerDown={onPointerDown}
      onPointerEnter={onPointerEnter}
    />
  );
}
