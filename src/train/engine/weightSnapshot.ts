/**
 * A copy of some of the model's variables, to go back to later: the best epoch's weights for early
 * stopping, or BatchNorm's moving statistics from before a batch whose loss turns out NaN (they
 * change in the forward pass, before the loss is known). A copy shares memory with the variable
 * until the optimizer assigns the variable a new value, so taking one is cheap.
 */
import type { LayerVariable, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';

export class WeightSnapshot {
  private copies: Tensor[] | null = null;

  constructor(
    private readonly tf: Tf,
    private readonly variables: readonly LayerVariable[],
  ) {}

  get taken(): boolean {
    return this.copies !== null;
  }

  /** Replaces any earlier copy with the variables' current values. */
  take(): void {
    this.dispose();
    this.copies = this.variables.map((v) => this.tf.clone(v.read()));
  }

  /** Puts the copied values back; the copy stays, so it can be restored again. */
  restore(): void {
    this.copies?.forEach((copy, i) => this.variables[i]!.write(copy));
  }

  dispose(): void {
    if (this.copies) this.tf.dispose(this.copies);
    this.copies = null;
  }
}
