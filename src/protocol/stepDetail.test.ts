import { describe, expect, it } from 'vitest';
import { parseTrainerMessage } from './parse';
import { MAX_STEP_MAP_VALUES } from './stepDetail';
import { trainerMessages } from './testing/messages';
import { transferables } from './transfer';

type StepDetail = ReturnType<typeof trainerMessages>['stepDetail'];
type Tensor = StepDetail['layers'][number]['tensors'][number];

/** The fixture with its first tensor changed. */
function withTensor(change: (t: Tensor) => Record<string, unknown>): Record<string, unknown> {
  const m = trainerMessages().stepDetail;
  const layer = m.layers[0]!;
  return { ...m, layers: [{ ...layer, tensors: [change(layer.tensors[0]!)] }] };
}

const cases: { name: string; message: unknown; path: (string | number)[]; words: string }[] = [
  {
    name: 'a gradient map as a list of numbers',
    message: withTensor((t) => ({ ...t, gradient: { ...t.gradient, data: [1, 2, 3, 4, 5, 6] } })),
    path: ['layers', 0, 'tensors', 0, 'gradient', 'data'],
    words: 'large arrays travel as typed arrays',
  },
  {
    name: 'an update map shorter than its shape',
    message: withTensor((t) => ({ ...t, update: { ...t.update, data: new Uint8Array(5) } })),
    path: ['layers', 0, 'tensors', 0, 'update', 'data'],
    words: 'holds 5 values, but shape [2, 3] needs 6',
  },
  {
    name: 'a map beyond the bound',
    message: withTensor((t) => ({
      ...t,
      gradient: {
        ...t.gradient,
        shape: [MAX_STEP_MAP_VALUES + 1],
        data: new Uint8Array(MAX_STEP_MAP_VALUES + 1),
      },
    })),
    path: ['layers', 0, 'tensors', 0, 'gradient', 'data'],
    words: 'a step map may hold at most 65536',
  },
  {
    name: 'a negative norm',
    message: withTensor((t) => ({ ...t, updateNorm: -1 })),
    path: ['layers', 0, 'tensors', 0, 'updateNorm'],
    words: 'expected a number of at least 0, got -1',
  },
  {
    name: 'a range upside down',
    message: withTensor((t) => ({ ...t, gradient: { ...t.gradient, min: 1, max: 0 } })),
    path: ['layers', 0, 'tensors', 0, 'gradient', 'max'],
    words: 'is below min (1)',
  },
  {
    name: 'an unknown optimizer',
    message: { ...trainerMessages().stepDetail, optimizer: 'lbfgs' },
    path: ['optimizer'],
    words: 'expected one of',
  },
  {
    name: 'a layer without tensors',
    message: {
      ...trainerMessages().stepDetail,
      layers: [{ name: 'dense_1', forward: null, tensors: [] }],
    },
    path: ['layers', 0, 'tensors'],
    words: '',
  },
];

describe('stepDetail message', () => {
  it('passes whole after a transfer, its maps moved rather than copied', () => {
    const message = trainerMessages().stepDetail;
    const buffers = transferables(message);
    expect(buffers).toHaveLength(3);
    const received = structuredClone(message, { transfer: buffers });
    const result = parseTrainerMessage(received);
    expect(result.ok).toBe(true);
    expect(message.layers[0]!.tensors[0]!.gradient.data.length).toBe(0);
  });

  it.each(cases)('refuses $name', ({ message, path, words }) => {
    const result = parseTrainerMessage(message);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.path).toEqual(path);
    expect(result.error).toContain(words);
  });
});
