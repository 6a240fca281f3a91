import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { newProject } from '../../../src/project';
import { createDocumentStore } from './documentStore';
import { createUiStore, type ThemeStorage } from './uiStore';

/** A storage that keeps values in a map, as localStorage does in a browser. */
function mapStorage(): ThemeStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('uiStore', () => {
  it('keeps selection out of the undo history', () => {
    const doc = createDocumentStore({ ...newProject('T'), graph: chain('Input', 'Dense') });
    const ui = createUiStore();
    const [a, b] = doc.getState().project.graph.nodes;
    doc.getState().apply({ type: 'renameNode', id: a!.id, name: 'first' });
    ui.getState().select([a!.id]);
    ui.getState().select([a!.id, b!.id]);
    expect(doc.getState().history.past).toHaveLength(1);

    doc.getState().undo();
    expect(doc.getState().project.graph.nodes[0]!.name).not.toBe('first');
    expect(ui.getState().selection.nodes).toEqual([a!.id, b!.id]);
  });

  it('remembers the theme', () => {
    const storage = mapStorage();
    const first = createUiStore({ storage, fallbackTheme: 'light' });
    expect(first.getState().theme).toBe('light');
    first.getState().toggleTheme();
    expect(first.getState().theme).toBe('dark');
    expect(createUiStore({ storage, fallbackTheme: 'light' }).getState().theme).toBe('dark');
  });

  it('ignores a remembered value that is not a theme, and storage that throws', () => {
    const storage = mapStorage();
    storage.values.set('neurocanvas.theme', 'purple');
    expect(createUiStore({ storage, fallbackTheme: 'dark' }).getState().theme).toBe('dark');
    const broken: ThemeStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const ui = createUiStore({ storage: broken });
    ui.getState().toggleTheme();
    expect(ui.getState().theme).toBe('dark');
  });

  it('numbers notices so the same message can be announced twice', () => {
    const ui = createUiStore();
    ui.getState().announce('Copied 1 layer.');
    const first = ui.getState().notice!;
    ui.getState().announce('Copied 1 layer.');
    expect(ui.getState().notice!.serial).toBeGreaterThan(first.serial);
  });
});
