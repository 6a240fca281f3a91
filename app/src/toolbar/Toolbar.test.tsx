// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';
import { Toolbar } from './Toolbar';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('the toolbar', () => {
  it('groups the commands, each named with its shortcut in its title', () => {
    render(<Toolbar />);
    const file = screen.getByRole('group', { name: 'File' });
    const saveAs = within(file).getByRole('button', { name: 'Save as…' });
    expect(saveAs.title).toBe('Save as… (Ctrl+Shift+S)');
    expect(saveAs.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+S');
    expect(within(file).getByRole('button', { name: 'New' }).title).toBe('New');
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('group', { name: 'Learn' })).toBeTruthy();
  });

  it('speaks Russian once the user picks it, and English again after', () => {
    render(<Toolbar />);
    act(() => localeStore.getState().setLocale('ru'));
    const file = screen.getByRole('group', { name: 'Файл' });
    const saveAs = within(file).getByRole('button', { name: 'Сохранить как…' });
    expect(saveAs.title).toBe('Сохранить как… (Ctrl+Shift+S)');
    expect(screen.getByRole('group', { name: 'Правка' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Отменить' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Тёмная тема' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Язык' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    act(() => localeStore.getState().setLocale('en'));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('marks unsaved changes in the language of the interface', () => {
    render(<Toolbar />);
    expect(screen.queryByLabelText('Unsaved changes')).toBeNull();
    act(() => localeStore.getState().setLocale('ru'));
    act(() => {
      const { project } = documentStore.getState();
      documentStore.setState({ project: { ...project, name: 'Renamed' } });
    });
    expect(screen.getByLabelText('Есть несохранённые изменения')).toBeTruthy();
  });

  it('shows a project that has no name yet as untitled in the chosen language', () => {
    act(() => {
      const { project } = documentStore.getState();
      documentStore.setState({ project: { ...project, name: 'Untitled' } });
    });
    render(<Toolbar />);
    expect(screen.getByRole('banner').textContent).toContain('Untitled');
    act(() => localeStore.getState().setLocale('ru'));
    expect(screen.getByRole('banner').textContent).toContain('Без названия');
    expect(screen.getByRole('banner').textContent).not.toContain('Untitled');
    act(() => {
      const { project } = documentStore.getState();
      documentStore.setState({ project: { ...project, name: 'Untitled work' } });
    });
    expect(screen.getByRole('banner').textContent).toContain('Untitled work');
  });
});
