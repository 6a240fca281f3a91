/**
 * The Train menu's commands: the same actions as the training panel's buttons, enabled by the same
 * rules (`controlStates`), so the menu, the shortcuts and the buttons always agree.
 */
import { describedAs } from '../../../src/commands/catalog';
import { hostStore } from '../host/hostStore';
import { trainingStore } from '../stores/trainingStore';
import { trainingController } from '../training/appTraining';
import { controlStates, type ControlStates } from '../training/controlStates';
import { mod, type Command, type KeyInput } from './types';

function states(): ControlStates {
  const host = hostStore.getState();
  return controlStates(host.status, host.reason, trainingStore.getState().status);
}

const enterWith = (shift: boolean) => (k: KeyInput) =>
  mod(k) && !k.altKey && k.shiftKey === shift && k.key === 'Enter';

export const startTraining: Command = {
  ...describedAs('startTraining'),
  keyTest: enterWith(false),
  predicate: () => states().train.enabled,
  perform: () => void trainingController.start(),
};

export const pauseOrResumeTraining: Command = {
  ...describedAs('pauseOrResumeTraining'),
  predicate: () => states().pauseResume.state.enabled,
  perform() {
    // Resume while paused, else pause: what the panel's one Pause/Resume button does.
    if (trainingStore.getState().status !== 'paused') trainingController.pause();
    else trainingController.resume();
  },
};

export const stepTraining: Command = {
  ...describedAs('stepTraining'),
  predicate: () => states().step.enabled,
  perform: () => trainingController.step(),
};

export const stopTraining: Command = {
  ...describedAs('stopTraining'),
  keyTest: enterWith(true),
  predicate: () => states().stop.enabled,
  perform: () => trainingController.stop(),
};
