/**
 * A reader for tar archives (ustar and the older v7 layout), fed chunk by chunk so an archive is
 * never held whole: each member is a 512-byte header (name at 0–99, size in octal at 124–135,
 * type flag at 156, name prefix at 345–499 for ustar) followed by its content padded to a
 * multiple of 512 bytes; two zero blocks end the archive. Only regular files the caller asks for
 * are kept; every other member is skipped without being stored.
 */
import { DatasetError } from '../errors';

const BLOCK = 512;

export interface TarEntry {
  /** The member's path inside the archive, e.g. 'cifar-10-batches-bin/data_batch_1.bin'. */
  name: string;
  data: Uint8Array;
}

export interface TarReaderOptions {
  /** Which members to keep, by path. */
  keep: (name: string) => boolean;
  /** The largest member kept, in bytes; a larger one is refused. */
  maxEntryBytes: number;
  /** What to call the archive in messages. */
  archiveName: string;
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}

export class TarReader {
  private readonly entries: TarEntry[] = [];
  /** Bytes received but not yet consumed (always less than one header or the rest of a member). */
  private pending: Uint8Array = new Uint8Array(0);
  /** The member being read: its name, content so far and bytes still to come (with padding). */
  private current: { name: string; size: number; kept: Uint8Array | null; filled: number } | null =
    null;
  private skip = 0;
  private ended = false;
  /** Where the next header starts, counted from the start of the archive, for messages. */
  private offset = 0;

  constructor(private readonly options: TarReaderOptions) {}

  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        this.offset += n;
        at += n;
        continue;
      }
      if (this.current) {
        const c = this.current;
        const n = Math.min(c.size - c.filled, chunk.length - at);
        c.kept?.set(chunk.subarray(at, at + n), c.filled);
        c.filled += n;
        this.offset += n;
        at += n;
        if (c.filled === c.size) {
          if (c.kept) this.entries.push({ name: c.name, data: c.kept });
          this.current = null;
          this.skip = (BLOCK - (c.size % BLOCK)) % BLOCK;
        }
        continue;
      }
      // A header: gather 512 bytes, possibly across chunks.
      const need = BLOCK - this.pending.length;
      const take = chunk.subarray(at, at + need);
      at += take.length;
      if (this.pending.length === 0 && take.length === BLOCK) {
        this.header(take);
      } else {
        const joined = new Uint8Array(this.pending.length + take.length);
        joined.set(this.pending);
        joined.set(take, this.pending.length);
        this.pending = joined;
        if (joined.length === BLOCK) {
          this.pending = new Uint8Array(0);
          this.header(joined);
        }
      }
    }
  }

  /** The kept members, once the whole archive has been pushed; refuses a truncated archive. */
  finish(): TarEntry[] {
    if (this.current || this.skip > 0 || this.pending.length > 0) {
      const where = this.current ? ` inside '${this.current.name}'` : '';
      throw new DatasetError(
        'corrupt',
        `${this.options.archiveName} ends in the middle of the archive${where}, after ${this.offset.toLocaleString('en-US')} bytes: the file is incomplete.`,
      );
    }
    return this.entries;
  }

  private header(block: Uint8Array): void {
    const at = this.offset;
    this.offset += BLOCK;
    if (block.every((b) => b === 0)) {
      // The end-of-archive marker; whatever follows is padding.
      this.ended = true;
      return;
    }
    const stored = block.subarray(148, 156);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
    if (parseInt(text(stored).trim() || 'x', 8) !== sum) {
      throw new DatasetError(
        'corrupt',
        `${this.options.archiveName} is not a valid tar archive: the header at byte ${at.toLocaleString('en-US')} fails its checksum.`,
      );
    }
    const isUstar = text(block.subarray(257, 262)) === 'ustar';
    const prefix = isUstar ? text(block.subarray(345, 500)) : '';
    const base = text(block.subarray(0, 100));
    const name = prefix ? `${prefix}/${base}` : base;
    const size = parseInt(text(block.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new DatasetError(
        'corrupt',
        `${this.options.archiveName}: the member '${name}' has an unreadable size.`,
      );
    }
    const type = String.fromCharCode(block[156]!);
    const regular = type === '0' || type === '\0';
    const wanted = regular && this.options.keep(name);
    if (wanted && size > this.options.maxEntryBytes) {
      throw new DatasetError(
        'corrupt',
        `${this.options.archiveName}: the member '${name}' is ${size.toLocaleString('en-US')} bytes, more than the ${this.options.maxEntryBytes.toLocaleString('en-US')} expected.`,
      );
    }
    if (size === 0) {
      if (wanted) this.entries.push({ name, data: new Uint8Array(0) });
      return;
    }
    this.current = { name, size, kept: wanted ? new Uint8Array(size) : null, filled: 0 };
  }
}

/** Writes a tar archive of regular files (ustar), the inverse of `TarReader`, for tests and export. */
export function encodeTar(files: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for (const file of files) {
    const header = new Uint8Array(BLOCK);
    const name = encoder.encode(file.name);
    if (name.length > 100)
      throw new RangeError(`Tar names here are at most 100 bytes: ${file.name}`);
    header.set(name, 0);
    const octal = (value: number, width: number) =>
      encoder.encode(value.toString(8).padStart(width - 1, '0') + '\0');
    header.set(octal(0o644, 8), 100);
    header.set(octal(0, 8), 108);
    header.set(octal(0, 8), 116);
    header.set(octal(file.data.length, 12), 124);
    header.set(octal(0, 12), 136);
    header[156] = '0'.charCodeAt(0);
    header.set(encoder.encode('ustar\0'), 257);
    header.set(encoder.encode('00'), 263);
    header.fill(32, 148, 156);
    const sum = header.reduce((s, b) => s + b, 0);
    header.set(encoder.encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
    parts.push(header, file.data);
    const pad = (BLOCK - (file.data.length % BLOCK)) % BLOCK;
    if (pad > 0) parts.push(new Uint8Array(pad));
  }
  parts.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
