/**
 * The views of a run that are sent when due rather than with every batch: the probe example's
 * activation maps (at most once per activation interval, and at once when the probe changes) and
 * the decision boundary (at the end of an epoch, at most once per interval, and always for the
 * last one). Nothing is computed that the stream would then drop.
 */
import type { StreamSettings } from '../../protocol';
import type { BoundaryView } from './boundary';
import type { Rows } from './data';
import type { Probe } from './probe';
import type { RunStream } from './runStream';

/** Where the run stands, for the `epoch` and `batch` fields of an activation message. */
export interface Position {
  epoch: number;
  batch: number;
}

export class LiveViews {
  private probeIndex: number;
  private probeChanged = true;
  private lastActivationsAt = -Infinity;
  private lastBoundaryAt = -Infinity;
  private work: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly streams: StreamSettings,
    private readonly stream: RunStream,
    private readonly probe: Probe,
    private readonly rows: Rows,
    private readonly boundary: BoundaryView | null,
    private readonly now: () => number,
  ) {
    this.probeIndex = streams.probeIndex;
  }

  /** The example the activation maps are shown for. */
  get probeExample(): number {
    return this.probeIndex;
  }

  /** Shows example `index` from now on; throws for an example the training data does not have. */
  setProbe(index: number, position: Position, showNow: boolean): void {
    const count = this.rows.x.length / this.rows.inputSize;
    if (!Number.isInteger(index) || index < 0 || index >= count)
      throw new Error(
        `Probe example ${index} does not exist: the training data has ${count} examples, numbered from 0.`,
      );
    this.probeIndex = index;
    this.probeChanged = true;
    if (showNow && this.streams.activations) this.queueActivations(position);
  }

  /** After a batch: computes the activation maps if they are due, and waits for them. */
  async afterBatch(position: Position): Promise<void> {
    if (!this.streams.activations) return;
    const due =
      this.probeChanged || this.now() - this.lastActivationsAt >= this.streams.activationIntervalMs;
    if (due) this.queueActivations(position);
    await this.work;
  }

  /** After an epoch: sends the decision boundary if due, or if this is the run's last epoch. */
  async afterEpoch(epoch: number, last: boolean): Promise<void> {
    if (!this.boundary || !this.streams.boundary) return;
    if (!last && this.now() - this.lastBoundaryAt < this.streams.activationIntervalMs) return;
    this.lastBoundaryAt = this.now();
    this.stream.send('boundary', { epoch, ...(await this.boundary.compute()) });
  }

  /** Waits for maps still being computed; none are computed after this. */
  async close(): Promise<void> {
    await this.work;
    this.closed = true;
  }

  /** One computation at a time, in order: a probe change while paused may overlap a batch. */
  private queueActivations(position: Position): void {
    const at = { ...position };
    this.work = this.work.then(async () => {
      if (this.closed) return;
      this.probeChanged = false;
      this.lastActivationsAt = this.now();
      const index = this.probeIndex;
      const layers = await this.probe.activations(this.rows, index);
      this.stream.send('activations', { ...at, probeIndex: index, layers });
    });
  }
}
