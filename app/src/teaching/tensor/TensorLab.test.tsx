// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../../i18n';
import { TensorLab } from './TensorLab';

afterEach(() => {
  cleanup();
  act(() => localeStore.getState().setLocale('en'));
});

/** The numbers a rendered table shows, row by row. */
const read = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => Number(c.textContent)),
    );

const inputValue = (r: number, c: number) =>
  (screen.getByRole('textbox', { name: `Input row ${r}, column ${c}` }) as HTMLInputElement).value;

describe('the tensor inspector', () => {
  it('pools the lecture’s table into [[20, 30], [112, 37]], and averages it too', () => {
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pooling' }));
    fireEvent.click(screen.getByRole('button', { name: 'All zeros' }));
    expect(read('Max pooling')).toEqual([
      [0, 0],
      [0, 0],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Lecture’s 4×4 table' }));
    expect(inputValue(4, 1)).toBe('112');
    expect(read('Max pooling')).toEqual([
      [20, 30],
      [112, 37],
    ]);
    expect(read('Average pooling')).toEqual([
      [13, 8],
      [79, 19.5],
    ]);
  });

  it('explains an output cell from its window when it gets focus', () => {
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pooling' }));
    fireEvent.focus(screen.getByRole('cell', { name: 'Max pooling row 2, column 1: 112' }));
    expect(
      screen.getByText('Max pooling row 2, column 1 = max of 34, 70, 112, 100 = 112'),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Input row 4, column 1' }).className).toContain(
      'picked',
    );
    expect(screen.getByRole('textbox', { name: 'Input row 3, column 2' }).className).toContain(
      'source',
    );
    expect(screen.getByRole('textbox', { name: 'Input row 1, column 1' }).className).not.toContain(
      'source',
    );
  });

  it('recomputes when a cell is typed, and pools with another stride', () => {
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pooling' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Input row 1, column 1' }), {
      target: { value: '99' },
    });
    expect(read('Max pooling')[0]).toEqual([99, 30]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Stride' }), { target: { value: '1' } });
    expect(read('Max pooling')).toEqual([
      [99, 30, 30],
      [70, 70, 37],
      [112, 100, 37],
    ]);
  });

  it('reads a typed table and says what is wrong with a bad one', () => {
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pooling' }));
    const text = screen.getByRole('textbox', { name: /Rows on separate lines/ });
    fireEvent.change(text, { target: { value: '1 2\n3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this table' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Row 2 of the input has 1 value; row 1 has 2.',
    );
    fireEvent.change(text, { target: { value: '[[1, 5], [3, 4]]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this table' }));
    expect(read('Max pooling')).toEqual([[5]]);
    expect(read('Average pooling')).toEqual([[3.25]]);
  });

  it('convolves the square with an edge kernel and shows the cells behind an output cell', () => {
    render(<TensorLab />);
    // The 8×8 bright square (rows and columns 3–6) with the vertical Sobel kernel: 6×6 out.
    const out = read('Output');
    expect(out).toHaveLength(6);
    expect(out[2]).toEqual([4, 4, 0, 0, -4, -4]);
    expect(screen.getByText(/Output size: rows ⌊\(8 \+ 2·0 − 3\)\/1⌋ \+ 1 = 6/)).toBeTruthy();
    fireEvent.focus(screen.getByRole('cell', { name: 'Output row 1, column 1: 1' }));
    const sources = screen
      .getAllByRole('textbox', { name: /^Input row/ })
      .filter((c) => c.className.includes('source'))
      .map((c) => c.getAttribute('aria-label'));
    expect(sources).toHaveLength(9);
    expect(sources[0]).toBe('Input row 1, column 1');
    expect(sources[8]).toBe('Input row 3, column 3');
  });

  it('pads with zeros and strides', () => {
    render(<TensorLab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kernel preset' }), {
      target: { value: 'identity' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Padding (zeros on each side)' }), {
      target: { value: '1' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Stride' }), { target: { value: '2' } });
    // The identity kernel with padding 1 and stride 2 keeps every other cell of the square.
    expect(read('Output')).toEqual([
      [0, 0, 0, 0],
      [0, 1, 1, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('paints cells with the pointer', () => {
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Paint with the pointer' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Paint value' }), {
      target: { value: '7' },
    });
    fireEvent.pointerDown(screen.getByRole('textbox', { name: 'Input row 1, column 1' }), {
      buttons: 1,
    });
    expect(inputValue(1, 1)).toBe('7');
    expect(read('Output')[0]![0]).toBe(1 - 7);
  });

  it('pools the lecture’s table in Russian and explains a cell in Russian', () => {
    act(() => localeStore.getState().setLocale('ru'));
    render(<TensorLab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Пулинг' }));
    fireEvent.click(screen.getByRole('button', { name: 'Все нули' }));
    fireEvent.click(screen.getByRole('button', { name: 'Таблица 4×4 из лекции' }));
    expect(read('Пулинг по максимуму')).toEqual([
      [20, 30],
      [112, 37],
    ]);
    fireEvent.focus(
      screen.getByRole('cell', { name: 'Пулинг по максимуму: строка 2, столбец 1: 112' }),
    );
    screen.getByText(
      'Пулинг по максимуму: строка 2, столбец 1 = максимум из 34, 70, 112, 100 = 112',
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Каждая строка таблицы/ }), {
      target: { value: '1 2\n3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Взять эту таблицу' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'В строке 2 входной таблицы 1 число, а в строке 1 — 2.',
    );
  });

  it('names kernel presets and reports a kernel too large in Russian', () => {
    act(() => localeStore.getState().setLocale('ru'));
    render(<TensorLab />);
    screen.getByRole('option', { name: 'Вертикальные границы (Собель)' });
    fireEvent.click(screen.getByRole('button', { name: 'Все нули' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Строки' }), { target: { value: '2' } });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Ядро больше входа вместе с дополнением: выход получился бы размером ⌊\(2 \+ 2·0 − 3\)\/1⌋ \+ 1 = 0 на/,
    );
  });
});
