import { defineLayer } from '../definition';
import { readInt } from '../keras';
import { asPadding, windowOutputShape } from '../conv/arithmetic';
import { MAX_WINDOW, paddingParam } from '../conv/convParams';
import { expectSequence } from '../conv/inputRank';
import { readPoolingBasics } from './kerasPooling';

type PoolKind = 'MaxPooling1D' | 'AveragePooling1D';

const DOCS: Record<PoolKind, string> = {
  MaxPooling1D:
    'Keeps only the largest value of each window of steps in each feature: windows of 2 with stride 2 halve the length of the sequence. It has no weights.',
  AveragePooling1D:
    'Replaces each window of steps by the average of its values, per feature: windows of 2 with stride 2 halve the length of the sequence. It has no weights.',
};

function pooling1d(type: PoolKind, label: string) {
  return defineLayer({
    type,
    label,
    category: 'Pooling',
    inputs: { min: 1, max: 1 },
    params: {
      poolSize: {
        kind: 'int',
        default: 2,
        min: 1,
        max: MAX_WINDOW,
        label: 'Pool size',
        help: 'How many consecutive steps each window covers.',
      },
      // Keras defaults strides to the pool size; the default here is that same value, made explicit.
      strides: {
        kind: 'int',
        default: 2,
        min: 1,
        max: MAX_WINDOW,
        label: 'Strides',
        help: 'How many steps the window moves; equal to the pool size, windows do not overlap.',
      },
      padding: paddingParam,
    },
    keyParams: ['poolSize', 'strides'],
    doc: DOCS[type],
    inferShape(inputs, p) {
      const input = inputs[0]!;
      const rank = expectSequence(type, input);
      if (rank) return { ok: false, issue: rank };
      const out = windowOutputShape(
        type,
        [input[0]!],
        [p.poolSize],
        [p.strides],
        [1],
        asPadding(p.padding),
        { window: 'pool', param: 'poolSize' },
      );
      if (!out.ok) return out;
      return { ok: true, shape: [out.dims[0]!, input[1]!] };
    },
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    // One comparison (max) or addition (average) per window element: Lo·C·P.
    flops: (_inputs, p, output) => output[0]! * output[1]! * p.poolSize,
    toKeras: (p) => ({
      class_name: type,
      config: {
        pool_size: [p.poolSize],
        strides: [p.strides],
        padding: p.padding,
        data_format: 'channels_last',
      },
    }),
    fromKeras: {
      classNames: [type],
      read(_cls, c) {
        const basics = readPoolingBasics(c);
        if (!basics.ok) return basics;
        const poolSize = readInt(c.pool_size, 2);
        const strides =
          c.strides === undefined || c.strides === null ? poolSize : readInt(c.strides, poolSize);
        return { ok: true, params: { poolSize, strides, padding: basics.padding } };
      },
    },
  });
}

export const maxPooling1d = pooling1d('MaxPooling1D', 'Max Pooling 1D');
export const averagePooling1d = pooling1d('AveragePooling1D', 'Average Pooling 1D');
