/** The files `neurocanvas train --out DIR` writes: the trained model (TF.js Layers format) and run.json. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KerasTopology } from '../../compiler/toKeras';
import { DEFAULT_SHARD_NAME, writeLayersModel } from '../../export/tfjs/writeLayersModel';
import type { NodeWeights } from '../../project/weights';
import { CliError } from '../usage';
import type { RunRecord } from './record';

export const MODEL_FILE = 'model.json';
export const RECORD_FILE = 'run.json';

/** Made before training, so that a folder that cannot be written costs no training time. */
export async function prepareOutFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`Cannot write to ${dir}: ${reason(e)}`);
  }
}

export async function writeModelFiles(
  dir: string,
  topology: KerasTopology,
  weights: NodeWeights,
  generatedBy: string,
): Promise<{ model: string; weights: string }> {
  const { modelJson, weightData } = writeLayersModel(topology, weights, {
    shardName: DEFAULT_SHARD_NAME,
    generatedBy,
  });
  // The shard first: a model.json on disk always has its weights beside it.
  await write(join(dir, DEFAULT_SHARD_NAME), weightData);
  await write(join(dir, MODEL_FILE), `${JSON.stringify(modelJson)}\n`);
  return { model: MODEL_FILE, weights: DEFAULT_SHARD_NAME };
}

export async function writeRunRecord(dir: string, record: RunRecord): Promise<string> {
  const path = join(dir, RECORD_FILE);
  await write(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}

async function write(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new CliError(`Cannot write ${path}: ${reason(e)}`);
  }
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file of that name is in the way.';
  if (code === 'ENOSPC') return 'the disk is full.';
  return e instanceof Error ? e.message : String(e);
}
