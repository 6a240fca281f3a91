import { afterEach, describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { localeStore } from '../i18n';
import { getCommand } from './index';
import { testContext } from './testing/testContext';

/** Input → Dense → Dense → Output, with the ids n1…n4 and edges e1…e3. */
const graph = () => chain('Input', 'Dense', 'Dense', 'Output');

afterEach(() => localeStore.getState().setLocale('en'));

describe('delete', () => {
  it('removes the selected layers with their connections, as one undo step', async () => {
    const { ctx } = testContext(graph());
    ctx.ui.getState().select(['n2', 'n3']);
    await getCommand('deleteSelection').perform(ctx);
    const after = ctx.doc.getState().project.graph;
    expect(after.nodes.map((n) => n.id)).toEqual(['n1', 'n4']);
    expect(after.edges).toEqual([]);
    expect(ctx.ui.getState().selection.nodes).toEqual([]);
    ctx.doc.getState().undo();
    expect(ctx.doc.getState().project.graph).toEqual(graph());
  });

  it('removes a selected connection only', async () => {
    const { ctx } = testContext(graph());
    ctx.ui.getState().select([], ['e2']);
    await getCommand('deleteSelection').perform(ctx);
    expect(ctx.doc.getState().project.graph.edges.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(4);
  });

  it.each([
    ['en', ['n2'], 'Deleted 1 layer.'],
    ['en', ['n1', 'n2', 'n3'], 'Deleted 3 layers.'],
    ['ru', ['n2'], 'Удалён 1 слой.'],
    ['ru', ['n1', 'n2', 'n3'], 'Удалено 3 слоя.'],
  ] as const)('says so in %s: %j → %s', async (locale, ids, text) => {
    localeStore.getState().setLocale(locale);
    const { ctx } = testContext(graph());
    ctx.ui.getState().select([...ids]);
    await getCommand('deleteSelection').perform(ctx);
    expect(ctx.ui.getState().notice?.text).toBe(text);
  });

  it('does not apply when nothing, or only layers that are gone, are selected', () => {
    const { ctx } = testContext(graph());
    expect(getCommand('deleteSelection').predicate!(ctx)).toBe(false);
    ctx.ui.getState().select(['gone']);
    expect(getCommand('deleteSelection').predicate!(ctx)).toBe(false);
  });
});

describe('duplicate', () => {
  it('copies the selected layers and the connections between them, under new ids and names', async () => {
    const { ctx } = testContext(graph());
    ctx.ui.getState().select(['n2', 'n3']);
    await getCommand('duplicate').perform(ctx);
    const after = ctx.doc.getState().project.graph;
    expect(after.nodes).toHaveLength(6);
    const copies = after.nodes.slice(4);
    expect(new Set(after.nodes.map((n) => n.id)).size).toBe(6);
    expect(new Set(after.nodes.map((n) => n.name)).size).toBe(6);
    expect(copies.map((n) => n.type)).toEqual(['Dense', 'Dense']);
    // Only the edge between the two copies, none to the layers around the originals.
    const copyIds = new Set(copies.map((n) => n.id));
    const added = after.edges.slice(3);
    expect(added).toHaveLength(1);
    expect(copyIds.has(added[0]!.source) && copyIds.has(added[0]!.target)).toBe(true);
    expect(ctx.ui.getState().selection.nodes).toEqual(copies.map((n) => n.id));
    expect(ctx.doc.getState().history.past).toHaveLength(1);
  });
});

describe('select all', () => {
  it('selects every layer and connection', async () => {
    const { ctx } = testContext(graph());
    await getCommand('selectAll').perform(ctx);
    expect(ctx.ui.getState().selection).toEqual({
      nodes: ['n1', 'n2', 'n3', 'n4'],
      edges: ['e1', 'e2', 'e3'],
    });
  });
});

describe('undo and redo commands', () => {
  it('apply only when there is something to undo or redo', async () => {
    const { ctx } = testContext(graph());
    expect(getCommand('undo').predicate!(ctx)).toBe(false);
    ctx.ui.getState().select(['n3']);
    await getCommand('deleteSelection').perform(ctx);
    expect(getCommand('undo').predicate!(ctx)).toBe(true);
    await getCommand('undo').perform(ctx);
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(4);
    expect(getCommand('redo').predicate!(ctx)).toBe(true);
    await getCommand('redo').perform(ctx);
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(3);
  });
});

describe('undo and the selection', () => {
  it('keeps the selection, minus layers the undo took away', async () => {
    const { ctx } = testContext(graph());
    ctx.ui.getState().select(['n2']);
    await getCommand('duplicate').perform(ctx);
    const copy = ctx.ui.getState().selection.nodes[0]!;
    ctx.ui.getState().select(['n1', copy]);
    await getCommand('undo').perform(ctx);
    expect(ctx.ui.getState().selection.nodes).toEqual(['n1']);
    await getCommand('redo').perform(ctx);
    expect(ctx.ui.getState().selection.nodes).toEqual(['n1']);
  });
});

describe('auto-layout', () => {
  it('moves the layers into ranks as one undo step', async () => {
    const g = graph();
    const squeezed = { ...g, nodes: g.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    const { ctx } = testContext(squeezed);
    await getCommand('autoLayout').perform(ctx);
    const ys = ctx.doc.getState().project.graph.nodes.map((n) => n.position.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(4);
    expect(ctx.doc.getState().history.past).toHaveLength(1);
  });
});

describe('theme', () => {
  it('toggles between light and dark and shows as pressed when dark', async () => {
    const { ctx } = testContext();
    const command = getCommand('toggleTheme');
    const before = command.checked!(ctx);
    await command.perform(ctx);
    expect(command.checked!(ctx)).toBe(!before);
  });
});
