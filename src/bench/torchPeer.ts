/**
 * Runs the same training in PyTorch (Debian's python3-torch) when `/usr/bin/python3` can import
 * it: writes each model's data as raw float32 files, calls `torchPeer.py`, and reads its JSON.
 * Like a NeuroCanvas run, the timed span ends with one evaluation of the test split, so that
 * both sides do the same work.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Dataset } from '../data';
import type { BenchModel } from './models';

const run = promisify(execFile);
const PYTHON = process.env.NEUROCANVAS_PYTHON ?? '/usr/bin/python3';

export interface PeerResult {
  torch: string;
  threads: number;
  /** The median of the measured runs after the first. */
  samplesPerSecond: Record<string, number>;
  /** The first run, which also pays for warming up. */
  firstRun: Record<string, number>;
}

export async function torchAvailable(): Promise<boolean> {
  try {
    await run(PYTHON, ['-c', 'import torch, numpy']);
    return true;
  } catch {
    return false;
  }
}

export async function runTorchPeer(
  jobs: readonly { model: BenchModel; data: Dataset; epochs: number; seed: number }[],
  threads: number,
  repeats: number,
): Promise<PeerResult> {
  const dir = await mkdtemp(join(tmpdir(), 'neurocanvas-bench-'));
  try {
    const models = [];
    for (const { model, data, epochs, seed } of jobs) {
      const files: Record<string, string> = {};
      const shapes: Record<string, number[]> = {};
      for (const [part, split] of [
        ['', data.train],
        ['Test', data.test],
      ] as const) {
        for (const [name, values, width] of [
          ['x', split.x, data.inputShape],
          ['y', split.y, [split.y.length / Math.max(1, split.count)]],
        ] as const) {
          const file = join(dir, `${model.name}.${name}${part}.f32`);
          await writeFile(
            file,
            new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
          );
          files[`${name}${part}`] = file;
          shapes[`${name}${part}Shape`] = [split.count, ...width];
        }
      }
      models.push({
        model: model.name,
        ...files,
        ...shapes,
        batchSize: model.batchSize,
        learningRate: model.learningRate,
        epochs,
        seed,
      });
    }
    const spec = join(dir, 'spec.json');
    await writeFile(spec, JSON.stringify({ threads, repeats, models }));
    const script = join(import.meta.dirname, 'torchPeer.py');
    const { stdout } = await run(PYTHON, [script, spec], { maxBuffer: 1 << 20 });
    const parsed = JSON.parse(stdout) as {
      torch: string;
      threads: number;
      results: { model: string; samplesPerSecond: number; firstRun: number }[];
    };
    return {
      torch: parsed.torch,
      threads: parsed.threads,
      samplesPerSecond: Object.fromEntries(
        parsed.results.map((r) => [r.model, r.samplesPerSecond]),
      ),
      firstRun: Object.fromEntries(parsed.results.map((r) => [r.model, r.firstRun])),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
