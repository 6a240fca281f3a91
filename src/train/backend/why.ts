/**
 * Why a backend was chosen or passed over, by code and values: `training.backendWhy.<code>` in the
 * catalog. The run's reason is these parts joined, in English for run records and the command
 * line; the page says the same parts in the user's language.
 */
import { translate, type CodesUnder, type MessageValues } from '../../i18n';

export type WhyCode = CodesUnder<'training.backendWhy.'>;

export interface Why {
  code: WhyCode;
  values: Record<string, string | number>;
}

export function why(code: WhyCode, values: MessageValues = {}): Why {
  return { code, values: { ...values } };
}

export function whyText(part: Why): string {
  return translate('en', `training.backendWhy.${part.code}`, part.values);
}

/** "wasm: <part>; <part>", as run records and the command's header show it. */
export function reasonText(name: string, parts: readonly Why[]): string {
  return `${name}: ${parts.map(whyText).join('; ')}`;
}
