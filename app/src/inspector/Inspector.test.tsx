// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';
import { Inspector } from './Inspector';

afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

const node = (id: string) => documentStore.getState().project.graph.nodes.find((n) => n.id === id)!;

/** Input [8] → Dense → Activation → Output, with the given layer selected. */
function inspect(id: string) {
  resetStores(chain(['Input', { shape: [8] }], 'Dense', 'Activation', 'Conv2D', 'Output'));
  uiStore.getState().select([id]);
  render(<Inspector />);
}

describe('Inspector', () => {
  it('asks for a selection when there is none', () => {
    resetStores(chain('Input'));
    render(<Inspector />);
    expect(screen.getByText('Select a layer to see and edit its parameters.')).toBeTruthy();
  });

  it('shows an out-of-range value as an error while typing, and applies nothing', () => {
    inspect('n2');
    const units = screen.getByRole('spinbutton', { name: 'Units' });
    fireEvent.change(units, { target: { value: '0' } });
    expect(
      screen.getByText('Units must be a whole number from 1 to 1,000,000, but is 0.'),
    ).toBeTruthy();
    expect(units.getAttribute('aria-invalid')).toBe('true');
    expect(node('n2').params.units).toBe(64);
    expect(documentStore.getState().history.past).toHaveLength(0);
  });

  it('applies a value as it is typed, one undo step for the whole field', () => {
    inspect('n2');
    const units = screen.getByRole('spinbutton', { name: 'Units' });
    for (const text of ['1', '12', '128']) fireEvent.change(units, { target: { value: text } });
    fireEvent.blur(units);
    expect(node('n2').params.units).toBe(128);
    expect(documentStore.getState().history.past).toHaveLength(1);

    act(() => documentStore.getState().undo());
    expect(node('n2').params.units).toBe(64);
    expect((screen.getByRole('spinbutton', { name: 'Units' }) as HTMLInputElement).value).toBe(
      '64',
    );
  });

  it('shows parameters only when they apply, and plots the activation with its α', () => {
    inspect('n3');
    expect(screen.queryByRole('spinbutton', { name: 'α' })).toBeNull();
    expect(screen.getByRole('img', { name: /^Plot of ReLU/ })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Function' }), {
      target: { value: 'elu' },
    });
    expect(node('n3').params.activation).toBe('elu');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'α' }), { target: { value: '2' } });
    expect(screen.getByRole('img', { name: /^Plot of ELU, α = 2/ })).toBeTruthy();
  });

  it('edits pairs, switches and names', () => {
    inspect('n4');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Kernel (columns)' }), {
      target: { value: '5' },
    });
    expect(node('n4').params.kernelSize).toEqual([3, 5]);

    expect(screen.getByRole('combobox', { name: 'Bias init' })).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Bias' }));
    expect(node('n4').params.useBias).toBe(false);
    expect(screen.queryByRole('combobox', { name: 'Bias init' })).toBeNull();

    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'dense_1' } });
    expect(screen.getByText('Another layer is already called dense_1.')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'features' } });
    expect(node('n4').name).toBe('features');
  });

  it('reads a shape typed as a list', () => {
    inspect('n1');
    const shape = screen.getByRole('textbox', { name: 'Shape' });
    fireEvent.change(shape, { target: { value: '28, 28' } });
    expect(node('n1').params.shape).toEqual([28, 28]);
    fireEvent.change(shape, { target: { value: '28, 28, 1, 1' } });
    expect(screen.getByText(/Shape must be a list of 1 to 3 whole numbers/)).toBeTruthy();
    expect(node('n1').params.shape).toEqual([28, 28]);
  });

  it('speaks Russian: labels, help, options, errors and the explanation', () => {
    localeStore.getState().setLocale('ru');
    inspect('n2');
    expect(screen.getByRole('heading', { name: 'Свойства' })).toBeTruthy();
    expect(screen.getByText('Основные')).toBeTruthy();
    const units = screen.getByRole('spinbutton', { name: 'Нейроны' });
    expect(screen.getByText('Сколько нейронов, а значит, и сколько выходов.')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Линейная' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Смещение' })).toBeTruthy();
    expect(screen.getByText(/^Каждый выход — взвешенная сумма всех входов/)).toBeTruthy();
    fireEvent.change(units, { target: { value: '0' } });
    // Russian groups digits with no-break spaces; the text matcher sees them as plain spaces.
    expect(
      screen.getByText('Нейроны: ожидается целое число от 1 до 1 000 000, а задано 0.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Имя' }), { target: { value: ' ' } });
    expect(screen.getByText('У слоя должно быть имя.')).toBeTruthy();
  });

  it("shows a layer's problems in Russian, with the shapes filled in", () => {
    localeStore.getState().setLocale('ru');
    resetStores(chain(['Input', { shape: [28, 28, 1] }], 'Conv2D', 'Dense', 'Output'));
    uiStore.getState().select(['n3']);
    render(<Inspector />);
    const list = screen.getByRole('list', { name: 'Проблемы этого слоя' });
    expect(list.textContent).toContain(
      'Слой «dense_1»: Dense ожидает вектор, а получает 3-мерный тензор формы 26×26×32.',
    );
  });
});
