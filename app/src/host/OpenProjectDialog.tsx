/**
 * The Open dialog of a page connected to NeuroCanvas: the projects opened or saved recently, the
 * projects folder, and the browser's own file picker for a file from anywhere else.
 */
import { useEffect, useState } from 'react';
import type { ProjectEntry, RecentEntry } from '../../../src/protocol/renderer';
import { useT } from '../i18n';
import { ModalDialog } from '../projects/ModalDialog';
import { answerPicker, usePickerOpen } from './projectPicker';
import { useHost } from './hostStore';

interface Listing {
  recent: readonly RecentEntry[];
  projects: readonly ProjectEntry[];
  folder: string;
  /** Why the projects could not be listed (shown after the message saying so), or null. */
  error: string | null;
}

export function OpenProjectDialog() {
  const open = usePickerOpen();
  return open ? <Dialog /> : null;
}

function Dialog() {
  const t = useT();
  const client = useHost((s) => s.client);
  const [listing, setListing] = useState<Listing | null>(null);

  useEffect(() => {
    if (!client) return;
    let current = true;
    Promise.all([
      client.request({ type: 'listRecent' }),
      client.request({ type: 'listProjects' }),
    ]).then(
      ([recent, projects]) =>
        current &&
        setListing({
          recent: recent.entries,
          projects: projects.projects,
          folder: projects.folder,
          error: null,
        }),
      (e: unknown) =>
        current &&
        setListing({
          recent: [],
          projects: [],
          folder: '',
          error: e instanceof Error ? e.message : '',
        }),
    );
    return () => {
      current = false;
    };
  }, [client]);

  const pick = (path: string) => answerPicker({ kind: 'path', path });
  return (
    <ModalDialog title={t('app.open.title')} onCancel={() => answerPicker(null)}>
      {!listing && <p className="dialog__note">{t('app.open.looking')}</p>}
      {listing?.error !== null && listing?.error !== undefined && (
        <p className="dialog__error">{t('app.open.failed', { reason: listing.error }).trim()}</p>
      )}
      {listing && listing.error === null && (
        <>
          <ProjectList
            title={t('app.open.recent')}
            entries={listing.recent}
            onPick={pick}
            empty={t('app.open.noneYet')}
          />
          <ProjectList
            title={t('app.open.folder')}
            entries={listing.projects}
            onPick={pick}
            empty={t('app.open.emptyFolder', { folder: listing.folder })}
          />
        </>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={() => answerPicker({ kind: 'upload' })}>
          {t('app.open.upload')}
        </button>
        <button type="button" onClick={() => answerPicker(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

function ProjectList({
  title,
  entries,
  onPick,
  empty,
}: {
  title: string;
  entries: readonly { path: string; name: string }[];
  onPick(path: string): void;
  empty: string;
}) {
  return (
    <section className="dialog__section" aria-label={title}>
      <h3 className="dialog__subtitle">{title}</h3>
      {entries.length === 0 ? (
        <p className="dialog__note">{empty}</p>
      ) : (
        <ul className="dialog__list">
          {entries.map((entry) => (
            <li key={entry.path}>
              <button type="button" title={entry.path} onClick={() => onPick(entry.path)}>
                {entry.name || entry.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
