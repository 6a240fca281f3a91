/**
 * Which training controls apply now, and why not when they do not: a control is never a dead
 * button, it is disabled with its reason.
 */
import type { HostStatus } from '../host/hostStore';
import type { RunStatus } from '../stores/trainingReducer';

export type Availability = { enabled: true } | { enabled: false; why: string };

export interface ControlStates {
  train: Availability;
  /** One button: Pause while training, Resume while paused. */
  pauseResume: { label: 'Pause' | 'Resume'; state: Availability };
  step: Availability;
  stop: Availability;
}

const on: Availability = { enabled: true };
const off = (why: string): Availability => ({ enabled: false, why });

export function hostWhy(host: HostStatus, reason: string | null): string {
  if (host === 'connecting') return 'Connecting to NeuroCanvas…';
  return reason ?? 'This page is not connected to NeuroCanvas, so training is off.';
}

export function controlStates(
  host: HostStatus,
  hostReason: string | null,
  run: RunStatus,
): ControlStates {
  if (host !== 'connected') {
    const why = off(hostWhy(host, hostReason));
    return {
      train: why,
      pauseResume: { label: run === 'paused' ? 'Resume' : 'Pause', state: why },
      step: why,
      stop: why,
    };
  }
  const idle = off('Nothing is training.');
  const states: Record<RunStatus, ControlStates> = {
    idle: {
      train: on,
      pauseResume: { label: 'Pause', state: idle },
      step: off('Step trains one batch of a paused run.'),
      stop: idle,
    },
    starting: {
      train: off('A run is starting.'),
      pauseResume: { label: 'Pause', state: off('Training is starting.') },
      step: off('Step trains one batch of a paused run.'),
      stop: on,
    },
    running: {
      train: off('A run is under way; stop it first.'),
      pauseResume: { label: 'Pause', state: on },
      step: off('Pause first: Step trains one batch of a paused run.'),
      stop: on,
    },
    paused: {
      train: off('A run is under way; stop it first.'),
      pauseResume: { label: 'Resume', state: on },
      step: on,
      stop: on,
    },
    stopping: {
      train: off('The run is stopping.'),
      pauseResume: { label: 'Pause', state: off('The run is stopping.') },
      step: off('The run is stopping.'),
      stop: off('Stopping after the batch in progress.'),
    },
    done: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
    failed: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
    crashed: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
  };
  return states[run];
}
