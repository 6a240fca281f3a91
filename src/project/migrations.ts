/**
 * Reading project files written by earlier versions of NeuroCanvas. Each migration is a pure
 * function from one schema version's document to the next; they run in a chain up to the current
 * version, and the result is then checked like any current file. Migrations only reshape what they
 * recognise and leave anything odd in place for that check to report, so they cannot crash on a
 * damaged file.
 */
import { formatNumber } from '../layers/paramCheck';
import { got } from './fields';
import { PROJECT_FORMAT } from './project';
import { TRAINING_PARAMS } from './training';
import { CURRENT_SCHEMA_VERSION } from './version';
import type { ProjectProblem } from './problem';

export { CURRENT_SCHEMA_VERSION };

export type JsonObject = { readonly [key: string]: unknown };

/** `migrations[n]` turns a version-n document into a version n+1 document. */
export const migrations: Readonly<Record<number, (doc: JsonObject) => JsonObject>> = {
  1: fromVersion1,
  2: fromVersion2,
};

/** Version 3 added the optional run history (`runs`); a version 2 file simply has none. */
function fromVersion2(doc: JsonObject): JsonObject {
  return { ...doc, schemaVersion: 3 };
}

/**
 * Version 1 differs from 2 in four ways: a node's position was stored as `x`/`y` fields on the node;
 * `dataset` was a plain id or null; training had no `seed`; there were no `notes`.
 */
function fromVersion1(doc: JsonObject): JsonObject {
  const out: Record<string, unknown> = { ...doc, schemaVersion: 2 };
  if (isObject(doc.graph) && Array.isArray(doc.graph.nodes)) {
    out.graph = { ...doc.graph, nodes: doc.graph.nodes.map(nodeFromVersion1) };
  }
  if (typeof doc.dataset === 'string')
    out.dataset = doc.dataset === '' ? null : { id: doc.dataset };
  // Version 1 trained unseeded; the default seed makes its runs repeatable from now on.
  if (isObject(doc.training) && !Object.hasOwn(doc.training, 'seed')) {
    out.training = { ...doc.training, seed: TRAINING_PARAMS.seed.default };
  }
  if (!Object.hasOwn(doc, 'notes')) out.notes = '';
  return out;
}

function nodeFromVersion1(node: unknown): unknown {
  if (!isObject(node) || Object.hasOwn(node, 'position')) return node;
  if (!Object.hasOwn(node, 'x') && !Object.hasOwn(node, 'y')) return node;
  const { x, y, ...rest } = node;
  return { ...rest, position: { x, y } };
}

export type UpgradeResult =
  { ok: true; doc: JsonObject } | { ok: false; error: string; problem?: ProjectProblem };

/** Checks what kind of file this is and which version, then migrates it to the current version. */
export function upgradeDocument(doc: unknown): UpgradeResult {
  if (!isObject(doc)) {
    return {
      ok: false,
      error: `This is not a NeuroCanvas project: the file holds ${got(doc)} instead of an object.`,
      problem: { code: 'notProject', values: {} },
    };
  }
  if (doc.format !== PROJECT_FORMAT) {
    const found = Object.hasOwn(doc, 'format')
      ? `its format is ${got(doc.format)}`
      : 'it has no "format" field';
    return {
      ok: false,
      error: `This is not a NeuroCanvas project: ${found}, expected "${PROJECT_FORMAT}".`,
      problem: { code: 'notProject', values: {} },
    };
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: `schemaVersion: expected a whole number from 1 to ${CURRENT_SCHEMA_VERSION}, got ${got(version)}`,
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error:
        `This project was made by a newer NeuroCanvas: its file format is version ${formatNumber(version)}, ` +
        `and this NeuroCanvas reads versions up to ${CURRENT_SCHEMA_VERSION}. Update NeuroCanvas to open it.`,
      problem: { code: 'newerVersion', values: { version, max: CURRENT_SCHEMA_VERSION } },
    };
  }
  let current: JsonObject = doc;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return { ok: false, error: `NeuroCanvas cannot read project files of version ${v}.` };
    current = step(current);
  }
  return { ok: true, doc: current };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
