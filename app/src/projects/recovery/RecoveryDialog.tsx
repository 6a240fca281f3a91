/**
 * "Restore unsaved work?": shown when an earlier page closed (a crash, a closed tab) with changes
 * that were never saved, one copy at a time, newest first. It is a non-modal dialog in a corner:
 * it takes no focus and blocks nothing, since the copy can wait while the user carries on, and a
 * live-region message says it is there. "Not now" (or Escape inside it) keeps the copy for the
 * next time the app opens.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { appCommandContext } from '../../commands/appContext';
import { currentT, useLocale, useT } from '../../i18n';
import { documentStore } from '../../stores/documentStore';
import { uiStore } from '../../stores/uiStore';
import { appAutosaver } from './appRecovery';
import { discardCopy, postponeCopy, restoreCopy, useRecoveryOffer } from './recoveryOffer';
import type { RecoveryCopy } from './recoveryStores';

export function RecoveryDialog() {
  const { copies } = useRecoveryOffer();
  const copy = copies[0];
  return copy ? <Offer copy={copy} more={copies.length - 1} /> : null;
}

function Offer({ copy, more }: { copy: RecoveryCopy; more: number }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const name = copy.name || t('projects.untitled');
  useEffect(() => {
    uiStore.getState().announce(currentT()('projects.recovery.announce', { name }));
  }, [name]);
  const when = new Date(copy.savedAt);
  const time = Number.isNaN(when.getTime()) ? copy.savedAt : when.toLocaleString(locale);
  const restore = () =>
    void restoreCopy(copy, {
      doc: documentStore,
      ui: uiStore,
      autosaver: appAutosaver,
      confirm: (message) => window.confirm(message),
      t: currentT(),
      forgetFile: () => appCommandContext().files.forget?.(),
    });
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') postponeCopy(copy);
  };
  return (
    <section
      className="dialog dialog--floating"
      role="dialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
      onKeyDown={onKeyDown}
    >
      <h2 id="recovery-title" className="dialog__title">
        {t('projects.recovery.title')}
      </h2>
      <p id="recovery-text" className="dialog__note">
        {t('projects.recovery.text', { name, time })}
        {more > 0 ? ` ${t('projects.recovery.more', { count: more })}` : ''}
      </p>
      <div className="dialog__actions">
        <button type="button" onClick={restore}>
          {t('projects.recovery.restore')}
        </button>
        <button type="button" onClick={() => void discardCopy(copy, uiStore, currentT())}>
          {t('projects.recovery.discard')}
        </button>
        <button type="button" onClick={() => postponeCopy(copy)}>
          {t('projects.recovery.later')}
        </button>
      </div>
    </section>
  );
}
