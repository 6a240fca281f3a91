import { defineLayer } from '../definition';

/**
 * Reads the shape of a Keras InputLayer. Keras 2 and tfjs write `batch_input_shape`, Keras 3
 * writes `batch_shape`; both start with the batch dimension, which is null.
 */
function readBatchShape(config: Readonly<Record<string, unknown>>): unknown {
  return config.batch_input_shape ?? config.batch_shape;
}

export const input = defineLayer({
  type: 'Input',
  label: 'Input',
  category: 'Input',
  inputs: { min: 0, max: 0 },
  params: {
    shape: {
      kind: 'shape',
      default: [28, 28, 1],
      min: 1,
      max: 100_000,
      minLength: 1,
      maxLength: 3,
      label: 'Shape',
      help: 'One example, without the batch: [F] is a vector, [T, F] a sequence of T steps, [H, W, C] an image.',
    },
  },
  keyParams: ['shape'],
  doc: 'Where examples enter the network. Give the shape of one example: one number for a vector of features, two for a sequence (time steps × features), three for an image (height × width × channels, e.g. 28×28×1 for a grey digit).',
  inferShape: (_inputs, p) => ({ ok: true, shape: [...p.shape] }),
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  toKeras: (p) => ({
    class_name: 'InputLayer',
    config: { batch_input_shape: [null, ...p.shape], dtype: 'float32', sparse: false },
  }),
  fromKeras: {
    classNames: ['InputLayer'],
    read(_cls, c) {
      const batchShape = readBatchShape(c);
      if (!Array.isArray(batchShape) || batchShape.length < 2) {
        return {
          ok: false,
          message: 'the input layer has no shape (batch_input_shape or batch_shape)',
        };
      }
      const dims = batchShape.slice(1);
      if (dims.length > 3) {
        return {
          ok: false,
          message: `the input has ${dims.length} dimensions per example; at most 3 (height × width × channels) are supported`,
        };
      }
      const bad = dims.findIndex((d) => typeof d !== 'number' || !Number.isInteger(d) || d <= 0);
      if (bad >= 0) {
        const shown = dims.map((d) => (d === null ? '?' : String(d))).join('×');
        const value = dims[bad] === null ? 'left open (None)' : `${String(dims[bad])}`;
        return {
          ok: false,
          message: `dimension ${bad + 1} of the input shape ${shown} is ${value}; every dimension must be a fixed positive size`,
        };
      }
      return { ok: true, params: { shape: dims as number[] } };
    },
  },
});
