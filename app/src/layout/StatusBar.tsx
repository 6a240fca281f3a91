/**
 * The bottom line: the model's totals, the connection to NeuroCanvas, and the latest message for
 * the user (read out too).
 */
import { HostIndicator } from '../host/HostIndicator';
import { useUi } from '../stores/uiStore';
import { TotalsBar } from '../summary/TotalsBar';

export function StatusBar() {
  const notice = useUi((s) => s.notice);
  const info = notice?.tone === 'info' ? notice : null;
  const error = notice?.tone === 'error' ? notice : null;
  return (
    <footer className="status-bar">
      <TotalsBar />
      <HostIndicator />
      <div className="status-bar__notice" role="status">
        {info && <span key={info.serial}>{info.text}</span>}
      </div>
      <div className="status-bar__notice status-bar__notice--error" role="alert">
        {error && <span key={error.serial}>{error.text}</span>}
      </div>
    </footer>
  );
}
