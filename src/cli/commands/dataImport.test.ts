/**
 * `neurocanvas data import` as a user runs it, then `neurocanvas train` on what it wrote: real
 * files, a real trainer process, real training on the real penguins table (with its missing values).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectFile } from '../../host/projectFiles';
import { main } from '../main';

const BIN = join(import.meta.dirname, '..', 'bin.mjs');
const run = promisify(execFile);
let dir: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The penguins table of vega-datasets as a CSV file, missing values as empty cells. */
async function writePenguins(path: string) {
  const file = join(import.meta.dirname, '../../../node_modules/vega-datasets/data/penguins.json');
  const rows = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>[];
  const names = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === null ? '' : /[,"]/.test(String(v)) ? `"${v}"` : String(v));
  const lines = [names.join(','), ...rows.map((r) => names.map((n) => cell(r[n])).join(','))];
  await writeFile(path, lines.join('\n'));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nc-data-import-'));
  await writePenguins(join(dir, 'penguins.csv'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('neurocanvas data import', () => {
  it('imports a CSV into a project with a starter model that trains to a sane accuracy', async () => {
    const csv = join(dir, 'penguins.csv');
    const project = join(dir, 'penguins.ncproj');
    const imported = await cli('data', 'import', csv, '--target', 'Species', '-o', project);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(
      /penguins\.csv: \d+ training and \d+ test examples, inputs \[10\], classification into 3 classes/,
    );
    expect(imported.out).toMatch(
      /Column 'Beak Length \(mm\)' is missing 2 values \(lines 5, 341\); those rows were dropped/,
    );
    expect(imported.out).toMatch(/embedded in the project, with a starter model/);

    const loaded = await loadProjectFile(project);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.project.dataset?.id).toBe('embedded');
    expect(loaded.project.dataset?.data?.classNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);

    const trained = await run(
      process.execPath,
      [BIN, 'train', project, '--epochs', '40', '--json'],
      {
        cwd: dir,
      },
    );
    const done = JSON.parse(trained.stdout.trim().split('\n').at(-1)!) as { test_acc: number };
    // Three species that beak and flipper sizes separate well: far above the 44% of guessing Adelie.
    expect(done.test_acc).toBeGreaterThan(0.9);
  }, 120_000);

  it('references a dataset by path when asked, and the trainer imports it again from there', async () => {
    const csv = join(dir, 'penguins.csv');
    const project = join(dir, 'by-path.ncproj');
    expect(
      (
        await cli(
          'data',
          'import',
          csv,
          '--target',
          'Species',
          '--embed',
          'never',
          '--missing',
          'impute',
          '-o',
          project,
        )
      ).code,
    ).toBe(0);
    const text = await readFile(project, 'utf8');
    expect(JSON.parse(text).dataset).toEqual({
      id: 'import-csv',
      options: { missing: 'impute', path: csv, target: 'Species' },
    });
    const trained = await run(
      process.execPath,
      [BIN, 'train', project, '--epochs', '2', '--json'],
      {
        cwd: dir,
      },
    );
    expect(JSON.parse(trained.stdout.trim().split('\n').at(-1)!).event).toBe('done');
  }, 120_000);

  it("imports an image folder and keeps an existing project's model with --force", async () => {
    const root = join(dir, 'shapes');
    for (const [name, grey] of [
      ['black', 0],
      ['white', 255],
    ] as const) {
      await mkdir(join(root, name), { recursive: true });
      for (let i = 0; i < 5; i++)
        await sharp({
          create: { width: 10, height: 10, channels: 3, background: { r: grey, g: grey, b: grey } },
        })
          .png()
          .toFile(join(root, name, `${i}.png`));
    }
    const project = join(dir, 'shapes.ncproj');
    expect((await cli('data', 'import', root, '--size', '6', '-o', project)).code).toBe(0);
    const first = await loadProjectFile(project);
    if (!first.ok) throw new Error(first.error);
    expect(first.project.graph.nodes.map((n) => n.type)).toEqual([
      'Input',
      'Flatten',
      'Dense',
      'Dense',
      'Output',
    ]);
    expect(first.project.graph.nodes[0]!.params.shape).toEqual([6, 6, 1]);

    const again = await cli('data', 'import', root, '--size', '6', '-o', project);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists already; pass --force to put the dataset into it/);
    expect(
      (await cli('data', 'import', root, '--size', '6', '--seed', '7', '--force', '-o', project))
        .code,
    ).toBe(0);
    const second = await loadProjectFile(project);
    if (!second.ok) throw new Error(second.error);
    expect(second.project.graph).toEqual(first.project.graph);
    expect(second.project.dataset?.options?.seed).toBe(7);
  });

  it.each([
    [['data', 'import', 'x.csv'], 2, /needs the project to write: -o <file.ncproj>/],
    [['data', 'import', 'nowhere.csv', '-o', 'a.ncproj'], 1, /'nowhere.csv' was not found/],
    [
      ['data', 'import', 'x.csv', '-o', 'a.ncproj', '--colour', 'red'],
      2,
      /Unknown option '--colour'/,
    ],
    [['data', 'export'], 2, /unknown sub-command 'data export'/],
  ])('refuses %j', async (args, code, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('explains a bad option value in one line', async () => {
    const result = await cli(
      'data',
      'import',
      join(dir, 'penguins.csv'),
      '--normalize',
      'zscore',
      '-o',
      join(dir, 'z.ncproj'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'neurocanvas: The option \'normalize\' of A CSV import must be one of standardize, minmax, none, but is "zscore".',
    );
  });
});
