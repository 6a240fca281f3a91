/** The connection to NeuroCanvas in the status bar: connected, connecting, or why there is none. */
import type { MessageKey } from '../../../src/i18n';
import { useT } from '../i18n';
import { useHost, type HostStatus } from './hostStore';

const TEXT: Readonly<Record<HostStatus, MessageKey>> = {
  connecting: 'app.host.connecting',
  connected: 'app.host.connected',
  unavailable: 'app.host.unavailable',
  lost: 'app.host.lost',
};

/** Why there is no connection; the reason stored with the status is in the language of its time. */
const WHY: Readonly<Partial<Record<HostStatus, MessageKey>>> = {
  unavailable: 'app.host.noHost',
  lost: 'app.host.closed',
};

export function HostIndicator() {
  const t = useT();
  const status = useHost((s) => s.status);
  const why = WHY[status];
  return (
    <span className="host-indicator" data-host={status} title={why && t(why)}>
      {t(TEXT[status])}
    </span>
  );
}
