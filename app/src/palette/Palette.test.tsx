// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { resetStores } from '../test/resetStores';
import { LAYER_DRAG_TYPE } from './dragData';
import { Palette } from './Palette';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('Palette', () => {
  it('shows every category and filters by the search', () => {
    render(<Palette />);
    expect(screen.getByRole('heading', { name: 'Convolution' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dense' })).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search layers' }), {
      target: { value: 'conv 2d' },
    });
    expect(screen.getByRole('button', { name: 'Conv 2D' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dense' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Core' })).toBeNull();

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nothing like it' } });
    expect(screen.getByText(/No layer matches/)).toBeTruthy();
  });

  it('adds a layer when Enter is pressed on it, selected, as one undo step', () => {
    render(<Palette />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Dense' }), { key: 'Enter' });
    const { graph } = documentStore.getState().project;
    expect(graph.nodes.map((n) => [n.type, n.name])).toEqual([['Dense', 'dense_1']]);
    expect(uiStore.getState().selection.nodes).toEqual([graph.nodes[0]!.id]);
    expect(uiStore.getState().notice?.text).toBe('Added Dense layer dense_1.');

    fireEvent.keyDown(screen.getByRole('button', { name: 'Dense' }), { key: 'Enter' });
    const [first, second] = documentStore.getState().project.graph.nodes;
    expect(second!.name).toBe('dense_2');
    expect(second!.position).not.toEqual(first!.position);

    documentStore.getState().undo();
    expect(documentStore.getState().project.graph.nodes).toHaveLength(1);
  });

  it('puts the layer type on the drag, under its own data type', () => {
    render(<Palette />);
    const data = new Map<string, string>();
    // jsdom has no DataTransfer; this holds what the item sets, as the browser's would.
    const dataTransfer = {
      setData: (type: string, value: string) => void data.set(type, value),
      effectAllowed: 'none',
    };
    fireEvent.dragStart(screen.getByRole('button', { name: 'Conv 2D' }), { dataTransfer });
    expect(data.get(LAYER_DRAG_TYPE)).toBe('Conv2D');
    expect(dataTransfer.effectAllowed).toBe('copy');
  });

  it('speaks Russian and finds layers by their Russian category', () => {
    localeStore.getState().setLocale('ru');
    render(<Palette />);
    expect(screen.getByRole('complementary', { name: 'Палитра слоёв' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Свёртка' })).toBeTruthy();
    const dense = screen.getByRole('button', { name: 'Dense' });
    expect(dense.getAttribute('title')).toMatch(/^Каждый выход — взвешенная сумма/);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Поиск слоёв' }), {
      target: { value: 'свёртка 2d' },
    });
    expect(screen.getByRole('button', { name: 'Conv 2D' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dense' })).toBeNull();

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'ничего' } });
    expect(screen.getByText('Нет слоёв, подходящих под «ничего».')).toBeTruthy();
  });
});
