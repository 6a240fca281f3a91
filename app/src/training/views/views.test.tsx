// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { trainerMessages } from '../../../../src/protocol/testing/messages';
import { documentStore } from '../../stores/documentStore';
import { probeStore } from '../../stores/trainingProbe';
import { resetStores } from '../../test/resetStores';
import { connectPanel, nextFrame } from '../testing/panelHarness';
import { TrainingPanel } from '../TrainingPanel';

const xorModel = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 8, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

let harness: ReturnType<typeof connectPanel>;
beforeEach(() => {
  resetStores(xorModel());
  probeStore.setState({ datasetKey: null, index: 0 });
  harness = connectPanel();
  documentStore.getState().update({ dataset: { id: 'xor' } });
  render(<TrainingPanel />);
  fireEvent.click(screen.getByRole('button', { name: 'Train' }));
});
afterEach(() => {
  cleanup();
  harness.detach();
});

const t = trainerMessages();

describe('the confusion matrix', () => {
  it('waits for an epoch, then names every cell in words', async () => {
    const figure = screen.getByRole('figure', { name: 'Confusion matrix' });
    expect(figure.textContent).toMatch(/after the first epoch/);
    harness.say(t.started);
    harness.say(t.epoch);
    await nextFrame();
    // The fixture: 40 right and 10 wrong of class 0, 12 wrong and 38 right of class 1, named as
    // the xor set names its classes.
    const cell = (name: string) => within(figure).getByRole('cell', { name });
    expect(cell('true same sign, predicted opposite signs: 10')).toBeTruthy();
    expect(cell('true opposite signs, predicted opposite signs: 38')).toBeTruthy();
    expect(figure.textContent).toMatch(/epoch 1: 78 of 100 right/);
    harness.say({
      ...t.epoch,
      epoch: 2,
      confusion: { size: 2, values: new Int32Array([50, 0, 1, 49]) },
    });
    await nextFrame();
    expect(cell('true opposite signs, predicted same sign: 1')).toBeTruthy();
  });
});

describe('the prediction gallery', () => {
  it('shows each example with its predicted and true class, and marks mistakes', async () => {
    harness.say(t.started);
    harness.say(t.epoch);
    await nextFrame();
    const gallery = screen.getByRole('figure', { name: 'Predictions' });
    expect(gallery.textContent).toMatch(/3 test examples after epoch 1: 1 mistake/);
    const items = within(gallery).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Example 0: predicted opposite signs (90%), true opposite signs',
      'Example 40: predicted opposite signs (55%), true same sign, a mistake',
      'Example 80: predicted opposite signs (75%), true opposite signs',
    ]);
    expect(items[1]!.className).toMatch(/wrong/);
    // The xor set is drawn here: each example shows its two input values once they are drawn.
    expect(await within(gallery).findAllByText(/^\(-?\d/)).toHaveLength(3);
  });
});

describe('the layer norms', () => {
  it('follow the epochs that sent statistics, and list dead and saturated units', async () => {
    const figure = screen.getByRole('figure', { name: 'Layer norms' });
    expect(figure.textContent).toMatch(/after the first epoch/);
    harness.say(t.started);
    harness.say(t.epoch);
    harness.say({ ...t.epoch, epoch: 2, layers: undefined });
    harness.say({ ...t.epoch, epoch: 3 });
    await nextFrame();
    expect(figure.getAttribute('data-points')).toBe('2');
    expect(figure.textContent).toMatch(/epoch 3: weights solid, gradients dashed/);
    const health = within(figure).getByRole('table', { name: 'Unit health' });
    expect(within(health).getByRole('row', { name: 'relu_1 25% –' })).toBeTruthy();
    expect(within(health).getByRole('row', { name: 'tanh_1 – 10%' })).toBeTruthy();
  });
});

describe('the loss chart', () => {
  it('has a log-scale toggle', () => {
    const toggle = screen.getByRole('checkbox', { name: 'Log scale' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    expect(screen.getByRole('figure', { name: 'Loss chart' })).toBeTruthy();
  });
});
