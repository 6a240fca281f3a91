/** The run's progress: a bar over all its batches, epoch and batch, speed and time left. */
import { useT } from '../i18n';
import { useTraining } from '../stores/trainingStore';
import { formatDuration, formatRate } from './timeText';

export function TrainingProgress() {
  const plan = useTraining((s) => s.plan);
  const progress = useTraining((s) => s.progress);
  const status = useTraining((s) => s.status);
  const t = useT();
  const total = plan ? plan.epochs * plan.batchesPerEpoch : 1;
  const done = progress
    ? Math.min(total, (progress.epoch - 1) * progress.batchesPerEpoch + progress.batch)
    : 0;
  const where =
    plan && progress
      ? t('training.progress.where', {
          epoch: progress.epoch,
          epochs: plan.epochs,
          batch: progress.batch,
          batches: progress.batchesPerEpoch,
        })
      : t(status === 'starting' ? 'training.progress.preparing' : 'training.progress.notStarted');
  const speed =
    progress && progress.samplesPerS > 0
      ? [
          formatRate(progress.samplesPerS, t),
          ...(progress.etaS !== null && status === 'running'
            ? [t('training.progress.left', { time: formatDuration(progress.etaS, t) })]
            : []),
        ].join(' · ')
      : '';
  return (
    <div className="training-progress">
      <progress
        aria-label={t('training.progress')}
        max={total}
        value={done}
        aria-valuetext={where}
      />
      <p className="training-progress__text">
        <span>{where}</span>
        {speed && <span className="training-progress__speed">{speed}</span>}
      </p>
    </div>
  );
}
