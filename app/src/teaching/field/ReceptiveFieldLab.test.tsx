// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { localeStore } from '../../i18n';
import { uiStore } from '../../stores/uiStore';
import { resetStores } from '../../test/resetStores';
import { ReceptiveFieldLab } from './ReceptiveFieldLab';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  act(() => localeStore.getState().setLocale('en'));
});

describe('the receptive-field inspector', () => {
  it('offers examples when the project has no convolution, and traces two 3×3 convolutions to 5×5', () => {
    render(<ReceptiveFieldLab />);
    screen.getByText(/This project has no convolution or pooling layer/);
    expect(
      screen.getByText(/sees a 5×5 patch of the input; 25 of its cells feed it\./),
    ).toBeTruthy();
    screen.getByRole('img', {
      name: 'Input, 9×9: 25 cells feed the traced output, in rows 1–5 and columns 1–5',
    });
    screen.getByRole('cell', { name: '3 + (3 − 1)·1 = 5' });
    // A click on the output grid's cell in row 2, column 3 traces that cell.
    const output = screen.getByRole('img', { name: /^After Conv 2, 5×5/ });
    fireEvent.click(output.querySelectorAll('rect')[1 * 5 + 2]!);
    expect(screen.getByText(/^Cell row 2, column 3 of Conv 2 sees a 5×5 patch/)).toBeTruthy();
    screen.getByRole('img', {
      name: /^Input, 9×9: 25 cells feed the traced output, in rows 2–6 and columns 3–7/,
    });
  });

  it('shows the gaps of a dilated kernel', () => {
    render(<ReceptiveFieldLab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Layer to trace' }), {
      target: { value: 'example:dilated' },
    });
    expect(
      screen.getByText(/sees a 5×5 patch of the input; 9 of its cells feed it, with gaps/),
    ).toBeTruthy();
    screen.getByRole('cell', { name: '⌊(9 + 2·0 − (2·(3−1)+1))/1⌋ + 1 = 5' });
  });

  it('traces the selected layer of the project, from a chosen output cell', () => {
    const graph = chain(
      ['Input', { shape: [28, 28, 1] }],
      ['Conv2D', { kernelSize: [3, 3], strides: [2, 2] }],
      ['MaxPooling2D', { poolSize: [2, 2], strides: [2, 2] }],
      ['Conv2D', { kernelSize: [3, 3] }],
    );
    resetStores(graph);
    const pool = graph.nodes[2]!;
    act(() => uiStore.getState().select([pool.id]));
    render(<ReceptiveFieldLab />);
    expect(
      (screen.getByRole('combobox', { name: 'Layer to trace' }) as HTMLSelectElement).value,
    ).toBe(pool.id);
    // Conv 3×3 stride 2 on 28: ⌊25/2⌋ + 1 = 13; pool 2×2 stride 2: 6. Field 3 + (2 − 1)·2 = 5.
    screen.getByRole('cell', { name: '⌊(13 + 2·0 − 2)/2⌋ + 1 = 6' });
    screen.getByRole('cell', { name: '3 + (2 − 1)·2 = 5' });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Output row' }), {
      target: { value: '2' },
    });
    // Output row 2 (index 1) reads conv rows 2–3, which read input rows 4–8 (indices 4..8 → 5–9).
    screen.getByRole('img', {
      name: /^Input, 28×28: 25 cells feed the traced output, in rows 5–9 and columns 1–5/,
    });
  });

  it('says what is wrong when a kernel does not fit its input', () => {
    resetStores(chain(['Input', { shape: [4, 4, 1] }], ['Conv2D', { kernelSize: [5, 5] }]));
    render(<ReceptiveFieldLab />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /shape of .* input is not known|window spans 5/,
    );
  });

  it('traces and explains in Russian, with Russian plurals', () => {
    act(() => localeStore.getState().setLocale('ru'));
    render(<ReceptiveFieldLab />);
    screen.getByText(/В этом проекте нет свёрточных слоёв/);
    screen.getByText(
      'Клетка (строка 1, столбец 1) слоя Conv 2 видит участок входа 5×5; на неё влияют 25 клеток этого участка.',
    );
    screen.getByRole('img', {
      name: 'Вход, 9×9: на выбранную клетку выхода влияют 25 клеток, в строках 1–5 и столбцах 1–5',
    });
    screen.getByRole('img', {
      name: /^После Conv 2, 5×5: на выбранную клетку выхода влияет 1 клетка/,
    });
    screen.getByRole('table', { name: 'Формулы с подставленными числами' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Слой для трассировки' }), {
      target: { value: 'example:dilated' },
    });
    screen.getByText(/влияют 9 клеток этого участка, с пропусками/);
    screen.getByRole('option', { name: 'Две свёртки 3×3 (поле 5×5)' });
  });

  it('says in Russian why a kernel does not fit its input', () => {
    resetStores(chain(['Input', { shape: [4, 4, 1] }], ['Conv2D', { kernelSize: [5, 5] }]));
    act(() => localeStore.getState().setLocale('ru'));
    render(<ReceptiveFieldLab />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /окно занимает 5 клеток по высоте, больше, чем 4 на входе, поэтому выход был бы ⌊\(4 \+ 2·0 − 5\)\/1⌋ \+ 1 = 0\.$/,
    );
  });
});
