/**
 * Choosing a project to open from the host's files: `askForProject` shows the Open dialog and
 * resolves with the user's choice once they make it (null when they cancel).
 */
import { createStore, useStore } from 'zustand';

export type ProjectChoice = { kind: 'path'; path: string } | { kind: 'upload' } | null;

interface PickerState {
  answer: ((choice: ProjectChoice) => void) | null;
}

export const projectPicker = createStore<PickerState>()(() => ({ answer: null }));

/** In the desktop app the system's own open dialog is asked instead (see `desktopHost.ts`). */
let chooser: (() => Promise<ProjectChoice>) | null = null;

export function chooseProjectsWith(choose: (() => Promise<ProjectChoice>) | null): void {
  chooser = choose;
}

export function askForProject(): Promise<ProjectChoice> {
  if (chooser) return chooser();
  // A dialog still open from before is answered first: it was cancelled by this new question.
  projectPicker.getState().answer?.(null);
  return new Promise((resolve) => {
    const answer = (choice: ProjectChoice) => {
      if (projectPicker.getState().answer === answer) projectPicker.setState({ answer: null });
      resolve(choice);
    };
    projectPicker.setState({ answer });
  });
}

export function usePickerOpen(): boolean {
  return useStore(projectPicker, (s) => s.answer !== null);
}

export function answerPicker(choice: ProjectChoice): void {
  projectPicker.getState().answer?.(choice);
}
