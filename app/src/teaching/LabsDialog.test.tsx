// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { resetStores } from '../test/resetStores';
import { LabsDialog } from './LabsDialog';
import { labsStore } from './labsStore';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  act(() => labsStore.getState().close());
});

describe('the Labs dialog', () => {
  it('opens from its command and switches labs by tab, also with the arrow keys', async () => {
    render(<LabsDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const command = getCommand('openLabs');
    expect(command.label).toBe('Labs…');
    await act(async () => runCommand(command));
    screen.getByRole('dialog', { name: 'Labs' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Activation functions');
    screen.getByRole('slider', { name: 'w₁' });
    fireEvent.click(screen.getByRole('tab', { name: 'Convolution and pooling' }));
    screen.getByRole('radio', { name: 'Pooling' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Convolution and pooling' }), {
      key: 'ArrowRight',
    });
    screen.getByRole('tabpanel', { name: 'Receptive field' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
