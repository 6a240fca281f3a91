/** Test support: runs a session to its end and keeps every message it sent, checked on the way. */
import { expect } from 'vitest';
import type { Dataset } from '../../../data';
import type { Graph } from '../../../graph/types';
import { defaultTraining, type TrainingSettings } from '../../../project/training';
import type { NodeWeights } from '../../../project/weights';
import {
  parseTrainerMessage,
  type StreamSettings,
  type TrainerMessage,
  type TrainerMessageOf,
  type TrainerMessageType,
} from '../../../protocol';
import { createTrainingSession } from '../createSession';
import type { RunOutcome, SessionInput, TrainingSession } from '../session';

import { STREAMS_OFF } from '../../../protocol';

export { STREAMS_OFF, STREAMS_ON } from '../../../protocol';

export interface Recorded {
  session: TrainingSession;
  messages: TrainerMessage[];
  /** Milliseconds since the session was created, per message. */
  times: number[];
  of<T extends TrainerMessageType>(type: T): TrainerMessageOf<T>[];
}

export interface RunSpec {
  graph: Graph;
  dataset: Dataset;
  training?: Partial<TrainingSettings>;
  streams?: Partial<StreamSettings>;
  backend?: 'wasm' | 'cpu';
  /** Starting weights, as a project that was trained before holds them. */
  weights?: NodeWeights;
  /** Called with each message as it is sent (after it was checked). */
  onMessage?: (message: TrainerMessage, session: TrainingSession) => void;
}

/** Creates a session whose every message must pass the protocol's own check. */
export async function record(spec: RunSpec): Promise<Recorded> {
  const messages: TrainerMessage[] = [];
  const times: number[] = [];
  const start = performance.now();
  let session: TrainingSession | null = null;
  const input: SessionInput = {
    runId: 'test-run',
    graph: spec.graph,
    dataset: spec.dataset,
    training: { ...defaultTraining(), ...spec.training },
    streams: { ...STREAMS_OFF, ...spec.streams },
    backend: { name: spec.backend ?? 'wasm', reason: 'chosen by the test' },
    ...(spec.weights ? { weights: spec.weights } : {}),
  };
  session = await createTrainingSession(input, (message) => {
    const parsed = parseTrainerMessage(message);
    if (!parsed.ok) throw new Error(parsed.error);
    messages.push(message);
    times.push(performance.now() - start);
    if (session) spec.onMessage?.(message, session);
  });
  return {
    session,
    messages,
    times,
    of: <T extends TrainerMessageType>(type: T) =>
      messages.filter((m): m is TrainerMessageOf<T> => m.type === type),
  };
}

export async function train(
  spec: RunSpec,
): Promise<Recorded & { outcome: RunOutcome; done: TrainerMessageOf<'done'> }> {
  const recorded = await record(spec);
  const outcome = await recorded.session.run();
  const done = recorded.of('done')[0];
  expect(done, `the run ended with ${JSON.stringify(outcome)}`).toBeDefined();
  return { ...recorded, outcome, done: done! };
}
