/**
 * What the page last heard from the host about each downloadable dataset: kept on this computer,
 * missing, downloading or failed. The preview and Train read it so that nothing is downloaded
 * without the user pressing Download, where the progress is shown.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { isDownloadableId } from '../../../src/data/downloads/sources';
import type { Translate } from '../../../src/i18n';
import type { DatasetRef } from '../../../src/project';
import { currentT } from '../i18n';
import { datasetName } from './datasetText';
import type { DatasetDownloadStatus } from '../../../src/protocol/datasetDownload';

export type DownloadState = DatasetDownloadStatus['state'];

export interface DownloadStatusState {
  /** By dataset id; a dataset not yet asked about is absent. */
  known: Readonly<Record<string, DownloadState>>;
  report(dataset: string, state: DownloadState): void;
}

export function createDownloadStatusStore() {
  return createStore<DownloadStatusState>()((set) => ({
    known: {},
    report: (dataset, state) => set((s) => ({ known: { ...s.known, [dataset]: state } })),
  }));
}

export type DownloadStatusStore = StoreApi<DownloadStatusState>;

export const downloadStatusStore = createDownloadStatusStore();

export function useDownloadStatus<T>(select: (s: DownloadStatusState) => T): T {
  return useStore(downloadStatusStore, select);
}

/**
 * Why the examples of `dataset` cannot be read yet: it is downloaded on first use and the host has
 * not said it keeps it, in the interface's language (or `t`'s). Null when nothing needs downloading.
 */
export function downloadNeeded(
  dataset: DatasetRef | null,
  known: Readonly<Record<string, DownloadState>>,
  t: Translate = currentT(),
): string | null {
  if (!dataset || !isDownloadableId(dataset.id)) return null;
  const state = known[dataset.id];
  if (state === 'done') return null;
  const name = datasetName(t, dataset.id);
  if (state === 'running') return t('data.download.stillRunning', { name });
  if (state === undefined) return t('data.download.checking', { name });
  return t('data.download.needed', { name });
}
