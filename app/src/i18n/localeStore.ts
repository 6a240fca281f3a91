/**
 * The language the interface speaks: remembered across launches, else the first of the browser's
 * preferred languages that NeuroCanvas speaks. Changing it re-renders every component that reads
 * messages through `useT`.
 */
import { createStore, useStore } from 'zustand';
import { isLocale, matchLocale, translator, type Locale, type Translate } from '../../../src/i18n';

const LOCALE_KEY = 'neurocanvas.locale';

export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export interface LocaleStoreOptions {
  storage?: LocaleStorage | null;
  /** The user's preferred languages, most preferred first, e.g. `navigator.languages`. */
  preferred?: readonly string[];
}

export function createLocaleStore({ storage = null, preferred = [] }: LocaleStoreOptions = {}) {
  const remembered = readLocale(storage);
  return createStore<LocaleState>()((set) => ({
    locale: remembered ?? matchLocale(preferred),
    setLocale(locale) {
      try {
        storage?.setItem(LOCALE_KEY, locale);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this page only.
      }
      set({ locale });
    },
  }));
}

function readLocale(storage: LocaleStorage | null): Locale | null {
  try {
    const value = storage?.getItem(LOCALE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserStorage(): LocaleStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const localeStore = createLocaleStore({
  storage: browserStorage(),
  preferred: typeof navigator === 'undefined' ? [] : navigator.languages,
});

export function useLocale<T>(selector: (state: LocaleState) => T): T {
  return useStore(localeStore, selector);
}

/** The translate function for the current language, for use inside components. */
export function useT(): Translate {
  return translator(useLocale((s) => s.locale));
}

/** The translate function for the current language, for code outside components. */
export function currentT(): Translate {
  return translator(localeStore.getState().locale);
}
