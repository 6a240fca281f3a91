import { describe, expect, it } from 'vitest';
import { withLocks } from '../../../src/packs/edit';
import { spiralMlp } from '../../../src/templates/spiralMlp';
import { createDocumentStore } from '../stores/documentStore';

const pack = () => ({
  ...spiralMlp.create(),
  classroom: withLocks(undefined, { layers: ['scores'], dataset: true }),
});

describe('locks in the document store', () => {
  it('refuses a locked edit without a trace in the document or its history', () => {
    const store = createDocumentStore(pack());
    const before = store.getState().project;
    expect(store.getState().apply({ type: 'removeNodes', ids: ['scores'] })).toBe(false);
    expect(store.getState().update({ dataset: { id: 'xor' } })).toBe(false);
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().refusal).toEqual({
      reason: { key: 'packs.refused.dataset' },
      serial: 2,
    });
    // Free edits go through as before.
    expect(store.getState().apply({ type: 'removeNodes', ids: ['hidden_2'] })).toBe(true);
  });

  it('lifts the locks in teacher mode, and opening a project leaves teacher mode', () => {
    const store = createDocumentStore(pack());
    store.getState().setTeacherMode(true);
    expect(store.getState().apply({ type: 'removeNodes', ids: ['scores'] })).toBe(true);
    expect(store.getState().update({ classroom: withLocks(undefined, {}) })).toBe(true);
    store.getState().load(pack());
    expect(store.getState().teacherMode).toBe(false);
    expect(store.getState().apply({ type: 'removeNodes', ids: ['scores'] })).toBe(false);
    expect(store.getState().update({ classroom: withLocks(undefined, {}) })).toBe(false);
  });
});
