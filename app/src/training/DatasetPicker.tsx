/** The dataset to train on, from the catalogue, with what it holds. */
import { DATASET_IDS, datasetInfo, isDatasetId } from '../../../src/data/catalog';
import type { Translate } from '../../../src/i18n';
import { isDownloadableId } from '../../../src/data/downloads/sources';
import type { DatasetTask } from '../../../src/data/types';
import { importedInfo, isImportedRef } from '../../../src/data/import/refs';
import { formatShape } from '../../../src/layers/shape';
import { useState } from 'react';
import { DatasetDownload } from '../data/DatasetDownload';
import { DatasetNotes } from '../data/DatasetNotes';
import { datasetName, datasetTextKey } from '../data/datasetText';
import { ImportDataDialog } from '../data/ImportDataDialog';
import { useHost } from '../host/hostStore';
import { useT } from '../i18n';
import { LockLine, lockLineId } from '../packs/LockLine';
import { useLocksInForce } from '../packs/useLocks';
import { useDocument } from '../stores/documentStore';
import { chooseDataset } from './trainingEdits';

export function DatasetPicker({ locked }: { locked: boolean }) {
  const dataset = useDocument((s) => s.project.dataset);
  const info = dataset ? datasetInfo(dataset.id) : undefined;
  const imported = dataset && isImportedRef(dataset) ? dataset : null;
  const importedFacts = imported ? importedInfo(imported) : null;
  const client = useHost((s) => s.client);
  const [importing, setImporting] = useState(false);
  const t = useT();
  // A classroom lock on the dataset holds both the choice and the import of another one.
  const fixed = useLocksInForce()?.dataset ?? false;
  const lockId = fixed ? lockLineId('training-dataset') : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor="training-dataset">
        {t('training.dataset')}
      </label>
      <select
        id="training-dataset"
        value={dataset?.id ?? ''}
        disabled={locked || fixed}
        aria-describedby={lockId ? `${lockId} training-dataset-help` : 'training-dataset-help'}
        // Choosing the imported dataset again keeps it (its data lives in the project).
        onChange={(e) => e.target.value !== dataset?.id && chooseDataset(e.target.value)}
      >
        <option value="">{t('training.dataset.choose')}</option>
        {DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {datasetName(t, id)}
          </option>
        ))}
        {imported && (
          <option value={imported.id}>
            {t('training.dataset.imported', {
              name: importedFacts?.name ?? String(imported.options?.path ?? imported.id),
            })}
          </option>
        )}
        {dataset && !info && !imported && (
          <option value={dataset.id}>{t('training.dataset.unknown', { id: dataset.id })}</option>
        )}
      </select>
      <button
        type="button"
        disabled={locked || fixed}
        aria-describedby={lockId}
        onClick={() => setImporting(true)}
      >
        {t('training.dataset.import')}
      </button>
      {fixed && <LockLine fieldId="training-dataset" text={t('packs.lock.field')} />}
      {importing && <ImportDataDialog client={client} onClose={() => setImporting(false)} />}
      {info && isDownloadableId(info.id) && (
        <DatasetDownload dataset={info.id} name={info.name} client={client} />
      )}
      {dataset && <DatasetNotes dataset={dataset} client={client} />}
      <p className="field__help" id="training-dataset-help">
        {info
          ? t('training.dataset.about', {
              description: isDatasetId(info.id)
                ? t(datasetTextKey(info.id, 'description'))
                : info.description,
              task: taskText(info, t),
              shape: formatShape(info.inputShape),
              count: info.sizes.train,
            })
          : importedFacts
            ? t('training.dataset.importedAbout', {
                task: taskText(importedFacts, t),
                shape: formatShape(importedFacts.inputShape),
              })
            : imported
              ? t('training.dataset.importedFrom', {
                  path: String(imported.options?.path ?? t('training.dataset.aFile')),
                })
              : dataset
                ? t('training.dataset.notKnown', { id: dataset.id })
                : t('training.dataset.none')}
      </p>
    </div>
  );
}

/** What the model learns, in a few words: the classes, a mask for every pixel, or a number. */
function taskText(
  info: { task: DatasetTask; classNames?: readonly string[]; targetShape?: readonly number[] },
  t: Translate,
): string {
  switch (info.task) {
    case 'classification':
      return info.classNames
        ? t('training.task.classes', { count: info.classNames.length })
        : t('training.task.classesUnknown');
    case 'segmentation':
      return info.targetShape
        ? t('training.task.segmentation', { shape: formatShape([...info.targetShape]) })
        : t('training.task.segmentationPerPixel');
    case 'regression':
      return t('training.task.regression');
  }
}
