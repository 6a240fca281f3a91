/**
 * The one place the core loads TensorFlow.js. The plain cpu backend is always there; the trainer
 * chooses faster backends on top of it.
 */
import * as tf from '@tensorflow/tfjs';

let ready: Promise<typeof tf> | null = null;

export function loadTf(): Promise<typeof tf> {
  ready ??= (async () => {
    if (!tf.getBackend()) await tf.setBackend('cpu');
    await tf.ready();
    return tf;
  })();
  return ready;
}

export type Tf = typeof tf;
export { tf };
