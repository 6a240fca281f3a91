/**
 * `neurocanvas train` as a user runs it: a real process that forks a real trainer, real data, real
 * files, Ctrl+C sent as a terminal sends it (to the whole process group).
 */
import type { Tensor } from '@tensorflow/tfjs';
import { execFile, spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTf } from '../compiler/tf';
import { DATASET_IDS } from '../data/catalog';
import { loadDataset } from '../data/node/loadDataset';
import { loadLayersFolder } from '../export/tfjs/testing/loadLayersFiles';
import { chain } from '../graph/testing/build';
import { newProject, serializeProject } from '../project';
import { defaultTraining } from '../project/training';
import { main } from './main';

const BIN = join(import.meta.dirname, 'bin.mjs');
const run = promisify(execFile);
const XOR = { id: 'xor', options: { count: 400, noise: 0.05 } };

let dir: string;

async function neurocanvas(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `main` in this process, for refusals that happen before a trainer is started. */
async function inProcess(
  ...args: string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const inDir = args.map((a) => (/\.ncproj/.test(a) ? join(dir, a) : a));
  const code = await main(inDir, {
    out: (t) => out.push(t),
    err: (t) => err.push(...t.split('\n')),
  });
  return { code, out, err };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const mlp = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 16, activation: 'tanh' }],
    ['Dense', { units: 16, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-train-'));
  const training = { ...defaultTraining(), learningRate: 0.03, batchSize: 16, epochs: 6 };
  await writeFile(
    join(dir, 'xor.ncproj'),
    serializeProject({
      ...newProject('Xor'),
      graph: mlp(),
      dataset: XOR,
      training,
    }),
  );
  // Three inputs for a two-feature dataset: only the trainer sees the mismatch.
  await writeFile(
    join(dir, 'wide.ncproj'),
    serializeProject({
      ...newProject('Wide'),
      graph: chain(
        ['Input', { shape: [3] }],
        ['Dense', { units: 2, activation: 'softmax' }],
        'Output',
      ),
      dataset: XOR,
      training,
    }),
  );
  await writeFile(
    join(dir, 'digits.ncproj'),
    serializeProject({
      ...newProject('Digits'),
      graph: chain(
        ['Input', { shape: [28, 28, 1] }],
        'Flatten',
        ['Dense', { units: 256, activation: 'relu' }],
        ['Dense', { units: 10, activation: 'softmax' }],
        'Output',
      ),
      dataset: { id: 'mnist-sample' },
    }),
  );
  await writeFile(
    join(dir, 'broken.ncproj'),
    serializeProject({
      ...newProject('Broken'),
      graph: chain(['Input', { shape: [28, 28, 1] }], ['Dense', { units: 10 }], 'Output'),
      dataset: { id: 'mnist-sample' },
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The loss and accuracy of a loaded model on the test set, as Keras computes them. */
async function testScores(outDir: string): Promise<{ loss: number; acc: number; count: number }> {
  const tf = await loadTf();
  const model = await loadLayersFolder(tf, outDir);
  const data = await loadDataset(XOR.id, XOR.options);
  const { x, y, count } = data.test;
  const xs = tf.tensor2d(x, [count, 2]);
  const ys = tf.tensor2d(y, [count, 2]);
  const p = model.predict(xs) as Tensor;
  const loss = tf.metrics.categoricalCrossentropy(ys, p).mean().dataSync()[0]!;
  const acc = tf.metrics.categoricalAccuracy(ys, p).mean().dataSync()[0]!;
  tf.dispose([xs, ys, p]);
  model.dispose();
  return { loss, acc, count };
}

describe('neurocanvas train', () => {
  it('--json prints one JSON object per epoch and one at the end, and --out writes a model tfjs loads', async () => {
    const out = join(dir, 'out-json');
    const { code, stdout, stderr } = await neurocanvas(
      'train',
      'xor.ncproj',
      '--epochs',
      '8',
      '--json',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const epochs = events.slice(0, -1);
    const done = events.at(-1)!;
    expect(epochs).toHaveLength(8);
    epochs.forEach((e, i) => {
      expect(Object.keys(e)).toEqual([
        'event',
        'epoch',
        'loss',
        'acc',
        'val_loss',
        'val_acc',
        'samples_per_s',
      ]);
      expect(e).toMatchObject({ event: 'epoch', epoch: i + 1 });
    });
    expect(epochs.at(-1)!.loss as number).toBeLessThan((epochs[0]!.loss as number) * 0.8);
    expect(Object.keys(done)).toEqual(['event', 'backend', 'test_loss', 'test_acc']);
    expect(done.event).toBe('done');

    // The written model predicts as the trainer's model did: the same test loss and accuracy.
    const scores = await testScores(out);
    const want = done.test_loss as number;
    expect(Math.abs(scores.loss - want)).toBeLessThanOrEqual(1e-4 * want + 1e-6);
    expect(Math.abs(scores.acc - (done.test_acc as number))).toBeLessThanOrEqual(1 / scores.count);

    const record = JSON.parse(await readFile(join(out, 'run.json'), 'utf8'));
    expect(record).toMatchObject({
      format: 'neurocanvas-run',
      model: { file: 'xor.ncproj', name: 'Xor' },
      backend: { name: done.backend, reason: expect.stringMatching(/\w/) },
      dataset: { id: XOR.id, options: { ...XOR.options, seed: 42, trainRatio: 0.5 } },
      training: { epochs: 8, batchSize: 16, learningRate: 0.03 },
      test: { loss: done.test_loss, acc: done.test_acc },
      ended: { how: 'finished' },
      files: { model: 'model.json', weights: 'weights.bin' },
    });
    expect(record.epochs).toEqual(epochs.map(({ event: _, ...row }) => row));
    expect(record.durationS).toBeGreaterThan(0);

    // The written model.json is one NeuroCanvas reads back, too.
    const summary = await neurocanvas('summary', join(out, 'model.json'));
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('Total params: 354');
  });

  it('shows the backend and a line per epoch, and no progress bar when not on a terminal', async () => {
    const { code, stdout, stderr } = await neurocanvas(
      'train',
      'xor.ncproj',
      '--epochs',
      '2',
      '--backend',
      'cpu',
      '--optimizer',
      'sgd',
      '--lr',
      '0.1',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Backend: cpu (requested by --backend)');
    expect(lines[1]).toMatch(/^Training on \d+ examples, validating on \d+ examples: 2 epochs of/);
    expect(lines.filter((l) => /^Epoch [12]\/2 {2}loss \d/.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^Test: loss \d+\.\d{4} {2}acc \d\.\d{4}$/);
    expect(stdout).not.toMatch(/[\r█]/);
  });

  it('stops cleanly on Ctrl+C, keeps the weights trained so far and exits with 130', async () => {
    const out = join(dir, 'out-interrupted');
    const child = spawn(
      process.execPath,
      [BIN, 'train', 'xor.ncproj', '--epochs', '100000', '--json', '--out', out],
      { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (t: string) => {
        stdout += t;
        if (stdout.split('\n').length > 3) resolve();
      });
      child.on('close', (code) => reject(new Error(`ended early (${code}): ${stderr}`)));
    });
    // As a terminal does: the signal goes to the command and the trainer it started.
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/^Stopping after the batch in progress/);

    const events = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, number | string>);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    const epochs = events.filter((e) => e.event === 'epoch');
    expect(epochs.length).toBeGreaterThanOrEqual(3);

    const record = JSON.parse(await readFile(join(out, 'run.json'), 'utf8'));
    expect(record.ended).toEqual({ how: 'stopped', reason: 'user' });
    expect(record.epochs.length).toBe(epochs.length);
    // The weights are the trained ones: far better than where the first epoch began.
    const scores = await testScores(out);
    expect(scores.loss).toBeLessThan(epochs[0]!.loss as number);
  });

  it('quits at once on a second Ctrl+C, writing nothing', async () => {
    // Batches of 6,400 digits take a good part of a second each, so the second Ctrl+C surely
    // comes while the first one still waits for the batch in progress to end.
    const out = join(dir, 'out-quit');
    const child = spawn(
      process.execPath,
      [
        BIN,
        'train',
        'digits.ncproj',
        '--epochs',
        '100',
        '--batch-size',
        '6400',
        '--json',
        '--out',
        out,
      ],
      { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    const stopping = new Promise<void>((resolve) => {
      child.stderr.setEncoding('utf8').on('data', (t: string) => {
        stderr += t;
        if (stderr.includes('Stopping')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.on('close', (code) => reject(new Error(`ended early (${code}): ${stderr}`)));
    });
    process.kill(-child.pid!, 'SIGINT');
    await stopping;
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe(
      'Stopping after the batch in progress; press Ctrl+C again to quit at once.\n',
    );
    expect(await exists(join(out, 'model.json'))).toBe(false);
    expect(await exists(join(out, 'run.json'))).toBe(false);
  });

  it.each([
    [['--epochs', '0'], 2, /^--epochs must be a whole number from 1 to 100,000, but is "0"\.$/],
    [['--lr=-1'], 2, /^--lr must be a number from 0\.000001 to 10, but is "-1"\.$/],
    [['--batch-size', 'big'], 2, /^--batch-size must be a whole number/],
    [['--optimizer', 'lbfgs'], 2, /^--optimizer must be one of 'sgd', 'adam'/],
    [['--backend', 'gpu'], 2, /^--backend must be one of auto, tensorflow-gpu/],
    [
      ['--dataset', 'cifar'],
      2,
      /^--dataset: there is no dataset 'cifar'\. The datasets are circle, xor, gauss, spiral/,
    ],
    [['-o', 'x.ncproj'], 2, /^'train' writes to --out DIR, not -o$/],
    [
      ['--out', 'xor.ncproj/inside'],
      1,
      /^Cannot write to .*inside: a file of that name is in the way\.$/,
    ],
  ])('refuses %j in one clear line, before any training', async (flags, exitCode, says) => {
    const { code, out, err } = await inProcess('train', 'xor.ncproj', ...flags);
    expect(code).toBe(exitCode);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^neurocanvas: /);
    expect(err[0]!.slice('neurocanvas: '.length)).toMatch(says);
    // A usage error adds where to find help; nothing else, and never a stack trace.
    expect(err.slice(1)).toEqual(exitCode === 2 ? ["Run 'neurocanvas help' for usage."] : []);
  });

  it.each([
    [['train', 'missing.ncproj'], 1, /^Cannot open .*missing\.ncproj: the file does not exist\.$/],
    [
      ['train', 'broken.ncproj'],
      1,
      /^The model cannot be trained: 'dense_1': Dense expects a vector, .* Insert a Flatten layer/,
    ],
    [
      ['summary', 'xor.ncproj', '--epochs', '3'],
      2,
      /^--epochs belongs to 'train', not to 'summary'$/,
    ],
    [['train'], 2, /^'train' needs a file/],
  ])('refuses %j in one clear line', async (args, exitCode, says) => {
    const { code, out, err } = await inProcess(...args);
    expect(code).toBe(exitCode);
    expect(out).toEqual([]);
    expect(err[0]!.slice('neurocanvas: '.length)).toMatch(says);
    expect(err.length).toBe(exitCode === 2 ? 2 : 1);
  });

  it('refuses as a real process too: one line on standard error, exit code 1', async () => {
    const { code, stdout, stderr } = await neurocanvas('train', 'missing.ncproj');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('neurocanvas: Cannot open missing.ncproj: the file does not exist.\n');
  });

  it('asks for a dataset when a model.json names none, listing the ids', async () => {
    await run(process.execPath, [BIN, 'train', 'xor.ncproj', '--epochs', '1', '--out', 'plain'], {
      cwd: dir,
    });
    const { code, stderr } = await neurocanvas('train', join('plain', 'model.json'));
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      `neurocanvas: plain/model.json names no dataset to train on; pass --dataset ID, one of ${DATASET_IDS.join(', ')}.`,
    );
    // With one, the model.json trains further from its weights.
    const further = await neurocanvas(
      'train',
      join('plain', 'model.json'),
      '--dataset',
      'spiral',
      '--epochs',
      '1',
      '--json',
    );
    expect(further.code).toBe(0);
    expect(JSON.parse(further.stdout.trimEnd().split('\n').at(-1)!)).toMatchObject({
      event: 'done',
    });
  });

  it('reports what the trainer refuses: a backend that is not installed, a dataset that does not fit', async () => {
    const native = await neurocanvas('train', 'xor.ncproj', '--backend', 'tensorflow');
    expect(native.code).toBe(1);
    expect(native.stderr).toMatch(
      /^neurocanvas: The tensorflow backend was requested by --backend but cannot be used: .*\n$/,
    );
    const wide = await neurocanvas('train', 'wide.ncproj', '--json');
    expect(wide.code).toBe(1);
    expect(wide.stdout).toBe('');
    expect(wide.stderr).toMatch(/^neurocanvas: .*\[3\].*\n$|^neurocanvas: .*3.*2.*\n$/);
  });
});
