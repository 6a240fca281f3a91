/**
 * The UI's side of the live streams: a queue between arriving trainer messages and a consumer that
 * may fall behind (a busy render, a hidden window). It never drops an event (epoch, stopped, done,
 * …) and keeps them in order; streams of state are coalesced while they wait:
 * - a batch message is folded into the batch message still waiting for the same run and epoch,
 *   provided no event has been queued after it (so a batch never jumps over an epoch);
 * - an activation map or boundary replaces the waiting one of its kind for the same run, and moves
 *   to the back of the queue.
 * So however slow the consumer, the queue holds the events it has not taken yet plus, per run, at
 * most one activation map, one boundary, and one batch message for each gap between events.
 */
import { BatchAggregate } from './batchAggregate';
import { COALESCING } from './delivery';
import type { TrainerMessage, TrainerMessageOf } from './trainer';

type Entry =
  | { kind: 'fold'; aggregate: BatchAggregate }
  | { kind: 'newest' | 'never'; message: TrainerMessage };

export class LatestQueue {
  private readonly entries: Entry[] = [];

  get length(): number {
    return this.entries.length;
  }

  push(message: TrainerMessage): void {
    const coalescing = COALESCING[message.type];
    if (coalescing === 'fold') this.fold(message as TrainerMessageOf<'batch'>);
    else if (coalescing === 'newest') this.replace(message);
    else this.entries.push({ kind: 'never', message });
  }

  /** The oldest waiting message, or undefined when none waits. */
  shift(): TrainerMessage | undefined {
    const entry = this.entries.shift();
    if (!entry) return undefined;
    return entry.kind === 'fold' ? entry.aggregate.message() : entry.message;
  }

  /** Every waiting message, oldest first; the queue is empty afterwards. */
  drain(): TrainerMessage[] {
    const out: TrainerMessage[] = [];
    for (let m = this.shift(); m; m = this.shift()) out.push(m);
    return out;
  }

  private fold(message: TrainerMessageOf<'batch'>): void {
    // Only entries after the newest event qualify; a snapshot in between does not matter.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (entry.kind === 'never') break;
      if (entry.kind === 'fold' && entry.aggregate.accepts(message)) {
        entry.aggregate.add(message);
        return;
      }
    }
    this.entries.push({ kind: 'fold', aggregate: new BatchAggregate(message) });
  }

  private replace(message: TrainerMessage): void {
    const old = this.entries.findIndex(
      (e) =>
        e.kind === 'newest' && e.message.type === message.type && e.message.runId === message.runId,
    );
    if (old >= 0) this.entries.splice(old, 1);
    this.entries.push({ kind: 'newest', message });
  }
}
