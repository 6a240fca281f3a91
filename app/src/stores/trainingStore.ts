/**
 * The training session: the current run's state, progress, history and live views. Separate from
 * the document and never in its undo history; only the weights a finished run leaves are written
 * into the document (by the training controller).
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import type { TrainerMessage } from '../../../src/protocol';
import type { HostReplyOf } from '../../../src/protocol/renderer';
import {
  applyDisconnect,
  applyLearningRate,
  applyRefusal,
  applyRunFailure,
  applyStopRequest,
  applyTrainerExit,
  applyTrainerMessage,
  idleRun,
  startingRun,
  type RunInfo,
  type RunState,
} from './trainingReducer';

export interface TrainingState extends RunState {
  begin(runId: string, info: RunInfo): void;
  receive(message: TrainerMessage): void;
  trainerExited(exit: HostReplyOf<'trainerExit'>): void;
  runFailed(runId: string, message: string): void;
  disconnected(reason: string): void;
  stopRequested(): void;
  learningRateSet(learningRate: number): void;
  refuse(reason: string | null): void;
  reset(): void;
}

export function createTrainingStore() {
  return createStore<TrainingState>()((set, get) => {
    /** Runs a reducer; the state object is replaced only when something changed. */
    const step = (reduce: (state: RunState) => RunState) => {
      const before = get();
      const after = reduce(before);
      if (after !== before) set(after);
    };
    return {
      ...idleRun(),
      begin: (runId, info) => set(startingRun(runId, info)),
      receive: (message) => step((s) => applyTrainerMessage(s, message)),
      trainerExited: (exit) => step((s) => applyTrainerExit(s, exit)),
      runFailed: (runId, message) => step((s) => applyRunFailure(s, runId, message)),
      disconnected: (reason) => step((s) => applyDisconnect(s, reason)),
      stopRequested: () => step(applyStopRequest),
      learningRateSet: (rate) => step((s) => applyLearningRate(s, rate)),
      refuse: (reason) => step((s) => applyRefusal(s, reason)),
      reset: () => set(idleRun()),
    };
  });
}

export type TrainingStore = StoreApi<TrainingState>;

/** The app's one training session. */
export const trainingStore: TrainingStore = createTrainingStore();

export function useTraining<T>(selector: (state: TrainingState) => T): T {
  return useStore(trainingStore, selector);
}
