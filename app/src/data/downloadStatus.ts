/**
 * What the page last heard from the host about each downloadable dataset: kept on this computer,
 * missing, downloading or failed. The preview and Train read it so that nothing is downloaded
 * without the user pressing Download, where the progress is shown.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { datasetInfo } from '../../../src/data/catalog';
import { isDownloadableId } from '../../../src/data/downloads/sources';
import type { DatasetRef } from '../../../src/project';
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
 * not said it keeps it. Null when nothing needs downloading.
 */
export function downloadNeeded(
  dataset: DatasetRef | null,
  known: Readonly<Record<string, DownloadState>>,
): string | null {
  if (!dataset || !isDownloadableId(dataset.id)) return null;
  const state = known[dataset.id];
  if (state === 'done') return null;
  const name = datasetInfo(dataset.id)?.name ?? dataset.id;
  if (state === 'running') return `${name} is still downloading; wait until it is done.`;
  if (state === undefined) return `Checking whether ${name} is on this computer…`;
  return `${name} is not on this computer yet: press Download under the dataset first.`;
}
