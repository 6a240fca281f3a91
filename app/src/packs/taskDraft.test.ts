import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/packs/classroom';
import { draftOf, emptyDraft, newCondition, taskFromDraft, type TaskDraft } from './taskDraft';

const base = emptyDraft('spiral');

// Each row: a draft and the task it makes, or the key of the problem it reports.
const rows: [string, TaskDraft, Task['checks'] | string][] = [
  [
    'an accuracy in percent',
    { title: 'Spiral', conditions: [{ ...newCondition('spiral'), value: '90' }] },
    [{ kind: 'metric', metric: 'val_acc', op: 'atLeast', value: 0.9 }],
  ],
  [
    'a loss as a plain number',
    {
      title: 'Spiral',
      conditions: [{ ...newCondition('spiral'), metric: 'val_loss', op: 'atMost', value: '0.3' }],
    },
    [{ kind: 'metric', metric: 'val_loss', op: 'atMost', value: 0.3 }],
  ],
  [
    'every other kind',
    {
      title: 'All',
      conditions: [
        { ...newCondition('circle'), kind: 'dataset' },
        { ...newCondition(''), kind: 'maxHiddenLayers', count: '2' },
        { ...newCondition(''), kind: 'maxParams', count: '5000' },
        { ...newCondition(''), kind: 'hasLayer', layerType: 'Conv2D' },
        { ...newCondition(''), kind: 'noLayer', layerType: 'Dropout' },
      ],
    },
    [
      { kind: 'dataset', id: 'circle' },
      { kind: 'maxHiddenLayers', max: 2 },
      { kind: 'maxParams', max: 5000 },
      { kind: 'hasLayer', layerType: 'Conv2D' },
      { kind: 'noLayer', layerType: 'Dropout' },
    ],
  ],
  ['no title', { ...base, title: '  ' }, 'packs.teacher.needTitle'],
  ['no condition', { title: 'x', conditions: [] }, 'packs.teacher.needCondition'],
  [
    'a percentage over 100',
    { title: 'x', conditions: [{ ...newCondition(''), value: '120' }] },
    'packs.teacher.needNumber',
  ],
  [
    'an empty threshold',
    { title: 'x', conditions: [{ ...newCondition(''), value: '' }] },
    'packs.teacher.needNumber',
  ],
  [
    'a fractional layer count',
    { title: 'x', conditions: [{ ...newCondition(''), kind: 'maxHiddenLayers', count: '1.5' }] },
    'packs.teacher.needNumber',
  ],
  [
    'no dataset',
    { title: 'x', conditions: [{ ...newCondition(' '), kind: 'dataset' }] },
    'packs.teacher.needText',
  ],
];

describe('taskFromDraft', () => {
  it.each(rows)('%s', (_, draft, expected) => {
    const result = taskFromDraft(draft, 't1');
    if (typeof expected === 'string') expect(result.ok ? null : result.problem.key).toBe(expected);
    else
      expect(result).toEqual({
        ok: true,
        task: { id: 't1', title: draft.title.trim(), checks: expected },
      });
  });

  it('gives back the task it was made from', () => {
    const task: Task = {
      id: 't3',
      title: 'Round trip',
      checks: [
        { kind: 'metric', metric: 'test_acc', op: 'atLeast', value: 0.57 },
        { kind: 'maxParams', max: 1200 },
        { kind: 'noLayer', layerType: 'LSTM' },
      ],
    };
    const draft = draftOf(task, 'spiral');
    expect(draft.conditions[0]!.value).toBe('57');
    expect(taskFromDraft(draft, 't3')).toEqual({ ok: true, task });
  });
});
