// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { newProject } from '../../../../src/project';
import { createDocumentStore } from '../../stores/documentStore';
import { Autosaver } from './autosaver';
import { localRecovery, type RecoveryStore } from './recoveryStores';

beforeEach(() => localStorage.clear());

function setUp(store: RecoveryStore = localRecovery(localStorage, 'page-this-0001')) {
  const doc = createDocumentStore({ ...newProject('Work'), graph: chain('Input', 'Output') });
  const errors: string[] = [];
  const autosaver = new Autosaver(
    doc,
    () => store,
    (m) => errors.push(m),
  );
  // What a page opened later would be offered.
  const later = localRecovery(localStorage, 'page-later-0002');
  return { doc, autosaver, errors, later };
}

describe('the autosaver', () => {
  it('keeps a copy only while there are unsaved changes, always the latest', async () => {
    const { doc, autosaver, later } = setUp();
    await autosaver.tick();
    expect(await later.left()).toEqual([]);

    doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'first' });
    await autosaver.tick();
    doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'second' });
    await autosaver.tick();
    const [copy] = await later.left();
    expect(copy!.name).toBe('Work');
    expect((await later.open(copy!.copyId)).graph).toEqual(doc.getState().project.graph);

    doc.getState().markSaved();
    await autosaver.tick();
    expect(await later.left()).toEqual([]);
  });

  it('writes at once when the page is hidden, even with a write still going', async () => {
    const { doc, autosaver, later } = setUp();
    doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'last' });
    const going = autosaver.tick();
    doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'very last' });
    autosaver.flush();
    const [copy] = await later.left();
    expect((await later.open(copy!.copyId)).graph.nodes[0]!.name).toBe('very last');
    await going;
  });

  it('reports a failing store once per reason, not at every tick', async () => {
    const failing: RecoveryStore = {
      ...localRecovery(localStorage, 'page-fail-0003'),
      keep: async () => {
        throw new Error('The disk is full.');
      },
    };
    const { doc, autosaver, errors } = setUp(failing);
    for (const name of ['a', 'b', 'c']) {
      doc.getState().apply({ type: 'renameNode', id: 'n1', name });
      await autosaver.tick();
    }
    expect(errors).toEqual(['The disk is full.']);
  });
});
