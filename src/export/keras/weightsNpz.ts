/** `weights.npz` of a Keras bundle: every weight as `<layer>/<weight>`, float32, in Keras' own layout. */
import { float32Array, writeNpz, type NpyArray } from '../../numpy';
import type { ExportModel } from '../bundle/types';

/**
 * tfjs is a port of Keras: every layer NeuroCanvas builds keeps the same weights, in the same order
 * and layout, in Keras (kernels [in, out], conv kernels [kh, kw, in, out], LSTM gates i, f, c, o,
 * GRU gates z, r, h). So the values go across unchanged.
 */
export function weightsNpz(model: ExportModel): Uint8Array {
  const entries = new Map<string, NpyArray>();
  for (const [layer, weights] of model.weights) {
    for (const w of weights) entries.set(`${layer}/${w.name}`, float32Array(w.shape, w.values));
  }
  return writeNpz(entries);
}
