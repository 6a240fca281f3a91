// @vitest-environment jsdom
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';

beforeEach(() => resetStores());
afterEach(cleanup);

describe('the template gallery', () => {
  it('is offered on the empty canvas and loads the template picked, ready to train', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Start from a template…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New from template' });
    const list = within(dialog).getByRole('list', { name: 'Templates' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Perceptron', 'MLP for the spiral', 'LeNet-5 for digits', 'Two branches joined']);
    // Each names what it reaches, read out with the button.
    const spiral = within(dialog).getByRole('button', { name: 'MLP for the spiral' });
    expect(spiral.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(spiral.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /5 layers · Spiral · ≥ 95% test accuracy on Spiral/,
    );

    fireEvent.click(spiral);
    expect(await screen.findByRole('group', { name: 'Dense layer hidden_1' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const { project, saved } = documentStore.getState();
    expect(project.name).toBe('Spiral MLP');
    expect(project.dataset).toEqual({ id: 'spiral' });
    expect(saved).toBe(project);
    expect(screen.getByText('No problems: the model can be built.')).toBeTruthy();
  });

  it('is in the File group too, and Escape closes it without a change', async () => {
    render(<App />);
    const before = documentStore.getState().project;
    const file = screen.getByRole('group', { name: 'File' });
    fireEvent.click(within(file).getByRole('button', { name: 'New from template…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New from template' });
    // Focus starts inside the dialog, on its first button.
    expect(dialog.contains(document.activeElement)).toBe(true);
    act(() => {
      fireEvent.keyDown(dialog, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(documentStore.getState().project).toBe(before);
  });
});
