import { Elu } from './layers/elu';
import { Maxout } from './layers/maxout';
import type { Tf } from './tf';

/**
 * Registers NeuroCanvas' own tfjs layer classes (Maxout, and ELU with any α) so that Keras JSON
 * naming them loads. Safe to call any number of times: registering a class again replaces it
 * with itself.
 */
export function registerCustomLayers(tf: Tf): void {
  tf.serialization.registerClass(Maxout);
  tf.serialization.registerClass(Elu);
}
