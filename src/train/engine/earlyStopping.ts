/**
 * Early stopping, as Keras defines it: after every epoch the monitored number either improves on
 * the best so far (lower loss, higher accuracy) or the wait grows by one; once `patience` epochs in
 * a row have not improved, training stops. A NaN never counts as an improvement.
 */
import type { EarlyStoppingMonitor } from '../../project/training';
import type { Scores } from '../../protocol';

export type EpochVerdict = 'improved' | 'waiting' | 'stop';

export class EarlyStopping {
  private best: number | null = null;
  private wait = 0;
  /** The epoch (from 1) that scored best so far. */
  bestEpoch = 0;

  constructor(
    readonly monitor: EarlyStoppingMonitor,
    private readonly patience: number,
  ) {}

  /** The monitored number in an epoch's scores; NaN when the epoch lacks it. */
  static value(monitor: EarlyStoppingMonitor, train: Scores, validation: Scores | null): number {
    if (monitor === 'loss') return train.loss;
    if (!validation) return NaN;
    return monitor === 'val_loss' ? validation.loss : (validation.metrics.acc ?? NaN);
  }

  /** Records epoch `epoch`'s value of the monitored number and says what follows. */
  observe(epoch: number, value: number): EpochVerdict {
    const higherIsBetter = this.monitor === 'val_accuracy';
    const improved =
      !Number.isNaN(value) &&
      (this.best === null || (higherIsBetter ? value > this.best : value < this.best));
    if (improved) {
      this.best = value;
      this.bestEpoch = epoch;
      this.wait = 0;
      return 'improved';
    }
    this.wait += 1;
    return this.wait >= this.patience ? 'stop' : 'waiting';
  }
}
