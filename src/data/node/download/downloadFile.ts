/**
 * Downloads one file to a path, streamed: the bytes go to a temporary file beside the target while
 * their count and MD5 digest are kept, and only a complete file with the expected size and digest
 * is renamed into place. Any failure, cancellation included, deletes the temporary file, so the
 * cache never holds a half file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { RemoteFile } from '../../downloads/sources';

/** How one attempt at one address failed. */
export type AttemptFailure =
  | 'unreachable' // no answer: no connection, unknown host, refused
  | 'http' // an answer other than 200
  | 'broken' // the connection dropped, or went silent, before the end
  | 'mismatch' // a complete answer, but not the file expected
  | 'cancelled';

export class AttemptError extends Error {
  constructor(
    readonly failure: AttemptFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface DownloadFileOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive, with the count received so far for this file. */
  onBytes?: (received: number) => void;
  /** Give up when no byte arrives for this long; 30 seconds by default. */
  idleTimeoutMs?: number;
}

const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system's error code behind a failed fetch (undici wraps it as the cause), if any. */
function errorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e instanceof Error; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = e.cause;
  }
  return undefined;
}

const CODE_WORDS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the server name could not be looked up',
  EAI_AGAIN: 'the server name could not be looked up',
  ECONNREFUSED: 'the connection was refused',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the server is unreachable',
  ETIMEDOUT: 'the connection timed out',
};

function reason(error: unknown): string {
  const code = errorCode(error);
  if (code && CODE_WORDS[code]) return `${CODE_WORDS[code]} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

export async function downloadFile(
  url: string,
  file: RemoteFile,
  target: string,
  options: DownloadFileOptions = {},
): Promise<void> {
  const idleMs = options.idleTimeoutMs ?? 30_000;
  const idle = new AbortController();
  let idleTimer: NodeJS.Timeout | undefined;
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), idleMs);
  };
  const signal = options.signal ? AbortSignal.any([options.signal, idle.signal]) : idle.signal;
  const cancelled = () => options.signal?.aborted === true;
  const temporary = `${target}.${randomUUID()}.part`;
  armIdle();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, redirect: 'follow' });
    } catch (error) {
      if (cancelled()) throw new AttemptError('cancelled', 'cancelled');
      if (idle.signal.aborted)
        throw new AttemptError('unreachable', `no answer within ${idleMs / 1000} s`);
      const code = errorCode(error);
      throw new AttemptError(
        code && NETWORK_CODES.has(code) ? 'unreachable' : 'broken',
        reason(error),
      );
    }
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new AttemptError(
        'http',
        `the server answered ${response.status} ${response.statusText}`.trim(),
      );
    }

    const hash = createHash('md5');
    let received = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > file.bytes) {
          done(
            new AttemptError(
              'mismatch',
              `more than the expected ${file.bytes.toLocaleString('en-US')} bytes arrived`,
            ),
          );
          return;
        }
        armIdle();
        hash.update(chunk);
        options.onBytes?.(received);
        done(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(response.body as WebReadableStream),
        meter,
        createWriteStream(temporary),
        { signal },
      );
    } catch (error) {
      if (error instanceof AttemptError) throw error;
      if (cancelled()) throw new AttemptError('cancelled', 'cancelled');
      if (idle.signal.aborted)
        throw new AttemptError(
          'broken',
          `no data for ${idleMs / 1000} s after ${received.toLocaleString('en-US')} bytes`,
        );
      throw new AttemptError(
        'broken',
        `the connection broke after ${received.toLocaleString('en-US')} of ${file.bytes.toLocaleString('en-US')} bytes (${reason(error)})`,
      );
    }
    if (received !== file.bytes) {
      throw new AttemptError(
        'broken',
        `the download ended after ${received.toLocaleString('en-US')} of ${file.bytes.toLocaleString('en-US')} bytes`,
      );
    }
    const digest = hash.digest('hex');
    if (digest !== file.md5) {
      throw new AttemptError(
        'mismatch',
        `the file received has the MD5 digest ${digest}, not the expected ${file.md5}`,
      );
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    clearTimeout(idleTimer);
  }
}
