// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { trainerMessages } from '../../../../src/protocol/testing/messages';
import { documentStore } from '../../stores/documentStore';
import { resetStores } from '../../test/resetStores';
import { connectPanel } from '../testing/panelHarness';
import { TrainingPanel } from '../TrainingPanel';

const xorModel = () =>
  chain(
    ['Input', { shape: [2] }],
    ['Dense', { units: 3, activation: 'tanh' }],
    ['Dense', { units: 2, activation: 'softmax' }],
    'Output',
  );

let harness: ReturnType<typeof connectPanel>;
beforeEach(() => {
  resetStores(xorModel());
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

/** The fixture's layer with a bias too, whose gradient and update differ from the kernel's. */
function detail(optimizer: 'sgd' | 'adam', momentum = 0) {
  const d = trainerMessages().stepDetail;
  const layer = d.layers[0]!;
  const kernel = layer.tensors[0]!;
  const bias = {
    name: 'bias',
    shape: [3],
    gradient: { shape: [1, 3], data: new Uint8Array([0, 100, 255]), min: -0.5, max: 0.25 },
    gradientNorm: 0.56,
    update: { shape: [1, 3], data: new Uint8Array([255, 155, 0]), min: -0.025, max: 0.05 },
    updateNorm: 0.056,
  };
  return { ...d, optimizer, momentum, layers: [{ ...layer, tensors: [kernel, bias] }] };
}

describe('the Step detail panel', () => {
  it('appears after a Step with each layer’s forward, backward and update, and goes on resume', () => {
    harness.say(t.started);
    harness.say(t.paused);
    expect(screen.queryByRole('region', { name: 'Step detail' })).toBeNull();
    harness.say(detail('sgd'));

    const panel = screen.getByRole('region', { name: 'Step detail' });
    expect(panel.textContent).toContain('epoch 1, batch 6');
    expect(panel.textContent).toContain('Update Δw = −τ·∇w with τ = 0.1 (plain SGD).');
    const layer = within(panel).getByRole('article', { name: 'Layer dense_1' });
    const figures = within(layer).getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-label'))).toEqual([
      'Forward of dense_1: range -0.5 … 0.9',
      'Backward ∇w of dense_1 kernel: norm 0.41, range -0.2 … 0.3',
      'Update Δw of dense_1 kernel: norm 0.041, range -0.03 … 0.02',
    ]);
    // Every view can take the keyboard's focus.
    for (const f of figures) expect(f.tabIndex).toBe(0);

    // The bias, chosen with its button, replaces the kernel in the backward and update views.
    const weights = within(layer).getByRole('group', { name: 'Weights of dense_1' });
    const biasButton = within(weights).getByRole('button', { name: 'bias [3]' });
    expect(biasButton.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(biasButton);
    expect(biasButton.getAttribute('aria-pressed')).toBe('true');
    expect(
      within(layer).getByRole('figure', { name: /^Backward ∇w of dense_1 bias: norm 0.56/ }),
    ).toBeTruthy();
    expect(
      within(layer).getByRole('figure', { name: /^Update Δw of dense_1 bias: norm 0.056/ }),
    ).toBeTruthy();

    harness.say(t.resumed);
    expect(screen.queryByRole('region', { name: 'Step detail' })).toBeNull();
  });

  it.each([
    {
      optimizer: 'adam' as const,
      momentum: 0,
      words: 'Update Δw is the change Adam applied with τ = 0.1: its own rule, not −τ·∇w.',
    },
    {
      optimizer: 'sgd' as const,
      momentum: 0.9,
      words:
        'Update Δw is the change SGD with momentum 0.9 applied with τ = 0.1: its own rule, not −τ·∇w.',
    },
  ])('says that $optimizer (momentum $momentum) applies its own update', (c) => {
    harness.say(t.started);
    harness.say(t.paused);
    harness.say(detail(c.optimizer, c.momentum));
    const panel = screen.getByRole('region', { name: 'Step detail' });
    expect(panel.textContent).toContain(c.words);
    expect(panel.textContent).not.toContain('(plain SGD)');
  });
});
