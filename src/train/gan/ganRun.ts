/**
 * A GAN run: rounds of adversarial training (`adversarialStep`) with the same controls and
 * messages as any run. One batch, as progress and the charts count it, is one generator update
 * (after `ganDiscriminatorSteps` discriminator updates, each on its own batch of real examples);
 * an epoch is as many rounds as the real examples fill. Messages: `started`, per round a `batch`
 * (throttled) whose `loss` is the discriminator's and whose metrics are `g_loss`, `d_real` and
 * `d_fake`, per epoch an `epoch` and (at most once per activation interval, and after the last
 * epoch) a `ganSamples`, then `stopped`, `weights` and `done`.
 */
import type { LayersModel } from '@tensorflow/tfjs';
import { getNodeWeights } from '../../compiler/compile';
import type { Tf } from '../../compiler/tf';
import type { KerasTopology } from '../../compiler/toKeras';
import { createRandom, permutation, type Random } from '../../data/random';
import type { NodeWeights } from '../../project/weights';
import type { Scores, StopReason } from '../../protocol';
import { RunControl } from '../engine/control';
import { adam, type FusedAdam } from '../engine/fusedAdam';
import { checkLearningRate } from '../engine/optimizer';
import { WeightSnapshot } from '../engine/weightSnapshot';
import type { RunStream } from '../engine/runStream';
import { saidError, saidStop } from '../engine/said';
import type { RunOutcome, SessionInput, TrainingSession } from '../engine/session';
import { adversarialStep, type StepScores } from './adversarialStep';
import type { GanSampler } from './ganSamples';

export interface GanModel {
  model: LayersModel;
  topology: KerasTopology;
}

export interface GanRunParts {
  tf: Tf;
  input: SessionInput;
  generator: GanModel;
  discriminator: GanModel;
  noiseSize: number;
  sampleShape: readonly number[];
  /** Real examples, row-major [count, ...sampleShape]. */
  real: Float32Array;
  sampler: GanSampler;
  /** Seeded noise for training. */
  random: Random;
  stream: RunStream;
  now: () => number;
}

export function standardNoise(random: Random, noiseSize: number) {
  return (rows: number): Float32Array => {
    const out = new Float32Array(rows * noiseSize);
    for (let i = 0; i < out.length; i++) out[i] = random.normal();
    return out;
  };
}

export class GanRun implements TrainingSession {
  private readonly control: RunControl;
  private readonly rowSize: number;
  private readonly count: number;
  private gOptimizer: FusedAdam | null = null;
  private dOptimizer: FusedAdam | null = null;
  private outcome: Promise<RunOutcome> | null = null;
  private kept: NodeWeights | null = null;
  private released = false;
  private lastSamplesAt = -Infinity;
  /** The round in progress (or the last one trained), for a failure's message. */
  private position = { epoch: 1, batch: 1 };
  /** Both models' weights from before the round in progress, to go back to if it breaks down. */
  private readonly before: WeightSnapshot;

  constructor(private readonly parts: GanRunParts) {
    const { stream, now, sampleShape, real } = parts;
    this.control = new RunControl(
      { paused: () => stream.send('paused', {}), resumed: () => stream.send('resumed', {}) },
      now,
    );
    this.rowSize = sampleShape.reduce((p, d) => p * d, 1);
    this.count = Math.floor(real.length / this.rowSize);
    this.before = new WeightSnapshot(parts.tf, [
      ...parts.generator.model.weights,
      ...parts.discriminator.model.weights,
    ]);
  }

  run(): Promise<RunOutcome> {
    this.outcome ??= this.execute().catch((error: unknown) => this.fail(error));
    return this.outcome;
  }

  pause(): void {
    if (!this.kept) this.control.pause();
  }

  resume(): void {
    this.control.resume();
  }

  stop(): void {
    this.control.stop();
  }

  step(): void {
    this.control.step();
  }

  /** The discriminator's rate; the generator keeps its own. */
  setLearningRate(learningRate: number): void {
    checkLearningRate(learningRate);
    this.dOptimizer?.setLearningRate(learningRate);
  }

  setProbe(): void {
    // A GAN shows generated samples, not one example's activations.
  }

  weights(): NodeWeights {
    if (this.kept) return structuredClone(this.kept);
    return this.currentWeights();
  }

  discard(): void {
    if (this.outcome || this.released) return;
    this.kept = this.currentWeights();
    this.release();
  }

  private currentWeights(): NodeWeights {
    const { generator: g, discriminator: d } = this.parts;
    return { ...getNodeWeights(g.model, g.topology), ...getNodeWeights(d.model, d.topology) };
  }

  private get settings() {
    return this.parts.input.training;
  }

  /** Rounds per epoch: each takes `ganDiscriminatorSteps` batches of real examples. */
  get roundsPerEpoch(): number {
    const perRound = this.settings.batchSize * this.settings.ganDiscriminatorSteps;
    return Math.max(1, Math.floor(this.count / perRound));
  }

