/**
 * Which lesson the open document came from. A lesson's project is recognised by identity: the
 * gallery hands out a template whose `create` notes the project it made, and when the document
 * store loads exactly that object, the lesson belongs to that load. Opening or starting anything
 * else is a new load, so the panel goes away by itself.
 */
import { createStore, useStore } from 'zustand';
import { getLesson, type Lesson } from '../../../src/lessons';
import type { Project } from '../../../src/project';
import type { ProjectTemplate } from '../../../src/templates';
import { documentStore, useDocument } from '../stores/documentStore';

export interface LessonState {
  /** The lesson of the document load `loads`, or null. */
  lessonId: string | null;
  loads: number;
  /** The project a lesson template made last, until the document store loads it. */
  pending: { lessonId: string; project: Project } | null;
  made(lessonId: string, project: Project): void;
  /** Hides the panel for this document. */
  close(): void;
}

export const lessonStore = createStore<LessonState>()((set) => ({
  lessonId: null,
  loads: -1,
  pending: null,
  made: (lessonId, project) => set({ pending: { lessonId, project } }),
  close: () => set({ lessonId: null }),
}));

documentStore.subscribe((doc, before) => {
  if (doc.loads === before.loads) return;
  const { pending } = lessonStore.getState();
  const match = pending !== null && pending.project === doc.project;
  lessonStore.setState({
    lessonId: match ? pending.lessonId : null,
    loads: doc.loads,
    pending: null,
  });
});

/** The lesson's template for the gallery: the same project, remembered as the lesson's. */
export function lessonTemplate(lesson: Lesson): ProjectTemplate {
  return {
    ...lesson.template,
    create() {
      const project = lesson.template.create();
      lessonStore.getState().made(lesson.id, project);
      return project;
    },
  };
}

/** The lesson the open document was started from, while it is still the same document. */
export function useOpenLesson(): Lesson | null {
  const { lessonId, loads } = useStore(lessonStore);
  const docLoads = useDocument((s) => s.loads);
  return lessonId !== null && loads === docLoads ? (getLesson(lessonId) ?? null) : null;
}
