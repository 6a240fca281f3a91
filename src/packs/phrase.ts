/**
 * A message for the user, told as data: its catalog key and its values, where a value may itself
 * be a phrase (a score formatted as a percentage, a metric's name). The core says what to tell;
 * the app says it in the user's language with `speak`.
 */
import type { MessageKey, Translate } from '../i18n';

export interface Phrase {
  key: MessageKey;
  values?: Readonly<Record<string, string | number | Phrase>>;
}

export function phrase(key: MessageKey, values?: Phrase['values']): Phrase {
  return values === undefined ? { key } : { key, values };
}

export function speak(t: Translate, p: Phrase): string {
  if (!p.values) return t(p.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p.values))
    values[name] = typeof value === 'object' ? speak(t, value) : value;
  return t(p.key, values);
}
