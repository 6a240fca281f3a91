/**
 * Standard base64 (RFC 4648, with '=' padding, no line breaks). Written out here because the
 * project code runs in the renderer as well as in Node, and `atob`/`btoa` work on strings one
 * character per byte, which is slow and memory-hungry for hundreds of megabytes of weights.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Character code → 6-bit value, or 255 for characters outside the alphabet. */
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d;

export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = ENCODE[(n >>> 6) & 63]!;
    out[o++] = ENCODE[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? ENCODE[(n >>> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** How many bytes a valid base64 text of this length and padding decodes to. */
export function decodedLength(text: string): number {
  if (text.length % 4 !== 0) return -1;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** The bytes, or a plain reason why `text` is not valid base64. */
export function decodeBase64(text: string): Uint8Array | { error: string } {
  const length = decodedLength(text);
  if (length < 0)
    return { error: `base64 text must have a length divisible by 4, but has ${text.length}` };
  const out = new Uint8Array(length);
  const quads = text.length / 4;
  let o = 0;
  for (let q = 0; q < quads; q++) {
    const at = q * 4;
    const last = q === quads - 1;
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(at + k);
      if (code === PAD && last && k >= 2 && (k === 3 || text.charCodeAt(at + 3) === PAD)) {
        n <<= 6;
        continue;
      }
      const v = code < 128 ? DECODE[code]! : 255;
      if (v === 255) return { error: `base64 text has an invalid character at position ${at + k}` };
      n = (n << 6) | v;
    }
    out[o++] = n >>> 16;
    if (o < length) out[o++] = (n >>> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}
