/** Stacks to trace when the project has none, each making one point of the lecture. */
import type { Pair, WindowLayer } from '../../../../src/teaching/receptiveField';

const conv = (name: string, k: number, stride = 1, dilation = 1): WindowLayer => ({
  name,
  kernel: [k, k],
  stride: [stride, stride],
  dilation: [dilation, dilation],
  padding: 'valid',
});

export interface FieldExample {
  id: string;
  label: string;
  inputSize: Pair;
  layers: WindowLayer[];
}

export const FIELD_EXAMPLES: readonly FieldExample[] = [
  {
    id: 'two-3x3',
    label: 'Two 3×3 convolutions (a 5×5 field)',
    inputSize: [9, 9],
    layers: [conv('Conv 1', 3), conv('Conv 2', 3)],
  },
  {
    id: 'dilated',
    label: 'A 3×3 convolution with dilation 2 (5×5 with gaps)',
    inputSize: [9, 9],
    layers: [conv('Dilated conv', 3, 1, 2)],
  },
  {
    id: 'dilation-stack',
    label: 'Dilation 1, 2, 4 (a 15×15 field without gaps)',
    inputSize: [17, 17],
    layers: [conv('Conv d=1', 3), conv('Conv d=2', 3, 1, 2), conv('Conv d=4', 3, 1, 4)],
  },
  {
    id: 'strided',
    label: 'Stride 2, then 3×3 (a 7×7 field)',
    inputSize: [11, 11],
    layers: [conv('Conv stride 2', 3, 2), conv('Conv 3×3', 3)],
  },
];
