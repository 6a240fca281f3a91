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
import { translate } from '../../../i18n';

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
    throw failure('download', 'folder', {
      folder,
      name: displayName,
      detail: (error as Error).message,
    });
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
  const location = failures[0]?.url.replace(/[^/]*$/, '');
  const names = source.files.map((f) => f.name);
  // What to do by hand, as values: the catalog words it, in English here and for the page.
  const byHand = {
    name: displayName,
    files: list(names),
    count: names.length,
    from: location ?? source.locations[0] ?? source.homepage,
    homepage: source.homepage,
    folder,
  };
  if (failures.every((f) => f.error.failure === 'unreachable')) {
    const urls = list(failures.map((f) => f.url));
    return failure('unreachable', 'unreachable', {
      ...byHand,
      urls,
      detail: failures[0]!.error.message,
    });
  }
  const reasons = failures.map((f) => `${f.url}: ${f.error.message}`).join('; ');
  return failure('download', 'failed', { ...byHand, reasons });
}

/** A failed download, said in English from `data.download.error.<code>`, with its code. */
function failure(
  kind: 'download' | 'unreachable',
  code: 'folder' | 'unreachable' | 'failed',
  values: Record<string, string | number>,
): DatasetError {
  const message = translate('en', `data.download.error.${code}`, values);
  return new DatasetError(kind, message, { code, values });
}
