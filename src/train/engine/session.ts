/**
 * A training run inside the trainer process: the contract between the engine (which trains) and
 * the process around it (which talks to the host). Everything the run reports goes out through
 * `emit` as protocol messages, already throttled; nothing about a run is ever thrown.
 */
import type { Dataset } from '../../data';
import type { Graph } from '../../graph/types';
import type { TrainingSettings } from '../../project/training';
import type { NodeWeights } from '../../project/weights';
import type { Backend, StreamSettings, TrainerMessage } from '../../protocol';

export interface SessionInput {
  runId: string;
  graph: Graph;
  /** Start from these weights (imported, or trained before); fresh, seeded ones otherwise. */
  weights?: NodeWeights;
  dataset: Dataset;
  training: TrainingSettings;
  streams: StreamSettings;
  /** Already chosen and made current with `tf.setBackend` by the caller. */
  backend: { name: Backend; reason: string };
}

export type RunOutcome =
  | { kind: 'done' }
  | { kind: 'stopped'; reason: 'user' | 'early-stopping' | 'nan' }
  | { kind: 'error'; message: string };

export interface TrainingSession {
  /** Trains until done, stopped or failed; resolves then, and never rejects. */
  run(): Promise<RunOutcome>;
  /** Pause after the batch in progress. */
  pause(): void;
  resume(): void;
  /** Stop after the batch in progress, keeping the weights trained so far. */
  stop(): void;
  /** While paused: train exactly one batch, then pause again. */
  step(): void;
  /** From the next batch on; the schedule continues from the new rate. */
  setLearningRate(learningRate: number): void;
  setProbe(index: number): void;
  /** A copy of the current weights, keyed by node id. */
  weights(): NodeWeights;
  /**
   * For a session that will never run (stopped while it was being prepared): keeps its weights as
   * plain arrays, for `weights()`, and frees the model and every tensor it holds.
   */
  discard(): void;
}

export type CreateSession = (
  input: SessionInput,
  emit: (message: TrainerMessage) => void,
) => Promise<TrainingSession>;
