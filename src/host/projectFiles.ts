/**
 * Project files on disk. Saving writes a temporary file beside the target, flushes it to the disk,
 * then renames it over the target: a rename within one folder is atomic, so a crash or a full disk
 * leaves either the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_PROJECT_CHARS } from '../project/limits';
import { parseProject } from '../project/parse';
import type { Project } from '../project/project';
import { ProjectSaveError, serializeProject } from '../project/serialize';
import { formatProblems } from '../project/paths';

/** Largest file the loader reads; UTF-8 never takes fewer bytes than characters, so it matches the text limit. */
export const MAX_PROJECT_FILE_BYTES = MAX_PROJECT_CHARS;

export type LoadResult = { ok: true; project: Project } | { ok: false; error: string };

/** Writes `project` to `path`, replacing any file there. Throws an Error naming the path on failure. */
export async function saveProjectFile(path: string, project: Project): Promise<void> {
  let text: string;
  try {
    text = serializeProject(project);
  } catch (e) {
    if (e instanceof ProjectSaveError)
      throw new Error(`Cannot save ${path}:\n${formatProblems(e.problems)}`);
    throw new Error(`Cannot save ${path}: ${messageOf(e)}`);
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_PROJECT_FILE_BYTES) {
    throw new Error(
      `Cannot save ${path}: the file would be larger than ${mebibytes(MAX_PROJECT_FILE_BYTES)}.`,
    );
  }
  const target = await followLink(path);
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o666);
    // Keep the permissions of the file being replaced.
    const previous = await stat(target).catch(() => null);
    if (previous?.isFile()) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new Error(`Cannot save ${path}: ${describeFsError(e, 'save')}`);
  }
  await syncFolder(folder);
}

/** Reads and checks the project at `path`; the error, if any, names the file. */
export async function loadProjectFile(path: string): Promise<LoadResult> {
  const fail = (reason: string): LoadResult => ({
    ok: false,
    error: `Cannot open ${path}: ${reason}`,
  });
  let bytes: Buffer;
  let handle: FileHandle | undefined;
  try {
    // Look before opening: opening a pipe or device would wait or read forever.
    const info = await stat(path);
    if (!info.isFile())
      return fail(
        info.isDirectory() ? 'it is a folder, not a project file.' : 'it is not a regular file.',
      );
    if (info.size > MAX_PROJECT_FILE_BYTES) return fail(tooLarge(info.size));
    handle = await open(path, 'r');
    const opened = await handle.stat();
    if (!opened.isFile()) return fail('it is not a regular file.');
    if (opened.size > MAX_PROJECT_FILE_BYTES) return fail(tooLarge(opened.size));
    bytes = await handle.readFile();
  } catch (e) {
    return fail(describeFsError(e, 'open'));
  } finally {
    await handle?.close().catch(() => undefined);
  }
  // The file may have grown between the size check and the read.
  if (bytes.length > MAX_PROJECT_FILE_BYTES) return fail(tooLarge(bytes.length));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('it is not UTF-8 text, so it cannot be a project file.');
  }
  const parsed = parseProject(text);
  if (parsed.ok) return parsed;
  return fail(parsed.error.includes('\n') ? `\n${parsed.error}` : parsed.error);
}

/** Saving through a symbolic link replaces the file it points to, not the link. */
async function followLink(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  return info?.isSymbolicLink() ? realpath(path).catch(() => path) : path;
}

/** Makes the rename itself durable. Windows cannot open a folder this way; the rename still stands. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data is already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function describeFsError(e: unknown, action: 'save' | 'open'): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'save' ? 'the folder does not exist.' : 'the file does not exist.';
    case 'ENOTDIR':
      return 'a part of the path is not a folder.';
    case 'EISDIR':
      return action === 'save'
        ? 'a folder of that name is in the way.'
        : 'it is a folder, not a project file.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EROFS':
      return 'the disk is read-only.';
    default:
      return messageOf(e);
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function tooLarge(bytes: number): string {
  return `the file is ${mebibytes(bytes)}, larger than the ${mebibytes(MAX_PROJECT_FILE_BYTES)} a project file can be.`;
}

function mebibytes(bytes: number): string {
  const mib = bytes / 2 ** 20;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
