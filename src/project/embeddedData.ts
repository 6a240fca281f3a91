/**
 * A dataset kept inside the project file, so that a classroom project with its own small dataset is
 * one self-contained file. In memory its splits are flat float32 arrays, as the trainer uses them;
 * in the file each array is base64 of little-endian float32 bytes, like the weights:
 *
 * ```json
 * "dataset": { "id": "embedded", "options": { "source": "csv", "target": "species" },
 *   "data": { "encoding": "float32-le-base64", "name": "iris.csv", "task": "classification",
 *             "inputShape": [4], "targetShape": [3], "classNames": ["setosa", …],
 *             "notes": ["2 rows with missing values were dropped (lines 14, 80)."],
 *             "train": { "count": 120, "x": "…", "y": "…" }, "test": { … } } }
 * ```
 *
 * The limit, 10 MiB of values (2,621,440 float32 numbers, about 14 MB of file text), keeps such a
 * project easy to mail or hand out on a stick, and covers tables of tens of thousands of rows and a
 * few thousand small images; larger imports are referenced by path instead.
 */
import * as z from 'zod';
import { formatNumber } from '../layers/paramCheck';
import { decodeBase64, decodedLength, encodeBase64 } from './base64';
import { text } from './fields';
import { MAX_NAME_LENGTH } from './limits';
import type { JsonPath, Problem } from './paths';

export const EMBEDDED_ENCODING = 'float32-le-base64';
/** 10 MiB of float32 values across both splits, x and y together. */
export const MAX_EMBEDDED_VALUES = (10 * 1024 * 1024) / 4;
const MAX_RANK = 4;
const MAX_CLASSES = 1_000;
/** The import's notes kept with the data: as many as the dataset preview shows, each short. */
export const MAX_EMBEDDED_NOTES = 50;
export const MAX_EMBEDDED_NOTE_LENGTH = 500;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export interface EmbeddedSplit {
  x: Float32Array;
  y: Float32Array;
  count: number;
}

export interface EmbeddedData {
  name: string;
  task: 'classification' | 'regression';
  inputShape: number[];
  targetShape: number[];
  classNames?: string[];
  /** What the import did to the data on the way (rows dropped, values filled in, …). */
  notes?: string[];
  train: EmbeddedSplit;
  test: EmbeddedSplit;
}

const dim = z.number().int().min(1).max(MAX_EMBEDDED_VALUES);
const splitDocument = z.strictObject({
  count: z.number().int().min(0).max(MAX_EMBEDDED_VALUES),
  x: z.string(),
  y: z.string(),
});

export const embeddedDataDocument = z.strictObject({
  encoding: z.literal(EMBEDDED_ENCODING),
  name: text(1, MAX_NAME_LENGTH),
  task: z.enum(['classification', 'regression']),
  inputShape: z.array(dim).min(1).max(MAX_RANK),
  targetShape: z.array(dim).min(1).max(MAX_RANK),
  classNames: z.array(text(0, MAX_NAME_LENGTH)).max(MAX_CLASSES).optional(),
  notes: z.array(text(1, MAX_EMBEDDED_NOTE_LENGTH)).max(MAX_EMBEDDED_NOTES).optional(),
  train: splitDocument,
  test: splitDocument,
});
export type EmbeddedDataDocument = z.output<typeof embeddedDataDocument>;

const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

/** How many float32 values a dataset of these shapes and counts holds. */
export function embeddedValueCount(
  data: Pick<EmbeddedData, 'inputShape' | 'targetShape'> & {
    train: { count: number };
    test: { count: number };
  },
): number {
  const perExample = product(data.inputShape) + product(data.targetShape);
  return (data.train.count + data.test.count) * perExample;
}

/** Problems with what the shapes, counts and class names say, before any data is decoded. */
export function embeddedShapeProblems(
  data: Pick<EmbeddedData, 'task' | 'inputShape' | 'targetShape' | 'classNames'> & {
    train: { count: number };
    test: { count: number };
  },
  at: JsonPath,
): Problem[] {
  const problems: Problem[] = [];
  const values = embeddedValueCount(data);
  if (values > MAX_EMBEDDED_VALUES)
    problems.push({
      path: at,
      message: `holds ${formatNumber(values)} values; a project can embed at most ${formatNumber(MAX_EMBEDDED_VALUES)} (10 MiB)`,
    });
  if (data.train.count < 1)
    problems.push({ path: [...at, 'train', 'count'], message: 'needs at least one example' });
  if (data.task === 'classification') {
    if (data.targetShape.length !== 1)
      problems.push({
        path: [...at, 'targetShape'],
        message: 'a classification target is one-hot, of shape [classes]',
      });
    else if (data.classNames && data.classNames.length !== data.targetShape[0])
      problems.push({
        path: [...at, 'classNames'],
        message: `names ${data.classNames.length} classes, but the targets have ${data.targetShape[0]}`,
      });
  }
  return problems;
}

