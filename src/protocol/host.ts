/**
 * Messages from the host (the UI's side) to the trainer process.
 *
 * A run: `start` → (`pause` ↔ `resume`, `step` while paused, `setLearningRate`, `setProbe`,
 * `getWeights`) → `stop`. `shutdown` ends the trainer process itself.
 */
import type * as z from 'zod';
import { BACKEND_REQUESTS } from './backends';
import { runMessage, requestMessage } from './envelope';
import { id, oneOf } from './fields';
import {
  datasetRef,
  graph,
  learningRate,
  nodeWeights,
  probeIndex,
  streamSettings,
  trainingSettings,
} from './runInputs';

export const HOST_MESSAGE_SCHEMAS = {
  /** Train `graph` on `dataset`, from `weights` when given (to train further), else fresh ones. */
  start: runMessage('start', {
    graph,
    weights: nodeWeights.optional(),
    dataset: datasetRef,
    training: trainingSettings,
    backend: oneOf(BACKEND_REQUESTS),
    streams: streamSettings,
  }),
  /** Pause after the batch in progress. */
  pause: runMessage('pause', {}),
  resume: runMessage('resume', {}),
  /** Stop after the batch in progress; the weights trained so far are kept. */
  stop: runMessage('stop', {}),
  /** Train exactly one batch, then pause again. */
  step: runMessage('step', {}),
  /** Takes effect from the next batch; the schedule continues from the new rate. */
  setLearningRate: runMessage('setLearningRate', { learningRate }),
  /** Show the activations of another example. */
  setProbe: runMessage('setProbe', { probeIndex }),
  /** Ask for the current weights; the answer is a `weights` message with this request id. */
  getWeights: runMessage('getWeights', { requestId: id }),
  /** End the trainer process once any run has stopped. */
  shutdown: requestMessage('shutdown', {}),
} as const;

type Schemas = typeof HOST_MESSAGE_SCHEMAS;

/** Any host → trainer message, discriminated by `type`. */
export type HostMessage = { [K in keyof Schemas]: z.infer<Schemas[K]> }[keyof Schemas];
export type HostMessageType = HostMessage['type'];
export type HostMessageOf<T extends HostMessageType> = Extract<HostMessage, { type: T }>;
