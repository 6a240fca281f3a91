/**
 * How a project names an imported dataset. A small one is embedded in the project (`embedded`,
 * with the arrays in `data`); a large one is referenced by the path it was imported from and the
 * options it was imported with, and is imported again where it is trained.
 */
import type { EmbeddedData } from '../../project/embeddedData';
import { boundedNotes, embeddedValueCount, MAX_EMBEDDED_VALUES } from '../../project/embeddedData';
import type { DatasetRef } from '../../project/project';
import type { Dataset, DatasetTask } from '../types';
import type { FlatOptions } from './options';

export const IMPORT_KINDS = ['csv', 'images', 'arrays'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const EMBEDDED_ID = 'embedded';
/** The dataset id of a path reference: `import-csv`, `import-images`, `import-arrays`. */
export const importId = (kind: ImportKind) => `import-${kind}`;

export function importKindOf(id: string): ImportKind | null {
  const kind = id.startsWith('import-') ? id.slice('import-'.length) : '';
  return (IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as ImportKind) : null;
}

export function isImportedRef(ref: { id: string }): boolean {
  return ref.id === EMBEDDED_ID || importKindOf(ref.id) !== null;
}

export function embeddedFromDataset(dataset: Dataset): EmbeddedData {
  const task = dataset.task;
  // Imports only ever produce these two tasks.
  if (task !== 'classification' && task !== 'regression')
    throw new Error(`A ${task} dataset cannot be embedded in a project.`);
  return {
    name: dataset.name,
    task,
    inputShape: dataset.inputShape,
    targetShape: dataset.targetShape,
    ...(dataset.classNames ? { classNames: dataset.classNames } : {}),
    ...(dataset.notes && dataset.notes.length > 0 ? { notes: boundedNotes(dataset.notes) } : {}),
    train: dataset.train,
    test: dataset.test,
  };
}

export function datasetFromEmbedded(data: EmbeddedData): Dataset {
  return {
    id: EMBEDDED_ID,
    name: data.name,
    task: data.task,
    inputShape: data.inputShape,
    targetShape: data.targetShape,
    ...(data.classNames ? { classNames: data.classNames } : {}),
    ...(data.notes ? { notes: data.notes } : {}),
    train: data.train,
    test: data.test,
    options: {},
  };
}

/**
 * The reference a project keeps for an import: the data itself when it fits the embedding limit
 * (or when `embed` asks for it), else the path and options.
 */
export function importedRef(
  kind: ImportKind,
  path: string,
  options: FlatOptions,
  dataset: Dataset,
  embed: 'auto' | 'always' | 'never' = 'auto',
): DatasetRef {
  const fits = embeddedValueCount(dataset) <= MAX_EMBEDDED_VALUES;
  if (embed === 'always' || (embed === 'auto' && fits))
    return {
      id: EMBEDDED_ID,
      options: { source: kind, ...options },
      data: embeddedFromDataset(dataset),
    };
  return { id: importId(kind), options: { ...options, path } };
}

/** What the UI needs to know of an imported dataset before training: null for a path reference. */
export function importedInfo(
  ref: DatasetRef,
): { name: string; task: DatasetTask; inputShape: number[]; classNames?: string[] } | null {
  if (!ref.data) return null;
  const { name, task, inputShape, classNames } = ref.data;
  return { name, task, inputShape, ...(classNames ? { classNames } : {}) };
}
