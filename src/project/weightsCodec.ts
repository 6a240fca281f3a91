/**
 * Weights between memory (`Float32Array`s) and the file (base64 of little-endian float32 bytes),
 * with the checks both directions share: node ids that exist, unique tensor names, sane shapes,
 * as many values as the shape needs, and only finite values.
 */
import { formatNumber, quoteText } from '../layers/paramCheck';
import { decodeBase64, decodedLength, encodeBase64 } from './base64';
import { got } from './fields';
import { isForbiddenKey } from './jsonSafety';
import { MAX_WEIGHT_VALUES } from './limits';
import type { JsonPath, Problem } from './paths';
import { WEIGHTS_ENCODING, type WeightsDocument } from './schema';
import type { NodeWeights, WeightTensor } from './weights';

const MAX_DIMENSION = 2_147_483_647;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeWeights(
  doc: WeightsDocument,
  nodeIds: ReadonlySet<string>,
): { weights: NodeWeights; problems: Problem[] } {
  const problems: Problem[] = [];
  const weights: Record<string, WeightTensor[]> = {};
  for (const [nodeId, tensors] of Object.entries(doc.nodes)) {
    const at = ['weights', 'nodes', nodeId];
    if (!nodeIds.has(nodeId)) {
      problems.push({ path: at, message: `no node has the id ${quoteText(nodeId)}` });
      continue;
    }
    const names = new Set<string>();
    const list: WeightTensor[] = [];
    tensors.forEach((tensor, i) => {
      const tensorAt = [...at, i];
      if (names.has(tensor.name))
        problems.push({
          path: [...tensorAt, 'name'],
          message: `${quoteText(tensor.name)} appears twice in this node`,
        });
      names.add(tensor.name);
      const shape = checkShape(tensor.shape, [...tensorAt, 'shape'], problems);
      if (!shape) return;
      const values = decodeValues(tensor.data, shape, [...tensorAt, 'data'], problems);
      if (values) list.push({ name: tensor.name, shape: shape.dims, values });
    });
    weights[nodeId] = list;
  }
  return { weights, problems };
}

/** The file form of `weights`, nodes in `nodeOrder`; problems when the weights cannot be read back. */
export function encodeWeights(
  weights: NodeWeights,
  nodeOrder: readonly string[],
): { doc: WeightsDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = new Set(nodeOrder);
  for (const nodeId of Object.keys(weights)) {
    if (!known.has(nodeId))
      problems.push({
        path: ['weights', 'nodes', nodeId],
        message: `no node has the id ${quoteText(nodeId)}`,
      });
  }
  const nodes: WeightsDocument['nodes'] = {};
  for (const nodeId of nodeOrder) {
    // A forbidden id is reported by the graph check; as a key here it would replace a prototype.
    if (!Object.hasOwn(weights, nodeId) || isForbiddenKey(nodeId)) continue;
    const names = new Set<string>();
    nodes[nodeId] = weights[nodeId]!.map((tensor, i) => {
      const at = ['weights', 'nodes', nodeId, i];
      if (names.has(tensor.name))
        problems.push({
          path: [...at, 'name'],
          message: `${quoteText(tensor.name)} appears twice in this node`,
        });
      names.add(tensor.name);
      const shape = checkShape(tensor.shape, [...at, 'shape'], problems);
      if (shape && shape.size !== tensor.values.length) {
        problems.push({
          path: [...at, 'data'],
          message: `holds ${formatNumber(tensor.values.length)} values, but shape ${got(shape.dims)} needs ${formatNumber(shape.size)}`,
        });
      }
      checkFinite(tensor.values, [...at, 'data'], problems);
      return {
        name: tensor.name,
        shape: [...tensor.shape],
        data: encodeBase64(float32Bytes(tensor.values)),
      };
    });
  }
  return { doc: { encoding: WEIGHTS_ENCODING, nodes }, problems };
}

function checkShape(
  shape: readonly unknown[],
  at: JsonPath,
  problems: Problem[],
): { dims: number[]; size: number } | null {
  const ok = shape.every(
    (d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= MAX_DIMENSION,
  );
  if (!ok) {
    problems.push({
      path: at,
      message: `expected a list of whole numbers from 1 to ${formatNumber(MAX_DIMENSION)}, got ${got(shape)}`,
    });
    return null;
  }
  const dims = shape as number[];
  let size = 1;
  for (const d of dims) {
    size *= d;
    if (size > MAX_WEIGHT_VALUES) {
      problems.push({
        path: at,
        message: `a tensor of shape ${got(dims)} is larger than the ${formatNumber(MAX_WEIGHT_VALUES)} values a project can hold`,
      });
      return null;
    }
  }
  return { dims: [...dims], size };
}

function decodeValues(
  data: string,
  shape: { dims: number[]; size: number },
  at: JsonPath,
  problems: Problem[],
): Float32Array | null {
  // Compare lengths before decoding, so a wrong tensor costs nothing to refuse.
  const bytes = decodedLength(data);
  if (bytes >= 0 && bytes !== shape.size * 4) {
    problems.push({
      path: at,
      message: `holds ${formatNumber(bytes)} bytes, but shape ${got(shape.dims)} needs ${formatNumber(shape.size)} float32 values (${formatNumber(shape.size * 4)} bytes)`,
    });
    return null;
  }
  const decoded = decodeBase64(data);
  if (!(decoded instanceof Uint8Array)) {
    problems.push({ path: at, message: decoded.error });
    return null;
  }
  const values = float32FromBytes(decoded);
  return checkFinite(values, at, problems) ? values : null;
}

function checkFinite(values: Float32Array, at: JsonPath, problems: Problem[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      problems.push({
        path: at,
        message: `value ${formatNumber(i)} is ${Number.isNaN(v) ? 'NaN' : String(v)}; weights must be finite numbers`,
      });
      return false;
    }
  }
  return true;
}

function float32Bytes(values: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return new Uint8Array(view.buffer);
}

function float32FromBytes(bytes: Uint8Array): Float32Array {
  // `bytes` owns its whole buffer (decodeBase64 allocates it), so the view needs no copy.
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Float32Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
}
