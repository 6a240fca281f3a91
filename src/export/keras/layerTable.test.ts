import { describe, expect, it } from 'vitest';
import { emittedLayers } from '../bundle/testing/emittedLayers';
import { layerCall } from './layerCall';
import { KERAS_TABLE } from './layerTable';

const named = (keras: { class_name: string; config: Record<string, unknown> }) => ({
  ...keras,
  name: 'layer',
  inbound_nodes: [],
});

describe('the Keras layer table', () => {
  const emitted = emittedLayers();

  it('has an entry for every class the compiler emits', () => {
    const missing = [...new Set(emitted.map((e) => e.keras.class_name))].filter(
      (cls) => !(cls in KERAS_TABLE),
    );
    expect(missing).toEqual([]);
  });

  it('translates every setting of every layer variant, or says it cannot', () => {
    const failures = emitted
      .filter((e) => e.keras.class_name !== 'InputLayer')
      .map((e) => ({ e, call: layerCall(named(e.keras)) }))
      .filter(({ call }) => !call.ok)
      .map(({ e, call }) => `${e.type} ${e.variant}: ${call.ok ? '' : call.reason}`);
    expect(failures).toEqual([]);
  });

  it('refuses a setting it has no translation for instead of dropping it', () => {
    const call = layerCall(
      named({
        class_name: 'Dense',
        config: { units: 3, kernel_constraint: { class_name: 'MaxNorm', config: {} } },
      }),
    );
    expect(call).toEqual({
      ok: false,
      reason: "its setting 'kernel_constraint' (MaxNorm) has no Keras equivalent here",
      why: {
        code: 'keras-setting-object',
        values: { key: 'kernel_constraint', object: 'MaxNorm' },
      },
    });
    expect(layerCall(named({ class_name: 'Dense', config: { units: 3, wobble: 2 } }))).toEqual({
      ok: false,
      reason: "its setting 'wobble' has no Keras translation here",
      why: { code: 'keras-setting', values: { key: 'wobble' } },
    });
  });
});

/** What the Python call looks like for a few layers: the defaults left out, the differences written. */
const calls: [string, { class_name: string; config: Record<string, unknown> }, string][] = [
  [
    'Dense with defaults',
    emittedLayers().find((e) => e.type === 'Dense' && e.variant === '')!.keras,
    'layers.Dense(64, activation="relu", name="layer")',
  ],
  [
    'Dense with an L2 regulariser and He initialisation',
    {
      class_name: 'Dense',
      config: {
        units: 10,
        activation: 'softmax',
        use_bias: false,
        kernel_initializer: { class_name: 'HeNormal', config: { seed: 3 } },
        kernel_regularizer: { class_name: 'L1L2', config: { l1: 0, l2: 0.01 } },
      },
    },
    'layers.Dense(10, activation="softmax", use_bias=False, kernel_initializer="he_normal", kernel_regularizer=keras.regularizers.L1L2(l1=0, l2=0.01), name="layer")',
  ],
  [
    'Conv2D with same padding and strides',
    {
      class_name: 'Conv2D',
      config: {
        filters: 8,
        kernel_size: [4, 4],
        strides: [2, 2],
        padding: 'same',
        dilation_rate: [1, 1],
        data_format: 'channels_last',
      },
    },
    'layers.Conv2D(8, (4, 4), strides=(2, 2), padding="same", name="layer")',
  ],
  [
    'Conv1D keeps one-element tuples',
    {
      class_name: 'Conv1D',
      config: { filters: 4, kernel_size: [3], strides: [1], dilation_rate: [2] },
    },
    'layers.Conv1D(4, (3,), dilation_rate=(2,), name="layer")',
  ],
  [
    'pooling always states its strides',
    {
      class_name: 'MaxPooling2D',
      config: { pool_size: [3, 3], strides: [2, 2], padding: 'valid' },
    },
    'layers.MaxPooling2D((3, 3), strides=(2, 2), name="layer")',
  ],
  [
    "GRU in tfjs' formulation",
    emittedLayers().find((e) => e.type === 'GRU' && e.variant === '')!.keras,
    'layers.GRU(64, reset_after=False, name="layer")',
  ],
  [
    'LSTM returning sequences',
    { class_name: 'LSTM', config: { units: 8, return_sequences: true, unit_forget_bias: true } },
    'layers.LSTM(8, return_sequences=True, name="layer")',
  ],
  [
    'LeakyReLU with Keras 3’s keyword',
    { class_name: 'LeakyReLU', config: { alpha: 0.1 } },
    'layers.LeakyReLU(negative_slope=0.1, name="layer")',
  ],
  [
    'ELU with α',
    { class_name: 'ELU', config: { alpha: 0.5 } },
    'layers.ELU(alpha=0.5, name="layer")',
  ],
  [
    'BatchNormalization with other momentum and ε',
    { class_name: 'BatchNormalization', config: { axis: -1, momentum: 0.9, epsilon: 1e-5 } },
    'layers.BatchNormalization(momentum=0.9, epsilon=0.00001, name="layer")',
  ],
  [
    'Maxout, defined in model.py',
    { class_name: 'Maxout', config: { units: 5, pieces: 3, use_bias: true } },
    'Maxout(5, 3, name="layer")',
  ],
  [
    'ZeroPadding2D',
    {
      class_name: 'ZeroPadding2D',
      config: {
        padding: [
          [1, 2],
          [0, 3],
        ],
      },
    },
    'layers.ZeroPadding2D(padding=((1, 2), (0, 3)), name="layer")',
  ],
  [
    'Concatenate on an axis',
    { class_name: 'Concatenate', config: { axis: 1 } },
    'layers.Concatenate(axis=1, name="layer")',
  ],
  [
    'Reshape',
    { class_name: 'Reshape', config: { target_shape: [7, 7, 1] } },
    'layers.Reshape((7, 7, 1), name="layer")',
  ],
];

describe('layerCall', () => {
  it.each(calls)('%s', (_, keras, expected) => {
    const call = layerCall(named(keras));
    if (!call.ok) throw new Error(call.reason);
    expect(`${call.callable}(${call.args.join(', ')})`).toBe(expected);
  });
});
