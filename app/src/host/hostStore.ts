/**
 * The page's connection to the NeuroCanvas host: whether there is one, and the client that talks
 * to it. Training and host files need it; without it the app still designs, opens and saves.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { HostClient } from '../../../src/protocol/rendererClient';

export type HostStatus = 'connecting' | 'connected' | 'unavailable' | 'lost';

export interface HostState {
  status: HostStatus;
  client: HostClient | null;
  /** Why there is no connection, in words for the user. */
  reason: string | null;
  connecting(): void;
  connected(client: HostClient): void;
  unavailable(reason: string): void;
  lost(reason: string): void;
}

export function createHostStore() {
  return createStore<HostState>()((set) => ({
    status: 'connecting',
    client: null,
    reason: null,
    connecting: () => set({ status: 'connecting', client: null, reason: null }),
    connected: (client) => set({ status: 'connected', client, reason: null }),
    unavailable: (reason) => set({ status: 'unavailable', client: null, reason }),
    lost: (reason) => set({ status: 'lost', client: null, reason }),
  }));
}

export type HostStore = StoreApi<HostState>;

/** The app's one connection. */
export const hostStore: HostStore = createHostStore();

export function useHost<T>(selector: (state: HostState) => T): T {
  return useStore(hostStore, selector);
}

/** The client while connected; null otherwise. */
export function liveClient(store: HostStore = hostStore): HostClient | null {
  const { status, client } = store.getState();
  return status === 'connected' ? client : null;
}
