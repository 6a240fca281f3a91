/** Delete with a classroom pack open: not applicable to what a lock keeps, and it says why. */
import { afterEach, describe, expect, it } from 'vitest';
import { withLocks } from '../../../src/packs/edit';
import { spiralMlp } from '../../../src/templates/spiralMlp';
import { localeStore } from '../i18n';
import { announceUnavailable, getCommand, isEnabled } from './index';
import { runMenuCommand } from './menuCommands';
import { testContext } from './testing/testContext';

const deleteSelection = getCommand('deleteSelection');

/** The spiral MLP (point → hidden_1 → hidden_2 → scores → arm) with scores and a unit count locked. */
function packContext() {
  const { ctx } = testContext();
  ctx.doc.getState().load({
    ...spiralMlp.create(),
    classroom: withLocks(undefined, { layers: ['scores'], params: { hidden_1: ['units'] } }),
  });
  return ctx;
}

afterEach(() => localeStore.getState().setLocale('en'));

describe('Delete and classroom locks', () => {
  // Each row: what is selected (layers, connections) and whether Delete applies.
  it.each([
    ['a locked layer', ['scores'], [], false],
    ['a layer with a locked parameter', ['hidden_1'], [], false],
    ['a free layer', ['hidden_2'], [], true],
    ['a free layer with a locked one', ['hidden_2', 'scores'], [], false],
    ['a connection of a locked layer', [], ['hidden_2->scores'], false],
    ['a connection between free layers', [], ['point->hidden_1'], true],
    ['nothing', [], [], false],
  ])('%s (%j, %j) → %s', (_, nodes, edges, enabled) => {
    const ctx = packContext();
    ctx.ui.getState().select(nodes, edges);
    expect(isEnabled(deleteSelection, ctx)).toBe(enabled);
    // A reason is given exactly when a lock is what stands in the way.
    const reason = deleteSelection.unavailable?.(ctx) ?? null;
    expect(reason !== null).toBe(!enabled && nodes.length + edges.length > 0);
  });

  it('applies in teacher mode, where the locks are lifted', () => {
    const ctx = packContext();
    ctx.doc.getState().setTeacherMode(true);
    ctx.ui.getState().select(['scores']);
    expect(isEnabled(deleteSelection, ctx)).toBe(true);
    expect(deleteSelection.unavailable?.(ctx)).toBeNull();
  });

  it.each([
    ['en', 'scores is locked by your teacher and cannot be deleted.'],
    ['ru', 'Слой scores закреплён преподавателем, его нельзя удалить.'],
  ] as const)('says why from the keyboard or the menu, in %s', (locale, text) => {
    localeStore.getState().setLocale(locale);
    const ctx = packContext();
    ctx.ui.getState().select(['scores']);
    expect(announceUnavailable(deleteSelection, ctx)).toBe(true);
    expect(ctx.ui.getState().notice).toMatchObject({ text, tone: 'error' });
    ctx.ui.setState({ notice: null });
    expect(runMenuCommand('deleteSelection', ctx)).toBe('notNow');
    expect(ctx.ui.getState().notice).toMatchObject({ text, tone: 'error' });
    expect(ctx.doc.getState().project.graph.nodes.map((n) => n.id)).toContain('scores');
  });

  it('has nothing to say when nothing is selected: the menu says it does not apply now', () => {
    const ctx = packContext();
    expect(announceUnavailable(deleteSelection, ctx)).toBe(false);
    expect(runMenuCommand('deleteSelection', ctx)).toBe('notNow');
    expect(ctx.ui.getState().notice?.tone).toBe('info');
  });
});