export function decodeEmbeddedData(
  doc: EmbeddedDataDocument,
  at: JsonPath,
): { data: EmbeddedData | null; problems: Problem[] } {
  const problems = embeddedShapeProblems(doc, at);
  if (problems.length > 0) return { data: null, problems };
  const inputSize = product(doc.inputShape);
  const targetSize = product(doc.targetShape);
  const split = (part: 'train' | 'test'): EmbeddedSplit | null => {
    const s = doc[part];
    const x = decodeValues(s.x, s.count * inputSize, [...at, part, 'x'], problems);
    const y = decodeValues(s.y, s.count * targetSize, [...at, part, 'y'], problems);
    return x && y ? { x, y, count: s.count } : null;
  };
  const train = split('train');
  const test = split('test');
  if (!train || !test) return { data: null, problems };
  const data: EmbeddedData = {
    name: doc.name,
    task: doc.task,
    inputShape: [...doc.inputShape],
    targetShape: [...doc.targetShape],
    ...(doc.classNames ? { classNames: [...doc.classNames] } : {}),
    ...(doc.notes ? { notes: [...doc.notes] } : {}),
    train,
    test,
  };
  return { data, problems };
}

/**
 * The file form of `data`. Wrong lengths or values that are not finite are not checked here: the
 * writer reads every document back before saving it, and that check names them.
 */
export function encodeEmbeddedData(data: EmbeddedData): EmbeddedDataDocument {
  const split = (part: 'train' | 'test') => {
    const s = data[part];
    return { count: s.count, x: encodeBase64(bytesOf(s.x)), y: encodeBase64(bytesOf(s.y)) };
  };
  return {
    encoding: EMBEDDED_ENCODING,
    name: data.name,
    task: data.task,
    inputShape: [...data.inputShape],
    targetShape: [...data.targetShape],
    ...(data.classNames ? { classNames: [...data.classNames] } : {}),
    ...(data.notes && data.notes.length > 0 ? { notes: boundedNotes(data.notes) } : {}),
    train: split('train'),
    test: split('test'),
  };
}

/**
 * Notes as a project keeps them: the first `MAX_EMBEDDED_NOTES`, each cut to
 * `MAX_EMBEDDED_NOTE_LENGTH` characters (ending in an ellipsis when cut), empty ones left out.
 */
export function boundedNotes(notes: readonly string[]): string[] {
  return notes
    .filter((note) => note.length > 0)
    .slice(0, MAX_EMBEDDED_NOTES)
    .map((note) =>
      note.length <= MAX_EMBEDDED_NOTE_LENGTH
        ? note
        : `${note.slice(0, MAX_EMBEDDED_NOTE_LENGTH - 1)}…`,
    );
}

function decodeValues(
  data: string,
  count: number,
  at: JsonPath,
  problems: Problem[],
): Float32Array | null {
  // Lengths first, so a wrong array costs nothing to refuse.
  if (decodedLength(data) !== count * 4) {
    problems.push({
      path: at,
      message: `holds ${formatNumber(Math.max(0, decodedLength(data)))} bytes, but ${formatNumber(count)} float32 values need ${formatNumber(count * 4)}`,
    });
    return null;
  }
  const bytes = decodeBase64(data);
  if (!(bytes instanceof Uint8Array)) {
    problems.push({ path: at, message: bytes.error });
    return null;
  }
  const values = LITTLE_ENDIAN
    ? new Float32Array(bytes.buffer, bytes.byteOffset, count)
    : Float32Array.from({ length: count }, (_, i) =>
        new DataView(bytes.buffer, bytes.byteOffset).getFloat32(i * 4, true),
      );
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    problems.push({ path: at, message: `value ${formatNumber(bad)} is not a finite number` });
    return null;
  }
  return values;
}

function bytesOf(values: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return new Uint8Array(view.buffer);
}
