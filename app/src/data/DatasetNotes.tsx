/**
 * What was done to the chosen dataset's data on the way, as the loader reports it: rows dropped or
 * filled in for missing values, columns left out. Only datasets read from files have such notes
 * (the tables, and imports). An import embedded in the project keeps its notes there; for the
 * others only the host can read them, so it is asked for the dataset preview's first page (one
 * request serves both), which carries the notes. Datasets downloaded on first use are not asked
 * about: asking would start their download.
 */
import { useEffect, useState } from 'react';
import { datasetOrigin, isDatasetId } from '../../../src/data/catalog';
import { importKindOf } from '../../../src/data/import/refs';
import type { DatasetRef } from '../../../src/project';
import type { ExamplePage } from '../../../src/protocol/examplePage';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { useT } from '../i18n';
import { PAGE_SIZE } from '../training/preview/DatasetPreview';
import { examplesOf, range } from '../training/preview/examples';
import { notesText } from './noteText';
import './datasetDownload.css';

/** Whether the host is to be asked for the dataset's notes. */
export function hasFileNotes(ref: DatasetRef): boolean {
  if (isDatasetId(ref.id)) return datasetOrigin(ref.id) === 'bundled';
  return importKindOf(ref.id) !== null;
}

export function DatasetNotes({
  dataset,
  client,
}: {
  dataset: DatasetRef;
  client: HostClient | null;
}) {
  const t = useT();
  // Kept with the dataset they are about, so that notes on an earlier choice are not shown.
  const [found, setFound] = useState<{
    about: DatasetRef;
    notes: readonly string[];
    codes?: ExamplePage['noteCodes'];
  } | null>(null);
  const ask = client !== null && hasFileNotes(dataset);
  useEffect(() => {
    if (!ask) return;
    let current = true;
    examplesOf(dataset, 'train', range(0, PAGE_SIZE), client).then(
      (page) =>
        current && setFound({ about: dataset, notes: page.notes ?? [], codes: page.noteCodes }),
      // The dataset preview says why a dataset cannot be read; the notes just stay away.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [ask, dataset, client]);
  // An embedded import carries its notes in the project, so nobody needs asking.
  // Their codes are not kept in project files: those notes are shown as written.
  const fromHost = ask && found?.about === dataset ? found : null;
  const notes = dataset.data?.notes ?? notesText(t, fromHost?.notes ?? [], fromHost?.codes);
  if (notes.length === 0) return null;
  return (
    <ul className="dataset-notes" aria-label={t('data.notes.label')}>
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  );
}
