/**
 * The dataset a project or a run names, loaded in Node: an embedded one from its own arrays, one
 * referenced by path imported again from that path, and any other by id from the library.
 */
import { loadDataset } from '../loadDataset';
import { datasetFromEmbedded, importKindOf } from '../../import/refs';
import type { DatasetRef } from '../../../project/project';
import type { Dataset } from '../../types';
import { importError } from '../../import/errors';
import { importData } from './importData';

export async function loadDatasetRef(ref: DatasetRef): Promise<Dataset> {
  if (ref.data) return datasetFromEmbedded(ref.data);
  const kind = importKindOf(ref.id);
  if (kind === null) return loadDataset(ref.id, ref.options ?? {});
  const { path, ...options } = ref.options ?? {};
  if (typeof path !== 'string' || path === '')
    throw importError(
      `The dataset '${ref.id}' needs the path of its file in the option 'path'.`,
      'ref.needsPath',
      { dataset: ref.id },
    );
  return (await importData(kind, path, options)).dataset;
}
