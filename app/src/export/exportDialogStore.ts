/** Whether the Export dialog is open: the command opens it, the dialog closes itself. */
import { createStore, useStore } from 'zustand';

interface ExportDialogState {
  open: boolean;
  show(): void;
  close(): void;
}

export const exportDialogStore = createStore<ExportDialogState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));

export function useExportDialogOpen(): boolean {
  return useStore(exportDialogStore, (s) => s.open);
}
