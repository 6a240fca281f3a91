/**
 * Stacks to trace when the project has none, each making one point of the lecture. Their layers are
 * named with symbols only (d for dilation, s for stride), the same in every language.
 */
import type { TeachingKey } from '../../../../src/teaching/errors';
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
  /** Its description in the message catalogs. */
  label: TeachingKey;
  inputSize: Pair;
  layers: WindowLayer[];
}

export const FIELD_EXAMPLES: readonly FieldExample[] = [
  {
    id: 'two-3x3',
    label: 'teaching.field.example.two-3x3',
    inputSize: [9, 9],
    layers: [conv('Conv 1', 3), conv('Conv 2', 3)],
  },
  {
    id: 'dilated',
    label: 'teaching.field.example.dilated',
    inputSize: [9, 9],
    layers: [conv('Conv d=2', 3, 1, 2)],
  },
  {
    id: 'dilation-stack',
    label: 'teaching.field.example.dilation-stack',
    inputSize: [17, 17],
    layers: [conv('Conv d=1', 3), conv('Conv d=2', 3, 1, 2), conv('Conv d=4', 3, 1, 4)],
  },
  {
    id: 'strided',
    label: 'teaching.field.example.strided',
    inputSize: [11, 11],
    layers: [conv('Conv s=2', 3, 2), conv('Conv 3×3', 3)],
  },
];
