/**
 * How each trainer message may be treated on its way to a slow UI. Streams of state are coalesced:
 * batch messages are folded together (`BatchAggregate`), and of activation maps or decision
 * boundaries only the newest matters. Everything else is an event that must arrive, in order.
 */
import type { TrainerMessage, TrainerMessageType } from './trainer';

export type Coalescing = 'fold' | 'newest' | 'never';

export const COALESCING: Readonly<Record<TrainerMessageType, Coalescing>> = {
  batch: 'fold',
  activations: 'newest',
  boundary: 'newest',
  ganSamples: 'newest',
  ready: 'never',
  started: 'never',
  epoch: 'never',
  paused: 'never',
  resumed: 'never',
  stopped: 'never',
  done: 'never',
  error: 'never',
  weights: 'never',
  stepDetail: 'never',
};

/**
 * Messages after which the stream rests (the run paused or ended): everything still held back is
 * sent before them, so the UI shows the state the run rests in.
 */
export function endsStream(message: TrainerMessage): boolean {
  return (
    message.type === 'paused' ||
    message.type === 'stopped' ||
    message.type === 'done' ||
    message.type === 'error'
  );
}
