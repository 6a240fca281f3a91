// @vitest-environment jsdom
/**
 * Controls a classroom lock fixes show it before anyone tries: read-only or disabled, described
 * by the reason, in the inspector, the training panel and the toolbar; the Delete key says why.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locks } from '../../../src/packs/classroom';
import { withLocks } from '../../../src/packs/edit';
import { spiralMlp } from '../../../src/templates/spiralMlp';
import { useKeyboardCommands } from '../commands/useKeyboardCommands';
import { localeStore } from '../i18n';
import { Inspector } from '../inspector/Inspector';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';
import { Toolbar } from '../toolbar/Toolbar';
import { DatasetPicker } from '../training/DatasetPicker';
import { TrainingSettingsForm } from '../training/TrainingSettingsForm';

const REASON = 'Locked by your teacher: it cannot be changed.';
const REASON_RU = 'Закреплено преподавателем, изменить нельзя.';

/** The spiral MLP as a student opens it: point → hidden_1 → hidden_2 → scores → arm. */
function openPack(locks: Partial<Locks>): void {
  act(() =>
    documentStore
      .getState()
      .load({ ...spiralMlp.create(), classroom: withLocks(undefined, locks) }),
  );
}

/** The text of the elements that describe `element`, as a screen reader reads it. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');

const readOnly = (element: HTMLElement) => (element as HTMLInputElement).readOnly;
const disabled = (element: HTMLElement) => (element as HTMLInputElement).disabled;

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('locked fields in the inspector', () => {
  it('makes a locked parameter read-only, saying why, and leaves the others free', () => {
    openPack({ params: { hidden_1: ['units'] } });
    act(() => uiStore.getState().select(['hidden_1']));
    render(<Inspector />);
    const units = screen.getByRole('spinbutton', { name: 'Units' });
    expect(readOnly(units)).toBe(true);
    // Still reached with Tab: read-only, not disabled.
    expect(disabled(units)).toBe(false);
    expect(description(units)).toMatch(new RegExp(`^${REASON}`));
    const activation = screen.getByRole('combobox', { name: 'Activation' });
    expect(disabled(activation)).toBe(false);
    expect(description(activation)).not.toMatch(REASON);
    expect(readOnly(screen.getByRole('textbox', { name: 'Name' }))).toBe(false);
  });

  it('fixes every field of a locked layer, its name too', () => {
    openPack({ layers: ['scores'] });
    act(() => uiStore.getState().select(['scores']));
    render(<Inspector />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(readOnly(name)).toBe(true);
    expect(description(name)).toMatch(REASON);
    expect(readOnly(screen.getByRole('spinbutton', { name: 'Units' }))).toBe(true);
    const activation = screen.getByRole('combobox', { name: 'Activation' });
    expect(disabled(activation)).toBe(true);
    expect(description(activation)).toMatch(REASON);
    expect(disabled(screen.getByRole('switch', { name: 'Bias' }))).toBe(true);
  });

  it('lifts it all in teacher mode', () => {
    openPack({ layers: ['scores'] });
    act(() => {
      documentStore.getState().setTeacherMode(true);
      uiStore.getState().select(['scores']);
    });
    render(<Inspector />);
    expect(readOnly(screen.getByRole('spinbutton', { name: 'Units' }))).toBe(false);
    expect(disabled(screen.getByRole('combobox', { name: 'Activation' }))).toBe(false);
    expect(screen.queryByText(REASON)).toBeNull();
  });

  it('says it in Russian, naming the locked parameter in Russian', () => {
    openPack({ params: { hidden_1: ['units', 'activation'] } });
    act(() => {
      localeStore.getState().setLocale('ru');
      uiStore.getState().select(['hidden_1']);
    });
    render(<Inspector />);
    const units = screen.getByRole('spinbutton', { name: 'Нейроны' });
    expect(readOnly(units)).toBe(true);
    expect(description(units)).toMatch(REASON_RU);
    expect(disabled(screen.getByRole('combobox', { name: 'Функция активации' }))).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(
      'Закреплённые параметры: Нейроны, Функция активации',
    );
  });
});

describe('locked training settings and dataset', () => {
  it.each([
    ['locked', true],
    ['free', false],
  ])('settings %s', (_, training) => {
    openPack({ training });
    render(<TrainingSettingsForm locked={false} />);
    const rate = screen.getByRole('spinbutton', { name: 'Learning rate' });
    expect(readOnly(rate)).toBe(training);
    const optimizer = screen.getByRole('combobox', { name: 'Optimizer' });
    expect(disabled(optimizer)).toBe(training);
    for (const field of [rate, optimizer, screen.getByRole('spinbutton', { name: 'Epochs' })])
      expect(description(field).startsWith(REASON)).toBe(training);
  });

  it.each([
    ['locked', true],
    ['free', false],
  ])('dataset %s: the choice and the import', (_, dataset) => {
    openPack({ dataset });
    render(<DatasetPicker locked={false} />);
    const choice = screen.getByRole('combobox', { name: 'Dataset' });
    const importButton = screen.getByRole('button', { name: 'Import data…' });
    expect(disabled(choice)).toBe(dataset);
    expect(disabled(importButton)).toBe(dataset);
    expect(description(choice).startsWith(REASON)).toBe(dataset);
    expect(description(importButton)).toBe(dataset ? REASON : '');
  });

  it('says it in Russian', () => {
    openPack({ training: true, dataset: true });
    act(() => localeStore.getState().setLocale('ru'));
    render(
      <>
        <DatasetPicker locked={false} />
        <TrainingSettingsForm locked={false} />
      </>,
    );
    expect(description(screen.getByRole('combobox', { name: 'Набор данных' }))).toMatch(REASON_RU);
    expect(description(screen.getByRole('button', { name: 'Импорт данных…' }))).toBe(REASON_RU);
    const rate = screen.getByRole('spinbutton', { name: 'Скорость обучения' });
    expect(readOnly(rate)).toBe(true);
    expect(description(rate)).toMatch(REASON_RU);
  });
});

function Keys() {
  useKeyboardCommands();
  return null;
}

describe('Delete on locked layers', () => {
  it('is disabled in the toolbar while the selection is locked, and the key says why', () => {
    openPack({ layers: ['scores'] });
    render(
      <>
        <Toolbar />
        <Keys />
      </>,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    act(() => uiStore.getState().select(['hidden_2']));
    expect(disabled(button)).toBe(false);
    act(() => uiStore.getState().select(['hidden_2', 'scores']));
    expect(disabled(button)).toBe(true);
    fireEvent.keyDown(window, { key: 'Delete' });
    expect(documentStore.getState().project.graph.nodes.map((n) => n.id)).toContain('scores');
    expect(uiStore.getState().notice).toMatchObject({
      text: 'scores is locked by your teacher and cannot be deleted.',
      tone: 'error',
    });
    act(() => documentStore.getState().setTeacherMode(true));
    expect(disabled(button)).toBe(false);
  });

  it('says why in Russian', () => {
    openPack({ layers: ['scores'] });
    act(() => localeStore.getState().setLocale('ru'));
    render(
      <>
        <Toolbar />
        <Keys />
      </>,
    );
    act(() => uiStore.getState().select(['scores']));
    expect(disabled(screen.getByRole('button', { name: 'Удалить' }))).toBe(true);
    fireEvent.keyDown(window, { key: 'Delete' });
    expect(uiStore.getState().notice?.text).toBe(
      'Слой scores закреплён преподавателем, его нельзя удалить.',
    );
  });
});
