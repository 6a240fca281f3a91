/**
 * Which lesson the open document belongs to. A lesson's project names its lesson (`lesson` in the
 * project file), so the panel shows for a project just started from the gallery and for the same
 * project saved and opened again. Closing the panel hides it for this document load only; an id
 * no lesson has shows nothing.
 */
import { createStore, useStore } from 'zustand';
import { getLesson, type Lesson } from '../../../src/lessons';
import { documentStore, useDocument } from '../stores/documentStore';

export interface LessonState {
  /** The document load in which the panel was closed, or null. */
  closedIn: number | null;
  /** Hides the panel for this document. */
  close(): void;
}

export const lessonStore = createStore<LessonState>()((set) => ({
  closedIn: null,
  close: () => set({ closedIn: documentStore.getState().loads }),
}));

/** The lesson the open document was started from, unless its panel was closed. */
export function useOpenLesson(): Lesson | null {
  const closedIn = useStore(lessonStore, (s) => s.closedIn);
  const loads = useDocument((s) => s.loads);
  const id = useDocument((s) => s.project.lesson);
  return id !== undefined && closedIn !== loads ? (getLesson(id) ?? null) : null;
}
