/**
 * The probe example: the training example whose activations the canvas shows while a model
 * trains, picked by the user in the dataset preview. It is a choice about viewing, not part of
 * the document, and it belongs to one dataset: for any other, the first example is the probe.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { DatasetRef } from '../../../src/project';

export interface ProbeState {
  /** The dataset (id and options) the choice was made in, as `datasetKey` writes it. */
  datasetKey: string | null;
  index: number;
  choose(dataset: DatasetRef, index: number): void;
}

/** Two references name the same data when their ids and options agree. */
export function datasetKey(dataset: DatasetRef): string {
  const options = Object.entries(dataset.options ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([dataset.id, options]);
}

export function createProbeStore() {
  return createStore<ProbeState>()((set) => ({
    datasetKey: null,
    index: 0,
    choose: (dataset, index) => set({ datasetKey: datasetKey(dataset), index }),
  }));
}

export type ProbeStore = StoreApi<ProbeState>;

export const probeStore: ProbeStore = createProbeStore();

/** The probe's index for `dataset`: the one chosen there, else 0. */
export function probeFor(
  state: Pick<ProbeState, 'datasetKey' | 'index'>,
  dataset: DatasetRef | null,
): number {
  return dataset && state.datasetKey === datasetKey(dataset) ? state.index : 0;
}

export function useProbe<T>(selector: (state: ProbeState) => T): T {
  return useStore(probeStore, selector);
}
