/**
 * One training run as the UI sees it, and how each message changes it. Pure functions: the
 * training store holds the result, the tests feed them the protocol's messages directly.
 *
 * A run goes idle → starting → running ⇄ paused → stopping → done, or ends as failed (the
 * trainer refused it or it broke off) or crashed (the trainer process died). Messages of other
 * runs (an earlier one still winding down) are ignored.
 */
import type { Backend, StopReason, TrainerMessage, TrainerMessageOf } from '../../../src/protocol';
import type { HostReplyOf } from '../../../src/protocol/renderer';
import type { NodeWeights } from '../../../src/project/weights';

export type RunStatus =
  'idle' | 'starting' | 'running' | 'paused' | 'stopping' | 'done' | 'failed' | 'crashed';

const ACTIVE: ReadonlySet<RunStatus> = new Set(['starting', 'running', 'paused', 'stopping']);

/** Whether a run is under way: it can be paused or stopped, and a new one cannot start. */
export const isActive = (status: RunStatus): boolean => ACTIVE.has(status);

export interface RunPlan {
  epochs: number;
  batchesPerEpoch: number;
  trainExamples: number;
  validationExamples: number;
}

export interface RunProgress {
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  samplesPerS: number;
  etaS: number | null;
}

/** Scores over the examples since the previous point; `at` counts epochs, e.g. 2.5 = mid epoch 3. */
export interface BatchPoint {
  at: number;
  examples: number;
  loss: number;
  metrics: Readonly<Record<string, number>>;
}

/** One epoch's scores by their Keras names: `loss`, `acc`, `val_loss`, `val_acc`, … */
export interface EpochRecord {
  epoch: number;
  samplesPerS: number;
  values: Readonly<Record<string, number>>;
}

/** The per-layer statistics of one epoch, for the layer-norms chart. */
export interface LayerPoint {
  epoch: number;
  layers: NonNullable<TrainerMessageOf<'epoch'>['layers']>;
}

export interface RunError {
  message: string;
  suggestion?: string;
  /** The trainer's code and values for the message, to say it in the user's language. */
  code?: string;
  values?: Readonly<Record<string, string | number>>;
}

/** The metric the second chart follows, e.g. { key: 'acc', label: 'Accuracy' }. */
export interface ChartMetric {
  key: string;
  label: string;
}

/** A view that comes with some epochs only, and the epoch it came with. */
export interface EpochView<K extends 'confusion' | 'predictions'> {
  epoch: number;
  value: NonNullable<TrainerMessageOf<'epoch'>[K]>;
}

export interface RunState {
  runId: string | null;
  status: RunStatus;
  /** The dataset the run trains on. */
  datasetId: string | null;
  metric: ChartMetric | null;
  backend: {
    name: Backend;
    reason: string;
    code?: string;
    values?: Readonly<Record<string, string | number>>;
    /** Every piece of `reason` by code, to say it in the user's language. */
    parts?: TrainerMessageOf<'ready'>['parts'];
  } | null;
  plan: RunPlan | null;
  progress: RunProgress | null;
  batches: readonly BatchPoint[];
  epochs: readonly EpochRecord[];
  /** The latest epoch message whole. */
  lastEpoch: TrainerMessageOf<'epoch'> | null;
  /**
   * The latest confusion matrix and gallery predictions, with the epoch each came with: like the
   * layer statistics they come at most once per interval, so the latest epoch may have none.
   */
  confusion: EpochView<'confusion'> | null;
  predictions: EpochView<'predictions'> | null;
  /** Every epoch's layer statistics that came (they come at most once per interval). */
  layerHistory: readonly LayerPoint[];
  boundary: TrainerMessageOf<'boundary'> | null;
  /** A GAN's latest generated samples and mode-collapse measures. */
  ganSamples: TrainerMessageOf<'ganSamples'> | null;
  activations: TrainerMessageOf<'activations'> | null;
  /** What the last Step did to each layer; gone once the run resumes. */
  stepDetail: TrainerMessageOf<'stepDetail'> | null;
  errors: readonly RunError[];
  stop: {
    reason: StopReason;
    detail?: string;
    code?: string;
    values?: Readonly<Record<string, string | number>>;
  } | null;
  result: TrainerMessageOf<'done'> | null;
  /** The weights the trainer last sent for this run. */
  weights: NodeWeights | null;
  /** The learning rate the run was started with or last given. */
  learningRate: number | null;
  /** Why the last attempt to start was refused before anything was sent. */
  refusal: string | null;
}

