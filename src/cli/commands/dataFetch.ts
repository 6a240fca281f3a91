/**
 * `neurocanvas data fetch <id> [--json]`: downloads a dataset into the app's data folder ahead of
 * use, with a progress bar on a terminal, then reads it once to check that it loads. Ctrl+C
 * cancels; nothing partial is kept.
 */
import { parseArgs } from 'node:util';
import { DATASET_IDS, DATASET_INFOS, datasetOrigin, isDatasetId } from '../../data/catalog';
import { DatasetError } from '../../data/errors';
import { formatBytes, type DownloadProgress } from '../../data/downloads/progress';
import { isDownloadableId } from '../../data/downloads/sources';
import { fetchDataset } from '../../data/node/download/fetchDataset';
import { loadDownloaded } from '../../data/node/download/loadDownloaded';
import { defaultDataDir } from '../../host/server/dataDir';
import type { Io } from '../main';
import { formatEta } from '../train/display';
import { CliError, usageError } from '../usage';
import { INTERRUPTED_EXIT_CODE } from './train';

/**
 * "MNIST [██████░░░░░░]  48%  5.3 MB of 11.1 MB  2.1 MB/s  ETA 3s", fitted into `columns`
 * characters; the bar takes the room the text leaves, from 10 to 40 cells.
 */
export function downloadLine(name: string, p: DownloadProgress, columns: number): string {
  const speed = p.bytesPerSecond === null ? '' : `  ${formatBytes(p.bytesPerSecond)}/s`;
  const eta = p.etaSeconds === null ? '' : `  ETA ${formatEta(p.etaSeconds)}`;
  const head = `${name} `;
  const tail = `  ${Math.floor(p.percent).toString().padStart(3)}%  ${formatBytes(p.receivedBytes)} of ${formatBytes(p.totalBytes)}${speed}${eta}`;
  const cells = Math.max(10, Math.min(40, columns - 1 - head.length - tail.length - 2));
  const filled = Math.round((cells * p.percent) / 100);
  return `${head}[${'█'.repeat(filled)}${'░'.repeat(cells - filled)}]${tail}`;
}

export async function runDataFetch(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
  } catch (error) {
    throw usageError(`data fetch: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const json = values.json === true;
  if (positionals.length !== 1) {
    throw usageError(`'data fetch' takes one dataset id, e.g. neurocanvas data fetch mnist`);
  }
  const id = positionals[0]!;
  if (!isDatasetId(id)) {
    throw usageError(`there is no dataset '${id}'. The datasets are ${DATASET_IDS.join(', ')}.`);
  }
  const info = DATASET_INFOS[id];
  if (!isDownloadableId(id)) {
    const origin = datasetOrigin(id);
    const why =
      origin === 'generated' ? 'is drawn on this computer' : 'comes installed with NeuroCanvas';
    if (json) io.out(JSON.stringify({ id, fetched: false, reason: origin }));
    else io.out(`${info.name} ${why}; there is nothing to download.`);
    return 0;
  }

  const dataDir = defaultDataDir();
  const controller = new AbortController();
  const stopInterrupts = io.onInterrupt?.(() => controller.abort()) ?? (() => undefined);
  let drawn = false;
  const clear = () => {
    if (drawn) io.progress?.('\r\x1b[2K');
    drawn = false;
  };
  let lastJson = -1;
  const onProgress = (p: DownloadProgress) => {
    if (json) {
      // One line per whole percent is enough for a program to follow.
      const percent = Math.floor(p.percent);
      if (percent === lastJson) return;
      lastJson = percent;
      io.out(JSON.stringify({ id, progress: p }));
    } else if (io.progress) {
      io.progress(`\r\x1b[2K${downloadLine(info.name, p, io.columns ?? 80)}`);
      drawn = true;
    }
  };
  try {
    const result = await fetchDataset(id, info.name, {
      dataDir,
      signal: controller.signal,
      onProgress,
    });
    clear();
    // Reading it once proves the files are whole and in the expected format.
    const dataset = await loadDownloaded(id, { dataDir });
    const counts = `${dataset.train.count.toLocaleString('en-US')} training and ${dataset.test.count.toLocaleString('en-US')} test examples`;
    if (json) {
      io.out(
        JSON.stringify({
          id,
          fetched: result.downloadedBytes > 0,
          downloadedBytes: result.downloadedBytes,
          folder: result.folder,
          train: dataset.train.count,
          test: dataset.test.count,
        }),
      );
    } else if (result.downloadedBytes > 0) {
      io.out(
        `Downloaded ${info.name} (${formatBytes(result.downloadedBytes)}) into ${result.folder}: ${counts}.`,
      );
    } else {
      io.out(`${info.name} is already in ${result.folder}: ${counts}.`);
    }
    return 0;
  } catch (error) {
    clear();
    if (error instanceof DatasetError) {
      if (error.kind === 'cancelled') {
        io.err(`neurocanvas: ${error.message}`);
        return INTERRUPTED_EXIT_CODE;
      }
      throw new CliError(error.message);
    }
    throw error;
  } finally {
    stopInterrupts();
  }
}
