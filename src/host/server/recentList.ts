/**
 * The projects opened or saved most recently, kept in the data folder as `recent.json`, newest
 * first. The host adds a file only after opening or saving it through its own checks, so the list
 * also records which files the user chose: they stay open to the page on later launches.
 *
 * A damaged or foreign file reads as an empty list rather than stopping the app; it is rewritten
 * on the next change. Changes are written atomically and one at a time.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { MAX_PATH_LENGTH, MAX_RECENT, type RecentEntry } from '../../protocol/renderer';

const FORMAT = 'neurocanvas-recent';
/** A list is a few kilobytes; anything far larger is not one of ours. */
const MAX_FILE_BYTES = 1_000_000;

export class RecentList {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** The entries, newest first. */
  async entries(): Promise<RecentEntry[]> {
    await this.writes.catch(() => undefined);
    return this.read();
  }

  /** Puts `path` first (once), dropping the oldest beyond the limit. */
  add(path: string, name: string): Promise<void> {
    const next = this.writes
      .catch(() => undefined)
      .then(async () => {
        const kept = (await this.read()).filter((e) => e.path !== path);
        const entry: RecentEntry = { path, name, usedAt: new Date().toISOString() };
        await this.write([entry, ...kept].slice(0, MAX_RECENT));
      });
    this.writes = next;
    return next;
  }

  private async read(): Promise<RecentEntry[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    if (text.length > MAX_FILE_BYTES) return [];
    try {
      const doc = JSON.parse(text) as unknown;
      if (!isObject(doc) || doc.format !== FORMAT || !Array.isArray(doc.entries)) return [];
      return doc.entries.filter(isEntry).slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }

  private async write(entries: RecentEntry[]): Promise<void> {
    const text = `${JSON.stringify({ format: FORMAT, entries }, null, 2)}\n`;
    const temp = join(
      dirname(this.file),
      `.${basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
      await rename(temp, this.file);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEntry(value: unknown): value is RecentEntry {
  return (
    isObject(value) &&
    Object.keys(value).length === 3 &&
    typeof value.path === 'string' &&
    value.path.length <= MAX_PATH_LENGTH &&
    isAbsolute(value.path) &&
    typeof value.name === 'string' &&
    value.name.length <= MAX_PATH_LENGTH &&
    typeof value.usedAt === 'string' &&
    value.usedAt.length <= 40
  );
}
