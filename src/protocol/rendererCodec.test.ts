import { describe, expect, it } from 'vitest';
import { sampleProject } from '../project/testing/sampleProject';
import { parseHostMessage, parseTrainerMessage } from './parse';
import { decodeFrame, encodeFrame } from './rendererCodec';
import { parseHostReply, parseRendererRequest } from './rendererParse';
import { hostMessages, trainerMessages } from './testing/messages';
import { PROTOCOL_VERSION as v } from './version';

/** Encodes, decodes, and returns what came out. */
function roundTrip(message: object): unknown {
  const decoded = decodeFrame(encodeFrame(message));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
}

/** A frame as the browser hands it over: an ArrayBuffer of its own. */
function asArrayBuffer(frame: string | Uint8Array): ArrayBuffer {
  if (typeof frame === 'string') throw new Error('expected a binary frame');
  return frame.slice().buffer;
}

describe('the frame codec', () => {
  it.each(Object.entries(trainerMessages()))(
    'carries the trainer message "%s" unchanged, and it still parses',
    (_, message) => {
      const wrapped = { v, type: 'trainerMessage', message };
      const back = roundTrip(wrapped);
      expect(back).toEqual(wrapped);
      const parsed = parseHostReply(back);
      expect(
        parsed.ok && parsed.message.type === 'trainerMessage' && parsed.message.message,
      ).toEqual(message);
      expect(parseTrainerMessage((back as typeof wrapped).message).ok).toBe(true);
    },
  );

  it.each(Object.entries(hostMessages()))(
    'carries the host message "%s" unchanged inside a trainer request',
    (_, message) => {
      const request = { v, type: 'trainer', requestId: 'q1', message };
      const back = roundTrip(request);
      expect(back).toEqual(request);
      expect(parseRendererRequest(back)).toMatchObject({ ok: true });
      expect(parseHostMessage((back as typeof request).message).ok).toBe(true);
    },
  );

  it('keeps typed arrays typed: their kind, length and every bit of their values', () => {
    const boundary = trainerMessages().boundary;
    boundary.values[3] = NaN;
    boundary.values[4] = -0;
    const back = roundTrip(boundary) as typeof boundary;
    expect(back.values).toBeInstanceOf(Float32Array);
    expect(new Uint8Array(back.values.buffer)).toEqual(new Uint8Array(boundary.values.buffer));
    const epoch = roundTrip(trainerMessages().epoch) as ReturnType<typeof trainerMessages>['epoch'];
    expect(epoch.confusion!.values).toBeInstanceOf(Int32Array);
  });

  it('sends a message without typed arrays as JSON text', () => {
    const frame = encodeFrame(trainerMessages().batch);
    expect(typeof frame).toBe('string');
    expect(JSON.parse(frame as string)).toEqual(trainerMessages().batch);
  });

  it('never writes a large array as a list of numbers', () => {
    const frame = encodeFrame(trainerMessages().boundary) as Uint8Array;
    const headerLength = new DataView(frame.buffer).getUint32(0, true);
    // 4,096 float32 values: the header is a few hundred bytes, the values 16 KiB of binary.
    expect(headerLength).toBeLessThan(1_000);
    expect(frame.length).toBeGreaterThanOrEqual(64 * 64 * 4);
  });

  it('carries a project with its weights, as the open and save requests do', () => {
    const request = {
      v,
      type: 'saveProject',
      requestId: 's1',
      path: 'a.ncproj',
      project: sampleProject(),
    };
    const back = roundTrip(request);
    expect(back).toEqual(request);
    expect(parseRendererRequest(back)).toMatchObject({ ok: true });
  });

  it('reads a frame from an ArrayBuffer (the browser) and from a slice of a larger buffer (Node)', () => {
    const frame = encodeFrame(trainerMessages().activations) as Uint8Array;
    expect(decodeFrame(asArrayBuffer(frame))).toEqual({
      ok: true,
      value: trainerMessages().activations,
    });
    const pool = new Uint8Array(frame.length + 13);
    pool.set(frame, 13);
    const slice = pool.subarray(13);
    expect(decodeFrame(slice)).toEqual({ ok: true, value: trainerMessages().activations });
  });

  it('hands out arrays of their own, not views of the frame', () => {
    const frame = encodeFrame(trainerMessages().boundary) as Uint8Array;
    const decoded = decodeFrame(frame);
    frame.fill(0);
    expect(decoded.ok && (decoded.value as { values: Float32Array }).values).toEqual(
      trainerMessages().boundary.values,
    );
  });

  it('leaves the message it encodes untouched', () => {
    const message = trainerMessages().activations;
    encodeFrame(message);
    expect(message).toEqual(trainerMessages().activations);
  });

  it('refuses to encode an array kind the codec does not know', () => {
    expect(() => encodeFrame({ data: new DataView(new ArrayBuffer(4)) })).toThrow(/DataView/);
  });
});

