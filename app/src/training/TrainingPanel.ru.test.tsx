// @vitest-environment jsdom
/** The training panel in Russian: control names, the run's status and the trainer's errors. */
import '../test/canvasShim';
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { PROTOCOL_VERSION as v } from '../../../src/protocol';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { connectPanel } from './testing/panelHarness';
import { TrainingPanel } from './TrainingPanel';

let detach: () => void = () => undefined;
beforeEach(() => {
  resetStores(
    chain(['Input', { shape: [2] }], ['Dense', { units: 2, activation: 'softmax' }], 'Output'),
  );
  documentStore.getState().update({ dataset: { id: 'xor' } });
});
afterEach(() => {
  cleanup();
  detach();
  localeStore.getState().setLocale('en');
});

function startInRussian() {
  const panel = connectPanel();
  detach = panel.detach;
  render(<TrainingPanel />);
  act(() => localeStore.getState().setLocale('ru'));
  fireEvent.click(screen.getByRole('button', { name: 'Обучить' }));
  return panel;
}

describe('the training panel in Russian', () => {
  it('names its controls and settings in Russian, and English again after switching back', () => {
    startInRussian();
    const controls = screen.getByRole('group', { name: 'Управление обучением' });
    expect(controls).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Пауза' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Скорость обучения' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Ход обучения' })).toBeTruthy();
    act(() => localeStore.getState().setLocale('en'));
    expect(screen.getByRole('group', { name: 'Training controls' })).toBeTruthy();
  });

  it('says the NaN stop the trainer sends in Russian, with where it happened', () => {
    const { say } = startInRussian();
    // As the trainer sends it (src/train/engine/said.test.ts checks the trainer builds this).
    const detail = {
      message: 'Training diverged at epoch 3, batch 7: …',
      code: 'diverged-loss',
      values: { epoch: 3, batch: 7, loss: 'NaN' },
    };
    say({
      v,
      type: 'stopped',
      runId: '',
      reason: 'nan',
      detail: detail.message,
      code: detail.code,
      values: detail.values,
    });
    say({
      v,
      type: 'done',
      runId: '',
      backend: 'cpu',
      epochs: 2,
      train: null,
      validation: null,
      test: null,
    });
    const status = screen.getByRole('status', { name: 'Состояние обучения' });
    expect(status.textContent).toContain('Остановлено: функция потерь стала NaN.');
    expect(status.textContent).toContain('Обучение разошлось на эпохе 3, пакет 7');
    expect(status.textContent).toContain('Уменьшите скорость обучения');
    expect(status.textContent).not.toMatch(/diverged/);
  });

  it('says a shape mismatch the trainer refuses in Russian, shapes filled in', () => {
    const { say } = startInRussian();
    const refusal = {
      message: 'The dataset "XOR" gives inputs of shape [2], …',
      suggestion: "Set the Input layer's shape to [2].",
      code: 'input-shape',
      values: { dataset: 'XOR', datasetShape: '[2]', layer: 'input_1', modelShape: '[3]' },
    };
    say({ v, type: 'error', runId: '', ...refusal });
    const alert = screen.getByRole('alert', { name: 'Проблемы обучения' });
    expect(alert.textContent).toContain(
      'Набор данных «XOR» даёт входы формы [2], а вход модели «input_1» принимает форму [3].',
    );
    expect(alert.textContent).toContain('Задайте слою Input форму [2].');
  });

  it('shows an error without a code as the trainer wrote it', () => {
    const { say } = startInRussian();
    say({ v, type: 'error', runId: '', message: 'Something odd.' });
    expect(screen.getByRole('alert', { name: 'Проблемы обучения' }).textContent).toContain(
      'Something odd.',
    );
  });
});