  private async execute(): Promise<RunOutcome> {
    const { tf, stream, input, random, noiseSize, sampleShape, real } = this.parts;
    const s = this.settings;
    // Adam with β₁ = 0.5, as DCGAN (Radford et al., 2015) found steadier for GANs than 0.9.
    this.dOptimizer = adam(s.learningRate, 0.5, 0.999, 1e-7);
    this.gOptimizer = adam(s.ganGeneratorLearningRate, 0.5, 0.999, 1e-7);
    const adversarial = {
      tf,
      generator: this.parts.generator.model,
      discriminator: this.parts.discriminator.model,
      generatorOptimizer: this.gOptimizer,
      discriminatorOptimizer: this.dOptimizer,
    };
    const noise = standardNoise(random, noiseSize);
    const batch = Math.min(s.batchSize, this.count);
    const rounds = this.roundsPerEpoch;
    stream.send('started', {
      epochs: s.epochs,
      batchesPerEpoch: rounds,
      trainExamples: this.count,
      validationExamples: 0,
    });
    const startedAt = this.parts.now();
    let roundsDone = 0;
    let last: { epoch: number; train: Scores } | null = null;
    let end: { reason: StopReason; said?: ReturnType<typeof saidStop> } | null = null;
    const shuffle = createRandom(s.seed);
    for (let epoch = 1; epoch <= s.epochs && !end; epoch++) {
      const order = s.shuffle ? permutation(this.count, shuffle) : identity(this.count);
      const sums = { d: 0, g: 0, real: 0, fake: 0, n: 0 };
      let next = 0;
      for (let round = 1; round <= rounds; round++) {
        if ((await this.control.beforeBatch()) === 'stop') {
          end = { reason: 'user' };
          break;
        }
        const batches: Float32Array[] = [];
        for (let k = 0; k < s.ganDiscriminatorSteps; k++) {
          if (next + batch > this.count) next = 0;
          batches.push(gather(real, order, next, batch, this.rowSize));
          next += batch;
        }
        this.position = { epoch, batch: round };
        this.before.take();
        const scores = adversarialStep(adversarial, batches, sampleShape, noise, noiseSize);
        roundsDone += 1;
        if (!finite(scores)) {
          this.before.restore();
          const loss = Number.isFinite(scores.dLoss) ? scores.gLoss : scores.dLoss;
          end = {
            reason: 'nan',
            said: saidStop('diverged-loss', { epoch, batch: round, loss: String(loss) }),
          };
          break;
        }
        sums.d += scores.dLoss;
        sums.g += scores.gLoss;
        sums.real += scores.dReal;
        sums.fake += scores.dFake;
        sums.n += 1;
        const elapsedS = Math.max(
          1e-3,
          (this.parts.now() - startedAt - this.control.pausedMs) / 1000,
        );
        const perS = roundsDone / elapsedS;
        const left = (s.epochs - epoch) * rounds + (rounds - round);
        stream.send('batch', {
          epoch,
          batch: round,
          batchesPerEpoch: rounds,
          examples: batch,
          loss: scores.dLoss,
          metrics: metricsOf(scores),
          samplesPerS: perS * batch,
          etaS: left / perS,
        });
        if (this.control.isStep) {
          stream.sendBatchesNow();
          this.sendSamples(epoch, round, true);
        }
        stream.tick();
      }
      if (end) break;
      const n = Math.max(1, sums.n);
      const train: Scores = {
        loss: sums.d / n,
        metrics: { g_loss: sums.g / n, d_real: sums.real / n, d_fake: sums.fake / n },
      };
      const elapsedS = Math.max(
        1e-3,
        (this.parts.now() - startedAt - this.control.pausedMs) / 1000,
      );
      stream.send('epoch', {
        epoch,
        train,
        validation: null,
        samplesPerS: (roundsDone * batch) / elapsedS,
      });
      last = { epoch, train };
      this.sendSamples(epoch, rounds, epoch === s.epochs);
    }
    const reason = end?.reason ?? 'done';
    const said = end?.said;
    stream.send('stopped', {
      reason,
      ...(said ? { detail: said.message, code: said.code, values: said.values } : {}),
    });
    this.kept = this.currentWeights();
    stream.send('weights', { weights: structuredClone(this.kept) });
    stream.send('done', {
      backend: input.backend.name,
      epochs: last?.epoch ?? 0,
      train: last?.train ?? null,
      validation: null,
      test: null,
    });
    stream.close();
    this.release();
    return reason === 'done' ? { kind: 'done' } : { kind: 'stopped', reason };
  }

  /** Samples at most once per activation interval, unless `force`d. */
  private sendSamples(epoch: number, batch: number, force: boolean): void {
    const now = this.parts.now();
    if (!force && now - this.lastSamplesAt < this.parts.input.streams.activationIntervalMs) return;
    this.lastSamplesAt = now;
    const { made, check } = this.parts.sampler.sample(this.parts.generator.model);
    this.parts.stream.send('ganSamples', this.parts.sampler.body(made, check, { epoch, batch }));
  }

  private fail(error: unknown): RunOutcome {
    const message = error instanceof Error ? error.message : String(error);
    this.parts.stream.send('error', saidError('run-failed', { ...this.position, detail: message }));
    this.parts.stream.close();
    if (!this.kept && !this.released) this.kept = this.currentWeights();
    this.release();
    return { kind: 'error', message };
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.before.dispose();
    this.gOptimizer?.dispose();
    this.dOptimizer?.dispose();
    this.parts.generator.model.dispose();
    this.parts.discriminator.model.dispose();
  }
}

function metricsOf(s: StepScores): Record<string, number> {
  return { g_loss: s.gLoss, d_real: s.dReal, d_fake: s.dFake };
}

/**
 * Whether the round stayed finite. D's outputs are checked too: the losses clip them away from 0
 * and 1, so a NaN output can hide behind a finite loss while the weights turn to NaN.
 */
function finite(s: StepScores): boolean {
  return [s.dLoss, s.gLoss, s.dReal, s.dFake].every(Number.isFinite);
}

function identity(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

/** Rows `order[from … from + rows)` of `values`, copied into one block. */
function gather(
  values: Float32Array,
  order: Uint32Array,
  from: number,
  rows: number,
  size: number,
): Float32Array {
  const out = new Float32Array(rows * size);
  for (let i = 0; i < rows; i++) {
    const r = order[from + i]!;
    out.set(values.subarray(r * size, (r + 1) * size), i * size);
  }
  return out;
}
