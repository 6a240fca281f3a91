/** The connection to NeuroCanvas in the status bar: connected, connecting, or why there is none. */
import { useHost } from './hostStore';

const TEXT = {
  connecting: 'Connecting…',
  connected: 'Connected',
  unavailable: 'Not connected: training is off',
  lost: 'Connection lost',
} as const;

export function HostIndicator() {
  const status = useHost((s) => s.status);
  const reason = useHost((s) => s.reason);
  return (
    <span className="host-indicator" data-host={status} title={reason ?? undefined}>
      {TEXT[status]}
    </span>
  );
}
