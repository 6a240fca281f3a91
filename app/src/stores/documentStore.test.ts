import { describe, expect, it } from 'vitest';
import type { GraphChange } from '../../../src/graph/changes';
import { chain, makeNode } from '../../../src/graph/testing/build';
import type { Graph } from '../../../src/graph/types';
import { newProject, type Project } from '../../../src/project';
import { createDocumentStore } from './documentStore';
import { HISTORY_LIMIT } from './history';

/** Input → Dense → Output, as a project. */
function project(graph: Graph = chain('Input', 'Dense', 'Output')): Project {
  return { ...newProject('Test'), graph };
}

const base = chain('Input', 'Dense', 'Output');
const [input, dense, output] = base.nodes as [
  Graph['nodes'][0],
  Graph['nodes'][0],
  Graph['nodes'][0],
];

const changeKinds: { kind: GraphChange['type']; change: GraphChange }[] = [
  { kind: 'addNode', change: { type: 'addNode', node: makeNode(base, 'Dropout') } },
  { kind: 'removeNodes', change: { type: 'removeNodes', ids: [dense.id] } },
  {
    kind: 'moveNodes',
    change: { type: 'moveNodes', moves: [{ id: input.id, position: { x: 5, y: 7 } }] },
  },
  { kind: 'setParams', change: { type: 'setParams', id: dense.id, params: { units: 3 } } },
  { kind: 'renameNode', change: { type: 'renameNode', id: output.id, name: 'result' } },
  {
    kind: 'addEdge',
    change: { type: 'addEdge', edge: { id: 'extra', source: input.id, target: output.id } },
  },
  { kind: 'removeEdges', change: { type: 'removeEdges', ids: [base.edges[0]!.id] } },
  {
    kind: 'insertOnEdge',
    change: {
      type: 'insertOnEdge',
      edgeId: base.edges[0]!.id,
      newEdgeId: 'e99',
      node: makeNode(base, 'Flatten'),
    },
  },
];

describe('documentStore', () => {
  it.each(changeKinds)('undoes and redoes $kind', ({ change }) => {
    const store = createDocumentStore(project(base));
    const before = store.getState().project;
    expect(store.getState().apply(change)).toBe(true);
    const after = store.getState().project;
    expect(after.graph).not.toEqual(before.graph);

    store.getState().undo();
    expect(store.getState().project).toBe(before);
    store.getState().redo();
    expect(store.getState().project).toBe(after);
  });

  it('applies a list of changes as one undo step', () => {
    const store = createDocumentStore(project(base));
    store.getState().apply([changeKinds[0]!.change, changeKinds[3]!.change]);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().project.graph).toBe(base);
  });

  it('refuses a change that does not apply and leaves document and history alone', () => {
    const store = createDocumentStore(project());
    const before = store.getState().project;
    expect(store.getState().apply({ type: 'renameNode', id: 'nope', name: 'x' })).toBe(false);
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('squashes the moves of one drag into one undo step', () => {
    const store = createDocumentStore(project());
    const move = (x: number) =>
      store
        .getState()
        .apply(
          { type: 'moveNodes', moves: [{ id: input.id, position: { x, y: 0 } }] },
          { squash: 'drag-1' },
        );
    move(10);
    move(20);
    move(30);
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().project.graph.nodes[0]!.position).toEqual(input.position);
  });

  it('starts a new undo step after the gesture ends, or when another edit comes between', () => {
    const store = createDocumentStore(project());
    const units = (n: number) =>
      store
        .getState()
        .apply({ type: 'setParams', id: dense.id, params: { units: n } }, { squash: 'units' });
    units(1);
    store.getState().endGesture();
    units(2);
    store.getState().apply({ type: 'renameNode', id: dense.id, name: 'hidden' });
    units(3);
    expect(store.getState().history.past).toHaveLength(4);
    store.getState().undo();
    expect(store.getState().project.graph.nodes[1]!.params.units).toBe(2);
  });

  it('drops the redo stack on a new edit', () => {
    const store = createDocumentStore(project());
    store.getState().apply(changeKinds[3]!.change);
    store.getState().undo();
    store.getState().apply(changeKinds[4]!.change);
    expect(store.getState().history.future).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    const store = createDocumentStore(project());
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
      store.getState().apply({ type: 'setParams', id: dense.id, params: { units: i + 1 } });
    }
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('starts a loaded project with no history and nothing unsaved', () => {
    const store = createDocumentStore(project());
    store.getState().apply(changeKinds[3]!.change);
    expect(store.getState().project).not.toBe(store.getState().saved);
    const opened = project(chain('Input', 'Output'));
    store.getState().load(opened);
    expect(store.getState().history).toEqual({ past: [], future: [] });
    expect(store.getState().saved).toBe(opened);
  });

  it('sets the dataset and training settings as undo steps, typing in one field as one', () => {
    const store = createDocumentStore(project());
    store.getState().update({ dataset: { id: 'xor' } });
    const training = store.getState().project.training;
    for (const epochs of [2, 20])
      store.getState().update({ training: { ...training, epochs } }, { squash: 'epochs' });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().project.training.epochs).toBe(training.epochs);
    expect(store.getState().project.dataset).toEqual({ id: 'xor' });
    store.getState().undo();
    expect(store.getState().project.dataset).toBeNull();
  });

  it('keeps trained weights as unsaved work but no undo step, and can drop them again', () => {
    const store = createDocumentStore(project());
    const weights = { [dense.id]: [{ name: 'bias', shape: [1], values: new Float32Array([1]) }] };
    store.getState().update({ weights }, { record: false });
    expect(store.getState().project.weights).toBe(weights);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().project).not.toBe(store.getState().saved);

    store.getState().update({ weights: undefined });
    expect('weights' in store.getState().project).toBe(false);
    store.getState().undo();
    expect(store.getState().project.weights).toBe(weights);
  });
});
