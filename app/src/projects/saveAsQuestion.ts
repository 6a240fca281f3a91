/** The Save as dialog's question: the name to save the project under. */
import { createQuestion } from './question';

export const saveAsQuestion = createQuestion<{ current: string }, string>();

export const askSaveName = (current: string): Promise<string | null> =>
  saveAsQuestion.ask({ current });
