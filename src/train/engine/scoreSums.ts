/**
 * The running means of an epoch's training batches: loss and metrics weighted by batch size,
 * mean = Σ value_b · n_b / Σ n_b, as Keras reports an epoch's training scores.
 */
import type { Scores } from '../../protocol';

export class ScoreSums {
  private examples = 0;
  private loss = 0;
  private readonly metrics: Float64Array;

  constructor(private readonly keys: readonly string[]) {
    this.metrics = new Float64Array(keys.length);
  }

  add(loss: number, metrics: readonly number[], examples: number): void {
    this.examples += examples;
    this.loss += loss * examples;
    metrics.forEach((m, i) => (this.metrics[i]! += m * examples));
  }

  get count(): number {
    return this.examples;
  }

  scores(): Scores {
    const n = Math.max(1, this.examples);
    const metrics: Record<string, number> = {};
    this.keys.forEach((key, i) => (metrics[key] = this.metrics[i]! / n));
    return { loss: this.loss / n, metrics };
  }
}
