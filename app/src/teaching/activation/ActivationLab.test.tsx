// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../../i18n';
import { ActivationLab } from './ActivationLab';

afterEach(() => {
  cleanup();
  act(() => localeStore.getState().setLocale('en'));
});

const output = (name: string) => Number(screen.getByRole('status', { name }).textContent);

describe('the activation-function lab', () => {
  it('draws every function and its derivative', () => {
    render(<ActivationLab />);
    const f = screen.getByRole('img', { name: /^Activation f\(x\) for x from −4 to 4/ });
    expect(f.getAttribute('aria-label')).toContain('Sigmoid, tanh, ReLU, Leaky ReLU, Maxout, ELU');
    expect(f.querySelectorAll('path')).toHaveLength(6);
    screen.getByRole('img', { name: /^Derivative f′\(x\)/ });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Maxout' }));
    expect(
      screen.getByRole('img', { name: /^Activation f\(x\)/ }).querySelectorAll('path'),
    ).toHaveLength(5);
  });

  it('moves the neuron’s output live with its sliders', () => {
    render(<ActivationLab />);
    // Defaults: x = (1, −0.5), w = (0.8, 0.4), b = 0.1, so z = 0.7 and y = σ(0.7).
    expect(output('Weighted sum z')).toBeCloseTo(0.7, 3);
    expect(output('Neuron output y')).toBeCloseTo(1 / (1 + Math.exp(-0.7)), 3);
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '-2' } });
    expect(output('Weighted sum z')).toBeCloseTo(-1.4, 3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Neuron activation' }), {
      target: { value: 'relu' },
    });
    expect(output('Neuron output y')).toBe(0);
    fireEvent.change(screen.getByRole('slider', { name: 'w₁' }), { target: { value: '3' } });
    expect(output('Neuron output y')).toBeCloseTo(3 - 0.2 - 2, 3);
  });

  it('follows the Leaky ReLU slope in the neuron', () => {
    render(<ActivationLab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Neuron activation' }), {
      target: { value: 'leaky' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '-2.7' } });
    // z = 0.6 − 2.7 = −2.1; the default slope 0.1 gives −0.21.
    expect(output('Neuron output y')).toBeCloseTo(-0.21, 3);
    fireEvent.change(screen.getByRole('slider', { name: 'Leaky ReLU slope below zero' }), {
      target: { value: '0.5' },
    });
    expect(output('Neuron output y')).toBeCloseTo(-1.05, 3);
  });

  it('edits, adds and redraws Maxout pieces', () => {
    render(<ActivationLab />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Neuron activation' }), {
      target: { value: 'maxout' },
    });
    // z = 0.7: the pieces −x, 0.5x + 0.2 and 1.5x − 1 give −0.7, 0.55 and 0.05.
    expect(output('Neuron output y')).toBeCloseTo(0.55, 3);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Piece 1 offset b' }), {
      target: { value: '2' },
    });
    expect(output('Neuron output y')).toBeCloseTo(1.3, 3);
    fireEvent.change(screen.getByRole('slider', { name: 'Maxout pieces k' }), {
      target: { value: '5' },
    });
    expect(screen.getAllByRole('spinbutton', { name: /slope w/ })).toHaveLength(5);
    fireEvent.change(screen.getByRole('slider', { name: 'Maxout pieces k' }), {
      target: { value: '1' },
    });
    expect(output('Neuron output y')).toBeCloseTo(-0.7 + 2, 3);
  });

  it('names its functions, settings and neuron in Russian', () => {
    act(() => localeStore.getState().setLocale('ru'));
    render(<ActivationLab />);
    const f = screen.getByRole('img', { name: /^Функция активации f\(x\) при x от −4 до 4/ });
    expect(f.getAttribute('aria-label')).toContain('Сигмоида, tanh, ReLU, Leaky ReLU, Maxout, ELU');
    screen.getByRole('img', { name: /^Производная f′\(x\)/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Функция активации нейрона' }), {
      target: { value: 'leaky' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'b' }), { target: { value: '-2.7' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Наклон Leaky ReLU при x < 0' }), {
      target: { value: '0.5' },
    });
    expect(output('Выход нейрона y')).toBeCloseTo(-1.05, 3);
    screen.getByRole('spinbutton', { name: 'Сдвиг b части 1' });
    screen.getByRole('region', { name: 'Один нейрон' });
  });
});
