/**
 * A GAN project from the command line: `train` trains it adversarially in a real trainer process,
 * and `export` writes one part at a time, the generator unless told otherwise.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gan2d } from '../lessons/gan';
import { logisticRegression } from '../lessons/regression';
import { serializeProject } from '../project';
import { main } from './main';

const BIN = join(import.meta.dirname, 'bin.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-gan-'));
  const gan = gan2d.template.create();
  const small = { ...gan, dataset: { id: 'gauss', options: { count: 200, noise: 0 } } };
  await writeFile(
    join(dir, 'gan.ncproj'),
    serializeProject({ ...small, training: { ...gan.training, epochs: 2 } }),
  );
  await writeFile(
    join(dir, 'plain.ncproj'),
    serializeProject(logisticRegression.template.create()),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('trains a GAN, reporting both losses per epoch', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'train', 'gan.ncproj'], {
    cwd: dir,
  });
  expect(stdout).toMatch(/Epoch 2\/2\s+loss \S+\s+g_loss \S+\s+d_real \S+\s+d_fake/);
}, 120_000);

it('exports the generator by default, and the discriminator when asked', async () => {
  const generator = await inProcess(
    'export',
    join(dir, 'gan.ncproj'),
    '--format',
    'pytorch',
    '--out',
    join(dir, 'g'),
  );
  expect(generator.code).toBe(0);
  expect(generator.err).toContain('writing its generator');
  expect(await readdir(join(dir, 'g'))).toContain('model.py');
  const judge = await inProcess(
    'export',
    join(dir, 'gan.ncproj'),
    '--format',
    'tfjs',
    '--out',
    join(dir, 'd'),
    '--part',
    'discriminator',
  );
  expect(judge.code).toBe(0);
  expect(judge.err).not.toContain('writing its generator');
}, 60_000);

it('refuses a part a GAN does not have, and --part for a model that is not a GAN', async () => {
  const cases = [
    [
      [
        'export',
        join(dir, 'gan.ncproj'),
        '--format',
        'tfjs',
        '--out',
        join(dir, 'x'),
        '--part',
        'all',
      ],
      /no part 'all'. Choose generator, discriminator, both/,
    ],
    [
      [
        'export',
        join(dir, 'plain.ncproj'),
        '--format',
        'tfjs',
        '--out',
        join(dir, 'y'),
        '--part',
        'generator',
      ],
      /--part is for a GAN/,
    ],
    [['summary', join(dir, 'gan.ncproj'), '--part', 'generator'], /--part belongs to 'export'/],
  ] as const;
  for (const [args, words] of cases) {
    const result = await inProcess(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(words);
  }
});
