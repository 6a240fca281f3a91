/**
 * The built-in datasets' texts in the user's language. The catalogue in `src/data` keeps English
 * for the command line; the interface reads names, descriptions, sources, licences and option
 * labels through here, keyed by dataset id. Citations stay as published.
 */
import { DATASET_INFOS, isDatasetId, type DatasetId } from '../../../src/data/catalog';
import type { DatasetInfo, DatasetOptionSchema } from '../../../src/data/types';
import { isMessageKey, type MessageKey, type Translate } from '../../../src/i18n';

type Field = 'name' | 'description' | 'source' | 'licence';

export function datasetTextKey(id: DatasetId, field: Field): MessageKey {
  return `datasets.${id}.${field}` as MessageKey;
}

/**
 * Options whose wording differs between datasets: the noise is added to the points, to y, to
 * every step of a series or to every pixel, and the weather's window counts days.
 */
const VARIANTS: Partial<
  Record<DatasetId, Readonly<Record<string, { label?: string; help?: string }>>>
> = {
  linear: { noise: { help: 'helpY' } },
  function: { noise: { help: 'helpY' } },
  waves: { noise: { help: 'helpSteps' } },
  seasonal: { noise: { help: 'helpSteps' } },
  shapes: { noise: { help: 'helpPixels' } },
  'shapes-masks': { noise: { help: 'helpPixels' } },
  'shapes-boxes': { noise: { help: 'helpPixels' } },
  'seattle-weather': { window: { label: 'labelDays', help: 'helpDays' } },
};

/** The keys of an option's label and help for one dataset. */
export function optionTextKeys(
  id: DatasetId,
  option: string,
): { label: MessageKey; help: MessageKey } {
  const variant = VARIANTS[id]?.[option];
  return {
    label: `datasets.option.${option}.${variant?.label ?? 'label'}` as MessageKey,
    help: `datasets.option.${option}.${variant?.help ?? 'help'}` as MessageKey,
  };
}

/** The name of a built-in dataset in the user's language; an unknown id as it is. */
export function datasetName(t: Translate, id: string): string {
  return isDatasetId(id) ? t(datasetTextKey(id, 'name')) : id;
}

/** A built-in dataset's catalogue entry with its texts in the user's language. */
export function localDatasetInfo(t: Translate, id: DatasetId): DatasetInfo {
  const info = DATASET_INFOS[id];
  const options: DatasetOptionSchema = Object.fromEntries(
    Object.entries(info.options).map(([name, spec]) => {
      const keys = optionTextKeys(id, name);
      return [
        name,
        { ...spec, label: t(keys.label), ...(spec.help ? { help: t(keys.help) } : {}) },
      ];
    }),
  );
  return {
    ...info,
    name: t(datasetTextKey(id, 'name')),
    description: t(datasetTextKey(id, 'description')),
    source: t(datasetTextKey(id, 'source')),
    licence: t(datasetTextKey(id, 'licence')),
    options,
    ...(info.classNames ? { classNames: localClassNames(t, id, info.classNames) } : {}),
  };
}

/**
 * The classes of a built-in dataset in the user's language. Digits, and species as biologists name
 * them, have no messages and stay as they are.
 */
export function localClassNames(t: Translate, id: string, names: readonly string[]): string[] {
  return names.map((name, i) => {
    const key = `datasets.${id}.class.${i}`;
    return isMessageKey(key) ? t(key) : name;
  });
}
