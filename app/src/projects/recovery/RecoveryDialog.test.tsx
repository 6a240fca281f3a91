// @vitest-environment jsdom
import '../../test/flowShims';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chain } from '../../../../src/graph/testing/build';
import { newProject } from '../../../../src/project';
import { App } from '../../App';
import { documentStore } from '../../stores/documentStore';
import { resetStores } from '../../test/resetStores';
import { lookForCopies } from './recoveryOffer';
import { localRecovery } from './recoveryStores';

const lost = { ...newProject('Lost work'), graph: chain('Input', 'Dense', 'Output') };

beforeEach(async () => {
  resetStores();
  localStorage.clear();
  // A page that closed with unsaved work left this copy.
  await localRecovery(localStorage, 'page-closed-0001').keep(lost);
});
afterEach(cleanup);

async function offer() {
  render(<App />);
  await act(() => lookForCopies(localRecovery(localStorage, 'page-this-0002')));
  return screen.findByRole('dialog', { name: 'Restore unsaved work?' });
}

describe('the offer to restore unsaved work', () => {
  it('restores the copy as unsaved work, and moves it to this page', async () => {
    const dialog = await offer();
    expect(dialog.textContent).toContain('Lost work');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('group', { name: 'Dense layer dense_1' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(documentStore.getState().project.graph).toEqual(lost.graph);
    expect(screen.getByLabelText('Unsaved changes')).toBeTruthy();
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('neurocanvas.recovery.'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('page-closed-0001');
  });

  it('discards the copy for good, leaving the document alone', async () => {
    await offer();
    const before = documentStore.getState().project;
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await act(async () => undefined);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(documentStore.getState().project).toBe(before);
    expect(await localRecovery(localStorage, 'page-this-0002').left()).toEqual([]);
  });

  it('blocks nothing, and keeps the copy for next time with Not now or Escape', async () => {
    const dialog = await offer();
    // Non-modal: the page stays usable and keeps its focus; a message says the offer is there.
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(dialog.contains(document.activeElement)).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(
      'Unsaved work on Lost work from an earlier session can be restored.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await localRecovery(localStorage, 'page-this-0002').left()).toHaveLength(1);

    await act(() => lookForCopies(localRecovery(localStorage, 'page-this-0002')));
    act(() => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'Restore' }), { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await localRecovery(localStorage, 'page-this-0002').left()).toHaveLength(1);
  });
});
