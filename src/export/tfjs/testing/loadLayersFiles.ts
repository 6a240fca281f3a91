/**
 * Test support: loads a Layers model from its files the way a browser does from a web server, through
 * tfjs' own HTTP loader, which reads the manifest, resolves each shard path against model.json and
 * concatenates the shards. Only the fetching is ours: it serves the files from memory or a folder.
 */
import type { LayersModel } from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerCustomLayers } from '../../../compiler/customLayers';
import type { Tf } from '../../../compiler/tf';

const BASE = 'http://model.local/';

/** `files` maps a path relative to model.json (e.g. 'model.json', 'weights.bin') to its bytes. */
export async function loadLayersFiles(
  tf: Tf,
  files: Readonly<Record<string, Uint8Array | string>>,
): Promise<LayersModel> {
  registerCustomLayers(tf);
  const fetchFunc = async (input: unknown): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    const file = url.startsWith(BASE) ? files[url.slice(BASE.length)] : undefined;
    if (file === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof file === 'string' ? file : new Uint8Array(file), { status: 200 });
  };
  return tf.loadLayersModel(tf.io.http(`${BASE}model.json`, { fetchFunc }));
}

/** The same, from a folder holding model.json and the shards its manifest names. */
export async function loadLayersFolder(tf: Tf, folder: string): Promise<LayersModel> {
  const text = await readFile(join(folder, 'model.json'), 'utf8');
  const manifest = (JSON.parse(text) as { weightsManifest: { paths: string[] }[] }).weightsManifest;
  const files: Record<string, Uint8Array | string> = { 'model.json': text };
  for (const group of manifest) {
    for (const path of group.paths) files[path] = await readFile(join(folder, path));
  }
  return loadLayersFiles(tf, files);
}
