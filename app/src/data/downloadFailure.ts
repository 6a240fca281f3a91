/**
 * Why a download failed, in the user's language: by the host's code with the dataset named as the
 * interface names it, else the host's English under a sentence in the user's language.
 */
import { isMessageKey, type Translate } from '../../../src/i18n';
import type { DatasetDownloadStatus } from '../../../src/protocol/datasetDownload';
import { datasetName } from './datasetText';

export function downloadFailureText(
  t: Translate,
  status: Pick<DatasetDownloadStatus, 'dataset' | 'message' | 'code' | 'values'>,
): string {
  const name = datasetName(t, status.dataset);
  const key = `data.download.error.${status.code}`;
  if (status.code && isMessageKey(key)) {
    try {
      return t(key, { ...status.values, name });
    } catch {
      // A value the message needs is missing: the host's own words still say what went wrong.
    }
  }
  return t('data.download.failed', { name, reason: status.message });
}
