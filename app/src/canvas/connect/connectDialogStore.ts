/** The layer the Connect dialog connects, by node id; null while the dialog is closed. */
import { createStore, useStore } from 'zustand';

export const connectDialog = createStore<{ nodeId: string | null }>()(() => ({ nodeId: null }));

export const openConnectDialog = (nodeId: string): void => connectDialog.setState({ nodeId });
export const closeConnectDialog = (): void => connectDialog.setState({ nodeId: null });
export const useConnectDialog = (): string | null => useStore(connectDialog, (s) => s.nodeId);
