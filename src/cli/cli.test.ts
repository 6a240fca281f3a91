/**
 * The `neurocanvas` command as a user runs it: a real process, real files, exit codes and output.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTf } from '../compiler/tf';
import { saveModel } from '../export/import/fixtures/artifacts';
import { buildLeNet5 } from '../export/import/fixtures/lenet5';
import { chain } from '../graph/testing/build';
import { newProject, serializeProject } from '../project';

const BIN = join(import.meta.dirname, 'bin.mjs');
const run = promisify(execFile);

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

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-cli-'));
  const tf = await loadTf();
  const lenet = buildLeNet5(tf);
  const saved = await saveModel(tf, lenet, { shard: 'lenet.bin' });
  lenet.dispose();
  await mkdir(join(dir, 'lenet'));
  await writeFile(join(dir, 'lenet', 'model.json'), saved.text);
  await writeFile(join(dir, 'lenet', 'lenet.bin'), saved.weightData);

  const broken = chain(['Input', { shape: [28, 28, 1] }], ['Dense', { units: 10 }], 'Output');
  await writeFile(
    join(dir, 'broken.ncproj'),
    serializeProject({ ...newProject('broken'), graph: broken }),
  );
  const threeWay = chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 3, activation: 'softmax' }],
    'Output',
  );
  await writeFile(
    join(dir, 'circle.ncproj'),
    serializeProject({ ...newProject('circle'), graph: threeWay, dataset: { id: 'circle' } }),
  );
  await writeFile(
    join(dir, 'mystery.ncproj'),
    serializeProject({
      ...newProject('mystery'),
      graph: threeWay,
      dataset: { id: 'mystery-data' },
    }),
  );
  await writeFile(join(dir, 'truncated.ncproj'), serializeProject(newProject('t')).slice(0, 40));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('neurocanvas summary', () => {
  it('prints a Keras-style table for a model.json, with the published LeNet-5 count', async () => {
    const { code, stdout } = await neurocanvas('summary', 'lenet/model.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Layer \(type\)\s+Output shape\s+Param #/);
    expect(stdout).toMatch(/\(Conv2D\)\s+\(None, 28, 28, 6\)\s+156/);
    expect(stdout).toContain('Total params: 61,706');
    expect(stdout).toContain('Trainable params: 61,706');
    expect(stdout).toContain('Non-trainable params: 0');
    expect(stdout).toMatch(/FLOPs \(multiply-adds per example\): [\d,]+/);
  });

  it('prints exactly one JSON object with --json, shapes without the batch dimension', async () => {
    const { code, stdout } = await neurocanvas('summary', 'lenet/model.json', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual([
      'layers',
      'totalParams',
      'trainableParams',
      'nonTrainableParams',
      'flops',
    ]);
    expect(summary.totalParams).toBe(61_706);
    const conv = summary.layers.find((l: { type: string }) => l.type === 'Conv2D');
    expect(Object.keys(conv)).toEqual(['name', 'type', 'outputShape', 'params']);
    expect(conv.outputShape).toEqual([28, 28, 6]);
    // conv1 28·28·6·25, pool1 14·14·6·4, conv2 10·10·16·150, pool2 5·5·16·4, dense 400·120 + 120·84 + 84·10
    expect(summary.flops).toBe(117_600 + 4_704 + 240_000 + 1_600 + 48_000 + 10_080 + 840);
  });
});

describe('neurocanvas import', () => {
  it('turns a model.json with weights into a project that summarises the same', async () => {
    const imported = await neurocanvas('import', 'lenet/model.json', '-o', 'lenet.ncproj');
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(
      /Imported \d+ layers \(61,706 parameters, with weights\) into lenet\.ncproj/,
    );
    const saved = JSON.parse(await readFile(join(dir, 'lenet.ncproj'), 'utf8'));
    expect(saved.format).toBe('neurocanvas-project');
    expect(Object.keys(saved.weights.nodes).length).toBe(5);

    const fromProject = await neurocanvas('summary', 'lenet.ncproj', '--json');
    const fromModel = await neurocanvas('summary', 'lenet/model.json', '--json');
    expect(JSON.parse(fromProject.stdout)).toEqual(JSON.parse(fromModel.stdout));

    expect(await neurocanvas('validate', 'lenet.ncproj')).toMatchObject({
      code: 0,
      stdout: 'lenet.ncproj: no problems found.\n',
    });
  });

  it('refuses to overwrite a project unless told to', async () => {
    await writeFile(join(dir, 'keep.ncproj'), 'precious');
    const refused = await neurocanvas('import', 'lenet/model.json', '-o', 'keep.ncproj');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(join(dir, 'keep.ncproj'), 'utf8')).toBe('precious');
    expect(
      (await neurocanvas('import', 'lenet/model.json', '-o', 'keep.ncproj', '--force')).code,
    ).toBe(0);
  });
});

describe('neurocanvas validate', () => {
  it('prints each problem with its fix and exits 1 on errors', async () => {
    const { code, stdout } = await neurocanvas('validate', 'broken.ncproj');
    expect(code).toBe(1);
    expect(stdout).toContain(
      "error: 'dense_1': Dense expects a vector, but receives a 3-D tensor of shape 28×28×1",
    );
    expect(stdout).toContain('[fix: Insert Flatten]');
    expect(stdout).toContain('1 error, 0 warnings.');
  });
});

describe('neurocanvas validate with a dataset', () => {
  it("checks the output against the project's dataset", async () => {
    const { code, stdout } = await neurocanvas('validate', 'circle.ncproj');
    expect(code).toBe(1);
    expect(stdout).toMatch(/error: 'output_1': .*3.*2|error: 'output_1': .*2.*3/);
  });

  it('says when it does not know the dataset, and checks the rest', async () => {
    const { code, stdout, stderr } = await neurocanvas('validate', 'mystery.ncproj');
    expect(code).toBe(0);
    expect(stdout).toBe('mystery.ncproj: no problems found.\n');
    expect(stderr).toContain(
      "warning: The project's dataset 'mystery-data' is not one NeuroCanvas knows",
    );
  });
});

describe('bad input', () => {
  const cases: { args: string[]; code: number; says: RegExp }[] = [
    { args: ['summary', 'missing.ncproj'], code: 1, says: /missing\.ncproj/ },
    {
      args: ['summary', 'truncated.ncproj'],
      code: 1,
      says: /truncated\.ncproj.*not valid JSON: line \d+, column \d+/,
    },
    {
      args: ['summary', 'lenet'],
      code: 1,
      says: /'lenet' is a folder; give the path of the model\.json inside it/,
    },
    { args: ['validate'], code: 2, says: /needs a file/ },
    { args: ['frobnicate'], code: 2, says: /unknown command 'frobnicate'/ },
    { args: ['summary', 'a', 'b'], code: 2, says: /one file/ },
    { args: ['summary', '--colour'], code: 2, says: /--colour/ },
    { args: ['import', 'lenet/model.json'], code: 2, says: /-o <file\.ncproj>/ },
    {
      args: ['import', 'lenet/model.json', '-o', 'out.txt'],
      code: 2,
      says: /must end in \.ncproj/,
    },
  ];
  it.each(cases)(
    'neurocanvas $args.0 $args.1: one clear line, exit $code',
    async ({ args, code, says }) => {
      const result = await neurocanvas(...args);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^neurocanvas: /);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('prints usage for help', async () => {
    const { code, stdout } = await neurocanvas('help');
    expect(code).toBe(0);
    expect(stdout).toContain('neurocanvas summary <file.ncproj|model.json> [--json]');
  });
});
