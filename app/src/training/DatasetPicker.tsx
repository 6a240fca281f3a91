/** The dataset to train on, from the catalogue, with what it holds. */
import { DATASET_IDS, DATASET_INFOS, datasetInfo } from '../../../src/data/catalog';
import { importedInfo, isImportedRef } from '../../../src/data/import/refs';
import { formatShape } from '../../../src/layers/shape';
import { useState } from 'react';
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
      <p className="field__help" id="training-dataset-help">
        {info
          ? `${info.description} ${info.task === 'classification' ? `${info.classNames?.length ?? '?'} classes` : 'Regression'}, inputs ${formatShape(info.inputShape)}, ${info.sizes.train.toLocaleString('en-US')} training examples.`
          : importedFacts
            ? `Imported: ${importedFacts.task === 'classification' ? `${importedFacts.classNames?.length ?? '?'} classes` : 'Regression'}, inputs ${formatShape(importedFacts.inputShape)}.`
            : imported
              ? `Imported from ${String(imported.options?.path ?? 'a file')}; it is read again when training starts.`
              : dataset
                ? `NeuroCanvas does not know the dataset '${dataset.id}'.`
                : 'The examples the model learns from.'}
      </p>
    </div>
  );
}
