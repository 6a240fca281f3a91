/**
 * A prepared run: the batch loop with its controls and streams. Order of events, as the protocol
 * describes them: `started`, then per batch a `batch` (throttled), per epoch an `epoch` (and a
 * `boundary` when due), `activations` when due, `paused`/`resumed` as asked, and at the end
 * `stopped` (with the reason), `weights` (the weights kept) and `done`. A Step taken while paused
 * is followed by its `stepDetail`.
 *
 * When the run is over the model and every tensor of the run are disposed; the weights stay
 * available as plain arrays.
 */
import type { LayersModel } from '@tensorflow/tfjs';
import { getNodeWeights } from '../../compiler/compile';
import type { Tf } from '../../compiler/tf';
import { deriveSeed, type KerasTopology } from '../../compiler/toKeras';
import type { NodeWeights } from '../../project/weights';
import type { Scores, StopReason, StreamSettings } from '../../protocol';
import { BatchAugmenter } from './augmentation';
import { RunControl } from './control';
import { batchTensors, EpochOrder, type RunData } from './data';
import { EarlyStopping } from './earlyStopping';
import { epochReport } from './epochReport';
import { evaluate, trueClasses } from './evaluate';
import type { LiveViews } from './liveViews';
import { checkLearningRate, createOptimizer, type RunOptimizer } from './optimizer';
import type { PredictionSample } from './predictions';
import type { Probe } from './probe';
import type { RunStream } from './runStream';
import { LearningRate, type RunPosition } from './schedule';
import { saidError, saidStop, type Said } from './said';
import { ScoreSums } from './scoreSums';
import { stepDetail } from './stepDetail';
import type { RunOutcome, SessionInput, TrainingSession } from './session';
import { trainStep, type LayerNorms, type StepContext } from './trainStep';
import { WeightSnapshot } from './weightSnapshot';

export interface RunParts {
  tf: Tf;
  input: SessionInput;
  model: LayersModel;
  topology: KerasTopology;
  step: Omit<StepContext, 'optimizer'>;
  data: RunData;
  stream: RunStream;
  probe: Probe;
  views: LiveViews;
  /** The prediction gallery's examples, when that stream is on for a classification run. */
  predictions: PredictionSample | null;
  /** The number of classes, or 0 for regression. */
  classCount: number;
  now: () => number;
}

interface EpochResult {
  epoch: number;
  train: Scores;
  validation: Scores | null;
}

/** How an epoch ended: all its batches trained, or the run must stop. */
type EpochEnd = { stop: false } | { stop: true; reason: StopReason; detail?: Said };

export class TrainingRun implements TrainingSession {
  private readonly control: RunControl;
  private readonly rate: LearningRate;
  private readonly best: WeightSnapshot;
  /** BatchNorm's moving statistics from before the batch in progress. */
  private readonly statistics: WeightSnapshot;
  private readonly hasStatistics: boolean;
  /** Changes training images at random when the settings ask for it; null otherwise. */
  private readonly augmenter: BatchAugmenter | null;
  private optimizer: RunOptimizer | null = null;
  private outcome: Promise<RunOutcome> | null = null;
  private finished = false;
  private released = false;
  private keptWeights: NodeWeights | null = null;
  /** The batch in progress (or the last one trained), and where the schedule stands. */
  private position = { epoch: 1, batch: 1 };
  private schedulePosition: RunPosition = { epoch: 0, progress: 0 };
  private currentRate: number;
  private batchesDone = 0;
  private examplesDone = 0;
  private trainingStartedAt = 0;

  constructor(private readonly parts: RunParts) {
    const { stream, input, now, tf, model } = parts;
    this.control = new RunControl(
      {
        paused: () => stream.send('paused', {}),
        resumed: () => stream.send('resumed', {}),
      },
      now,
    );
    this.rate = new LearningRate(input.training);
    this.currentRate = input.training.learningRate;
    this.best = new WeightSnapshot(tf, model.weights);
    this.statistics = new WeightSnapshot(tf, model.nonTrainableWeights);
    this.hasStatistics = model.nonTrainableWeights.length > 0;
    this.augmenter = BatchAugmenter.forRun(input.training, parts.data.inputShape);
  }

