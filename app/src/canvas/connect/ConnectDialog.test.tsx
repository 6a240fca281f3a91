// @vitest-environment jsdom
import '../../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNode, chain } from '../../../../src/graph/testing/build';
import { App } from '../../App';
import { localeStore } from '../../i18n';
import { documentStore } from '../../stores/documentStore';
import { uiStore } from '../../stores/uiStore';
import { resetStores } from '../../test/resetStores';

/** Input → Dense, and an Output and a second Input on their own (n1 … n4). */
function graph() {
  const g = chain('Input', 'Dense');
  const out = addNode(g, 'Output');
  return addNode(out.graph, ['Input', { shape: [3] }]).graph;
}

beforeEach(() => resetStores(graph()));
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

function openFor(nodeId: string) {
  act(() => uiStore.getState().select([nodeId]));
  act(() => {
    fireEvent.keyDown(document.body, { key: 'c' });
  });
}

describe('connecting from the keyboard', () => {
  it('asks and answers in Russian when the interface speaks Russian', async () => {
    localeStore.getState().setLocale('ru');
    render(<App />);
    await screen.findByRole('group', { name: 'Слой Dense «dense_1»' });
    openFor('n2');
    const dialog = screen.getByRole('dialog', { name: 'Соединить dense_1' });
    const into = within(dialog).getByRole('region', { name: 'Передать выход dense_1 в' });
    expect(within(dialog).getByRole('region', { name: 'Подать на вход dense_1 выход слоя' }));
    fireEvent.click(within(into).getByRole('button', { name: 'output_1 (Output)' }));
    expect(uiStore.getState().notice?.text).toBe('Слой dense_1 соединён с output_1.');
  });

  it('lists what the selected layer can feed, makes the connection picked, and undo takes it back', async () => {
    render(<App />);
    await screen.findByRole('group', { name: 'Dense layer dense_1' });
    openFor('n2');
    const dialog = screen.getByRole('dialog', { name: 'Connect dense_1' });
    const into = within(dialog).getByRole('region', { name: 'Feed dense_1 into' });
    const output = within(into).getByRole('button', { name: 'output_1 (Output)' });
    expect(output.getAttribute('aria-disabled')).toBeNull();
    // What can be made comes first, so Tab reaches it first.
    expect(within(into).getAllByRole('button')[0]).toBe(output);
    // Refused ones stay listed, reachable, with the reason read out.
    const input = within(into).getByRole('button', { name: 'input_1 (Input)' });
    expect(input.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(
      "'input_1' is an Input layer and takes no input.",
    );

    fireEvent.click(output);
    expect(screen.queryByRole('dialog')).toBeNull();
    const edges = documentStore.getState().project.graph.edges;
    expect(edges.map((e) => [e.source, e.target])).toContainEqual(['n2', 'n3']);
    expect(uiStore.getState().notice?.text).toBe('Connected dense_1 to output_1.');
    act(() => documentStore.getState().undo());
    expect(documentStore.getState().project.graph.edges).toHaveLength(1);
  });

  it('connects into the layer too, and says why a refused choice cannot be made', async () => {
    render(<App />);
    await screen.findByRole('group', { name: 'Dense layer dense_1' });
    openFor('n2');
    const from = screen.getByRole('region', { name: 'Take input for dense_1 from' });
    // Dense takes one input and already has it.
    fireEvent.click(within(from).getByRole('button', { name: 'input_2 (Input)' }));
    expect(uiStore.getState().notice).toMatchObject({ tone: 'error' });
    expect(uiStore.getState().notice!.text).toMatch(/'dense_1' takes one input/);
    expect(screen.getByRole('dialog', { name: 'Connect dense_1' })).toBeTruthy();
    expect(documentStore.getState().project.graph.edges).toHaveLength(1);

    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    openFor('n3');
    const intoOutput = screen.getByRole('region', { name: 'Take input for output_1 from' });
    fireEvent.click(within(intoOutput).getByRole('button', { name: 'dense_1 (Dense)' }));
    expect(documentStore.getState().project.graph.edges.map((e) => e.target)).toContain('n3');
  });

  it('is offered only with exactly one layer selected', async () => {
    render(<App />);
    const edit = screen.getByRole('group', { name: 'Edit' });
    const button = within(edit).getByRole('button', { name: 'Connect…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    act(() => uiStore.getState().select(['n1', 'n2']));
    expect(button.disabled).toBe(true);
    act(() => uiStore.getState().select(['n1']));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(await screen.findByRole('dialog', { name: 'Connect input_1' })).toBeTruthy();
  });
});
