/** The run's progress: a bar over all its batches, epoch and batch, speed and time left. */
import { useTraining } from '../stores/trainingStore';
import { formatDuration, formatRate } from './timeText';

export function TrainingProgress() {
  const plan = useTraining((s) => s.plan);
  const progress = useTraining((s) => s.progress);
  const status = useTraining((s) => s.status);
  const total = plan ? plan.epochs * plan.batchesPerEpoch : 1;
  const done = progress
    ? Math.min(total, (progress.epoch - 1) * progress.batchesPerEpoch + progress.batch)
    : 0;
  const where =
    plan && progress
      ? `Epoch ${progress.epoch} of ${plan.epochs}, batch ${progress.batch} of ${progress.batchesPerEpoch}`
      : status === 'starting'
        ? 'Preparing the data and the model…'
        : 'Not started';
  const speed =
    progress && progress.samplesPerS > 0
      ? [
          formatRate(progress.samplesPerS),
          ...(progress.etaS !== null && status === 'running'
            ? [`about ${formatDuration(progress.etaS)} left`]
            : []),
        ].join(' · ')
      : '';
  return (
    <div className="training-progress">
      <progress aria-label="Training progress" max={total} value={done} aria-valuetext={where} />
      <p className="training-progress__text">
        <span>{where}</span>
        {speed && <span className="training-progress__speed">{speed}</span>}
      </p>
    </div>
  );
}
