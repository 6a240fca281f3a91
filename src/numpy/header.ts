/**
 * The `.npy` header: a Python dict literal such as
 *   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
 * after the magic string and a little-endian length, padded with spaces and a final newline so that
 * the data starts at a multiple of 64 bytes (NumPy's format, versions 1.0 to 3.0).
 */
import { NpyError } from './types';

export const MAGIC = [0x93, ...Array.from('NUMPY', (c) => c.charCodeAt(0))];
const ALIGNMENT = 64;
/** NumPy itself keeps headers far smaller; a larger one is not a real array file. */
const MAX_HEADER_LENGTH = 1 << 20;

export interface Header {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
}

export function formatHeader(header: Header): Uint8Array {
  const dims = header.shape.map(String);
  const shape = dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`;
  const order = header.fortranOrder ? 'True' : 'False';
  let text = `{'descr': '${header.descr}', 'fortran_order': ${order}, 'shape': ${shape}, }`;
  // Version 1.0 stores the length in 2 bytes, 2.0 in 4; both put magic + version + length first.
  const version = text.length + ALIGNMENT + 12 < 0x10000 ? 1 : 2;
  const prefix = version === 1 ? 10 : 12;
  const total = Math.ceil((prefix + text.length + 1) / ALIGNMENT) * ALIGNMENT;
  text = text.padEnd(total - prefix - 1, ' ') + '\n';
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  out[6] = version;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, text.length, true);
  else view.setUint32(8, text.length, true);
  for (let i = 0; i < text.length; i++) out[prefix + i] = text.charCodeAt(i);
  return out;
}

/** Reads the header; returns it and the offset where the data starts. */
export function parseHeader(bytes: Uint8Array, where: string): { header: Header; offset: number } {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new NpyError(`${where} is not a NumPy .npy file: it does not start with '\\x93NUMPY'.`);
  }
  const major = bytes[6]!;
  if (major < 1 || major > 3) {
    throw new NpyError(
      `${where} has .npy format version ${major}.${bytes[7]}; 1.0 to 3.0 are read.`,
    );
  }
  const prefix = major === 1 ? 10 : 12;
  if (bytes.length < prefix) throw new NpyError(`${where} ends inside its header.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (length > MAX_HEADER_LENGTH) {
    throw new NpyError(
      `${where} declares a header of ${length} bytes; at most ${MAX_HEADER_LENGTH} are read.`,
    );
  }
  if (bytes.length < prefix + length) {
    throw new NpyError(
      `${where} ends inside its header: it declares ${length} header bytes but has ${bytes.length - prefix}.`,
    );
  }
  // Versions 1 and 2 are Latin-1, version 3 UTF-8; the keys and values read here are plain ASCII.
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(prefix, prefix + length),
  );
  return { header: readDict(text.trim(), where), offset: prefix + length };
}

function readDict(text: string, where: string): Header {
  const bad = (what: string) =>
    new NpyError(`${where} has a bad header (${what}): ${text.slice(0, 200)}`);
  if (!text.startsWith('{') || !text.endsWith('}')) throw bad('not a dict literal');
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]*)['"]/.exec(text)?.[1];
  if (descr === undefined) throw bad("no 'descr'");
  const order = /['"]fortran_order['"]\s*:\s*(True|False)\b/.exec(text)?.[1];
  if (order === undefined) throw bad("no 'fortran_order'");
  const shapeText = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (shapeText === undefined) throw bad("no 'shape'");
  const parts = shapeText.split(',').map((s) => s.trim());
  // A one-element tuple ends with a comma: '(3,)' splits into ['3', ''].
  if (parts.at(-1) === '') parts.pop();
  const shape = parts.map((p) => {
    if (!/^\d+L?$/.test(p)) throw bad(`shape entry '${p}' is not a whole number`);
    const n = Number.parseInt(p, 10);
    if (!Number.isSafeInteger(n)) throw bad(`shape entry ${p} is too large`);
    return n;
  });
  return { descr, fortranOrder: order === 'True', shape };
}
