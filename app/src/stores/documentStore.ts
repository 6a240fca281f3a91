/**
 * The document: the project being edited. Every edit is a list of `GraphChange`s applied by the
 * core's pure `applyChanges`; this store only keeps the result and the undo history. Selection,
 * viewport and theme live elsewhere, so undo never touches them.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { applyChanges, GraphEditError, type GraphChange } from '../../../src/graph/changes';
import { newProject, type Project } from '../../../src/project';
import { refuseFieldUpdate, refuseGraphChanges } from '../../../src/packs/locks';
import type { Phrase } from '../../../src/packs/phrase';
import { emptyHistory, record, stepBack, stepForward, type History } from './history';

export interface ApplyOptions {
  /**
   * Edits that carry the same key one after another make one undo step, e.g. the moves of a drag
   * or the keystrokes typed into one field. Any other edit, undo or redo ends the run.
   */
  squash?: string;
}

/** The parts of a project besides its graph that the app edits: what it trains on and with. */
export type ProjectFields = Partial<
  Pick<Project, 'dataset' | 'training' | 'weights' | 'runs' | 'classroom'>
>;

export interface UpdateOptions extends ApplyOptions {
  /**
   * False for values that come from training rather than from the user's hand (trained weights):
   * they change the project, so it needs saving, but are no step to undo.
   */
  record?: boolean;
}

export interface DocumentState {
  project: Project;
  history: History<Project>;
  /** The project as last opened or saved; any other value is unsaved work. */
  saved: Project;
  /**
   * How many documents were loaded into this store: work begun on one document (a training run)
   * tells by it whether that document is still the one open.
   */
  loads: number;
  /** The squash key of the last edit, while a run of squashed edits may still continue. */
  squash: string | null;
  /**
   * Whether the classroom locks are lifted, so the teacher can set them and edit what they lock.
   * Opening a project always leaves it, so a pack opens in the student view.
   */
  teacherMode: boolean;
  /** The last edit a lock refused and why, for the app to tell; the serial grows with each. */
  refusal: { reason: Phrase; serial: number } | null;
  /**
   * Applies the changes as one undo step; false (and nothing changes) if they do not apply or a
   * classroom lock refuses them.
   */
  apply(changes: GraphChange | readonly GraphChange[], options?: ApplyOptions): boolean;
  /**
   * Sets the project's dataset, training settings, weights or classroom section; one undo step
   * unless told not. False (and nothing changes) when a classroom lock refuses it.
   */
  update(fields: ProjectFields, options?: UpdateOptions): boolean;
  setTeacherMode(on: boolean): void;
  /** Ends a run of squashed edits, e.g. when a drag stops or a field loses focus. */
  endGesture(): void;
  undo(): void;
  redo(): void;
  /** Replaces the document, e.g. with an opened file; its history starts afresh. */
  load(project: Project): void;
  markSaved(): void;
}

export function createDocumentStore(initial: Project = newProject('Untitled')) {
  return createStore<DocumentState>()((set, get) => ({
    project: initial,
    history: emptyHistory(),
    saved: initial,
    loads: 0,
    squash: null,
    teacherMode: false,
    refusal: null,
    apply(changes, options = {}) {
      const list: readonly GraphChange[] = Array.isArray(changes)
        ? changes
        : [changes as GraphChange];
      if (list.length === 0) return false;
      const { project, history, squash } = get();
      if (refused(set, get, get().teacherMode ? null : refuseGraphChanges(project, list)))
        return false;
      let graph;
      try {
        graph = applyChanges(project.graph, list);
      } catch (e) {
        if (e instanceof GraphEditError) return false;
        throw e;
      }
      const joins = options.squash !== undefined && options.squash === squash;
      set({
        project: { ...project, graph },
        history: joins ? history : record(history, project),
        squash: options.squash ?? null,
      });
      return true;
    },
    update(fields, options = {}) {
      const { project, history, squash } = get();
      if (refused(set, get, get().teacherMode ? null : refuseFieldUpdate(project, fields)))
        return false;
      const next = { ...project, ...fields };
      if (fields.weights === undefined && 'weights' in fields) delete next.weights;
      if (options.record === false) {
        set({ project: next });
        return true;
      }
      const joins = options.squash !== undefined && options.squash === squash;
      set({
        project: next,
        history: joins ? history : record(history, project),
        squash: options.squash ?? null,
      });
      return true;
    },
    setTeacherMode(teacherMode) {
      set({ teacherMode });
    },
    endGesture() {
      set({ squash: null });
    },
    undo() {
      const step = stepBack(get().history, get().project);
      if (step)
        set({ project: withRuns(step.state, get().project), history: step.history, squash: null });
    },
    redo() {
      const step = stepForward(get().history, get().project);
      if (step)
        set({ project: withRuns(step.state, get().project), history: step.history, squash: null });
    },
    load(project) {
      set({
        project,
        saved: project,
        history: emptyHistory(),
        squash: null,
        loads: get().loads + 1,
        teacherMode: false,
      });
    },
    markSaved() {
      set({ saved: get().project });
    },
  }));
}

/** Keeps a lock's refusal for the app to tell; true when there is one, and the edit must stop. */
function refused(
  set: (partial: Partial<DocumentState>) => void,
  get: () => DocumentState,
  reason: Phrase | null,
): boolean {
  if (reason) set({ refusal: { reason, serial: (get().refusal?.serial ?? 0) + 1 } });
  return reason !== null;
}

/** The run history is a record of what happened, not an edit: undo and redo leave it as it is. */
function withRuns(restored: Project, current: Project): Project {
  if (restored.runs === current.runs) return restored;
  const project = { ...restored, runs: current.runs };
  if (!current.runs) delete project.runs;
  return project;
}

export type DocumentStore = StoreApi<DocumentState>;

/** The app's one document. */
export const documentStore: DocumentStore = createDocumentStore();

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}
