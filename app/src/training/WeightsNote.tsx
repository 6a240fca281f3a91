/** Whether the next run starts from trained weights, and a way back to fresh ones. */
import { useDocument } from '../stores/documentStore';
import { resetWeights } from './trainingEdits';

export function WeightsNote({ locked }: { locked: boolean }) {
  const trained = useDocument((s) => s.project.weights !== undefined);
  if (!trained) return null;
  return (
    <div className="weights-note">
      <p>The model has trained weights; the next run continues from them.</p>
      <button
        type="button"
        disabled={locked}
        title={locked ? 'A run is using the weights.' : 'Start the next run from fresh weights'}
        onClick={resetWeights}
      >
        Reset weights
      </button>
    </div>
  );
}
