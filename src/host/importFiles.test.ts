import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTf } from '../compiler/tf';
import { readModelJson } from '../export/import';
import { saveModel, type SavedModel } from '../export/import/fixtures/artifacts';
import { importModelFile } from './importFiles';

let dir: string;
let saved: SavedModel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurocanvas-import-'));
  const tf = await loadTf();
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ name: 'hidden', units: 6, inputShape: [4], activation: 'relu' }),
      tf.layers.dense({ name: 'out', units: 1, activation: 'sigmoid' }),
    ],
  });
  saved = await saveModel(tf, model);
  model.dispose();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes model.json into a fresh folder, its manifest listing `paths`, and returns its path. */
async function writeModel(
  name: string,
  paths: string[],
  files: Record<string, Uint8Array> = {},
): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  const json = JSON.parse(saved.text) as { weightsManifest: { paths: string[] }[] };
  json.weightsManifest[0]!.paths = paths;
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(join(folder, file, '..'), { recursive: true });
    await writeFile(join(folder, file), bytes);
  }
  await writeFile(join(folder, 'model.json'), JSON.stringify(json));
  return join(folder, 'model.json');
}

describe('importModelFile', () => {
  it('joins the shards in manifest order, also from a subfolder', async () => {
    // Shards split anywhere, even inside a tensor, as tensorflowjs_converter does.
    const cut = 13;
    const path = await writeModel('split', ['shards/part1.bin', 'part2.bin'], {
      'shards/part1.bin': saved.weightData.subarray(0, cut),
      'part2.bin': saved.weightData.subarray(cut),
    });
    const result = await importModelFile(path);
    const direct = readModelJson(saved.text, { weightData: saved.weightData });
    expect(result.ok).toBe(true);
    if (!result.ok || !direct.ok) return;
    expect(result.weights).toEqual(direct.weights);
    expect(Object.keys(result.weights!)).toHaveLength(2);
  });

  it('names the missing shard with its full path', async () => {
    const path = await writeModel('missing', ['group1-shard1of1.bin']);
    expect(await importModelFile(path)).toEqual({
      ok: false,
      error: `The weight file '${join(dir, 'missing', 'group1-shard1of1.bin')}', listed in model.json, was not found.`,
    });
  });

  it.each([
    '../secret.bin',
    'sub/../../secret.bin',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '..\\secret.bin',
    'file:///etc/passwd',
  ])('refuses the path %s, which leaves the folder', async (listed) => {
    await writeFile(join(dir, 'secret.bin'), saved.weightData);
    const path = await writeModel('escape', [listed]);
    expect(await importModelFile(path)).toEqual({
      ok: false,
      error: `model.json lists the weight file '${listed}', which is not inside the model's folder '${join(dir, 'escape')}'. Weight files must sit beside model.json.`,
    });
  });

  it('refuses a link that leads out of the folder', async () => {
    await writeFile(join(dir, 'outside.bin'), saved.weightData);
    const path = await writeModel('link', ['weights.bin']);
    await symlink(join(dir, 'outside.bin'), join(dir, 'link', 'weights.bin'));
    expect(await importModelFile(path)).toEqual({
      ok: false,
      error: `The weight file '${join(dir, 'link', 'weights.bin')}' leads outside the model's folder '${join(dir, 'link')}'. Weight files must sit beside model.json.`,
    });
  });

  it('imports a topology without weight files', async () => {
    const path = join(dir, 'topology.json');
    await writeFile(
      path,
      JSON.stringify((JSON.parse(saved.text) as { modelTopology: unknown }).modelTopology),
    );
    const result = await importModelFile(path);
    expect(result.ok && result.graph.nodes.map((n) => n.type)).toEqual([
      'Input',
      'Dense',
      'Dense',
      'Output',
    ]);
    expect(result.ok && result.weights).toBeUndefined();
  });

  it('says which model file does not exist', async () => {
    const path = join(dir, 'nowhere', 'model.json');
    expect(await importModelFile(path)).toEqual({
      ok: false,
      error: `The model file '${path}' was not found.`,
    });
  });

  it('passes on what is wrong with the JSON', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, saved.text.slice(0, 40));
    const result = await importModelFile(path);
    expect(result.ok ? '' : result.error).toMatch(
      /^model\.json is not valid JSON; it may be cut off or damaged/,
    );
  });
});
