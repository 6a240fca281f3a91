/** Train, Pause/Resume, Step and Stop: each enabled only when it applies, with the reason if not. */
import { useHost } from '../host/hostStore';
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
  const states = controlStates(host, hostReason, status);
  const { label, state } = states.pauseResume;
  return (
    <div className="training-controls" role="group" aria-label="Training controls">
      <ControlButton
        label="Train"
        primary
        state={states.train}
        onClick={() => trainingController.start()}
      />
      <ControlButton
        label={label}
        state={state}
        onClick={() =>
          label === 'Pause' ? trainingController.pause() : trainingController.resume()
        }
      />
      <ControlButton label="Step" state={states.step} onClick={() => trainingController.step()} />
      <ControlButton label="Stop" state={states.stop} onClick={() => trainingController.stop()} />
    </div>
  );
}
