/**
 * What the user is looking at and pointing to, never part of the document or its undo history:
 * the selection, the theme, the palette search, the problem in focus, and messages for the live
 * region.
 */
import { createStore, useStore, type StoreApi } from 'zustand';

export type Theme = 'light' | 'dark';

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface Notice {
  text: string;
  tone: 'info' | 'error';
  /** Grows with every notice, so the same text said twice is announced twice. */
  serial: number;
}

export interface UiState {
  selection: Selection;
  theme: Theme;
  paletteQuery: string;
  /** The node of the problem the user last picked in the Problems panel. */
  focusedProblem: string | null;
  notice: Notice | null;
  select(nodes: readonly string[], edges?: readonly string[]): void;
  clearSelection(): void;
  toggleTheme(): void;
  setPaletteQuery(query: string): void;
  focusProblem(key: string | null): void;
  announce(text: string, tone?: Notice['tone']): void;
}

/** Where the theme is remembered; `localStorage` in the app, anything alike in tests. */
export type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;

const THEME_KEY = 'neurocanvas.theme';

export const noSelection: Selection = { nodes: [], edges: [] };

export interface UiStoreOptions {
  storage?: ThemeStorage | null;
  /** The theme when none is remembered, e.g. from the system's colour scheme. */
  fallbackTheme?: Theme;
}

export function createUiStore({ storage = null, fallbackTheme = 'light' }: UiStoreOptions = {}) {
  return createStore<UiState>()((set, get) => ({
    selection: noSelection,
    theme: readTheme(storage) ?? fallbackTheme,
    paletteQuery: '',
    focusedProblem: null,
    notice: null,
    select(nodes, edges = []) {
      set({ selection: { nodes: [...nodes], edges: [...edges] } });
    },
    clearSelection() {
      set({ selection: noSelection });
    },
    toggleTheme() {
      const theme: Theme = get().theme === 'dark' ? 'light' : 'dark';
      set({ theme });
      try {
        storage?.setItem(THEME_KEY, theme);
      } catch {
        // Storage can be full or forbidden (private windows); the theme still changes.
      }
    },
    setPaletteQuery(paletteQuery) {
      set({ paletteQuery });
    },
    focusProblem(focusedProblem) {
      set({ focusedProblem });
    },
    announce(text, tone = 'info') {
      set({ notice: { text, tone, serial: (get().notice?.serial ?? 0) + 1 } });
    },
  }));
}

function readTheme(storage: ThemeStorage | null): Theme | null {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

export type UiStore = StoreApi<UiState>;

function browserStorage(): ThemeStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  const dark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

/** The app's one UI state. */
export const uiStore: UiStore = createUiStore({
  storage: browserStorage(),
  fallbackTheme: systemTheme(),
});

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(uiStore, selector);
}
