/**
 * Reading the Keras config fields that convolution and pooling layers share. Anything that would
 * change what the layer computes and cannot be represented here is refused with a reason.
 */
import type { Padding } from './arithmetic';
import { readActivation } from '../keras';

type Config = Readonly<Record<string, unknown>>;
export type Refusal = { ok: false; message: string };

/** Layers here are channels last (height×width×channels), as Keras and tfjs default to. */
export function readChannelsLast(c: Config): Refusal | null {
  const format = c.data_format;
  if (format === undefined || format === null) return null;
  if (format === 'channels_last' || format === 'channelsLast') return null;
  if (format === 'channels_first' || format === 'channelsFirst') {
    return {
      ok: false,
      message:
        "data_format 'channels_first' is not supported: layers here work channels last (height×width×channels). Save the model with data_format='channels_last'.",
    };
  }
  return { ok: false, message: `data_format '${String(format)}' is not supported` };
}

/** 'valid' when absent; 'causal' and 'full' are refused. */
export function readPadding(c: Config): { ok: true; padding: Padding } | Refusal {
  const padding = c.padding ?? 'valid';
  if (padding === 'valid' || padding === 'same') return { ok: true, padding };
  return {
    ok: false,
    message: `padding '${String(padding)}' is not supported; use 'valid' or 'same'`,
  };
}

/** The fields every convolution shares: data format, padding, activation, bias, groups. */
export function readConvBasics(
  c: Config,
): { ok: true; padding: Padding; activation: string; useBias: boolean } | Refusal {
  const format = readChannelsLast(c);
  if (format) return format;
  const padding = readPadding(c);
  if (!padding.ok) return padding;
  const activation = readActivation(c.activation);
  if (activation === null) {
    return { ok: false, message: `activation '${String(c.activation)}' is not supported` };
  }
  if (typeof c.groups === 'number' && c.groups !== 1) {
    return { ok: false, message: `grouped convolution (groups=${c.groups}) is not supported` };
  }
  return { ok: true, padding: padding.padding, activation, useBias: c.use_bias !== false };
}
