/**
 * Makes a downloadable dataset's files present in the cache folder of the app's data folder
 * (`<data folder>/datasets/<id>/`), downloading those missing or of the wrong size, one after the
 * other, each from the first of its locations that delivers the right file. Progress covers the
 * whole dataset. When nothing can be fetched, the error says what could not be reached and how to
 * put the files there by hand.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetError } from '../../errors';
import { downloadProgress, type DownloadProgress } from '../../downloads/progress';
import {
  DOWNLOAD_SOURCES,
  downloadBytes,
  type DownloadableId,
  type DownloadSource,
  type RemoteFile,
} from '../../downloads/sources';
import { AttemptError, downloadFile } from './downloadFile';

/** Set to a base address to fetch every dataset from `<address>/<id>/<file>` instead. */
export const DOWNLOAD_MIRROR_ENV = 'NEUROCANVAS_DOWNLOAD_MIRROR';

export interface FetchDatasetOptions {
  /** The app's data folder; the cache is its `datasets` subfolder. */
  dataDir: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Base addresses to use instead of the dataset's own (a mirror, or a test's local server). */
  locations?: readonly string[];
  /** The files to expect instead of the dataset's own (small stand-ins written by a test). */
  source?: DownloadSource;
  idleTimeoutMs?: number;
  /** Seconds on a monotonic clock, for the speed and time-left figures. */
  now?: () => number;
}

export interface FetchResult {
  /** The folder holding the dataset's files. */
  folder: string;
  /** Bytes downloaded now; 0 when everything was already cached. */
  downloadedBytes: number;
}

export function datasetFolder(dataDir: string, id: string): string {
  return join(dataDir, 'datasets', id);
}

/** The locations to try: those given, else a mirror named in the environment, else the dataset's. */
export function locationsFor(
  id: DownloadableId,
  source: DownloadSource,
  given?: readonly string[],
): readonly string[] {
  if (given) return given;
  const mirror = process.env[DOWNLOAD_MIRROR_ENV];
  if (mirror) return [`${mirror.replace(/\/+$/, '')}/${id}/`];
  return source.locations;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The files of a dataset not yet in the cache with their expected size. */
export async function missingFiles(
  id: DownloadableId,
  dataDir: string,
  source: DownloadSource = DOWNLOAD_SOURCES[id],
): Promise<RemoteFile[]> {
  const folder = datasetFolder(dataDir, id);
  const missing: RemoteFile[] = [];
  for (const file of source.files) {
    if ((await sizeOf(join(folder, file.name))) !== file.bytes) missing.push(file);
  }
  return missing;
}

const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** How to fetch the files without NeuroCanvas, for the end of every failure message. */
export function byHandAdvice(
  source: DownloadSource,
  location: string | undefined,
  folder: string,
): string {
  const names = source.files.map((f) => f.name);
  const from = location ?? source.locations[0];
  return `To add them by hand, download ${list(names)}${from ? ` from ${from}` : ''} (described at ${source.homepage}) and put ${names.length === 1 ? 'it' : 'them'}, unchanged, in ${folder}.`;
}

export async function fetchDataset(
  id: DownloadableId,
  displayName: string,
  options: FetchDatasetOptions,
): Promise<FetchResult> {
  const folder = datasetFolder(options.dataDir, id);
  const source = options.source ?? DOWNLOAD_SOURCES[id];
  const total = downloadBytes(source);
  const missing = await missingFiles(id, options.dataDir, source);
  const now = options.now ?? (() => performance.now() / 1000);
  const had = total - missing.reduce((sum, f) => sum + f.bytes, 0);
  if (missing.length === 0) {
    options.onProgress?.(downloadProgress(id, '', total, 0, total, 0));
    return { folder, downloadedBytes: 0 };
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new DatasetError(
      'download',
      `Could not create the folder ${folder} for ${displayName}: ${(error as Error).message}.`,
    );
  }

  const locations = locationsFor(id, source, options.locations);
  const started = now();
  let fetched = 0;
  for (const file of missing) {
    const failures: { url: string; error: AttemptError }[] = [];
    let done = false;
    for (const base of locations) {
      const url = new URL(file.name, base).href;
      const before = fetched;
      try {
        await downloadFile(url, file, join(folder, file.name), {
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
          onBytes: (received) => {
            fetched = before + received;
            options.onProgress?.(
              downloadProgress(id, file.name, had, fetched, total, now() - started),
            );
          },
        });
        done = true;
        break;
      } catch (error) {
        fetched = before;
        if (!(error instanceof AttemptError)) throw error;
        if (error.failure === 'cancelled') {
          throw new DatasetError(
            'cancelled',
            `The download of ${displayName} was cancelled; nothing partial was kept.`,
          );
        }
        failures.push({ url, error });
      }
    }
    if (!done) throw failureError(source, displayName, folder, failures);
  }
  return { folder, downloadedBytes: fetched };
}

function failureError(
  source: DownloadSource,
  displayName: string,
  folder: string,
  failures: readonly { url: string; error: AttemptError }[],
): DatasetError {
  const advice = byHandAdvice(source, failures[0]?.url.replace(/[^/]*$/, ''), folder);
  if (failures.every((f) => f.error.failure === 'unreachable')) {
    return new DatasetError(
      'unreachable',
      `Could not download ${displayName}: ${list(failures.map((f) => f.url))} could not be reached (${failures[0]!.error.message}). Check the internet connection and try again. ${advice}`,
    );
  }
  const reasons = failures.map((f) => `${f.url}: ${f.error.message}`).join('; ');
  return new DatasetError(
    'download',
    `Could not download ${displayName}. ${reasons}. Nothing partial was kept. ${advice}`,
  );
}
