/**
 * For a dataset downloaded on first use (MNIST, Fashion-MNIST, CIFAR-10): whether the host already
 * keeps it, a Download button when it does not, and while it downloads a bar with the bytes, the
 * percentage and the time left, and Cancel. The page asks the host for the state a few times a
 * second while a download runs (see `src/protocol/datasetDownload.ts`).
 */
import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '../../../src/data/downloads/progress';
import type { DownloadableId } from '../../../src/data/downloads/sources';
import type { DatasetDownloadStatus } from '../../../src/protocol/datasetDownload';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { formatDuration } from '../training/timeText';
import { downloadStatusStore } from './downloadStatus';
import './datasetDownload.css';

/** How often a running download's state is asked for. */
export const POLL_MS = 250;

type Action = 'start' | 'status' | 'cancel';

export function DatasetDownload({
  dataset,
  name,
  client,
}: {
  dataset: DownloadableId;
  name: string;
  client: HostClient | null;
}) {
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
  const size = formatBytes(status.totalBytes);
  switch (status.state) {
    case 'done':
      return (
        <p className="dataset-download__note">{name} is downloaded and kept on this computer.</p>
      );
    case 'running': {
      const percent =
        status.totalBytes > 0 ? Math.min(100, (100 * status.receivedBytes) / status.totalBytes) : 0;
      const text = `${formatBytes(status.receivedBytes)} of ${size} (${Math.floor(percent)}%)${
        status.etaSeconds !== null ? `, about ${formatDuration(status.etaSeconds)} left` : ''
      }`;
      return (
        <div className="dataset-download" role="group" aria-label={`Download of ${name}`}>
          <progress
            aria-label="Download progress"
            max={100}
            value={percent}
            aria-valuetext={text}
          />
          <p className="dataset-download__text">
            <span>{text}</span>
            <button type="button" onClick={() => ask('cancel')}>
              Cancel download
            </button>
          </p>
        </div>
      );
    }
    default:
      return (
        <div className="dataset-download" role="group" aria-label={`Download of ${name}`}>
          {status.state !== 'missing' && status.message && (
            <p role="alert" className="dataset-download__problem">
              {status.message}
            </p>
          )}
          <p className="dataset-download__text">
            <span>
              {name} is downloaded once ({size}) and then kept on this computer.
            </span>
            <button type="button" onClick={() => ask('start')}>
              Download
            </button>
          </p>
        </div>
      );
  }
}
