/**
 * What the trainer and the host said about a run, in the user's language: by its code when the
 * catalog knows it, else as it was sent (the English text every message also carries).
 */
import { isDatasetId } from '../../../src/data/catalog';
import {
  isMessageKey,
  type Locale,
  type MessageKey,
  type MessageValues,
  type Translate,
} from '../../../src/i18n';
import { paramValueText } from '../../../src/layers/paramCheck';
import { renderText } from '../../../src/layers/text/localText';
import { TRAINING_PARAMS } from '../../../src/project/training';
import { datasetName } from '../data/datasetText';
import type { RunError, RunState } from '../stores/trainingReducer';

export interface ShownError {
  message: string;
  suggestion?: string;
}

/**
 * Values as the message shows them: a setting by its label and the check of its value in the
 * user's language, a built-in dataset by its name in that language.
 */
function shownValues(
  values: MessageValues | undefined,
  t: Translate,
  locale: Locale,
): MessageValues {
  const shown: Record<string, string | number> = { ...values };
  const key = String(shown.key);
  const label = `training.setting.${key}.label`;
  if (isMessageKey(label)) {
    shown.setting = t(label);
    const problem = settingProblem(key, shown.value, shown.setting, locale);
    if (problem !== null) shown.problem = problem;
  }
  if (typeof shown.datasetId === 'string' && isDatasetId(shown.datasetId))
    shown.dataset = datasetName(t, shown.datasetId);
  return shown;
}

/** The settings check said again in `locale`, from the value the trainer sent as JSON. */
function settingProblem(
  key: string,
  json: string | number | undefined,
  label: string,
  locale: Locale,
): string | null {
  if (!Object.hasOwn(TRAINING_PARAMS, key)) return null;
  let value: unknown;
  try {
    value = json === undefined ? undefined : JSON.parse(String(json));
  } catch {
    return null;
  }
  const text = paramValueText(TRAINING_PARAMS[key as keyof typeof TRAINING_PARAMS], value);
  return text && renderText(locale, { ...text, values: { ...text.values, label } });
}

export function errorText(error: RunError, t: Translate, locale: Locale): ShownError {
  const key = `training.error.${error.code}`;
  const fix = `training.fix.${error.code}`;
  if (!error.code || !isMessageKey(key)) return error;
  const values = shownValues(error.values, t, locale);
  const suggestion = error.suggestion
    ? isMessageKey(fix)
      ? t(fix, values)
      : error.suggestion
    : undefined;
  return { message: t(key, values), ...(suggestion ? { suggestion } : {}) };
}

/** Why the run stopped early, e.g. where the loss became NaN; null when the trainer said nothing. */
export function stopText(stop: RunState['stop'], t: Translate): string | null {
  if (!stop?.detail) return null;
  const key = `training.stop.${stop.code}`;
  return stop.code && isMessageKey(key) ? t(key, stop.values) : stop.detail;
}

/** Why the run trains on its backend: each part by its code, else the reason as it was sent. */
export function backendReasonText(backend: NonNullable<RunState['backend']>, t: Translate): string {
  const parts = backend.parts ?? [];
  const keys = parts.map((part) => `training.backendWhy.${part.code}`);
  if (parts.length === 0 || !keys.every(isMessageKey)) return reasonWithoutName(backend);
  try {
    return parts.map((part, i) => t(keys[i] as MessageKey, part.values)).join('; ');
  } catch {
    // A value the message needs is missing: the trainer's own words still say why.
    return reasonWithoutName(backend);
  }
}

/** The reason starts with the backend's name, which the sentence around it already gives. */
function reasonWithoutName(backend: NonNullable<RunState['backend']>): string {
  const prefix = `${backend.name}: `;
  return backend.reason.startsWith(prefix) ? backend.reason.slice(prefix.length) : backend.reason;
}
