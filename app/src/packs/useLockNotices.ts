/** Tells the user, in their language, why a lock refused an edit, whichever control tried it. */
import { useEffect } from 'react';
import { speak } from '../../../src/packs/phrase';
import { currentT } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';

export function useLockNotices(): void {
  useEffect(
    () =>
      documentStore.subscribe((state, before) => {
        if (state.refusal && state.refusal !== before.refusal)
          uiStore.getState().announce(speak(currentT(), state.refusal.reason), 'error');
      }),
    [],
  );
}
