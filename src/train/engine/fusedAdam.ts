/**
 * Adam that takes each variable's update in one kernel where the backend has one (the wasm
 * backend, see src/train/backend/kernels/adamUpdate.ts), and is tfjs's own Adam everywhere else.
 * Either way the numbers are tfjs's, bit for bit.
 *
 * The state is tfjs's: the same moment variables under the same names, so `getWeights`,
 * `dispose` and the serialised config are inherited. tfjs keeps the running products βᵗ in two
 * float32 scalars; the fused steps keep the same products as numbers (Math.fround at every
 * product, as the kernel rounds), read from the scalars when needed and written back to them
 * before tfjs's own update takes over again.
 */
import type { Tensor, Variable } from '@tensorflow/tfjs';
import { tf } from '../../compiler/tf';
import { ADAM_UPDATE, type AdamUpdateAttrs } from '../backend/kernels/adamUpdate';

interface MomentSlot {
  originalName: string;
  variable: Variable;
}

/** The fields of tfjs's Adam that the fused update shares (private in its declarations). */
interface AdamState {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: Variable;
  accBeta2: Variable;
  accumulatedFirstMoment: MomentSlot[];
  accumulatedSecondMoment: MomentSlot[];
  incrementIterations(): void;
}

export class FusedAdam extends tf.AdamOptimizer {
  /** βᵗ for the next step as float32 values, when the fused steps hold them; null: read tfjs's. */
  private products: [number, number] | null = null;
  /** Whether tfjs's scalars hold the products (false after fused steps, until written back). */
  private productsCurrent = true;

  override applyGradients(
    variableGradients: Parameters<tf.AdamOptimizer['applyGradients']>[0],
  ): void {
    const state = this as unknown as AdamState;
    const entries = Array.isArray(variableGradients)
      ? variableGradients.map((g) => ({ name: g.name, gradient: g.tensor as Tensor | null }))
      : Object.entries(variableGradients as Record<string, Tensor | null>).map(
          ([name, gradient]) => ({ name, gradient }),
        );
    const variables = entries.map((e) => tf.engine().registeredVariables[e.name]!);
    const fusable =
      tf.getKernel(ADAM_UPDATE, tf.getBackend()) !== undefined &&
      variables.every((v) => v.dtype === 'float32') &&
      entries.every((e) => e.gradient == null || e.gradient.dtype === 'float32');
    if (!fusable) {
      this.matchProducts(state);
      super.applyGradients(variableGradients);
      return;
    }
    const [product1, product2] = (this.products ??= [
      state.accBeta1.dataSync()[0]!,
      state.accBeta2.dataSync()[0]!,
    ]);
    const f = Math.fround;
    const attrs: AdamUpdateAttrs = {
      learningRate: state.learningRate,
      beta1: state.beta1,
      beta2: state.beta2,
      epsilon: state.epsilon,
      correction1: f(1 - product1),
      correction2: f(1 - product2),
    };
    entries.forEach(({ name, gradient }, i) => {
      const value = variables[i]!;
      const m = (state.accumulatedFirstMoment[i] ??= moment(`${name}/m`, value));
      const v = (state.accumulatedSecondMoment[i] ??= moment(`${name}/v`, value));
      if (gradient == null) return;
      const inputs = { value, m: m.variable, v: v.variable, g: gradient };
      const [w1, m1, v1] = tf
        .engine()
        .runKernel(ADAM_UPDATE, inputs, attrs as unknown as Record<string, number>) as Tensor[];
      value.assign(w1!);
      m.variable.assign(m1!);
      v.variable.assign(v1!);
      tf.dispose([w1!, m1!, v1!]);
    });
    this.products = [f(product1 * f(state.beta1)), f(product2 * f(state.beta2))];
    this.productsCurrent = false;
    state.incrementIterations();
  }

  /** Applies from the next update. */
  setLearningRate(rate: number): void {
    (this as unknown as AdamState).learningRate = rate;
  }

  override async setWeights(weightValues: Parameters<tf.AdamOptimizer['setWeights']>[0]) {
    await super.setWeights(weightValues);
    this.products = null;
    this.productsCurrent = true;
  }

  /** Writes the fused steps' products into tfjs's scalars, which its own update then carries on. */
  private matchProducts(state: AdamState): void {
    if (!this.productsCurrent && this.products) {
      const [product1, product2] = this.products;
      tf.tidy(() => {
        state.accBeta1.assign(tf.scalar(product1));
        state.accBeta2.assign(tf.scalar(product2));
      });
    }
    this.products = null;
    this.productsCurrent = true;
  }
}

function moment(originalName: string, value: Variable): MomentSlot {
  return { originalName, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
}

export function adam(learningRate: number, beta1: number, beta2: number, epsilon: number) {
  return new FusedAdam(learningRate, beta1, beta2, epsilon);
}