describe('a damaged or hostile frame', () => {
  /** The binary frame of `header` followed by `body`. */
  function frameOf(header: unknown, body: Uint8Array = new Uint8Array(0)): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(header));
    const start = Math.ceil((4 + json.length) / 8) * 8;
    const frame = new Uint8Array(start + body.length);
    new DataView(frame.buffer).setUint32(0, json.length, true);
    frame.set(json, 4);
    frame.set(body, start);
    return frame;
  }
  const eight = new Uint8Array(8);

  it.each([
    ['text that is not JSON', '{"v":', /not valid JSON/],
    ['a frame shorter than its length', new Uint8Array([1, 0]), /shorter than its header/],
    ['a header length past the end', new Uint8Array([255, 0, 0, 0, 1]), /header is longer/],
    ['a header without arrays', frameOf({ message: {} }), /no message and arrays/],
    [
      'an array past the end',
      frameOf({ message: { a: null }, arrays: [[['a'], 'Uint8Array', 9]] }, eight),
      /past the end/,
    ],
    [
      'bytes after the last array',
      frameOf({ message: { a: null }, arrays: [[['a'], 'Uint8Array', 1]] }, new Uint8Array(16)),
      /bytes after/,
    ],
    [
      'an unknown kind',
      frameOf({ message: { a: null }, arrays: [[['a'], 'BigInt64Array', 1]] }, eight),
      /unknown kind/,
    ],
    [
      'a negative length',
      frameOf({ message: { a: null }, arrays: [[['a'], 'Uint8Array', -1]] }, eight),
      /whole number/,
    ],
    [
      'a path to nowhere',
      frameOf({ message: { a: null }, arrays: [[['b'], 'Uint8Array', 8]] }, eight),
      /leads nowhere/,
    ],
    [
      'a path into a filled place',
      frameOf({ message: { a: 1 }, arrays: [[['a'], 'Uint8Array', 8]] }, eight),
      /not empty/,
    ],
    [
      'a path through a number',
      frameOf({ message: { a: 1 }, arrays: [[['a', 'b'], 'Uint8Array', 8]] }, eight),
      /not a list or an object/,
    ],
    [
      'an empty path',
      frameOf({ message: {}, arrays: [[[], 'Uint8Array', 8]] }, eight),
      /path must be/,
    ],
    [
      'a key where a list needs an index',
      frameOf({ message: { a: [null] }, arrays: [[['a', '0'], 'Uint8Array', 8]] }, eight),
      /does not fit/,
    ],
  ])('%s gives an error', (_, frame, error) => {
    const decoded = decodeFrame(frame);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(error);
  });

  it('cannot reach a prototype', () => {
    const frame = frameOf(
      {
        message: JSON.parse('{"__proto__": {"polluted": null}}'),
        arrays: [[['__proto__', 'polluted'], 'Uint8Array', 8]],
      },
      eight,
    );
    expect(decodeFrame(frame)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/__proto__/),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
