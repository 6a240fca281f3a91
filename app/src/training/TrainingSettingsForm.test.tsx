// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { TrainingSettingsForm } from './TrainingSettingsForm';

beforeEach(() => resetStores());
afterEach(cleanup);

const augmentation = () =>
  ['Random flips', 'Random shift (px)', 'Random rotation (°)'].map(
    (name) =>
      screen.queryByRole('combobox', { name }) ?? screen.queryByRole('spinbutton', { name }),
  );

it.each([
  ['no dataset', null, false],
  ['two features', 'xor', false],
  ['a series', 'waves', false],
  ['32 × 32 images', 'shapes', true],
  ['the MNIST sample', 'mnist-sample', true],
])('shows image augmentation only for images: %s', (_, id, shown) => {
  act(() => documentStore.getState().update({ dataset: id ? { id } : null }));
  render(<TrainingSettingsForm locked={false} />);
  for (const field of augmentation()) expect(field !== null).toBe(shown);
});

it('keeps the chosen augmentation in the project', () => {
  act(() => documentStore.getState().update({ dataset: { id: 'shapes' } }));
  render(<TrainingSettingsForm locked={false} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'Random flips' }), {
    target: { value: 'horizontal' },
  });
  fireEvent.change(screen.getByRole('spinbutton', { name: 'Random rotation (°)' }), {
    target: { value: '10' },
  });
  expect(documentStore.getState().project.training).toMatchObject({
    augmentFlip: 'horizontal',
    augmentRotation: 10,
    augmentShift: 0,
  });
});
