/** Train, Pause/Resume, Step and Stop: each enabled only when it applies, with the reason if not. */
import { useHost } from '../host/hostStore';
import { useT } from '../i18n';
import { useTraining } from '../stores/trainingStore';
import { trainingController } from './appTraining';
import { controlStates, type Availability } from './controlStates';

function ControlButton({
  label,
  state,
  onClick,
  primary = false,
}: {
  label: string;
  state: Availability;
  onClick(): void;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      disabled={!state.enabled}
      title={state.enabled ? undefined : state.why}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function TrainingControls() {
  const host = useHost((s) => s.status);
  const hostReason = useHost((s) => s.reason);
  const status = useTraining((s) => s.status);
  const t = useT();
  const states = controlStates(host, hostReason, status, t);
  const { label, state } = states.pauseResume;
  return (
    <div className="training-controls" role="group" aria-label={t('training.controls')}>
      <ControlButton
        label={t('training.control.train')}
        primary
        state={states.train}
        onClick={() => trainingController.start()}
      />
      <ControlButton
        label={t(label === 'Pause' ? 'training.control.pause' : 'training.control.resume')}
        state={state}
        onClick={() =>
          label === 'Pause' ? trainingController.pause() : trainingController.resume()
        }
      />
      <ControlButton
        label={t('training.control.step')}
        state={states.step}
        onClick={() => trainingController.step()}
      />
      <ControlButton
        label={t('training.control.stop')}
        state={states.stop}
        onClick={() => trainingController.stop()}
      />
    </div>
  );
}
