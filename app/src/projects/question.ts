/**
 * A question a dialog answers: `ask` shows the dialog and resolves with the user's answer (null
 * when they cancel); the dialog reads what was asked and calls `answer`. One question of a kind is
 * open at a time; asking again cancels the one before.
 */
import { createStore, useStore, type StoreApi } from 'zustand';

interface Open<Q, A> {
  asked: Q;
  answer(value: A | null): void;
}

export interface Question<Q, A> {
  store: StoreApi<{ open: Open<Q, A> | null }>;
  ask(asked: Q): Promise<A | null>;
  answer(value: A | null): void;
  /** What is being asked while the dialog should show; null otherwise. */
  useAsked(): Q | null;
}

export function createQuestion<Q, A>(): Question<Q, A> {
  const store = createStore<{ open: Open<Q, A> | null }>()(() => ({ open: null }));
  const answer = (value: A | null) => store.getState().open?.answer(value);
  return {
    store,
    ask(asked) {
      answer(null);
      return new Promise((resolve) => {
        const open: Open<Q, A> = {
          asked,
          answer(value) {
            if (store.getState().open === open) store.setState({ open: null });
            resolve(value);
          },
        };
        store.setState({ open });
      });
    },
    answer,
    useAsked: () => useStore(store, (s) => s.open?.asked ?? null),
  };
}
