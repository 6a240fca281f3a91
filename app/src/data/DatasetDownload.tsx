/**
 * For a dataset downloaded on first use (MNIST, Fashion-MNIST, CIFAR-10): whether the host already
 * keeps it, a Download button when it does not, and while it downloads a bar with the bytes, the
 * percentage and the time left, and Cancel. The page asks the host for the state a few times a
 * second while a download runs (see `src/protocol/datasetDownload.ts`).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DownloadableId } from '../../../src/data/downloads/sources';
import type { DatasetDownloadStatus } from '../../../src/protocol/datasetDownload';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { useLocale, useT } from '../i18n';
import { datasetName } from './datasetText';
import { downloadFailureText } from './downloadFailure';
import { downloadStatusStore } from './downloadStatus';
import { formatDuration, formatSize } from './sizeText';
import './datasetDownload.css';

/** How often a running download's state is asked for. */
export const POLL_MS = 250;

type Action = 'start' | 'status' | 'cancel';

export function DatasetDownload({
  dataset,
  client,
}: {
  dataset: DownloadableId;
  /** The catalogue's name; the one shown follows the interface's language. */
  name?: string;
  client: HostClient | null;
}) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const name = datasetName(t, dataset);
  // Kept with the dataset they are about, so that a reply about an earlier choice is not shown.
  const [reply, setReply] = useState<DatasetDownloadStatus | null>(null);
  const [error, setError] = useState<{ dataset: string; message: string } | null>(null);

  const ask = useCallback(
    (action: Action) => {
      if (!client) return;
      client.request({ type: 'datasetDownload', action, dataset }).then(
        (answer) => {
          downloadStatusStore.getState().report(answer.dataset, answer.state);
          setReply(answer);
          setError(null);
        },
        (e: unknown) => setError({ dataset, message: e instanceof Error ? e.message : String(e) }),
      );
    },
    [client, dataset],
  );

  // Whether the host keeps the dataset already, each time another one is chosen.
  useEffect(() => ask('status'), [ask]);

  const status = reply?.dataset === dataset ? reply : null;
  const running = status?.state === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => ask('status'), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, status, ask]);

  if (!client) return null;
  if (error?.dataset === dataset) return <p role="alert">{error.message}</p>;
  if (!status) return null;
  const size = formatSize(t, locale, status.totalBytes);
  switch (status.state) {
    case 'done':
      return <p className="dataset-download__note">{t('data.download.kept', { name })}</p>;
    case 'running': {
      const percent =
        status.totalBytes > 0 ? Math.min(100, (100 * status.receivedBytes) / status.totalBytes) : 0;
      const progress = {
        received: formatSize(t, locale, status.receivedBytes),
        total: size,
        percent: Math.floor(percent),
      };
      const text =
        status.etaSeconds === null
          ? t('data.download.progress', progress)
          : t('data.download.progressEta', {
              ...progress,
              left: formatDuration(t, status.etaSeconds),
            });
      return (
        <div
          className="dataset-download"
          role="group"
          aria-label={t('data.download.group', { name })}
        >
          <progress
            aria-label={t('data.download.bar')}
            max={100}
            value={percent}
            aria-valuetext={text}
          />
          <p className="dataset-download__text">
            <span>{text}</span>
            <button type="button" onClick={() => ask('cancel')}>
              {t('data.download.cancel')}
            </button>
          </p>
        </div>
      );
    }
    default: {
      const problem =
        status.state === 'cancelled'
          ? t('data.download.cancelled', { name })
          : status.state === 'failed'
            ? downloadFailureText(t, status)
            : null;
      return (
        <div
          className="dataset-download"
          role="group"
          aria-label={t('data.download.group', { name })}
        >
          {problem && (
            <p role="alert" className="dataset-download__problem">
              {problem}
            </p>
          )}
          <p className="dataset-download__text">
            <span>{t('data.download.once', { name, size })}</span>
            <button type="button" onClick={() => ask('start')}>
              {t('data.download.start')}
            </button>
          </p>
        </div>
      );
    }
  }
}
