/** Says why training is off when the page has no connection to NeuroCanvas. */
import { useHost } from '../host/hostStore';
import { hostWhy } from './controlStates';

export function HostNote() {
  const status = useHost((s) => s.status);
  const reason = useHost((s) => s.reason);
  if (status === 'connected') return null;
  return (
    <p className="host-note" data-host={status}>
      {hostWhy(status, reason)}
    </p>
  );
}
