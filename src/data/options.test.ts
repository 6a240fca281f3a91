import { describe, expect, it } from 'vitest';
import { DatasetError } from './errors';
import { resolveOptions } from './options';
import { PLAYGROUND_OPTIONS } from './synthetic/playground';

const circleLike = { id: 'circle', options: PLAYGROUND_OPTIONS };

describe('resolveOptions', () => {
  it('fills in defaults and keeps what was given', () => {
    expect(resolveOptions(circleLike, { noise: 0.25, count: undefined })).toEqual({
      noise: 0.25,
      seed: 42,
      trainRatio: 0.5,
      count: 500,
    });
  });

  it.each([
    [
      { noise: 0.6 },
      "The option 'noise' of the dataset 'circle' must be a number from 0 to 0.5, but is 0.6.",
    ],
    [
      { noise: -0.1 },
      "option 'noise' of the dataset 'circle' must be a number from 0 to 0.5, but is -0.1",
    ],
    [
      { count: 5 },
      "option 'count' of the dataset 'circle' must be a whole number from 10 to 100,000, but is 5",
    ],
    [
      { count: 250.5 },
      "option 'count' of the dataset 'circle' must be a whole number from 10 to 100,000, but is 250.5",
    ],
    [
      { trainRatio: 1 },
      "option 'trainRatio' of the dataset 'circle' must be a number from 0.1 to 0.9, but is 1",
    ],
    [
      { seed: -1 },
      "option 'seed' of the dataset 'circle' must be a whole number from 0 to 2,147,483,647, but is -1",
    ],
    [{ noise: '0.2' }, 'but is "0.2"'],
    [{ noise: Number.NaN }, 'but is NaN'],
  ])('refuses %o, naming the option, the value and the range', (given, message) => {
    expect(() => resolveOptions(circleLike, given)).toThrow(message);
    try {
      resolveOptions(circleLike, given);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).kind).toBe('invalid-option');
    }
  });

  it('refuses an option the dataset does not have, listing those it has', () => {
    expect(() => resolveOptions(circleLike, { nois: 0.1 })).toThrow(
      "The dataset 'circle' has no option 'nois'. Its options are noise, seed, trainRatio, count.",
    );
    expect(() => resolveOptions({ id: 'mnist-sample', options: {} }, { seed: 1 })).toThrow(
      "The dataset 'mnist-sample' takes no options, but was given 'seed'.",
    );
  });

  it("counts only the schema's own keys as options", () => {
    expect(() => resolveOptions(circleLike, JSON.parse('{"constructor": 1}'))).toThrow(
      "has no option 'constructor'",
    );
  });
});
