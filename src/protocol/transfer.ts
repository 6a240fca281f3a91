/**
 * The memory a message can hand over instead of copying: pass the result as postMessage's transfer
 * list. Every typed array in the message is found, wherever it sits, so a new field needs no change
 * here. After the transfer the sender's arrays are empty (detached), so a message must not hold
 * an array that something else still reads: tfjs's cpu backend, for one, returns a tensor's own
 * storage from `dataSync()`; send a copy of it, or dispose the tensor first.
 *
 * A buffer is listed only when one array covers it whole. An array that views part of a larger
 * buffer (a slice of a pooled Node Buffer, a tensor's backing store) is copied instead, because
 * transferring would detach memory the message does not own. A buffer is listed once even when
 * several arrays share it, since postMessage refuses duplicates, and SharedArrayBuffers, which
 * cannot be transferred, are left out.
 */
import type { HostMessage } from './host';
import type { TrainerMessage } from './trainer';

export function transferables(message: HostMessage | TrainerMessage): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  collect(message, found, 0);
  return [...found];
}

/** Messages are a few levels deep; the bound only guards against a cycle. */
const MAX_DEPTH = 32;

function collect(value: unknown, found: Set<ArrayBuffer>, depth: number): void {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    if (
      buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === buffer.byteLength
    )
      found.add(buffer);
    return;
  }
  const items = Array.isArray(value) ? value : Object.values(value);
  for (const item of items) {
    // Lists of plain numbers (shapes, ranges) hold nothing to transfer.
    if (item !== null && typeof item === 'object') collect(item, found, depth + 1);
  }
}
