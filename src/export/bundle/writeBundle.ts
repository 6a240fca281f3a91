/**
 * Writes a bundle's files into a folder all at once: they go into a hidden temporary folder beside
 * the target, which is renamed into place only when every file is written. An interrupted export
 * therefore leaves either no bundle or the previous one, never half a bundle.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { translate } from '../../i18n';
import type { ExportFile } from './types';

type WriteCode = 'badPath' | 'listedTwice' | 'isFile' | 'notEmpty' | 'writeFailed';

/**
 * Why a bundle could not be written: the message in English, and the same by code and values
 * (`export.error.<code>`) for the interface to say in the user's language.
 */
export class BundleWriteError extends Error {
  constructor(
    message: string,
    readonly code: WriteCode,
    readonly values: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

function writeError(code: WriteCode, values: Record<string, string>): BundleWriteError {
  return new BundleWriteError(translate('en', `export.error.${code}`, values), code, values);
}

export interface WriteBundleOptions {
  /** Replace a folder that already holds files; without it such a folder is refused. */
  force?: boolean;
}

/** Paths in a bundle are plain relative paths: no absolute paths, no `..`, no empty parts. */
function checkPath(path: string): void {
  const parts = path.split('/');
  const bad =
    path === '' ||
    path.includes('\\') ||
    path.includes('\0') ||
    parts.some((p) => p === '' || p === '.' || p === '..');
  if (bad) throw writeError('badPath', { path });
}

async function existingKind(path: string): Promise<'none' | 'empty' | 'full' | 'file'> {
  const info = await stat(path).catch(() => null);
  if (!info) return 'none';
  if (!info.isDirectory()) return 'file';
  return (await readdir(path)).length === 0 ? 'empty' : 'full';
}

/** Returns the absolute path of the bundle's folder. */
export async function writeBundle(
  outDir: string,
  files: readonly ExportFile[],
  options: WriteBundleOptions = {},
): Promise<string> {
  const seen = new Set<string>();
  for (const file of files) {
    checkPath(file.path);
    if (seen.has(file.path)) throw writeError('listedTwice', { path: file.path });
    seen.add(file.path);
  }

  const target = resolve(outDir);
  const kind = await existingKind(target);
  if (kind === 'file') throw writeError('isFile', { folder: outDir });
  if (kind === 'full' && !options.force)
    // The command line names its option; the interface, through the code, its checkbox.
    throw new BundleWriteError(
      `${outDir} already holds files; choose an empty or new folder, or replace it (--force).`,
      'notEmpty',
      { folder: outDir },
    );

  const parent = dirname(target);
  const tag = randomBytes(6).toString('hex');
  const temp = join(parent, `.${basename(target)}.${tag}.partial`);
  const old = join(parent, `.${basename(target)}.${tag}.old`);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(temp);
    for (const file of files) {
      const path = join(temp, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.data, { flag: 'wx' });
    }
    // A folder cannot be renamed over one that holds files, so the old one steps aside first.
    if (kind !== 'none') await rename(target, old);
    try {
      await rename(temp, target);
    } catch (e) {
      if (kind !== 'none') await rename(old, target).catch(() => undefined);
      throw e;
    }
  } catch (e) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (e instanceof BundleWriteError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw writeError('writeFailed', { folder: outDir, detail: reason });
  }
  await rm(old, { recursive: true, force: true }).catch(() => undefined);
  return target;
}
