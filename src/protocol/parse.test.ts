import { describe, expect, it } from 'vitest';
import type { Graph } from '../graph/types';
import type { TrainingSettings } from '../project/training';
import type { NodeWeights } from '../project/weights';
import { HOST_MESSAGE_SCHEMAS, type HostMessageOf } from './host';
import { MAX_PLAIN_VALUES } from './limits';
import { parseHostMessage, parseTrainerMessage } from './parse';
import { hostMessages, trainerMessages } from './testing/messages';
import { TRAINER_MESSAGE_SCHEMAS, type TrainerMessageOf } from './trainer';
import { transferables } from './transfer';

/** What postMessage does to a message: a structured clone, with the listed buffers moved. */
function send(message: Parameters<typeof transferables>[0]): unknown {
  return structuredClone(message, { transfer: transferables(message) });
}

function typedArraysIn(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) typedArraysIn(item, out);
  return out;
}

describe('valid messages', () => {
  it('has a fixture for every message type', () => {
    expect(Object.keys(hostMessages()).sort()).toEqual(Object.keys(HOST_MESSAGE_SCHEMAS).sort());
    expect(Object.keys(trainerMessages()).sort()).toEqual(
      Object.keys(TRAINER_MESSAGE_SCHEMAS).sort(),
    );
  });

  const hostCases = Object.keys(hostMessages()) as (keyof ReturnType<typeof hostMessages>)[];
  it.each(hostCases)('host %s survives postMessage and parses to what was sent', (type) => {
    const sent = hostMessages()[type];
    const arrays = typedArraysIn(sent);
    const result = parseHostMessage(send(sent));
    expect(result).toEqual({ ok: true, message: hostMessages()[type] });
    // Every typed array was moved, not copied: the sender's views are now detached.
    for (const a of arrays) expect(a.byteLength).toBe(0);
  });

  const trainerCases = Object.keys(trainerMessages()) as (keyof ReturnType<
    typeof trainerMessages
  >)[];
  it.each(trainerCases)('trainer %s survives postMessage and parses to what was sent', (type) => {
    const sent = trainerMessages()[type];
    const arrays = typedArraysIn(sent);
    const result = parseTrainerMessage(send(sent));
    expect(result).toEqual({ ok: true, message: trainerMessages()[type] });
    for (const a of arrays) expect(a.byteLength).toBe(0);
  });

  const t = trainerMessages();
  const h = hostMessages();
  it.each([
    {
      name: 'a diverged batch (NaN loss, infinite metric)',
      m: { ...t.batch, loss: NaN, metrics: { acc: Infinity } },
    },
    { name: 'a batch with an ETA', m: { ...t.batch, etaS: 12.5 } },
    {
      name: 'an epoch without validation, confusion or layer stats',
      m: { ...t.epoch, validation: null, confusion: undefined, layers: undefined },
    },
    {
      name: 'an error about no particular run',
      m: { v: 1, type: 'error', message: 'unreadable message' },
    },
    {
      name: 'an error answering a request',
      m: { v: 1, type: 'error', requestId: 'r9', message: 'x' },
    },
    { name: 'weights sent at a stop (no request id)', m: { ...t.weights, requestId: undefined } },
    {
      name: 'a stop with its detail',
      m: { ...t.stopped, reason: 'nan', detail: 'The loss became NaN at batch 4.' },
    },
    {
      name: 'a boundary with 3 outputs per point',
      m: { ...t.boundary, channels: 3, values: new Float32Array(64 * 64 * 3) },
    },
    {
      name: 'a done before any epoch ended',
      m: { ...t.done, epochs: 0, train: null, validation: null },
    },
  ])('trainer: $name', ({ m }) => {
    expect(parseTrainerMessage(m)).toMatchObject({ ok: true });
  });

  it.each([
    { name: 'a start from fresh weights', m: { ...h.start, weights: undefined } },
    { name: 'a start without dataset options', m: { ...h.start, dataset: { id: 'xor' } } },
    { name: 'a start on one chosen backend', m: { ...h.start, backend: 'cpu' } },
    {
      name: 'a weight tensor that is a scalar',
      m: { ...h.start, weights: { n2: [{ name: 's', shape: [], values: new Float32Array([2]) }] } },
    },
  ])('host: $name', ({ m }) => {
    expect(parseHostMessage(m)).toMatchObject({ ok: true });
  });

  it('gives the types the rest of the app uses', () => {
    const result = parseHostMessage(hostMessages().start);
    if (!result.ok || result.message.type !== 'start') throw new Error(String(result));
    const start: HostMessageOf<'start'> = result.message;
    // Assignments that only compile when the message types fit the graph and project types.
    const graph: Graph = start.graph;
    const weights: NodeWeights | undefined = start.weights;
    const training: TrainingSettings = start.training;
    expect([graph.nodes.length, Object.keys(weights ?? {}), training.optimizer]).toEqual([
      2,
      ['n2'],
      'adam',
    ]);
    const back: TrainerMessageOf<'weights'> = { ...trainerMessages().weights, weights: weights! };
    expect(parseTrainerMessage(back).ok).toBe(true);
  });
});

