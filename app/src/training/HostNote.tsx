/** Says why training is off when the page has no connection to NeuroCanvas. */
import { useHost } from '../host/hostStore';
import { useT } from '../i18n';
import { hostWhy } from './controlStates';

export function HostNote() {
  const status = useHost((s) => s.status);
  const reason = useHost((s) => s.reason);
  const t = useT();
  if (status === 'connected') return null;
  return (
    <p className="host-note" data-host={status}>
      {hostWhy(status, reason, t)}
    </p>
  );
}
