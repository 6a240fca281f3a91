/** `neurocanvas data list [--json]`: every dataset, what it holds and where it comes from. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_IDS, DATASET_INFOS, datasetOrigin, type DatasetId } from '../../data/catalog';
import { downloadBytes, DOWNLOAD_SOURCES, isDownloadableId } from '../../data/downloads/sources';
import { formatBytes } from '../../data/downloads/progress';
import { datasetFolder, missingFiles } from '../../data/node/download/fetchDataset';
import { defaultDataDir } from '../../host/server/dataDir';
import type { Io } from '../main';
import { usageError } from '../usage';

const n = (x: number) => x.toLocaleString('en-US');

interface ListedDataset {
  id: DatasetId;
  name: string;
  task: string;
  inputShape: number[];
  targetShape: number[];
  classNames: string[] | null;
  sizes: { train: number; test: number };
  origin: 'generated' | 'bundled' | 'download';
  /** Downloaded sets only: whether the files are in the cache, and how much there is to fetch. */
  download: { cached: boolean; bytes: number; folder: string } | null;
  source: string;
  licence: string;
  citation: string;
  description: string;
}

async function listed(dataDir: string): Promise<ListedDataset[]> {
  return Promise.all(
    DATASET_IDS.map(async (id) => {
      const info = DATASET_INFOS[id];
      const download = isDownloadableId(id)
        ? {
            cached: (await missingFiles(id, dataDir)).length === 0,
            bytes: downloadBytes(DOWNLOAD_SOURCES[id]),
            folder: datasetFolder(dataDir, id),
          }
        : null;
      return {
        id,
        name: info.name,
        task: info.task,
        inputShape: info.inputShape,
        targetShape: info.targetShape,
        classNames: info.classNames ?? null,
        sizes: info.sizes,
        origin: datasetOrigin(id),
        download,
        source: info.source,
        licence: info.licence,
        citation: info.citation,
        description: info.description,
      };
    }),
  );
}

function whereText(d: ListedDataset): string {
  if (d.origin === 'generated') return 'generated';
  if (d.origin === 'bundled') return 'bundled';
  return d.download!.cached ? 'downloaded' : `download ${formatBytes(d.download!.bytes)}`;
}

export function listTable(rows: readonly ListedDataset[]): string {
  const header = ['ID', 'Name', 'Task', 'Input', 'Target', 'Train', 'Test', 'Where'];
  const cells = rows.map((d) => [
    d.id,
    d.name,
    d.task,
    `[${d.inputShape.join(', ')}]`,
    d.classNames ? `${d.classNames.length} classes` : `[${d.targetShape.join(', ')}]`,
    n(d.sizes.train),
    n(d.sizes.test),
    whereText(d),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const numeric = new Set([5, 6]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

export async function runDataList(args: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: { json: { type: 'boolean' } },
    }));
  } catch (error) {
    throw usageError(`data list: ${(error as Error).message}`);
  }
  const dataDir = defaultDataDir();
  const rows = await listed(dataDir);
  if (values.json) {
    io.out(JSON.stringify({ dataDir, datasets: rows }));
    return 0;
  }
  io.out(listTable(rows));
  io.out(
    `\nDownloaded datasets are kept in ${join(dataDir, 'datasets')}; fetch one ahead with 'neurocanvas data fetch ID'.`,
  );
  return 0;
}
