/**
 * The training panel's downloads on the host: at most one download per dataset at a time, shared
 * by every page, into the cache of the app's data folder where the trainer reads it. Each request
 * (start, status, cancel) is answered at once with the download's state; the download itself runs
 * on, and a cancelled or failed one leaves no partial file (see `fetchDataset`).
 */
import { DATASET_INFOS } from '../../data/catalog';
import {
  DOWNLOAD_SOURCES,
  downloadBytes,
  type DownloadableId,
  type DownloadSource,
} from '../../data/downloads/sources';
import type { DownloadProgress } from '../../data/downloads/progress';
import { DatasetError, type DatasetProblem } from '../../data/errors';
import { fetchDataset, missingFiles } from '../../data/node/download/fetchDataset';
import type { DatasetDownloadStatus } from '../../protocol/datasetDownload';
import type { RendererRequestOf } from '../../protocol/renderer';

export interface DatasetDownloadsOptions {
  /** The files to expect instead of the datasets' own (small stand-ins, in tests). */
  sources?: Partial<Record<DownloadableId, DownloadSource>>;
  /** Base addresses to fetch from instead of the datasets' own (a mirror, or a local server). */
  locations?: readonly string[];
}

interface Download {
  state: 'running' | 'failed' | 'cancelled';
  progress: DownloadProgress | null;
  message: string;
  /** `message` by code and values, when the download said so. */
  problem?: DatasetProblem;
  controller: AbortController;
  finished: Promise<void>;
}

export class DatasetDownloads {
  /** Running downloads, and those that failed or were cancelled until the next start. */
  private readonly downloads = new Map<DownloadableId, Download>();

  constructor(
    private readonly dataDir: string,
    private readonly options: DatasetDownloadsOptions = {},
  ) {}

  async handle(request: RendererRequestOf<'datasetDownload'>): Promise<DatasetDownloadStatus> {
    const id = request.dataset;
    const download = this.downloads.get(id);
    switch (request.action) {
      case 'start': {
        if (download?.state === 'running') return this.status(id);
        const missing = await missingFiles(id, this.dataDir, this.source(id));
        // Checked again after the wait: another request may have started it meanwhile.
        if (missing.length > 0 && this.downloads.get(id)?.state !== 'running') this.start(id);
        else if (missing.length === 0) this.downloads.delete(id);
        return this.status(id);
      }
      case 'cancel':
        if (download?.state === 'running') {
          download.controller.abort();
          await download.finished;
        }
        return this.status(id);
      case 'status':
        return this.status(id);
    }
  }

  /** Stops every running download (the host is closing); each removes its partial file. */
  async close(): Promise<void> {
    const running = [...this.downloads.values()].filter((d) => d.state === 'running');
    for (const d of running) d.controller.abort();
    await Promise.all(running.map((d) => d.finished));
  }

  private source(id: DownloadableId): DownloadSource {
    return this.options.sources?.[id] ?? DOWNLOAD_SOURCES[id];
  }

  private start(id: DownloadableId): void {
    const controller = new AbortController();
    const download: Download = {
      state: 'running',
      progress: null,
      message: '',
      controller,
      finished: Promise.resolve(),
    };
    download.finished = fetchDataset(id, DATASET_INFOS[id].name, {
      dataDir: this.dataDir,
      signal: controller.signal,
      source: this.source(id),
      ...(this.options.locations ? { locations: this.options.locations } : {}),
      onProgress: (progress) => (download.progress = progress),
    }).then(
      // Done: the cache answers for it from now on.
      () => void this.downloads.delete(id),
      (error: unknown) => {
        const cancelled = error instanceof DatasetError && error.kind === 'cancelled';
        download.state = cancelled ? 'cancelled' : 'failed';
        download.message = error instanceof Error ? error.message : String(error);
        if (error instanceof DatasetError && error.problem) download.problem = error.problem;
      },
    );
    this.downloads.set(id, download);
  }

  private async status(id: DownloadableId): Promise<DatasetDownloadStatus> {
    const totalBytes = downloadBytes(this.source(id));
    const download = this.downloads.get(id);
    if (download) {
      const p = download.progress;
      return {
        dataset: id,
        state: download.state,
        file: download.state === 'running' ? (p?.file ?? '') : '',
        receivedBytes: p?.receivedBytes ?? 0,
        totalBytes,
        bytesPerSecond: download.state === 'running' ? (p?.bytesPerSecond ?? null) : null,
        etaSeconds: download.state === 'running' ? (p?.etaSeconds ?? null) : null,
        message: download.message,
        ...(download.problem
          ? { code: download.problem.code, values: { ...download.problem.values } }
          : {}),
      };
    }
    const missing = await missingFiles(id, this.dataDir, this.source(id));
    const missingBytes = missing.reduce((sum, f) => sum + f.bytes, 0);
    return {
      dataset: id,
      state: missing.length === 0 ? 'done' : 'missing',
      file: '',
      receivedBytes: totalBytes - missingBytes,
      totalBytes,
      bytesPerSecond: null,
      etaSeconds: null,
      message: '',
    };
  }
}
