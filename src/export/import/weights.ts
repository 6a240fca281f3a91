/**
 * Weights from a TF.js weight manifest. The data is the shards concatenated in manifest order; each
 * entry `{ name, shape, dtype }` takes the next product(shape) × bytes-per-value bytes. Entries are
 * named `<layer name>/<weight name>` (tfjs: `conv1/kernel`, `dense_Dense1/bias`; Keras files
 * converted by tensorflowjs_converter may add outer scopes, `model/conv1/kernel`, or a `:0`).
 */
import { describeValue } from '../../layers/paramCheck';
import type { NodeWeights, WeightTensor } from '../../project/weights';
import { fail, isNonNegativeInt, isObject } from './json';

interface ManifestEntry {
  name: string;
  shape: number[];
  size: number;
  dtype: string;
  /** Set when the values are stored quantised: 'uint8', 'uint16' or 'float16'. */
  quantizedAs: string | null;
  byteLength: number;
  /** 'optimizer' for the optimiser's own state, which tfjs can save after the model's weights. */
  group: string | null;
}

const BYTES_PER_VALUE: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  uint8: 1,
  uint16: 2,
  float16: 2,
  complex64: 8,
};

/** Larger than any model NeuroCanvas trains (analysis refuses more than 10⁹ parameters). */
const MAX_VALUES_PER_TENSOR = 2 ** 31 - 1;
const MAX_RANK = 8;

export interface WeightTarget {
  /** Node id of the layer with this Keras name, or null when several layers share the name. */
  nodeId: string | null;
}

export function readWeights(
  entries: readonly unknown[],
  data: Uint8Array,
  layers: ReadonlyMap<string, WeightTarget>,
  warnings: string[],
): NodeWeights {
  const manifest = entries.map(readEntry);
  const expected = manifest.reduce((n, e) => n + e.byteLength, 0);
  if (expected !== data.byteLength) {
    fail(
      `The weight data has ${data.byteLength.toLocaleString('en-US')} bytes, but model.json describes ${expected.toLocaleString('en-US')} bytes of weights (${manifest.length} tensors). A weight file is missing, truncated or from another model.`,
    );
  }

  const out: Record<string, WeightTensor[]> = {};
  const unmatched: string[] = [];
  let optimizerState = 0;
  let offset = 0;
  for (const entry of manifest) {
    const start = offset;
    offset += entry.byteLength;
    if (entry.group === 'optimizer') {
      optimizerState++;
      continue;
    }
    const owner = ownerOf(entry.name, layers);
    if (owner === null) {
      unmatched.push(entry.name);
      continue;
    }
    if (owner.target.nodeId === null) {
      fail(
        `The weight '${entry.name}' belongs to layer '${owner.layer}', but several layers have that name.`,
      );
    }
    if (entry.dtype !== 'float32' || entry.quantizedAs !== null) {
      const stored = entry.quantizedAs ? `quantised to ${entry.quantizedAs}` : `as ${entry.dtype}`;
      fail(
        `The weight '${entry.name}' is stored ${stored}; NeuroCanvas imports float32 weights only. Convert the model again without quantisation.`,
      );
    }
    const values = new Float32Array(entry.size);
    // Weight files are little-endian float32, as the typed arrays of every platform tfjs runs on.
    new Uint8Array(values.buffer).set(data.subarray(start, offset));
    (out[owner.target.nodeId] ??= []).push({ name: owner.weight, shape: entry.shape, values });
  }

  if (optimizerState > 0) {
    warnings.push(
      `The optimiser state saved with the model (${optimizerState} tensors) was not imported.`,
    );
  }
  if (unmatched.length > 0) {
    const shown = unmatched
      .slice(0, 5)
      .map((n) => `'${n}'`)
      .join(', ');
    const more = unmatched.length > 5 ? ` and ${unmatched.length - 5} more` : '';
    warnings.push(
      `Some weights belong to no layer of the model and were left out: ${shown}${more}.`,
    );
  }
  return out;
}

function readEntry(entry: unknown, i: number): ManifestEntry {
  const where = `Weight ${i + 1} in the weight manifest`;
  if (!isObject(entry) || typeof entry.name !== 'string' || entry.name.length > 1000) {
    fail(`${where} has no name.`);
  }
  const name = entry.name;
  const shape = entry.shape;
  if (!Array.isArray(shape) || shape.length > MAX_RANK || !shape.every(isNonNegativeInt)) {
    fail(
      `The weight '${name}' has no valid shape (a list of whole numbers): ${describeValue(shape)}.`,
    );
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (size > MAX_VALUES_PER_TENSOR) fail(`The weight '${name}' is too large (${size} values).`);

  const dtype = entry.dtype ?? 'float32';
  const quantization = entry.quantization;
  const quantizedAs = isObject(quantization) ? quantization.dtype : null;
  const storedAs = quantizedAs ?? dtype;
  const bytes =
    typeof storedAs === 'string' && Object.hasOwn(BYTES_PER_VALUE, storedAs)
      ? BYTES_PER_VALUE[storedAs]!
      : null;
  if (typeof dtype !== 'string' || bytes === null) {
    fail(
      `The weight '${name}' has the data type ${describeValue(storedAs)}, which NeuroCanvas cannot read.`,
    );
  }
  return {
    name,
    shape,
    size,
    dtype,
    quantizedAs: typeof quantizedAs === 'string' ? quantizedAs : null,
    byteLength: size * bytes,
    group: typeof entry.group === 'string' ? entry.group : null,
  };
}

/**
 * The layer a weight belongs to: the part of its name before the last '/', or failing that the
 * longest tail of it (after a '/') that names a layer, so outer scopes are skipped.
 */
function ownerOf(
  fullName: string,
  layers: ReadonlyMap<string, WeightTarget>,
): { layer: string; weight: string; target: WeightTarget } | null {
  const name = fullName.replace(/:\d+$/, '');
  const cut = name.lastIndexOf('/');
  if (cut <= 0) return null;
  const weight = name.slice(cut + 1);
  const scope = name.slice(0, cut);
  for (let from = 0; from >= 0;) {
    const layer = scope.slice(from);
    const target = layers.get(layer);
    if (target) return { layer, weight, target };
    const next = scope.indexOf('/', from);
    from = next < 0 ? -1 : next + 1;
  }
  return null;
}
