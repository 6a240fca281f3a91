/**
 * How a message crosses a WebSocket with its typed arrays intact. A message without typed arrays
 * is a text frame of JSON. A message with them is one binary frame:
 *
 *   [u32 little-endian: header byte length][header: UTF-8 JSON][zero padding to a multiple of 8]
 *   then for each typed array, in header order: [its bytes][zero padding to a multiple of 8]
 *
 * The header is `{ "message": …, "arrays": [[path, kind, length], …] }`: the message with each
 * typed array replaced by null, and where each one goes back (its JSON path), of which kind and
 * how many elements. Padding keeps every array 8-byte aligned. Array bytes are in the platform's
 * own byte order: the page and the host run on the same machine.
 *
 * Decoding only rebuilds the message; the receiver still checks it with its parser. A frame that
 * does not follow this layout gives an error, never an exception.
 */
import { formatNumber } from '../layers/paramCheck';
import { isForbiddenKey } from '../project/jsonSafety';
import { MAX_DEPTH } from './limits';

const KINDS = {
  Float32Array,
  Float64Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Uint8Array,
  Uint16Array,
  Uint32Array,
} as const;
type Kind = keyof typeof KINDS;
type TypedArray = InstanceType<(typeof KINDS)[Kind]>;

/** Far above any real message (a large model's weights are thousands of tensors). */
export const MAX_FRAME_ARRAYS = 1_000_000;
const ALIGN = 8;

export type DecodeResult = { ok: true; value: unknown } | { ok: false; error: string };

type Path = (string | number)[];
type ArrayEntry = [Path, Kind, number];

/** A text frame, or a binary frame when the message holds typed arrays. */
export function encodeFrame(message: object): string | Uint8Array<ArrayBuffer> {
  const found: { path: Path; array: TypedArray; kind: Kind }[] = [];
  const stripped = strip(message, [], found, 0);
  if (found.length === 0) return JSON.stringify(stripped);

  const arrays: ArrayEntry[] = found.map((f) => [f.path, f.kind, f.array.length]);
  const header = new TextEncoder().encode(JSON.stringify({ message: stripped, arrays }));
  let size = padded(4 + header.length);
  for (const f of found) size += padded(f.array.byteLength);
  const frame = new Uint8Array(size);
  new DataView(frame.buffer).setUint32(0, header.length, true);
  frame.set(header, 4);
  let offset = padded(4 + header.length);
  for (const { array } of found) {
    frame.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += padded(array.byteLength);
  }
  return frame;
}

/** The message a frame holds: a string for a text frame, bytes for a binary one. */
export function decodeFrame(data: string | ArrayBuffer | Uint8Array): DecodeResult {
  if (typeof data === 'string') return parseJson(data);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const fail = (why: string): DecodeResult => ({ ok: false, error: `Unreadable frame: ${why}` });
  if (bytes.length < 4) return fail('it is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  if (headerLength > bytes.length - 4) return fail('its header is longer than the frame');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(4, 4 + headerLength));
  } catch {
    return fail('its header is not UTF-8 text');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const header = parsed.value;
  if (
    header === null ||
    typeof header !== 'object' ||
    !Object.hasOwn(header, 'message') ||
    !Object.hasOwn(header, 'arrays')
  )
    return fail('its header has no message and arrays');
  const { message, arrays } = header as { message: unknown; arrays: unknown };
  if (!Array.isArray(arrays) || arrays.length > MAX_FRAME_ARRAYS)
    return fail(`its header must list at most ${formatNumber(MAX_FRAME_ARRAYS)} arrays`);

  let offset = padded(4 + headerLength);
  for (let i = 0; i < arrays.length; i++) {
    const entry = readEntry(arrays[i]);
    if (typeof entry === 'string') return fail(`array ${i}: ${entry}`);
    const [path, kind, length] = entry;
    const cls = KINDS[kind];
    const byteLength = length * cls.BYTES_PER_ELEMENT;
    if (offset + byteLength > bytes.length)
      return fail(`array ${i} reaches past the end of the frame`);
    // A copy: the frame's buffer may be pooled or unaligned, and the message must own its arrays.
    const array = new cls(length);
    new Uint8Array(array.buffer).set(bytes.subarray(offset, offset + byteLength));
    const placed = place({ message }, ['message', ...path], array);
    if (placed) return fail(`array ${i}: ${placed}`);
    offset += padded(byteLength);
  }
  if (offset !== bytes.length) return fail('it holds bytes after its last array');
  return { ok: true, value: message };
}

function padded(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

function parseJson(text: string): DecodeResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'Unreadable frame: it is not valid JSON' };
  }
}

/** A copy of `value` with typed arrays replaced by null and recorded in `found`. */
function strip(
  value: unknown,
  path: Path,
  found: { path: Path; array: TypedArray; kind: Kind }[],
  depth: number,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new Error(`A message nested more than ${MAX_DEPTH} levels deep`);
  if (ArrayBuffer.isView(value)) {
    const kind = kindOf(value);
    if (!kind) throw new Error(`A message cannot carry a ${value.constructor.name}`);
    found.push({ path: [...path], array: value as TypedArray, kind });
    return null;
  }
  if (Array.isArray(value))
    return value.map((item, i) => strip(item, [...path, i], found, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = strip(item, [...path, key], found, depth + 1);
  }
  return out;
}

function kindOf(view: ArrayBufferView): Kind | undefined {
  return (Object.keys(KINDS) as Kind[]).find((k) => view instanceof KINDS[k]);
}

/** A header entry checked, or what is wrong with it. */
function readEntry(entry: unknown): ArrayEntry | string {
  if (!Array.isArray(entry) || entry.length !== 3) return 'expected [path, kind, length]';
  const [path, kind, length] = entry as unknown[];
  if (
    !Array.isArray(path) ||
    path.length === 0 ||
    path.length > MAX_DEPTH ||
    !path.every((s) => typeof s === 'string' || (Number.isInteger(s) && (s as number) >= 0))
  )
    return 'its path must be a list of keys and indexes';
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind)) return 'unknown kind of array';
  if (!Number.isInteger(length) || (length as number) < 0)
    return 'its length must be a whole number';
  return [path as Path, kind as Kind, length as number];
}

/** Puts `array` where the header says, into a slot the message left null; or says why it cannot. */
function place(root: object, path: Path, array: TypedArray): string | null {
  let at: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (at === null || typeof at !== 'object' || ArrayBuffer.isView(at))
      return 'its path leads through a value that is not a list or an object';
    if (Array.isArray(at) ? typeof key !== 'number' : typeof key !== 'string')
      return 'its path does not fit the message';
    if (typeof key === 'string' && isForbiddenKey(key)) return `its path holds the key '${key}'`;
    if (!Object.hasOwn(at, key)) return 'its path leads nowhere in the message';
    const record = at as Record<string | number, unknown>;
    if (i === path.length - 1) {
      if (record[key] !== null) return 'its place in the message is not empty';
      record[key] = array;
      return null;
    }
    at = record[key];
  }
  return 'its path is empty';
}
