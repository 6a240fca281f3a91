/**
 * The trainer's side of the live streams: whatever the batch rate, the UI gets at most one batch
 * message per `batchIntervalMs` (50 ms: 20 a second) and at most one activation map message and
 * one decision-boundary message per `activationIntervalMs`. Batch messages in between are folded
 * into the next one sent (see `BatchAggregate`); of activation maps and boundaries only the newest
 * waits. Every other message (epoch, paused, stopped, done, error, …) is sent at once, after the
 * batch aggregate still held back, so the order the UI sees is the order things happened.
 *
 * Pure: no timers. The clock is injected, and the caller calls `tick()` when `dueAt()` comes (or
 * just on every batch), so tests drive it with a fake clock.
 */
import { BatchAggregate } from './batchAggregate';
import { COALESCING, endsStream } from './delivery';
import type { TrainerMessage, TrainerMessageOf } from './trainer';

export const DEFAULT_BATCH_INTERVAL_MS = 50;
export const DEFAULT_ACTIVATION_INTERVAL_MS = 250;

export interface StreamThrottleOptions {
  /** Sends one message on to the host. */
  emit: (message: TrainerMessage) => void;
  /** Milliseconds on any monotonic clock, e.g. `performance.now`. */
  now: () => number;
  batchIntervalMs?: number;
  activationIntervalMs?: number;
}

type Snapshot =
  TrainerMessageOf<'activations'> | TrainerMessageOf<'boundary'> | TrainerMessageOf<'ganSamples'>;

export class StreamThrottle {
  private readonly emitMessage: (message: TrainerMessage) => void;
  private readonly now: () => number;
  private readonly batchIntervalMs: number;
  private activationIntervalMs: number;

  private pendingBatch: BatchAggregate | null = null;
  private lastBatchAt = -Infinity;
  /** The newest activation map or boundary not yet sent, and when each kind was last sent. */
  private readonly pendingSnapshot = new Map<Snapshot['type'], Snapshot>();
  private readonly lastSnapshotAt = new Map<Snapshot['type'], number>();

  constructor(options: StreamThrottleOptions) {
    this.emitMessage = options.emit;
    this.now = options.now;
    this.batchIntervalMs = options.batchIntervalMs ?? DEFAULT_BATCH_INTERVAL_MS;
    this.activationIntervalMs = options.activationIntervalMs ?? DEFAULT_ACTIVATION_INTERVAL_MS;
  }

  /** The user changed how often activation maps may come; applies from the next one. */
  setActivationInterval(ms: number): void {
    this.activationIntervalMs = ms;
  }

  push(message: TrainerMessage): void {
    switch (COALESCING[message.type]) {
      case 'fold':
        this.pushBatch(message as TrainerMessageOf<'batch'>);
        break;
      case 'newest':
        this.pendingSnapshot.set(message.type as Snapshot['type'], message as Snapshot);
        this.sendDueSnapshots();
        break;
      case 'never':
        this.sendBatch();
        if (endsStream(message)) this.sendSnapshots();
        this.emitMessage(message);
        break;
    }
  }

  /** Sends whatever held-back message has become due. */
  tick(): void {
    if (this.pendingBatch && this.now() - this.lastBatchAt >= this.batchIntervalMs)
      this.sendBatch();
    this.sendDueSnapshots();
  }

  /** Sends everything held back, due or not (before the trainer exits, say). */
  flush(): void {
    this.sendBatch();
    this.sendSnapshots();
  }

  /** When `tick()` will next have something to send, or null when nothing is held back. */
  dueAt(): number | null {
    let due = Infinity;
    if (this.pendingBatch) due = this.lastBatchAt + this.batchIntervalMs;
    for (const type of this.pendingSnapshot.keys()) due = Math.min(due, this.snapshotDueAt(type));
    return due === Infinity ? null : due;
  }

  private pushBatch(message: TrainerMessageOf<'batch'>): void {
    // A new epoch or run is never folded into the previous one's numbers.
    if (this.pendingBatch && !this.pendingBatch.accepts(message)) this.sendBatch();
    if (this.pendingBatch) this.pendingBatch.add(message);
    else this.pendingBatch = new BatchAggregate(message);
    if (this.now() - this.lastBatchAt >= this.batchIntervalMs) this.sendBatch();
  }

  private sendBatch(): void {
    if (!this.pendingBatch) return;
    const message = this.pendingBatch.message();
    this.pendingBatch = null;
    this.lastBatchAt = this.now();
    this.emitMessage(message);
  }

  private snapshotDueAt(type: Snapshot['type']): number {
    return (this.lastSnapshotAt.get(type) ?? -Infinity) + this.activationIntervalMs;
  }

  private sendDueSnapshots(): void {
    const now = this.now();
    for (const type of [...this.pendingSnapshot.keys()])
      if (now >= this.snapshotDueAt(type)) this.sendSnapshot(type, now);
  }

  private sendSnapshots(): void {
    const now = this.now();
    for (const type of [...this.pendingSnapshot.keys()]) this.sendSnapshot(type, now);
  }

  private sendSnapshot(type: Snapshot['type'], now: number): void {
    const message = this.pendingSnapshot.get(type)!;
    this.pendingSnapshot.delete(type);
    this.lastSnapshotAt.set(type, now);
    this.emitMessage(message);
  }
}
