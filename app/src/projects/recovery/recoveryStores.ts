/**
 * Where this page keeps its recovery copy of unsaved work, and finds the copies of pages that went
 * away: the host's data folder while connected, the browser's local storage otherwise. Each page
 * has its own copy, under an id made up when it loads.
 */
import { parseProject, serializeProject, type Project } from '../../../../src/project';
import { currentT } from '../../i18n';
import { projectErrorText } from '../projectErrorText';
import type { RecoveryEntry } from '../../../../src/protocol/recovery';
import type { HostClient } from '../../../../src/protocol/rendererClient';

export type RecoveryCopy = RecoveryEntry;

export interface RecoveryStore {
  /** Keeps `project` as this page's copy, replacing the one before. */
  keep(project: Project): Promise<void>;
  /** Deletes this page's copy: its work was saved. */
  drop(): Promise<void>;
  /** The copies left by pages that went away, newest first. */
  left(): Promise<RecoveryCopy[]>;
  open(copyId: string): Promise<Project>;
  discard(copyId: string): Promise<void>;
}

/** A fresh id for this page's copy: 16 random letters and digits. */
export function newCopyId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'page-';
  for (let i = 0; i < 16; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}

export function hostRecovery(client: HostClient, copyId: string): RecoveryStore {
  return {
    async keep(project) {
      await client.request({ type: 'saveRecovery', copyId, project });
    },
    async drop() {
      await client.request({ type: 'discardRecovery', copyId });
    },
    async left() {
      return (await client.request({ type: 'listRecovery' })).copies;
    },
    async open(id) {
      return (await client.request({ type: 'openRecovery', copyId: id })).project;
    },
    async discard(id) {
      await client.request({ type: 'discardRecovery', copyId: id });
    },
  };
}

const PREFIX = 'neurocanvas.recovery.';

/**
 * Copies in local storage, as project file text with the name and time beside it. Another tab of
 * the same page cannot be told from a closed one here, so its copy is offered too; restoring it
 * is harmless, since that tab keeps its own.
 */
export function localRecovery(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>,
  copyId: string,
  now: () => Date = () => new Date(),
): RecoveryStore {
  const read = (key: string): { entry: RecoveryCopy; text: string } | null => {
    try {
      const value = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
      if (!isStored(value)) return null;
      const id = key.slice(PREFIX.length);
      return { entry: { copyId: id, name: value.name, savedAt: value.savedAt }, text: value.text };
    } catch {
      return null;
    }
  };
  return {
    async keep(project) {
      const value = {
        name: project.name,
        savedAt: now().toISOString(),
        text: serializeProject(project),
      };
      try {
        storage.setItem(PREFIX + copyId, JSON.stringify(value));
      } catch {
        throw new Error(currentT()('projects.recovery.noRoom'));
      }
    },
    async drop() {
      storage.removeItem(PREFIX + copyId);
    },
    async left() {
      const copies: RecoveryCopy[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX) || key === PREFIX + copyId) continue;
        const stored = read(key);
        if (stored) copies.push(stored.entry);
      }
      return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async open(id) {
      const stored = read(PREFIX + id);
      if (!stored) throw new Error(currentT()('projects.recovery.gone'));
      const parsed = parseProject(stored.text);
      if (!parsed.ok)
        throw new Error(
          currentT()('projects.recovery.unreadable', {
            reason: projectErrorText(currentT(), parsed),
          }),
        );
      return parsed.project;
    },
    async discard(id) {
      storage.removeItem(PREFIX + id);
    },
  };
}

function isStored(value: unknown): value is { name: string; savedAt: string; text: string } {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.savedAt === 'string' && typeof v.text === 'string';
}
