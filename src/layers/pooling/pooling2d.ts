import { defineLayer } from '../definition';
import { asPadding, windowOutputShape } from '../conv/arithmetic';
import { MAX_WINDOW, paddingParam } from '../conv/convParams';
import { expectImage } from '../conv/inputRank';
import { readPool2, readPoolingBasics } from './kerasPooling';

type PoolKind = 'MaxPooling2D' | 'AveragePooling2D';

const DOCS: Record<PoolKind, string> = {
  MaxPooling2D:
    'Keeps only the largest value of each window in each channel: 2×2 windows with stride 2 halve the height and width. The map gets smaller and the network tolerates small shifts of a pattern. It has no weights.',
  AveragePooling2D:
    'Replaces each window of each channel by the average of its values: 2×2 windows with stride 2 halve the height and width. It smooths and shrinks the map. It has no weights.',
};

function pooling2d(type: PoolKind, label: string) {
  return defineLayer({
    type,
    label,
    category: 'Pooling',
    inputs: { min: 1, max: 1 },
    params: {
      poolSize: {
        kind: 'int2',
        default: [2, 2],
        min: 1,
        max: MAX_WINDOW,
        label: 'Pool size',
        help: 'Height × width of each window.',
      },
      // Keras defaults strides to the pool size; the default here is that same value, made explicit.
      strides: {
        kind: 'int2',
        default: [2, 2],
        min: 1,
        max: MAX_WINDOW,
        label: 'Strides',
        help: 'How far the window moves each step; equal to the pool size, windows do not overlap.',
      },
      padding: paddingParam,
    },
    keyParams: ['poolSize', 'strides'],
    doc: DOCS[type],
    inferShape(inputs, p) {
      const input = inputs[0]!;
      const rank = expectImage(type, input);
      if (rank) return { ok: false, issue: rank };
      const out = windowOutputShape(
        type,
        input.slice(0, 2),
        p.poolSize,
        p.strides,
        [1, 1],
        asPadding(p.padding),
        { window: 'pool', param: 'poolSize' },
      );
      if (!out.ok) return out;
      return { ok: true, shape: [...out.dims, input[2]!] };
    },
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    // One comparison (max) or addition (average) per window element: Ho·Wo·C·Ph·Pw.
    flops: (_inputs, p, output) =>
      output[0]! * output[1]! * output[2]! * p.poolSize[0] * p.poolSize[1],
    toKeras: (p) => ({
      class_name: type,
      config: {
        pool_size: [...p.poolSize],
        strides: [...p.strides],
        padding: p.padding,
        data_format: 'channels_last',
      },
    }),
    fromKeras: {
      classNames: [type],
      read(_cls, c) {
        const basics = readPoolingBasics(c);
        if (!basics.ok) return basics;
        return { ok: true, params: { ...readPool2(c), padding: basics.padding } };
      },
    },
  });
}

export const maxPooling2d = pooling2d('MaxPooling2D', 'Max Pooling 2D');
export const averagePooling2d = pooling2d('AveragePooling2D', 'Average Pooling 2D');
