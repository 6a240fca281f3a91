/** The Save as dialog's question: the name to save the project under. */
import { createQuestion } from './question';

export const saveAsQuestion = createQuestion<{ current: string }, string>();

export const askSaveName = (current: string): Promise<string | null> =>
  saveAsQuestion.ask({ current });

/**
 * Where the desktop shell asks the system's Save dialog instead: a full path for the file, or null
 * when the user cancels. Null in a browser, where Save as asks for a name only.
 */
type SavePathChooser = (name: string) => Promise<string | null>;
let savePathChooser: SavePathChooser | null = null;

export function chooseSavePathsWith(choose: SavePathChooser | null): void {
  savePathChooser = choose;
}

export function currentSavePathChooser(): SavePathChooser | null {
  return savePathChooser;
}
