/**
 * The built renderer's files, served from one folder and nothing outside it. An address is taken
 * apart into names, and any name that could climb out or reach a hidden file ('..', '.env', a
 * backslash, a drive letter) is refused before the disk is touched; the file found is then
 * resolved through any links and must still lie inside the folder. Folders are never listed.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { isAbsolute, join, relative, sep } from 'node:path';
import { cacheControlFor, contentTypeOf } from './headers';

export type StaticLookup =
  { ok: true; file: string; relativePath: string; size: number } | { ok: false; status: 400 | 404 };

const UNSAFE_NAME = /^\.|[\\:\0]/;

/** The file an address's path (still percent-encoded) names inside `root`, which must be a real path. */
export async function findStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || decoded.endsWith('/')) return { ok: false, status: 404 };
  const names = decoded.slice(1).split('/');
  if (names.some((n) => n === '' || UNSAFE_NAME.test(n))) return { ok: false, status: 404 };

  try {
    const file = await realpath(join(root, ...names));
    const inside = relative(root, file);
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
      return { ok: false, status: 404 };
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, status: 404 };
    return { ok: true, file, relativePath: inside.split(sep).join('/'), size: info.size };
  } catch {
    return { ok: false, status: 404 };
  }
}

/** Sends a found file (or only its headers, for HEAD). */
export function sendStaticFile(
  response: ServerResponse,
  found: Extract<StaticLookup, { ok: true }>,
  headOnly: boolean,
): void {
  response.writeHead(200, {
    'Content-Type': contentTypeOf(found.file),
    'Content-Length': String(found.size),
    'Cache-Control': cacheControlFor(found.relativePath),
  });
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
