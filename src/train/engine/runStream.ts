/**
 * Everything a run reports passes through here: stamped with the protocol version and the run id,
 * then throttled (`StreamThrottle`: at most ~20 batch messages a second, activation maps and
 * boundaries at most once per interval, events never dropped and kept in order). A timer sends
 * what the throttle holds back once it is due, so the last numbers arrive even while the run is
 * paused or between slow batches.
 *
 * Batches are folded here first (`BatchAggregate`) and handed on at most once per batch interval.
 * The throttle alone would send the batches held back at every epoch's end, which for a small
 * dataset (dozens of epochs a second) means dozens of batch messages a second; here the batches an
 * epoch's end catches unsent are dropped instead, since the epoch message that follows sums up the
 * whole epoch. Before a pause and at the end of a run they are sent, so the UI sees where it rests.
 */
import {
  BatchAggregate,
  DEFAULT_BATCH_INTERVAL_MS,
  PROTOCOL_VERSION,
  StreamThrottle,
  type TrainerMessage,
  type TrainerMessageOf,
  type TrainerMessageType,
} from '../../protocol';

/** A message of type T without the envelope fields the stream fills in. */
export type Body<T extends TrainerMessageType> = Omit<TrainerMessageOf<T>, 'v' | 'type' | 'runId'>;

export class RunStream {
  private readonly throttle: StreamThrottle;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private batches: BatchAggregate | null = null;
  private lastBatchAt = -Infinity;

  constructor(
    private readonly runId: string,
    emit: (message: TrainerMessage) => void,
    private readonly now: () => number,
    activationIntervalMs: number,
  ) {
    this.throttle = new StreamThrottle({ emit, now, activationIntervalMs });
  }

  send<T extends TrainerMessageType>(type: T, body: Body<T>): void {
    const message = { v: PROTOCOL_VERSION, type, runId: this.runId, ...body } as TrainerMessage;
    if (message.type === 'batch') return this.addBatch(message);
    if (message.type === 'paused' || message.type === 'stopped' || message.type === 'error')
      this.sendBatches();
    else if (message.type === 'epoch') this.batches = null;
    this.throttle.push(message);
    this.schedule();
  }

  /**
   * Sends the batches not yet reported, at once, whatever the interval: a step taken while paused
   * is the only news for a while, and the next step must not be folded into it.
   */
  sendBatchesNow(): void {
    this.sendBatches();
    this.throttle.flush();
  }

  private sendBatches(): void {
    if (!this.batches) return;
    const message = this.batches.message();
    this.batches = null;
    this.lastBatchAt = this.now();
    this.throttle.push(message);
    this.schedule();
  }

  private addBatch(message: TrainerMessageOf<'batch'>): void {
    if (this.batches?.accepts(message)) this.batches.add(message);
    else this.batches = new BatchAggregate(message);
    if (this.now() - this.lastBatchAt >= DEFAULT_BATCH_INTERVAL_MS) this.sendBatches();
  }

  /** Sends whatever has become due; cheap enough to call after every batch. */
  tick(): void {
    this.throttle.tick();
  }

  /** Sends everything held back and stops the timer: the run is over. */
  close(): void {
    this.throttle.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) return;
    const due = this.throttle.dueAt();
    if (due === null) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.throttle.tick();
        this.schedule();
      },
      Math.max(0, due - this.now()),
    );
  }
}
