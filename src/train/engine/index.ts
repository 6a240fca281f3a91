/**
 * The training engine: one run at a time, inside the trainer process. See `session.ts` for the
 * contract and `trainingRun.ts` for the order of the messages a run sends.
 */
export { createTrainingSession } from './createSession';
export type { CreateSession, RunOutcome, SessionInput, TrainingSession } from './session';
