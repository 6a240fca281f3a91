/**
 * The app's autosave and its offer to restore: this page's copy id, the store in use (the host
 * while connected, local storage otherwise), and the hooks that run them inside the app.
 */
import { useEffect } from 'react';
import type { HostClient } from '../../../../src/protocol/rendererClient';
import { hostStore, liveClient, useHost } from '../../host/hostStore';
import { currentT } from '../../i18n';
import { documentStore } from '../../stores/documentStore';
import { uiStore } from '../../stores/uiStore';
import { AUTOSAVE_INTERVAL_MS, Autosaver } from './autosaver';
import { lookForCopies } from './recoveryOffer';
import { hostRecovery, localRecovery, newCopyId, type RecoveryStore } from './recoveryStores';

const pageCopyId = newCopyId();
const byClient = new WeakMap<HostClient, RecoveryStore>();
let local: RecoveryStore | null = null;

/** Keeps nothing, for a browser that offers no storage at all (some private windows). */
const nowhere: RecoveryStore = {
  keep: async () => {
    throw new Error(currentT()('projects.recovery.noStorage'));
  },
  drop: async () => undefined,
  left: async () => [],
  open: async () => {
    throw new Error(currentT()('projects.recovery.none'));
  },
  discard: async () => undefined,
};

export function currentRecoveryStore(): RecoveryStore {
  const client = liveClient(hostStore);
  if (client) {
    let store = byClient.get(client);
    if (!store) byClient.set(client, (store = hostRecovery(client, pageCopyId)));
    return store;
  }
  try {
    local ??= localRecovery(window.localStorage, pageCopyId);
    return local;
  } catch {
    return nowhere;
  }
}

export const appAutosaver = new Autosaver(documentStore, currentRecoveryStore, (message) =>
  uiStore
    .getState()
    .announce(currentT()('projects.recovery.keepFailed', { reason: message }), 'error'),
);

/** Autosaves every few seconds, and at once when the page is hidden or closed. */
export function useAutosave(autosaver: Autosaver = appAutosaver): void {
  useEffect(() => {
    const timer = setInterval(() => void autosaver.tick(), AUTOSAVE_INTERVAL_MS);
    const flush = () => autosaver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [autosaver]);
}

/**
 * After a reload, the host may learn that the old page closed only after the new one asked; until
 * then it counts the old page's copy as kept by an open page. So when the first look finds
 * nothing, the page looks once more a little later.
 */
export const SECOND_LOOK_MS = 3_000;

/** Once the page knows whether a host is there, looks for copies left by earlier pages. */
export function useRecoveryCheck(): void {
  const settled = useHost((s) => s.status !== 'connecting');
  useEffect(() => {
    if (!settled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    void lookForCopies(currentRecoveryStore()).then((found) => {
      if (found === 0 && live)
        timer = setTimeout(() => void lookForCopies(currentRecoveryStore()), SECOND_LOOK_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settled]);
}
