import { describe, expect, it } from 'vitest';
import { LearningRate, scheduleMultiplier, type ScheduleSettings } from './schedule';

const base: ScheduleSettings = {
  learningRate: 0.1,
  lrSchedule: 'constant',
  lrStepFactor: 0.5,
  lrStepEpochs: 3,
  lrDecayRate: 0.9,
};

describe('scheduleMultiplier', () => {
  it.each([
    { schedule: 'constant', epoch: 7, progress: 0.7, expected: 1 },
    { schedule: 'step', epoch: 0, progress: 0, expected: 1 },
    { schedule: 'step', epoch: 2, progress: 0.2, expected: 1 },
    { schedule: 'step', epoch: 3, progress: 0.3, expected: 0.5 },
    { schedule: 'step', epoch: 7, progress: 0.7, expected: 0.25 },
    { schedule: 'exponential', epoch: 0, progress: 0, expected: 1 },
    { schedule: 'exponential', epoch: 2, progress: 0.2, expected: 0.81 },
    { schedule: 'cosine', epoch: 0, progress: 0, expected: 1 },
    { schedule: 'cosine', epoch: 5, progress: 0.5, expected: 0.5 },
    { schedule: 'cosine', epoch: 9, progress: 1, expected: 0 },
  ] as const)('$schedule at epoch $epoch, progress $progress: $expected', (c) => {
    const m = scheduleMultiplier({ ...base, lrSchedule: c.schedule }, c);
    expect(m).toBeCloseTo(c.expected, 12);
  });
});

describe('LearningRate', () => {
  it('follows the schedule from the starting rate', () => {
    const rate = new LearningRate({ ...base, lrSchedule: 'exponential' });
    expect(rate.at({ epoch: 0, progress: 0 })).toBeCloseTo(0.1, 12);
    expect(rate.at({ epoch: 3, progress: 0.3 })).toBeCloseTo(0.1 * 0.9 ** 3, 12);
  });

  it('continues the schedule from a rate set during the run', () => {
    const rate = new LearningRate({ ...base, lrSchedule: 'exponential' });
    rate.set(0.5, { epoch: 2, progress: 0.2 });
    expect(rate.at({ epoch: 2, progress: 0.25 })).toBeCloseTo(0.5, 12);
    expect(rate.at({ epoch: 4, progress: 0.4 })).toBeCloseTo(0.5 * 0.81, 12);
  });

  it('holds a rate set once a cosine schedule has reached 0', () => {
    const rate = new LearningRate({ ...base, lrSchedule: 'cosine' });
    rate.set(0.01, { epoch: 9, progress: 1 });
    expect(rate.at({ epoch: 9, progress: 1 })).toBe(0.01);
  });
});
