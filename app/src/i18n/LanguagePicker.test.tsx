// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocaleStore, localeStore } from './localeStore';
import { LanguagePicker } from './LanguagePicker';

afterEach(() => {
  cleanup();
  localeStore.getState().setLocale('en');
});

describe('LanguagePicker', () => {
  it('switches the interface to Russian and back, naming itself in the current language', () => {
    render(<LanguagePicker />);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    fireEvent.change(picker, { target: { value: 'ru' } });
    expect(localeStore.getState().locale).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    const russian = screen.getByRole('combobox', { name: 'Язык' });
    fireEvent.change(russian, { target: { value: 'en' } });
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
  });
});

describe('createLocaleStore', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
  };

  it('follows the preferred languages until the user picks one, then remembers the pick', () => {
    const storage = memory();
    expect(createLocaleStore({ storage, preferred: ['ru-RU'] }).getState().locale).toBe('ru');
    createLocaleStore({ storage, preferred: ['ru-RU'] })
      .getState()
      .setLocale('en');
    expect(createLocaleStore({ storage, preferred: ['ru-RU'] }).getState().locale).toBe('en');
  });

  it('ignores a remembered value that is not a language it speaks', () => {
    const storage = memory();
    storage.setItem('neurocanvas.locale', 'klingon');
    expect(createLocaleStore({ storage, preferred: ['de'] }).getState().locale).toBe('en');
  });
});
