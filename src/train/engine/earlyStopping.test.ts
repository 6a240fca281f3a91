import { describe, expect, it } from 'vitest';
import { EarlyStopping } from './earlyStopping';

describe('EarlyStopping', () => {
  it.each([
    {
      why: 'a falling loss never stops',
      monitor: 'val_loss',
      patience: 2,
      values: [1, 0.9, 0.8, 0.7],
      verdicts: ['improved', 'improved', 'improved', 'improved'],
    },
    {
      why: 'a loss that stalls stops after `patience` epochs',
      monitor: 'val_loss',
      patience: 2,
      values: [1, 0.9, 0.95, 0.9, 0.91],
      verdicts: ['improved', 'improved', 'waiting', 'stop', 'stop'],
    },
    {
      why: 'an improvement resets the wait',
      monitor: 'loss',
      patience: 2,
      values: [1, 1.1, 0.5, 0.6, 0.7],
      verdicts: ['improved', 'waiting', 'improved', 'waiting', 'stop'],
    },
    {
      why: 'accuracy must rise',
      monitor: 'val_accuracy',
      patience: 1,
      values: [0.5, 0.6, 0.6],
      verdicts: ['improved', 'improved', 'stop'],
    },
    {
      why: 'patience 0 stops at the first epoch that does not improve',
      monitor: 'val_loss',
      patience: 0,
      values: [1, 0.5, 0.5],
      verdicts: ['improved', 'improved', 'stop'],
    },
    {
      why: 'NaN never improves',
      monitor: 'val_loss',
      patience: 2,
      values: [NaN, 1, NaN, NaN],
      verdicts: ['waiting', 'improved', 'waiting', 'stop'],
    },
  ] as const)('$why', ({ monitor, patience, values, verdicts }) => {
    const stopping = new EarlyStopping(monitor, patience);
    expect(values.map((v, i) => stopping.observe(i + 1, v))).toEqual(verdicts);
  });

  it('remembers the best epoch', () => {
    const stopping = new EarlyStopping('val_loss', 5);
    [0.9, 0.4, 0.6, 0.5].forEach((v, i) => stopping.observe(i + 1, v));
    expect(stopping.bestEpoch).toBe(2);
  });

  it.each([
    { monitor: 'loss', expected: 0.5 },
    { monitor: 'val_loss', expected: 0.7 },
    { monitor: 'val_accuracy', expected: 0.8 },
  ] as const)('reads $monitor from the epoch scores', ({ monitor, expected }) => {
    const train = { loss: 0.5, metrics: { acc: 0.9 } };
    const validation = { loss: 0.7, metrics: { acc: 0.8 } };
    expect(EarlyStopping.value(monitor, train, validation)).toBe(expected);
    if (monitor !== 'loss') expect(EarlyStopping.value(monitor, train, null)).toBeNaN();
  });
});
