/** Whether the Labs dialog is open and which lab it shows; the dialog remembers the tab. */
import { createStore, useStore } from 'zustand';

export const LAB_TABS = ['activation', 'tensor', 'field'] as const;
export type LabTab = (typeof LAB_TABS)[number];

interface LabsState {
  open: boolean;
  tab: LabTab;
  show(tab?: LabTab): void;
  setTab(tab: LabTab): void;
  close(): void;
}

export const labsStore = createStore<LabsState>()((set, get) => ({
  open: false,
  tab: 'activation',
  show: (tab) => set({ open: true, tab: tab ?? get().tab }),
  setTab: (tab) => set({ tab }),
  close: () => set({ open: false }),
}));

export function useLabs<T>(pick: (s: LabsState) => T): T {
  return useStore(labsStore, pick);
}
