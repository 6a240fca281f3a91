/**
 * Downloading a dataset from the training panel. One request, `datasetDownload`, either starts the
 * download of a dataset the host does not yet keep, asks how it is going, or cancels it; every one
 * is answered at once with `datasetDownloadState`. The page asks for the state a few times a
 * second while a download runs, so the exchange stays one reply per request on every transport,
 * and a page that reloads (or a second page) finds a running download where it left it.
 */
import type * as z from 'zod';
import { DOWNLOADABLE_IDS } from '../data/downloads/sources';
import { requestMessage } from './envelope';
import { nonNegativeFinite, oneOf, text } from './fields';
import { MAX_MESSAGE_LENGTH } from './limits';
import { codedFields } from './messageCode';

export const DOWNLOAD_ACTIONS = ['start', 'status', 'cancel'] as const;

/**
 * `missing`: not downloaded and not downloading; `running`; `done`: every file is in the cache;
 * `failed` and `cancelled` (with `message`) until the next start.
 */
export const DOWNLOAD_STATES = ['missing', 'running', 'done', 'failed', 'cancelled'] as const;
export type DownloadState = (typeof DOWNLOAD_STATES)[number];

export const datasetDownloadRequest = requestMessage('datasetDownload', {
  action: oneOf(DOWNLOAD_ACTIONS),
  dataset: oneOf(DOWNLOADABLE_IDS),
});

const seconds = nonNegativeFinite.nullable();

export const datasetDownloadStateFields = {
  dataset: oneOf(DOWNLOADABLE_IDS),
  state: oneOf(DOWNLOAD_STATES),
  /** The file being received now; empty when none is. */
  file: text(0, 200),
  receivedBytes: nonNegativeFinite,
  totalBytes: nonNegativeFinite,
  /** Bytes per second so far, and seconds left at that speed; null until they are known. */
  bytesPerSecond: seconds,
  etaSeconds: seconds,
  /** Why a download failed or stopped, with what to do about it. */
  message: text(0, MAX_MESSAGE_LENGTH),
  /** The same by code (`data.download.error.<code>`) and values, for the user's language. */
  ...codedFields,
};

export const datasetDownloadStateReply = requestMessage(
  'datasetDownloadState',
  datasetDownloadStateFields,
);
export type DatasetDownloadStatus = Omit<
  z.infer<typeof datasetDownloadStateReply>,
  'v' | 'type' | 'requestId'
>;
