/**
 * The Open dialog of a page connected to NeuroCanvas: the projects opened or saved recently, the
 * projects folder, and the browser's own file picker for a file from anywhere else.
 */
import { useEffect, useState } from 'react';
import type { ProjectEntry, RecentEntry } from '../../../src/protocol/renderer';
import { ModalDialog } from '../projects/ModalDialog';
import { answerPicker, usePickerOpen } from './projectPicker';
import { useHost } from './hostStore';

interface Listing {
  recent: readonly RecentEntry[];
  projects: readonly ProjectEntry[];
  folder: string;
  error: string | null;
}

export function OpenProjectDialog() {
  const open = usePickerOpen();
  return open ? <Dialog /> : null;
}

function Dialog() {
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
          error: `The projects could not be listed. ${e instanceof Error ? e.message : ''}`,
        }),
    );
    return () => {
      current = false;
    };
  }, [client]);

  const pick = (path: string) => answerPicker({ kind: 'path', path });
  return (
    <ModalDialog title="Open a project" onCancel={() => answerPicker(null)}>
      {!listing && <p className="dialog__note">Looking for projects…</p>}
      {listing?.error && <p className="dialog__error">{listing.error}</p>}
      {listing && !listing.error && (
        <>
          <ProjectList
            title="Recent projects"
            entries={listing.recent}
            onPick={pick}
            empty="None yet."
          />
          <ProjectList
            title="Projects folder"
            entries={listing.projects}
            onPick={pick}
            empty={`No projects in ${listing.folder} yet.`}
          />
        </>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={() => answerPicker({ kind: 'upload' })}>
          Upload a file…
        </button>
        <button type="button" onClick={() => answerPicker(null)}>
          Cancel
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
