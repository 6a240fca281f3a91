/**
 * Several batch messages of one run and epoch folded into one, as if they had been a single larger
 * batch: the loss and each metric become the mean weighted by examples,
 *
 *     mean = Σ_i value_i · examples_i / Σ_i examples_i
 *
 * (a metric missing from some messages is averaged over the messages that have it), while the
 * position (epoch, batch), samples per second and ETA are the newest message's. Sums are kept
 * rather than running means, so folding 10,000 messages loses no more precision than adding.
 */
import type { TrainerMessageOf } from './trainer';

type BatchMessage = TrainerMessageOf<'batch'>;

export class BatchAggregate {
  private latest: BatchMessage;
  private count = 1;
  private examples: number;
  private lossSum: number;
  /** Metric name → [Σ value · examples, Σ examples]; a Map, so any name is a safe key. */
  private readonly metricSums = new Map<string, [number, number]>();

  constructor(first: BatchMessage) {
    this.latest = first;
    this.examples = first.examples;
    this.lossSum = first.loss * first.examples;
    this.addMetrics(first);
  }

  /** Whether `message` may be folded into this aggregate: same run, same epoch. */
  accepts(message: BatchMessage): boolean {
    return message.runId === this.latest.runId && message.epoch === this.latest.epoch;
  }

  add(message: BatchMessage): void {
    this.latest = message;
    this.count += 1;
    this.examples += message.examples;
    this.lossSum += message.loss * message.examples;
    this.addMetrics(message);
  }

  /** The folded message; a single message comes back as it was, with no rounding. */
  message(): BatchMessage {
    if (this.count === 1) return this.latest;
    const metrics = Object.fromEntries(
      [...this.metricSums].map(([key, [sum, weight]]) => [key, sum / weight]),
    );
    return { ...this.latest, examples: this.examples, loss: this.lossSum / this.examples, metrics };
  }

  private addMetrics(message: BatchMessage): void {
    for (const [key, value] of Object.entries(message.metrics)) {
      const sums = this.metricSums.get(key);
      if (sums) {
        sums[0] += value * message.examples;
        sums[1] += message.examples;
      } else this.metricSums.set(key, [value * message.examples, message.examples]);
    }
  }
}
