/**
 * What a text field shows while the user types: their own text, with an error if it is not a value
 * the layer accepts yet. Good values are applied at once; bad ones stay in the field only. When the
 * value changes from elsewhere (undo, another field), the field shows the new value.
 */
import { useState } from 'react';

export type Reading<T> = { ok: true; value: T } | { ok: false; error: string };

interface Draft<T> {
  text: string;
  /** The document value the text belongs to. */
  base: T;
  error: string | null;
}

export function useDraft<T>(
  value: T,
  format: (value: T) => string,
  read: (text: string) => Reading<T>,
  commit: (value: T) => void,
) {
  const [draft, setDraft] = useState<Draft<T> | null>(null);
  const live = draft !== null && draft.base === value ? draft : null;
  const change = (text: string) => {
    const reading = read(text);
    if (!reading.ok) {
      setDraft({ text, base: value, error: reading.error });
      return;
    }
    if (sameValue(reading.value, value)) {
      setDraft({ text, base: value, error: null });
      return;
    }
    commit(reading.value);
    setDraft({ text, base: reading.value, error: null });
  };
  return { text: live ? live.text : format(value), error: live?.error ?? null, change };
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}
