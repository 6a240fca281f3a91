/** The status area: what the run is doing, its backend, how it ended, and what went wrong. */
import { useShallow } from 'zustand/react/shallow';
import { useLocale, useT } from '../i18n';
import { useTraining } from '../stores/trainingStore';
import { resultText, statusText } from './runText';
import { backendReasonText, errorText } from './trainerText';

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
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const result = resultText(run, t, locale);
  return (
    <div className="run-summary">
      <p
        className="run-summary__status"
        role="status"
        aria-label={t('training.status')}
        data-status={run.status}
      >
        {statusText(run, t)} {result}
      </p>
      {backend && (
        <p className="run-summary__backend">
          {t('training.backend', { name: backend.name, reason: backendReasonText(backend, t) })}
        </p>
      )}
      <div role="alert" aria-label={t('training.problems')} className="run-summary__alerts">
        {refusal && <p className="run-summary__refusal">{refusal}</p>}
        {errors.map((error, i) => {
          const e = errorText(error, t, locale);
          return (
            <p key={i} className="run-summary__error">
              {e.message}
              {e.suggestion && <span className="run-summary__suggestion"> {e.suggestion}</span>}
            </p>
          );
        })}
      </div>
    </div>
  );
}
