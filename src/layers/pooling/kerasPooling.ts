/** Reading the Keras config fields pooling layers share. */
import { readPair } from '../keras';
import type { Padding } from '../conv/arithmetic';
import { readChannelsLast, readPadding, type Refusal } from '../conv/kerasWindow';

type Config = Readonly<Record<string, unknown>>;

/** Data format and padding; Keras omits strides (null) to mean "the pool size". */
export function readPoolingBasics(c: Config): { ok: true; padding: Padding } | Refusal {
  const format = readChannelsLast(c);
  if (format) return format;
  return readPadding(c);
}

/** 2-D pool size and strides, strides defaulting to the pool size as in Keras. */
export function readPool2(c: Config): {
  poolSize: readonly [number, number];
  strides: readonly [number, number];
} {
  const poolSize = readPair(c.pool_size, [2, 2]);
  const strides =
    c.strides === undefined || c.strides === null ? poolSize : readPair(c.strides, poolSize);
  return { poolSize, strides };
}

/** Global pooling: channels last, and no keepdims (which would keep 1×1 spatial axes). */
export function readGlobalPooling(c: Config): { ok: true } | Refusal {
  const format = readChannelsLast(c);
  if (format) return format;
  if (c.keepdims === true)
    return {
      ok: false,
      message: 'keepdims=True is not supported; a Reshape after the layer gives the same result',
    };
  return { ok: true };
}