type Side = 'host' | 'trainer';
interface InvalidCase {
  name: string;
  side: Side;
  message: unknown;
  path: (string | number)[];
  words: string;
}

const h = hostMessages();
const t = trainerMessages();
const withProto = (json: string): unknown => JSON.parse(json);
const tooDeep = (() => {
  let value: unknown = 1;
  for (let i = 0; i < 40; i++) value = { a: value };
  return value;
})();
const throwing = Object.defineProperty({ v: 1, type: 'pause' }, 'runId', {
  enumerable: true,
  get() {
    throw new Error('boom');
  },
});

const invalid: InvalidCase[] = [
  // The envelope
  {
    name: 'another protocol version',
    side: 'host',
    message: { ...h.pause, v: 2 },
    path: ['v'],
    words: 'protocol version 2, expected 1',
  },
  {
    name: 'a version as text',
    side: 'trainer',
    message: { ...t.paused, v: '1' },
    path: ['v'],
    words: 'protocol version "1", expected 1',
  },
  {
    name: 'no version',
    side: 'host',
    message: { type: 'pause', runId: 'r' },
    path: ['v'],
    words: 'missing (expected protocol version 1)',
  },
  {
    name: 'an unknown type',
    side: 'host',
    message: { ...h.pause, type: 'explode' },
    path: ['type'],
    words: 'unknown message type "explode"; expected one of "start", "pause"',
  },
  {
    name: 'a trainer type sent by the host',
    side: 'host',
    message: t.paused,
    path: ['type'],
    words: 'unknown message type "paused"',
  },
  {
    name: 'no type',
    side: 'trainer',
    message: { v: 1, runId: 'r' },
    path: ['type'],
    words: 'missing (expected a message type',
  },
  {
    name: 'no runId',
    side: 'host',
    message: { v: 1, type: 'pause' },
    path: ['runId'],
    words: 'missing (expected text',
  },
  {
    name: 'an empty runId',
    side: 'trainer',
    message: { ...t.resumed, runId: '' },
    path: ['runId'],
    words: 'expected text of 1 to 200 characters',
  },
  {
    name: 'no requestId on shutdown',
    side: 'host',
    message: { v: 1, type: 'shutdown' },
    path: ['requestId'],
    words: 'missing',
  },
  {
    name: 'an unknown field',
    side: 'host',
    message: { ...h.stop, force: true },
    path: ['force'],
    words: 'unknown field',
  },
  {
    name: 'null',
    side: 'host',
    message: null,
    path: [],
    words: 'expected a message object, got null',
  },
  {
    name: 'text',
    side: 'trainer',
    message: 'ready',
    path: [],
    words: 'expected a message object, got "ready"',
  },
  {
    name: 'a list',
    side: 'trainer',
    message: [1, 2],
    path: [],
    words: 'expected a message object, got [1, 2]',
  },
  {
    name: 'a throwing getter',
    side: 'host',
    message: throwing,
    path: [],
    words: 'could not be read: boom',
  },
  // Numbers
  {
    name: 'a NaN learning rate',
    side: 'host',
    message: { ...h.setLearningRate, learningRate: NaN },
    path: ['learningRate'],
    words: 'expected a number from 0.000001 to 10, got NaN',
  },
  {
    name: 'a negative learning rate',
    side: 'host',
    message: { ...h.setLearningRate, learningRate: -0.1 },
    path: ['learningRate'],
    words: 'got -0.1',
  },
  {
    name: 'an infinite learning rate',
    side: 'host',
    message: { ...h.setLearningRate, learningRate: Infinity },
    path: ['learningRate'],
    words: 'got Infinity',
  },
  {
    name: 'a learning rate as text',
    side: 'host',
    message: { ...h.setLearningRate, learningRate: '0.1' },
    path: ['learningRate'],
    words: 'got "0.1"',
  },
  {
    name: 'a negative batch',
    side: 'trainer',
    message: { ...t.batch, batch: -1 },
    path: ['batch'],
    words: 'expected a whole number from 1 to 2,147,483,647, got -1',
  },
  {
    name: 'a fractional epoch',
    side: 'trainer',
    message: { ...t.epoch, epoch: 1.5 },
    path: ['epoch'],
    words: 'got 1.5',
  },
  {
    name: 'a batch size of 0',
    side: 'host',
    message: { ...h.start, training: { ...h.start.training, batchSize: 0 } },
    path: ['training', 'batchSize'],
    words: 'expected a whole number from 1 to 65,536, got 0',
  },
  {
    name: 'an unknown training setting',
    side: 'host',
    message: { ...h.start, training: { ...h.start.training, warmup: 3 } },
    path: ['training', 'warmup'],
    words: 'unknown field',
  },
  {
    name: 'a negative probe index',
    side: 'host',
    message: { ...h.setProbe, probeIndex: -1 },
    path: ['probeIndex'],
    words: 'got -1',
  },
  {
    name: 'a negative samples per second',
    side: 'trainer',
    message: { ...t.batch, samplesPerS: -5 },
    path: ['samplesPerS'],
    words: 'expected a finite number of at least 0',
  },
  {
    name: 'a dead fraction above 1',
    side: 'trainer',
    message: { ...t.epoch, layers: [{ name: 'relu', deadFraction: 1.5 }] },
    path: ['layers', 0, 'deadFraction'],
    words: 'expected a number from 0 to 1',
  },
  {
    name: 'a negative gradient norm',
    side: 'trainer',
    message: { ...t.epoch, layers: [{ name: 'd', gradientNorm: -1 }] },
    path: ['layers', 0, 'gradientNorm'],
    words: 'expected a number of at least 0',
  },
  {
    name: 'an x range the wrong way round',
    side: 'trainer',
    message: { ...t.boundary, xRange: [6, -6] },
    path: ['xRange'],
    words: 'low below high',
  },
  {
    name: 'an activation max below its min',
    side: 'trainer',
    message: { ...t.activations, layers: [{ ...t.activations.layers[0]!, min: 2, max: 1 }] },
    path: ['layers', 0, 'max'],
    words: 'is below min (2)',
  },
  // Choices
  {
    name: 'an unknown stop reason',
    side: 'trainer',
    message: { ...t.stopped, reason: 'bored' },
    path: ['reason'],
    words: 'expected one of "user", "early-stopping", "nan" or "done", got "bored"',
  },
  {
    name: 'an unknown backend',
    side: 'host',
    message: { ...h.start, backend: 'gpu' },
    path: ['backend'],
    words: 'got "gpu"',
  },
  {
    name: "'auto' as the backend a run used",
    side: 'trainer',
    message: { ...t.ready, backend: 'auto' },
    path: ['backend'],
    words: 'got "auto"',
  },
  {
    name: 'no stream settings',
    side: 'host',
    message: { ...h.start, streams: undefined },
    path: ['streams'],
    words: 'missing',
  },
  // Typed arrays
  {
    name: 'a JSON array for weight values',
    side: 'host',
    message: { ...h.start, weights: { n2: [{ name: 'bias', shape: [3], values: [1, 2, 3] }] } },
    path: ['weights', 'n2', 0, 'values'],
    words: 'expected a Float32Array, got [1, 2, 3]; large arrays travel as typed arrays',
  },
  {
    name: 'a JSON array for boundary values',
    side: 'trainer',
    message: { ...t.boundary, values: Array.from({ length: 4096 }, () => 0) },
    path: ['values'],
    words: '… 4,096 values in all]; large arrays travel as typed arrays',
  },
  {
    name: 'the wrong kind of typed array',
    side: 'trainer',
    message: {
      ...t.activations,
      layers: [{ ...t.activations.layers[0]!, data: new Float32Array(8) }],
    },
    path: ['layers', 0, 'data'],
    words: 'expected a Uint8Array, got a Float32Array of 8 values',
  },
  {
    name: 'a confusion matrix as a plain object',
    side: 'trainer',
    message: { ...t.epoch, confusion: { size: 2, values: { 0: 1, 1: 2, 2: 3, 3: 4 } } },
    path: ['confusion', 'values'],
    words: 'expected an Int32Array, got an object',
  },
  // Lengths against shapes
  {
    name: 'weights shorter than their shape',
    side: 'host',
    message: {
      ...h.start,
      weights: { n2: [{ name: 'kernel', shape: [2, 3], values: new Float32Array(5) }] },
    },
    path: ['weights', 'n2', 0, 'values'],
    words: 'holds 5 values, but shape [2, 3] needs 6',
  },
  {
    name: 'an activation map longer than its shape',
    side: 'trainer',
    message: {
      ...t.activations,
      layers: [{ ...t.activations.layers[0]!, data: new Uint8Array(9) }],
    },
    path: ['layers', 0, 'data'],
    words: 'holds 9 values, but shape [2, 2, 2] needs 8',
  },
  {
    name: 'a boundary grid of the wrong size',
    side: 'trainer',
    message: { ...t.boundary, values: new Float32Array(32 * 32) },
    path: ['values'],
    words: 'holds 1,024 values, but shape [64, 64, 1] needs 4,096',
  },
  {
    name: 'a boundary with fewer channels than stated',
    side: 'trainer',
    message: { ...t.boundary, channels: 2 },
    path: ['values'],
    words: 'needs 8,192',
  },
  {
    name: 'a confusion matrix of the wrong size',
    side: 'trainer',
    message: { ...t.epoch, confusion: { size: 3, values: new Int32Array(4) } },
    path: ['confusion', 'values'],
    words: 'holds 4 values, but shape [3, 3] needs 9',
  },
  {
    name: 'a negative confusion count',
    side: 'trainer',
    message: { ...t.epoch, confusion: { size: 1, values: new Int32Array([-3]) } },
    path: ['confusion', 'values'],
    words: 'holds a negative count',
  },
  {
    name: 'predictions of unequal lengths',
    side: 'trainer',
    message: {
      ...t.epoch,
      predictions: { ...t.epoch.predictions!, predicted: new Int32Array([1, 1]) },
    },
    path: ['predictions', 'predicted'],
    words: 'holds 2 values, but indices holds 3',
  },
  {
    name: 'a confidence above 1',
    side: 'trainer',
    message: {
      ...t.epoch,
      predictions: { ...t.epoch.predictions!, confidence: new Float32Array([0.5, 2, 0.5]) },
    },
    path: ['predictions', 'confidence'],
    words: 'outside 0 … 1',
  },
  {
    name: 'more predictions than a gallery holds',
    side: 'trainer',
    message: {
      ...t.epoch,
      predictions: {
        split: 'test',
        indices: new Int32Array(65),
        actual: new Int32Array(65),
        predicted: new Int32Array(65),
        confidence: new Float32Array(65),
      },
    },
    path: ['predictions', 'indices'],
    words: 'at most 64',
  },
  {
    name: 'a NaN weight',
    side: 'trainer',
    message: {
      ...t.weights,
      weights: { n2: [{ name: 'bias', shape: [2], values: new Float32Array([1, NaN]) }] },
    },
    path: ['weights', 'n2', 0, 'values'],
    words: 'value 1 is NaN; weights must be finite numbers',
  },
  {
    name: 'a negative dimension',
    side: 'trainer',
    message: { ...t.activations, layers: [{ ...t.activations.layers[0]!, shape: [-2, -4] }] },
    path: ['layers', 0, 'shape', 0],
    words: 'got -2',
  },
  // Keys that could reach a prototype
  {
    name: 'a __proto__ key at the top',
    side: 'host',
    message: withProto('{"v":1,"type":"pause","runId":"r","__proto__":{"x":1}}'),
    path: ['__proto__'],
    words: "the key '__proto__' is not allowed in a message",
  },
  {
    name: 'a __proto__ dataset option',
    side: 'host',
    message: { ...h.start, dataset: { id: 'xor', options: withProto('{"__proto__":1}') } },
    path: ['dataset', 'options', '__proto__'],
    words: "the key '__proto__' is not allowed",
  },
  {
    name: 'a __proto__ metric',
    side: 'trainer',
    message: { ...t.batch, metrics: withProto('{"acc":1,"__proto__":2}') },
    path: ['metrics', '__proto__'],
    words: "'__proto__'",
  },
  {
    name: 'a __proto__ node id in weights',
    side: 'trainer',
    message: { ...t.weights, weights: withProto('{"__proto__":[]}') },
    path: ['weights', '__proto__'],
    words: "'__proto__'",
  },
  {
    name: 'a constructor parameter',
    side: 'host',
    message: {
      ...h.start,
      graph: {
        nodes: [{ ...h.start.graph.nodes[0]!, params: withProto('{"constructor":1}') }],
        edges: [],
      },
    },
    path: ['graph', 'nodes', 0, 'params', 'constructor'],
    words: "'constructor'",
  },
  // Size
  {
    name: 'too many metrics',
    side: 'trainer',
    message: {
      ...t.batch,
      metrics: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`m${i}`, 0])),
    },
    path: ['metrics'],
    words: 'expected at most 64 entries, got 65',
  },
  {
    name: 'nesting 40 levels deep',
    side: 'host',
    message: { ...h.pause, extra: tooDeep },
    path: ['extra', ...Array<string>(31).fill('a')],
    words: 'nested more than 32 levels deep',
  },
  {
    name: 'millions of plain numbers',
    side: 'trainer',
    message: { ...t.boundary, values: new Array<number>(MAX_PLAIN_VALUES + 1).fill(0) },
    path: ['values'],
    words: 'more than 2,000,000 values outside typed arrays',
  },
];

describe('invalid messages', () => {
  it.each(invalid)('$side: $name', ({ side, message, path, words }) => {
    const result = side === 'host' ? parseHostMessage(message) : parseTrainerMessage(message);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.path).toEqual(path);
    expect(result.error).toContain(words);
  });

  it('says which message, from whom, where and what', () => {
    const result = parseHostMessage({ ...h.setLearningRate, learningRate: NaN });
    expect(result).toEqual({
      ok: false,
      path: ['learningRate'],
      error:
        'Invalid "setLearningRate" message from the host: learningRate: expected a number from 0.000001 to 10, got NaN',
    });
  });

  it('counts the problems it does not show', () => {
    const result = parseTrainerMessage({ ...t.batch, loss: 'x', epoch: 0, samplesPerS: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\(and 2 more problems\)$/);
  });
});
