import type { Tf } from './tf';

/** Registers NeuroCanvas' own tfjs layer classes (Maxout) so that Keras JSON naming them loads. */
export function registerCustomLayers(_tf: Tf): void {
  // Filled in with the Maxout layer.
}
