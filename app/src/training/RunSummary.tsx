/** The status area: what the run is doing, its backend, how it ended, and what went wrong. */
import { useShallow } from 'zustand/react/shallow';
import { useTraining } from '../stores/trainingStore';
import { resultText, statusText } from './runText';

export function RunSummary() {
  const run = useTraining(
    useShallow((s) => ({
      status: s.status,
      plan: s.plan,
      // Only what the sentence needs of the progress, so batches do not re-render it.
      progress: s.status === 'paused' ? s.progress : null,
      stop: s.stop,
      result: s.result,
      metric: s.metric,
    })),
  );
  const backend = useTraining((s) => s.backend);
  const errors = useTraining((s) => s.errors);
  const refusal = useTraining((s) => s.refusal);
  const result = resultText(run);
  return (
    <div className="run-summary">
      <p
        className="run-summary__status"
        role="status"
        aria-label="Training status"
        data-status={run.status}
      >
        {statusText(run)} {result}
      </p>
      {backend && (
        <p className="run-summary__backend">
          Backend: {backend.name} — {backend.reason}
        </p>
      )}
      <div role="alert" aria-label="Training problems" className="run-summary__alerts">
        {refusal && <p className="run-summary__refusal">{refusal}</p>}
        {errors.map((e, i) => (
          <p key={i} className="run-summary__error">
            {e.message}
            {e.suggestion && <span className="run-summary__suggestion"> {e.suggestion}</span>}
          </p>
        ))}
      </div>
    </div>
  );
}
