/** Whether the next run starts from trained weights, and a way back to fresh ones. */
import { useT } from '../i18n';
import { useDocument } from '../stores/documentStore';
import { resetWeights } from './trainingEdits';

export function WeightsNote({ locked }: { locked: boolean }) {
  const trained = useDocument((s) => s.project.weights !== undefined);
  const t = useT();
  if (!trained) return null;
  return (
    <div className="weights-note">
      <p>{t('training.weights.trained')}</p>
      <button
        type="button"
        disabled={locked}
        title={t(locked ? 'training.weights.busy' : 'training.weights.fresh')}
        onClick={resetWeights}
      >
        {t('training.weights.reset')}
      </button>
    </div>
  );
}
