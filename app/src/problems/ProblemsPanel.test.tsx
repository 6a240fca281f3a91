// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';
import { ProblemsPanel } from './ProblemsPanel';

/** Dense straight after Conv 2D: Dense needs a vector, and the fix inserts a Flatten. */
beforeEach(() => resetStores(chain('Input', 'Conv2D', 'Dense', 'Output')));
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

const types = () => documentStore.getState().project.graph.nodes.map((n) => n.type);

describe('Problems panel', () => {
  it('fixes Dense after Conv 2D by inserting a Flatten, as one undo step', () => {
    render(<ProblemsPanel />);
    expect(screen.getByText(/Dense expects a vector/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Fix: Insert Flatten' }));
    expect(types()).toEqual(['Input', 'Conv2D', 'Dense', 'Output', 'Flatten']);
    expect(screen.queryByText(/Dense expects a vector/)).toBeNull();
    expect(screen.getByText('No problems: the model can be built.')).toBeTruthy();
    expect(documentStore.getState().history.past).toHaveLength(1);

    act(() => documentStore.getState().undo());
    expect(types()).toEqual(['Input', 'Conv2D', 'Dense', 'Output']);
    expect(screen.getByRole('button', { name: 'Fix: Insert Flatten' })).toBeTruthy();
  });

  it('selects the layer of a problem when it is clicked', () => {
    render(<ProblemsPanel />);
    fireEvent.click(screen.getByRole('button', { name: /Dense expects a vector/ }));
    expect(uiStore.getState().selection.nodes).toEqual(['n3']);
  });

  it('says so when there is nothing to report', () => {
    resetStores();
    render(<ProblemsPanel />);
    expect(screen.getByText('Problems with the model will be listed here.')).toBeTruthy();
  });

  it('speaks Russian, with the shapes in the message and a Russian fix', () => {
    localeStore.getState().setLocale('ru');
    render(<ProblemsPanel />);
    const problems = screen.getByRole('list', { name: 'Проблемы' });
    expect(problems.textContent).toContain(
      'Ошибка Слой «dense_1»: Dense ожидает вектор, а получает 3-мерный тензор формы 26×26×32. Вставьте слой Flatten, чтобы превратить его в вектор из 21632 значений.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Исправить: Вставить Flatten' }));
    expect(uiStore.getState().notice?.text).toBe('Вставить Flatten: готово.');
    expect(screen.getByText('Проблем нет: модель можно построить.')).toBeTruthy();
  });
});
