/**
 * Which training controls apply now, and why not when they do not: a control is never a dead
 * button, it is disabled with its reason.
 */
import type { Translate } from '../../../src/i18n';
import type { HostStatus } from '../host/hostStore';
import { currentT } from '../i18n';
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

export function hostWhy(
  host: HostStatus,
  reason: string | null,
  t: Translate = currentT(),
): string {
  if (host === 'connecting') return t('training.why.connecting');
  return reason ?? t('training.why.notConnected');
}

/** The controls' states, each reason in the language of `t`. */
export function controlStates(
  host: HostStatus,
  hostReason: string | null,
  run: RunStatus,
  t: Translate = currentT(),
): ControlStates {
  if (host !== 'connected') {
    const why = off(hostWhy(host, hostReason, t));
    return {
      train: why,
      pauseResume: { label: run === 'paused' ? 'Resume' : 'Pause', state: why },
      step: why,
      stop: why,
    };
  }
  const idle = off(t('training.why.idle'));
  const states: Record<RunStatus, ControlStates> = {
    idle: {
      train: on,
      pauseResume: { label: 'Pause', state: idle },
      step: off(t('training.why.stepPaused')),
      stop: idle,
    },
    starting: {
      train: off(t('training.why.starting')),
      pauseResume: { label: 'Pause', state: off(t('training.why.pauseStarting')) },
      step: off(t('training.why.stepPaused')),
      stop: on,
    },
    running: {
      train: off(t('training.why.underWay')),
      pauseResume: { label: 'Pause', state: on },
      step: off(t('training.why.pauseFirst')),
      stop: on,
    },
    paused: {
      train: off(t('training.why.underWay')),
      pauseResume: { label: 'Resume', state: on },
      step: on,
      stop: on,
    },
    stopping: {
      train: off(t('training.why.stopping')),
      pauseResume: { label: 'Pause', state: off(t('training.why.stopping')) },
      step: off(t('training.why.stopping')),
      stop: off(t('training.why.stoppingBatch')),
    },
    done: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
    failed: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
    crashed: { train: on, pauseResume: { label: 'Pause', state: idle }, step: idle, stop: idle },
  };
  return states[run];
}
