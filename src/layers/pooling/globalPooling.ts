import { defineLayer } from '../definition';
import { expectImage, expectSequence } from '../conv/inputRank';
import { readGlobalPooling } from './kerasPooling';

type GlobalKind = 'GlobalAveragePooling2D' | 'GlobalMaxPooling2D' | 'GlobalAveragePooling1D';

/** Reduces every axis but the last: H×W×C → C for images, T×C → C for sequences. */
function globalPooling(type: GlobalKind, label: string, doc: string) {
  const image = type.endsWith('2D');
  return defineLayer({
    type,
    label,
    category: 'Pooling',
    inputs: { min: 1, max: 1 },
    params: {},
    doc,
    inferShape(inputs) {
      const input = inputs[0]!;
      const rank = image ? expectImage(type, input) : expectSequence(type, input);
      if (rank) return { ok: false, issue: rank };
      return { ok: true, shape: [input[input.length - 1]!] };
    },
    paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
    // One comparison or addition per input value.
    flops: (inputs) => inputs[0]!.reduce((a, b) => a * b, 1),
    toKeras: () => ({ class_name: type, config: { data_format: 'channels_last' } }),
    fromKeras: {
      classNames: [type],
      read(_cls, c) {
        const ok = readGlobalPooling(c);
        return ok.ok ? { ok: true, params: {} } : ok;
      },
    },
  });
}

export const globalAveragePooling2d = globalPooling(
  'GlobalAveragePooling2D',
  'Global Average Pooling 2D',
  'Averages each channel over the whole image, so H×W×C becomes a vector of C values. Used instead of Flatten before the classifier, it needs no weights and does not care where in the image a feature was found.',
);
export const globalMaxPooling2d = globalPooling(
  'GlobalMaxPooling2D',
  'Global Max Pooling 2D',
  'Keeps the largest value of each channel over the whole image, so H×W×C becomes a vector of C values: how strongly each feature appeared anywhere. It has no weights.',
);
export const globalAveragePooling1d = globalPooling(
  'GlobalAveragePooling1D',
  'Global Average Pooling 1D',
  'Averages each feature over all steps of a sequence, so T×F becomes a vector of F values. It has no weights.',
);
