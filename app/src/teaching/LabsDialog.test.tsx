// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandLabel } from '../../../src/commands/catalog';
import { translator } from '../../../src/i18n';
import { runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { localeStore } from '../i18n';
import { resetStores } from '../test/resetStores';
import { LabsDialog } from './LabsDialog';
import { labsStore } from './labsStore';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  act(() => {
    labsStore.getState().close();
    localeStore.getState().setLocale('en');
  });
});

describe('the Labs dialog', () => {
  it('opens from its command and switches labs by tab, also with the arrow keys', async () => {
    render(<LabsDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const command = getCommand('openLabs');
    expect(commandLabel(command.name, translator('en'))).toBe('Labs…');
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

  it('speaks Russian after the language changes, with the tab it had', () => {
    render(<LabsDialog />);
    act(() => labsStore.getState().show('tensor'));
    act(() => localeStore.getState().setLocale('ru'));
    screen.getByRole('dialog', { name: 'Лаборатории' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Свёртка и пулинг');
    fireEvent.click(screen.getByRole('tab', { name: 'Функции активации' }));
    screen.getByRole('group', { name: 'Показанные функции' });
    screen.getByRole('checkbox', { name: 'Сигмоида' });
    fireEvent.click(screen.getByRole('tab', { name: 'Рецептивное поле' }));
    screen.getByRole('combobox', { name: 'Слой для трассировки' });
    fireEvent.click(screen.getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