/** Batch points kept for the charts; beyond this, neighbours are merged two by two. */
export const MAX_BATCH_POINTS = 2_000;
/** Layer statistics kept; beyond this, every second one is dropped. */
export const MAX_LAYER_POINTS = 1_000;

export function idleRun(): RunState {
  return {
    runId: null,
    status: 'idle',
    datasetId: null,
    metric: null,
    backend: null,
    plan: null,
    progress: null,
    batches: [],
    epochs: [],
    lastEpoch: null,
    confusion: null,
    predictions: null,
    layerHistory: [],
    boundary: null,
    ganSamples: null,
    activations: null,
    stepDetail: null,
    errors: [],
    stop: null,
    result: null,
    weights: null,
    learningRate: null,
    refusal: null,
  };
}

export interface RunInfo {
  metric: ChartMetric | null;
  learningRate: number;
  datasetId: string;
}

/** A new run, just asked for: everything of the one before is gone. */
export function startingRun(runId: string, info: RunInfo): RunState {
  return { ...idleRun(), runId, status: 'starting', ...info };
}

export function applyTrainerMessage(state: RunState, m: TrainerMessage): RunState {
  if (m.type === 'error') return applyError(state, m);
  if (state.runId === null || m.runId !== state.runId) return state;
  switch (m.type) {
    case 'ready':
      return {
        ...state,
        backend: {
          name: m.backend,
          reason: m.reason,
          ...(m.code ? { code: m.code, values: m.values ?? {} } : {}),
          ...(m.parts ? { parts: m.parts } : {}),
        },
      };
    case 'started':
      return {
        ...state,
        status: state.status === 'starting' ? 'running' : state.status,
        plan: {
          epochs: m.epochs,
          batchesPerEpoch: m.batchesPerEpoch,
          trainExamples: m.trainExamples,
          validationExamples: m.validationExamples,
        },
        progress: {
          epoch: 1,
          batch: 0,
          batchesPerEpoch: m.batchesPerEpoch,
          samplesPerS: 0,
          etaS: null,
        },
      };
    case 'batch': {
      const point: BatchPoint = {
        at: m.epoch - 1 + m.batch / m.batchesPerEpoch,
        examples: m.examples,
        loss: m.loss,
        metrics: m.metrics,
      };
      return {
        ...state,
        status: state.status === 'starting' ? 'running' : state.status,
        progress: {
          epoch: m.epoch,
          batch: m.batch,
          batchesPerEpoch: m.batchesPerEpoch,
          samplesPerS: m.samplesPerS,
          etaS: m.etaS,
        },
        batches: appendBatch(state.batches, point),
      };
    }
    case 'epoch':
      return {
        ...state,
        // Batch messages are throttled, so the last of an epoch may never come; the epoch is done.
        progress: state.progress && {
          ...state.progress,
          epoch: m.epoch,
          batch: state.progress.batchesPerEpoch,
        },
        epochs: [...state.epochs, epochRecord(m)],
        lastEpoch: m,
        confusion: m.confusion ? { epoch: m.epoch, value: m.confusion } : state.confusion,
        predictions: m.predictions ? { epoch: m.epoch, value: m.predictions } : state.predictions,
        layerHistory: m.layers
          ? appendLayers(state.layerHistory, { epoch: m.epoch, layers: m.layers })
          : state.layerHistory,
      };
    case 'activations':
      return { ...state, activations: m };
    case 'boundary':
      return { ...state, boundary: m };
    case 'ganSamples':
      return { ...state, ganSamples: m };
    case 'paused':
      return state.status === 'stopping' ? state : { ...state, status: 'paused' };
    case 'stepDetail':
      return { ...state, stepDetail: m };
    case 'resumed':
      return state.status === 'stopping'
        ? state
        : { ...state, status: 'running', stepDetail: null };
    case 'stopped':
      return {
        ...state,
        stop: {
          reason: m.reason,
          ...(m.detail ? { detail: m.detail } : {}),
          ...(m.code ? { code: m.code, values: m.values ?? {} } : {}),
        },
      };
    case 'weights':
      return { ...state, weights: m.weights };
    case 'done': {
      // A run that broke off after it began still ends with `done`, but never said `stopped`.
      const failed = state.stop === null && state.errors.length > 0;
      return { ...state, status: failed ? 'failed' : 'done', result: m };
    }
  }
}

/**
 * An error ends a run that has not begun training (no `done` follows it then); during training
 * the run goes on, and its `done` says how it ended.
 */
