// @vitest-environment jsdom
import '../../test/canvasShim';
import '../../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as v, parseTrainerMessage } from '../../../../src/protocol';
import type { TrainerMessageOf } from '../../../../src/protocol';
import { getTemplate } from '../../../../src/templates';
import { App } from '../../App';
import { localeStore } from '../../i18n';
import { documentStore } from '../../stores/documentStore';
import { trainingStore } from '../../stores/trainingStore';
import { resetStores } from '../../test/resetStores';

type Maps = TrainerMessageOf<'activations'>['layers'];

/** An activations message for the LeNet-5 template's run, checked as the page would check it. */
function activations(layers: Maps, batch = 1): TrainerMessageOf<'activations'> {
  const message = { v, type: 'activations', runId: 'r1', epoch: 1, batch, probeIndex: 0, layers };
  const parsed = parseTrainerMessage(message);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.message as TrainerMessageOf<'activations'>;
}

const filled = (shape: number[], kind: 'output' | 'filters' = 'output') => ({
  name: '',
  kind,
  shape,
  data: new Uint8Array(shape.reduce((p, d) => p * d, 1)).fill(7),
  min: -0.5,
  max: 2,
});

const LENET_MAPS: Maps = [
  { ...filled([28, 28, 1]), name: 'image' },
  { ...filled([28, 28, 6]), name: 'conv_1' },
  { ...filled([120]), name: 'dense_1' },
  { ...filled([5, 5, 1, 6], 'filters'), name: 'conv_1' },
];

beforeEach(() => {
  resetStores();
  documentStore.getState().load(getTemplate('lenet-5')!.create());
});
afterEach(cleanup);

function stream(layers: Maps, batch = 1) {
  act(() => {
    trainingStore.setState({
      runId: 'r1',
      status: 'running',
      activations: activations(layers, batch),
    });
  });
}

describe('activation thumbnails', () => {
  it('appear on the nodes whose output arrives, and only while there is a run', async () => {
    render(<App />);
    await screen.findByRole('group', { name: 'Conv2D layer conv_1' });
    expect(screen.queryByRole('img', { name: /^Activations of/ })).toBeNull();

    stream(LENET_MAPS);
    const conv = screen.getByRole('group', { name: 'Conv2D layer conv_1' });
    expect(within(conv).getByRole('img', { name: 'Activations of conv_1' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Activations of dense_1' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Activations of image' })).toBeTruthy();
    // Layers whose maps did not come (the pooling layers here) show none.
    expect(screen.queryByRole('img', { name: 'Activations of pool_1' })).toBeNull();

    act(() => trainingStore.getState().reset());
    expect(screen.queryByRole('img', { name: /^Activations of/ })).toBeNull();
  });

  it('open a panel with every channel and, for the first convolution, its filters', async () => {
    render(<App />);
    stream(LENET_MAPS);
    const button = screen.getByRole('button', { name: 'Show the activations of conv_1' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Activations: conv_1' });
    const output = within(dialog).getByRole('region', { name: 'Output' });
    expect(
      within(output)
        .getAllByRole('img')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual(['Channel 1', 'Channel 2', 'Channel 3', 'Channel 4', 'Channel 5', 'Channel 6']);
    // Byte 7 of the range −0.5 … 2 is the darkest value shown; the scale runs to 2.
    expect(output.textContent).toContain('Output: 28×28×6, values -0.5 (dark) to 2 (bright)');
    const filters = within(dialog).getByRole('region', { name: 'Filters' });
    expect(within(filters).getAllByRole('img')).toHaveLength(6);
    expect(filters.textContent).toContain('Filters: 5×5×1×6');

    // It follows the run: a later message with other maps shows those.
    stream([{ ...filled([14, 14, 3]), name: 'conv_1' }], 2);
    expect(within(dialog).getAllByRole('img')).toHaveLength(3);
    expect(within(dialog).queryByRole('region', { name: 'Filters' })).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('are named in Russian, with the values of the scale written the Russian way', async () => {
    localeStore.getState().setLocale('ru');
    try {
      render(<App />);
      stream(LENET_MAPS);
      fireEvent.click(screen.getByRole('button', { name: 'Показать активации слоя conv_1' }));
      const dialog = screen.getByRole('dialog', { name: 'Активации: conv_1' });
      const output = within(dialog).getByRole('region', { name: 'Выход' });
      expect(within(output).getAllByRole('img')[0]!.getAttribute('aria-label')).toBe('Канал 1');
      expect(output.textContent).toContain(
        'Выход: 28×28×6, значения от -0,5 (тёмный) до 2 (светлый)',
      );
      fireEvent.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    } finally {
      localeStore.getState().setLocale('en');
    }
  });

  it('show a vector as a single strip', async () => {
    render(<App />);
    stream(LENET_MAPS);
    fireEvent.click(screen.getByRole('button', { name: 'Show the activations of dense_1' }));
    const dialog = screen.getByRole('dialog', { name: 'Activations: dense_1' });
    expect(
      within(dialog)
        .getAllByRole('img')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual(['Output']);
    act(() => {
      fireEvent.keyDown(dialog, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