  run(): Promise<RunOutcome> {
    this.outcome ??= this.execute().catch((error: unknown) => this.fail(error));
    return this.outcome;
  }

  pause(): void {
    if (!this.finished) this.control.pause();
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

  setLearningRate(learningRate: number): void {
    checkLearningRate(learningRate);
    this.rate.set(learningRate, this.schedulePosition);
  }

  setProbe(index: number): void {
    // A paused run shows the new example at once; a running one after its next batch.
    this.parts.views.setProbe(index, this.position, this.control.paused && !this.finished);
  }

  weights(): NodeWeights {
    if (this.keptWeights) return copyWeights(this.keptWeights);
    return getNodeWeights(this.parts.model, this.parts.topology);
  }

  discard(): void {
    if (this.outcome || this.released) return;
    this.keptWeights = getNodeWeights(this.parts.model, this.parts.topology);
    this.release();
  }

  private get settings() {
    return this.parts.input.training;
  }

  private async execute(): Promise<RunOutcome> {
    const { tf, input, data, stream } = this.parts;
    const settings = this.settings;
    this.optimizer = createOptimizer(tf, settings);
    const step: StepContext = { ...this.parts.step, optimizer: this.optimizer.optimizer };
    const order = new EpochOrder(data.train.indices, settings.shuffle, settings.seed);
    const early = settings.earlyStopping
      ? new EarlyStopping(settings.earlyStoppingMonitor, settings.earlyStoppingPatience)
      : null;
    stream.send('started', {
      epochs: settings.epochs,
      batchesPerEpoch: this.batchesPerEpoch,
      trainExamples: data.train.indices.length,
      validationExamples: data.validation?.indices.length ?? 0,
    });

    let last: EpochResult | null = null;
    let end: EpochEnd = { stop: false };
    this.trainingStartedAt = this.parts.now();
    // The per-epoch views cost work of their own: per-layer stats a measured step and a forward
    // pass over a few hundred examples, the confusion matrix the class ids of every batch, the
    // gallery a forward pass over its examples. On a tiny network that weighs as much as an
    // epoch, so like the boundary they come at most once per activation interval, and always
    // with the last epoch; the page keeps showing the last ones it got.
    let viewsAt = -Infinity;
    for (let epoch = 1; epoch <= settings.epochs && !end.stop; epoch++) {
      const viewsDue =
        epoch === settings.epochs ||
        this.parts.now() - viewsAt >= input.streams.activationIntervalMs;
      if (viewsDue) viewsAt = this.parts.now();
      const streams = viewsDue
        ? input.streams
        : { ...input.streams, layerStats: false, confusion: false, predictions: false };
      const trained = await this.trainEpoch(step, epoch, order.next(), streams);
      if (trained.end) {
        end = trained.end;
        break;
      }
      const extras = await epochReport({
        step,
        data,
        streams,
        probe: this.parts.probe,
        classCount: this.parts.classCount,
        trainConfusion: trained.confusion,
        norms: trained.norms,
        predictions: streams.predictions ? this.parts.predictions : null,
      });
      const train = trained.sums.scores();
      stream.send('epoch', { epoch, train, samplesPerS: trained.samplesPerS, ...extras });
      last = { epoch, train, validation: extras.validation };
      if (early && epoch < settings.epochs) end = this.watch(early, last);
      await this.parts.views.afterEpoch(epoch, end.stop || epoch === settings.epochs);
    }

    const test = data.test
      ? (await evaluate(step, data.test, data.inputShape, data.targetShape, false)).scores
      : null;
    await this.parts.views.close();
    this.finished = true;
    const reason = end.stop ? end.reason : 'done';
    const detail = end.stop ? end.detail : undefined;
    stream.send('stopped', {
      reason,
      ...(detail ? { detail: detail.message, code: detail.code, values: detail.values } : {}),
    });
    this.keptWeights = getNodeWeights(this.parts.model, this.parts.topology);
    stream.send('weights', { weights: copyWeights(this.keptWeights) });
    stream.send('done', {
      backend: input.backend.name,
      epochs: last?.epoch ?? 0,
      train: last?.train ?? null,
      validation: last?.validation ?? null,
      test,
    });
    stream.close();
    this.release();
    return reason === 'done' ? { kind: 'done' } : { kind: 'stopped', reason };
  }

  private get batchesPerEpoch(): number {
    return Math.ceil(this.parts.data.train.indices.length / this.settings.batchSize);
  }

  /** Trains the batches of one epoch, in `order`, until done or told to stop. */
  private async trainEpoch(
    step: StepContext,
    epoch: number,
    order: Uint32Array,
    /** The streams as due this epoch. */
    streams: StreamSettings,
  ) {
    const { tf, data, stream, now, classCount } = this.parts;
    const settings = this.settings;
    const trainCount = data.train.indices.length;
    const batchesPerEpoch = this.batchesPerEpoch;
    const totalBatches = batchesPerEpoch * settings.epochs;
    const keys = step.objective.metrics.map((m) => m.key);
    const dropouts = this.parts.model.layers.filter((l) => l.getClassName() === 'Dropout');
    const sums = new ScoreSums(keys);
    const startedAt = now();
    const pausedBefore = this.control.pausedMs;
    // Without validation examples, the confusion matrix comes from the training batches.
    const confusion =
      streams.confusion && classCount > 0 && !data.validation
        ? new Int32Array(classCount * classCount)
        : null;
    let norms: LayerNorms | null = null;
    let end: EpochEnd | null = null;

    for (let batch = 1; batch <= batchesPerEpoch; batch++) {
      this.schedulePosition = { epoch: epoch - 1, progress: this.batchesDone / totalBatches };
      if ((await this.control.beforeBatch()) === 'stop') {
        end = { stop: true, reason: 'user' };
        break;
      }
      const rate = this.rate.at(this.schedulePosition);
      if (rate !== this.currentRate) this.optimizer!.setLearningRate((this.currentRate = rate));
      // A new dropout mask for every batch, drawn from the run's seed.
      for (const layer of dropouts)
        (layer as unknown as { seed?: number }).seed = deriveSeed(
          settings.seed,
          `${layer.name}/dropout ${this.batchesDone}`,
        );
      if (this.hasStatistics) this.statistics.take();

      const start = (batch - 1) * settings.batchSize;
      const stop = Math.min(trainCount, start + settings.batchSize);
      const { x, y } = batchTensors(
        tf,
        data.train.rows,
        order,
        start,
        stop,
        data.inputShape,
        data.targetShape,
        this.augmenter ? (inputs, count) => this.augmenter!.apply(inputs, count) : undefined,
      );
      const isStep = this.control.isStep;
      // The forward half of a Step's detail uses the weights the batch trains from.
      const forward = isStep
        ? await this.parts.probe.activations(data.train.rows, this.parts.views.probeExample)
        : null;
      const result = await trainStep(step, x, y, {
        measure: streams.layerStats && batch === batchesPerEpoch,
        classes: confusion !== null,
        detail: isStep,
      });
      tf.dispose([x, y]);
      this.position = { epoch, batch };
      this.batchesDone += 1;
      this.examplesDone += stop - start;
      this.reportBatch(epoch, batch, stop - start, result.loss, keys, result.metrics);

      if (!result.finite) {
        this.statistics.restore();
        end = {
          stop: true,
          reason: 'nan',
          detail: divergenceDetail(result.lossFinite, result.loss, epoch, batch),
        };
        break;
      }
      if (forward && result.detail)
        stream.send(
          'stepDetail',
          stepDetail({
            epoch,
            batch,
            probeIndex: this.parts.views.probeExample,
            optimizer: settings.optimizer,
            learningRate: this.currentRate,
            momentum: settings.momentum,
            layers: step.layers,
            values: result.detail,
            forward,
          }),
        );
      sums.add(result.loss, result.metrics, stop - start);
      if (result.norms) norms = result.norms;
      if (confusion && result.classes) {
        const truth = trueClasses({ rows: data.train.rows, indices: order.subarray(start, stop) });
        truth.forEach((t, i) => (confusion[t * classCount + result.classes![i]!]! += 1));
      }
      await this.parts.views.afterBatch(this.position);
      stream.tick();
    }
    this.statistics.dispose();
    const seconds = (now() - startedAt - (this.control.pausedMs - pausedBefore)) / 1000;
    return {
      end,
      sums,
      norms,
      confusion,
      samplesPerS: seconds > 0 ? sums.count / seconds : 0,
    };
  }

  private reportBatch(
    epoch: number,
    batch: number,
    examples: number,
    loss: number,
    keys: readonly string[],
    metrics: readonly number[],
  ): void {
    const { stream, now, data } = this.parts;
    const total = data.train.indices.length * this.settings.epochs;
    const activeS = (now() - this.trainingStartedAt - this.control.pausedMs) / 1000;
    const speed = activeS > 0 ? this.examplesDone / activeS : 0;
    stream.send('batch', {
      epoch,
      batch,
      batchesPerEpoch: this.batchesPerEpoch,
      examples,
      loss,
      metrics: Object.fromEntries(keys.map((k, i) => [k, metrics[i]!])),
      samplesPerS: speed,
      etaS: speed > 0 ? (total - this.examplesDone) / speed : null,
    });
    // A step taken while paused is shown at once: nothing else will follow it soon.
    if (this.control.paused) stream.sendBatchesNow();
  }

  /** Early stopping after an epoch: keeps the best weights, and ends the run when it is time. */
  private watch(early: EarlyStopping, epoch: EpochResult): EpochEnd {
    const verdict = early.observe(
      epoch.epoch,
      EarlyStopping.value(early.monitor, epoch.train, epoch.validation),
    );
    const keepBest = this.settings.restoreBestWeights;
    if (verdict === 'improved' && keepBest) this.best.take();
    if (verdict !== 'stop') return { stop: false };
    const restored = keepBest && this.best.taken;
    if (restored) this.best.restore();
    const detail = saidStop(restored ? 'early-stopping-restored' : 'early-stopping', {
      monitor: early.monitor,
      patience: this.settings.earlyStoppingPatience,
      best: early.bestEpoch,
    });
    return { stop: true, reason: 'early-stopping', detail };
  }

  private fail(error: unknown): RunOutcome {
    const { stream, input, model, topology } = this.parts;
    const message = error instanceof Error ? error.message : String(error);
    this.finished = true;
    try {
      this.keptWeights = getNodeWeights(model, topology);
    } catch {
      this.keptWeights = input.weights ?? {};
    }
    stream.send(
      'error',
      saidError('run-failed', {
        epoch: this.position.epoch,
        batch: this.position.batch,
        detail: message,
      }),
    );
    stream.close();
    this.release();
    return { kind: 'error', message };
  }

  /** Frees every tensor of the run; the weights were copied out first. */
  private release(): void {
    if (this.released) return;
    this.released = true;
    this.best.dispose();
    this.statistics.dispose();
    this.optimizer?.optimizer.dispose();
    this.parts.model.dispose();
  }
}

function copyWeights(weights: NodeWeights): NodeWeights {
  return Object.fromEntries(
    Object.entries(weights).map(([id, tensors]) => [
      id,
      tensors.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values.slice() })),
    ]),
  );
}

/** Why the run stopped, where, and what usually helps. */
export function divergenceDetail(
  lossFinite: boolean,
  loss: number,
  epoch: number,
  batch: number,
): Said {
  // The loss as JavaScript writes it ('NaN', 'Infinity'), not as a locale would format a number.
  return lossFinite
    ? saidStop('diverged-gradients', { epoch, batch })
    : saidStop('diverged-loss', { epoch, batch, loss: String(loss) });
}