function applyError(state: RunState, m: TrainerMessageOf<'error'>): RunState {
  if (m.runId !== undefined && m.runId !== state.runId) return state;
  if (m.runId === undefined && !isActive(state.status)) return state;
  const error: RunError = {
    message: m.message,
    ...(m.suggestion ? { suggestion: m.suggestion } : {}),
    ...(m.code ? { code: m.code, values: m.values ?? {} } : {}),
  };
  return {
    ...state,
    status: state.status === 'starting' ? 'failed' : state.status,
    errors: [...state.errors, error],
  };
}

/** The trainer process ended: a run under way ends with it. */
export function applyTrainerExit(state: RunState, exit: HostReplyOf<'trainerExit'>): RunState {
  if (!isActive(state.status)) return state;
  if (!exit.crashed) {
    return failedWith(state, 'failed', {
      message: 'The trainer ended before the run finished.',
      code: 'trainer-ended',
    });
  }
  const message = exit.message || 'The trainer stopped unexpectedly.';
  // The host's code says why in the user's language; without one, the English is shown as sent.
  const said = exit.code ? { values: exit.values ?? {} } : {};
  const code = exit.code ?? (exit.outOfMemory ? 'out-of-memory' : 'trainer-crashed');
  return failedWith(
    state,
    'crashed',
    exit.outOfMemory
      ? { message, suggestion: 'Try a smaller batch size or a smaller model.', code, ...said }
      : { message, suggestion: 'Train again; a new trainer starts by itself.', code, ...said },
  );
}

/** The connection to the host ended, or it could not take the request that starts the run. */
export function applyRunFailure(state: RunState, runId: string, message: string): RunState {
  if (state.runId !== runId || !isActive(state.status)) return state;
  return failedWith(state, 'failed', { message });
}

export function applyDisconnect(state: RunState, reason: string): RunState {
  if (!isActive(state.status)) return state;
  return failedWith(state, 'failed', { message: reason });
}

/** The user asked to stop; the trainer stops after the batch in progress. */
export function applyStopRequest(state: RunState): RunState {
  return isActive(state.status) ? { ...state, status: 'stopping' } : state;
}

export function applyLearningRate(state: RunState, learningRate: number): RunState {
  return isActive(state.status) ? { ...state, learningRate } : state;
}

/** Training was not started, for `reason`; a run under way is not touched. */
export function applyRefusal(state: RunState, reason: string | null): RunState {
  return state.refusal === reason ? state : { ...state, refusal: reason };
}

function failedWith(state: RunState, status: 'failed' | 'crashed', error: RunError): RunState {
  return { ...state, status, errors: [...state.errors, error] };
}

function epochRecord(m: TrainerMessageOf<'epoch'>): EpochRecord {
  const values: Record<string, number> = { loss: m.train.loss, ...m.train.metrics };
  if (m.validation) {
    values.val_loss = m.validation.loss;
    for (const [key, value] of Object.entries(m.validation.metrics)) values[`val_${key}`] = value;
  }
  return { epoch: m.epoch, samplesPerS: m.samplesPerS, values };
}

/** Appends layer statistics; past the limit, every second point is dropped (never the newest). */
export function appendLayers(points: readonly LayerPoint[], point: LayerPoint): LayerPoint[] {
  const next = [...points, point];
  if (next.length <= MAX_LAYER_POINTS) return next;
  return next.filter((_, i) => i % 2 === 1 || i === next.length - 1);
}

/** Appends a point; past the limit, pairs of neighbours become their weighted mean. */
export function appendBatch(points: readonly BatchPoint[], point: BatchPoint): BatchPoint[] {
  const next = [...points, point];
  if (next.length <= MAX_BATCH_POINTS) return next;
  const merged: BatchPoint[] = [];
  for (let i = 0; i < next.length; i += 2) {
    const a = next[i]!;
    const b = next[i + 1];
    merged.push(b ? mergePoints(a, b) : a);
  }
  return merged;
}

function mergePoints(a: BatchPoint, b: BatchPoint): BatchPoint {
  const examples = a.examples + b.examples;
  const mean = (x: number, y: number) => (x * a.examples + y * b.examples) / examples;
  const metrics: Record<string, number> = {};
  for (const key of Object.keys(b.metrics))
    metrics[key] = mean(a.metrics[key] ?? NaN, b.metrics[key]!);
  return { at: b.at, examples, loss: mean(a.loss, b.loss), metrics };
}
