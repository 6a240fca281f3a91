/**
 * The learning rate for each batch. A schedule is a multiplier m(epoch, progress) of the starting
 * rate r₀, with `epoch` the epochs completed (0 in the first) and `progress` the share of the run's
 * batches done, from 0 to 1:
 *
 *   constant      m = 1
 *   step decay    m = factor^⌊epoch / every⌋
 *   exponential   m = rate^epoch
 *   cosine        m = ½ · (1 + cos(π · progress))       (from 1 down to 0 at the end of the run)
 *
 * When the user sets a new rate r while the run goes, the schedule continues from it: from then on
 * the rate is r · m(now) / m(then), so a decaying schedule keeps decaying, from r.
 */
import type { LearningRateSchedule } from '../../project/training';

export interface ScheduleSettings {
  learningRate: number;
  lrSchedule: LearningRateSchedule;
  lrStepFactor: number;
  lrStepEpochs: number;
  lrDecayRate: number;
}

/** Where the run is: epochs completed before this batch, and the share of all batches done. */
export interface RunPosition {
  epoch: number;
  progress: number;
}

export function scheduleMultiplier(settings: ScheduleSettings, at: RunPosition): number {
  switch (settings.lrSchedule) {
    case 'constant':
      return 1;
    case 'step':
      return settings.lrStepFactor ** Math.floor(at.epoch / settings.lrStepEpochs);
    case 'exponential':
      return settings.lrDecayRate ** at.epoch;
    case 'cosine':
      return 0.5 * (1 + Math.cos(Math.PI * Math.min(1, Math.max(0, at.progress))));
  }
}

/** A multiplier this small means the schedule has run out; a new rate then simply holds. */
const EXHAUSTED = 1e-12;

export class LearningRate {
  private anchorRate: number;
  private anchorMultiplier = 1;

  constructor(private readonly settings: ScheduleSettings) {
    this.anchorRate = settings.learningRate;
  }

  /** The rate for the batch at `at`. */
  at(at: RunPosition): number {
    const m = scheduleMultiplier(this.settings, at);
    if (this.anchorMultiplier < EXHAUSTED) return this.anchorRate;
    return (this.anchorRate * m) / this.anchorMultiplier;
  }

  /** From the batch at `at` on, the rate is `rate`, and the schedule continues from it. */
  set(rate: number, at: RunPosition): void {
    this.anchorRate = rate;
    this.anchorMultiplier = scheduleMultiplier(this.settings, at);
  }
}
