// @vitest-environment jsdom
import './test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { localeStore } from './i18n';
import { documentStore } from './stores/documentStore';
import { resetStores } from './test/resetStores';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('App', () => {
  it('guides a new user from a blank canvas to an example with shapes on its connections', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Build a network' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /Load an example/ }));
    expect(await screen.findByRole('group', { name: 'Dense layer hidden' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Input layer image' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Build a network' })).toBeNull();
    // Flatten turns 28×28×1 into 784 values; the first Dense gives 128.
    expect(screen.getByText('784')).toBeTruthy();
    expect(screen.getByText('128')).toBeTruthy();
    expect(screen.getByText('No problems: the model can be built.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(documentStore.getState().project.graph.nodes).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Build a network' })).toBeTruthy();
  });

  it('speaks Russian: the empty canvas, the layers, the tabs, the summary and the totals', async () => {
    localeStore.getState().setLocale('ru');
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Соберите нейронную сеть' })).toBeTruthy();
    expect(screen.getByLabelText('Холст')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Свойства' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Загрузить пример/ }));
    expect(await screen.findByRole('group', { name: 'Слой Dense «hidden»' })).toBeTruthy();
    const totals = screen.getByLabelText('Итоги модели');
    expect(totals.textContent).toContain('101\u00a0770');
    expect(totals.textContent).toContain('0 ошибок, 0 предупреждений');
    expect(screen.getByText('параметров: 100 тыс.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Сводка' }));
    const table = screen.getByRole('table', { name: 'Сводка модели' });
    expect(within(table).getByRole('columnheader', { name: 'Форма выхода' })).toBeTruthy();
    expect(table.textContent).toContain('Всего (обучаемых: 101\u00a0770, необучаемых: 0)');
  });

  it('runs shortcuts from the keyboard, but not while typing in a field', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: /Load an example/ }));
    await screen.findByRole('group', { name: 'Dense layer hidden' });

    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search layers' }), {
      key: 'a',
      ctrlKey: true,
    });
    expect(screen.getByText('Select a layer to see and edit its parameters.')).toBeTruthy();

    act(() => {
      fireEvent.keyDown(document.body, { key: 'a', ctrlKey: true });
    });
    expect(screen.getByText('5 layers are selected. Select one to edit it.')).toBeTruthy();
    act(() => {
      fireEvent.keyDown(document.body, { key: 'Delete' });
    });
    expect(documentStore.getState().project.graph.nodes).toHaveLength(0);
    act(() => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(documentStore.getState().project.graph.nodes).toHaveLength(5);
  });
});
