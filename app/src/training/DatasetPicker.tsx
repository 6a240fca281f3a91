/** The dataset to train on, from the catalogue, with what it holds. */
import { DATASET_IDS, DATASET_INFOS, datasetInfo } from '../../../src/data/catalog';
import { isDownloadableId } from '../../../src/data/downloads/sources';
import type { DatasetTask } from '../../../src/data/types';
import { importedInfo, isImportedRef } from '../../../src/data/import/refs';
import { formatShape } from '../../../src/layers/shape';
import { useState } from 'react';
import { DatasetDownload } from '../data/DatasetDownload';
import { DatasetNotes } from '../data/DatasetNotes';
import { ImportDataDialog } from '../data/ImportDataDialog';
import { useHost } from '../host/hostStore';
import { useDocument } from '../stores/documentStore';
import { chooseDataset } from './trainingEdits';

export function DatasetPicker({ locked }: { locked: boolean }) {
  const dataset = useDocument((s) => s.project.dataset);
  const info = dataset ? datasetInfo(dataset.id) : undefined;
  const imported = dataset && isImportedRef(dataset) ? dataset : null;
  const importedFacts = imported ? importedInfo(imported) : null;
  const client = useHost((s) => s.client);
  const [importing, setImporting] = useState(false);
  return (
    <div className="field">
      <label className="field__label" htmlFor="training-dataset">
        Dataset
      </label>
      <select
        id="training-dataset"
        value={dataset?.id ?? ''}
        disabled={locked}
        aria-describedby="training-dataset-help"
        // Choosing the imported dataset again keeps it (its data lives in the project).
        onChange={(e) => e.target.value !== dataset?.id && chooseDataset(e.target.value)}
      >
        <option value="">Choose a dataset…</option>
        {DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {DATASET_INFOS[id].name}
          </option>
        ))}
        {imported && (
          <option value={imported.id}>
            {importedFacts?.name ?? String(imported.options?.path ?? imported.id)} (imported)
          </option>
        )}
        {dataset && !info && !imported && (
          <option value={dataset.id}>{dataset.id} (unknown)</option>
        )}
      </select>
      <button type="button" disabled={locked} onClick={() => setImporting(true)}>
        Import data…
      </button>
      {importing && <ImportDataDialog client={client} onClose={() => setImporting(false)} />}
      {info && isDownloadableId(info.id) && (
        <DatasetDownload dataset={info.id} name={info.name} client={client} />
      )}
      {dataset && <DatasetNotes dataset={dataset} client={client} />}
      <p className="field__help" id="training-dataset-help">
        {info
          ? `${info.description} ${taskText(info)}, inputs ${formatShape(info.inputShape)}, ${info.sizes.train.toLocaleString('en-US')} training examples.`
          : importedFacts
            ? `Imported: ${taskText(importedFacts)}, inputs ${formatShape(importedFacts.inputShape)}.`
            : imported
              ? `Imported from ${String(imported.options?.path ?? 'a file')}; it is read again when training starts.`
              : dataset
                ? `NeuroCanvas does not know the dataset '${dataset.id}'.`
                : 'The examples the model learns from.'}
      </p>
    </div>
  );
}

/** What the model learns, in a few words: the classes, a mask for every pixel, or a number. */
function taskText(info: {
  task: DatasetTask;
  classNames?: readonly string[];
  targetShape?: readonly number[];
}): string {
  switch (info.task) {
    case 'classification':
      return `${info.classNames?.length ?? '?'} classes`;
    case 'segmentation':
      return `Segmentation (a ${info.targetShape ? formatShape([...info.targetShape]) : 'per-pixel'} mask to predict)`;
    case 'regression':
      return 'Regression';
  }
}
