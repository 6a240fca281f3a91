/**
 * Small files in the real formats of the downloaded datasets, written here for the tests, and a
 * local HTTP server on 127.0.0.1 that serves them well or badly on request.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { encodeCifarBatch } from '../../../formats/cifar';
import { encodeIdx } from '../../../formats/idx';
import { encodeTar } from '../../../formats/tar';
import type { DownloadSource, RemoteFile } from '../../../downloads/sources';

export interface FixtureFile extends RemoteFile {
  data: Uint8Array;
}

function remote(name: string, bytes: Uint8Array): FixtureFile {
  // A plain copy: node:zlib gives Buffers, whose slice() would share memory.
  const data = new Uint8Array(bytes);
  return { name, data, bytes: data.length, md5: createHash('md5').update(data).digest('hex') };
}

/** Image i has every pixel at (7·i + pixel) mod 256, so each one is known without storing it. */
export const pixelOf = (image: number, pixel: number) => (7 * image + pixel) % 256;

function idxPair(prefix: string, count: number, side: number, labelOf: (i: number) => number) {
  const pixels = new Uint8Array(count * side * side);
  for (let i = 0; i < count; i++)
    for (let p = 0; p < side * side; p++) pixels[i * side * side + p] = pixelOf(i, p);
  const labels = Uint8Array.from({ length: count }, (_, i) => labelOf(i));
  return [
    remote(
      `${prefix}-images-idx3-ubyte.gz`,
      gzipSync(encodeIdx({ type: 'uint8', shape: [count, side, side], data: pixels })),
    ),
    remote(
      `${prefix}-labels-idx1-ubyte.gz`,
      gzipSync(encodeIdx({ type: 'uint8', shape: [count], data: labels })),
    ),
  ];
}

/** MNIST's four files, with 30 training and 12 test digits of 28 × 28. */
export function mnistFixture(): FixtureFile[] {
  return [
    ...idxPair('train', 30, 28, (i) => i % 10),
    ...idxPair('t10k', 12, 28, (i) => (i * 3) % 10),
  ];
}

export const CIFAR_FIXTURE_NAMES = [
  'plane',
  'car',
  'bird',
  'cat',
  'deer',
  'dog',
  'frog',
  'horse',
  'ship',
  'truck',
];

/** A CIFAR-10 binary tarball with 4 images per training batch and 3 test images. */
export function cifarFixture(): FixtureFile[] {
  const batch = (first: number, count: number) => {
    const planes = new Uint8Array(count * 3072);
    for (let i = 0; i < count; i++)
      for (let p = 0; p < 3072; p++) planes[i * 3072 + p] = pixelOf(first + i, p);
    return encodeCifarBatch(
      Array.from({ length: count }, (_, i) => (first + i) % 10),
      planes,
    );
  };
  const encoder = new TextEncoder();
  const dir = 'cifar-10-batches-bin/';
  const tar = encodeTar([
    { name: dir, data: new Uint8Array(0) },
    {
      name: `${dir}batches.meta.txt`,
      data: encoder.encode(`${CIFAR_FIXTURE_NAMES.join('\n')}\n\n`),
    },
    ...[1, 2, 3, 4, 5].map((b) => ({
      name: `${dir}data_batch_${b}.bin`,
      data: batch((b - 1) * 4, 4),
    })),
    { name: `${dir}test_batch.bin`, data: batch(100, 3) },
    { name: `${dir}readme.html`, data: encoder.encode('<p>not needed</p>') },
  ]);
  return [remote('cifar-10-binary.tar.gz', gzipSync(tar))];
}

export function fixtureSource(files: readonly FixtureFile[]): DownloadSource {
  return {
    locations: [],
    files: files.map(({ name, bytes, md5 }) => ({ name, bytes, md5 })),
    homepage: 'https://example.org/dataset',
  };
}

/**
 * Serves `files` under several prefixes, each a way to fail:
 * /ok/NAME the file; /wrong/NAME the same size with one byte changed; /drop/NAME half the file,
 * then the connection is cut; /stall/NAME half the file, then nothing until the client gives up;
 * anything else 404.
 */
export class FixtureServer {
  readonly requests: string[] = [];
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly files: readonly FixtureFile[]) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const url = request.url ?? '/';
      this.requests.push(url);
      const [, mode, name] = url.split('/');
      const file = this.files.find((f) => f.name === name);
      if (!file || !['ok', 'wrong', 'drop', 'stall'].includes(mode ?? '')) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
        return;
      }
      response.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(file.bytes),
      });
      const half = file.data.subarray(0, Math.floor(file.bytes / 2));
      if (mode === 'ok') response.end(file.data);
      else if (mode === 'wrong') {
        const changed = file.data.slice();
        changed[changed.length - 1] = 0xff - changed[changed.length - 1]!;
        response.end(changed);
      } else if (mode === 'drop') response.write(half, () => request.socket.destroy());
      else response.write(half);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(mode: string): string {
    return `http://127.0.0.1:${this.port}/${mode}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** An address on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
