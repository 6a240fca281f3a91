import { expect, it } from 'vitest';
import { BACKEND_NAMES } from '../train/backend/names';
import { BACKENDS } from './backends';

it('names the backends as the trainer does, in the same order of preference', () => {
  expect(BACKENDS).toEqual(BACKEND_NAMES);
});
