import { describe, expect, it } from 'vitest';
import { isParamLocked, type Locks } from './classroom';

const locks: Locks = {
  layers: ['scores'],
  params: { hidden_1: ['units'] },
  training: false,
  dataset: false,
};

describe('isParamLocked', () => {
  it.each([
    ['a parameter of a locked layer', 'scores', 'activation', true],
    ['a locked parameter', 'hidden_1', 'units', true],
    ['another parameter of that layer', 'hidden_1', 'activation', false],
    ['a parameter of a free layer', 'hidden_2', 'units', false],
    ['a layer that is not there', 'nowhere', 'units', false],
    // The params record is read by own keys only, so a key like "constructor" locks nothing.
    ['an inherited key', 'constructor', 'length', false],
  ])('%s: %s.%s → %s', (_, nodeId, key, expected) => {
    expect(isParamLocked(locks, nodeId, key)).toBe(expected);
  });
});
