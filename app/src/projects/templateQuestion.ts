/** The template gallery's question: which template to start from. */
import type { ProjectTemplate } from '../../../src/templates';
import { createQuestion } from './question';

export const templateQuestion = createQuestion<true, ProjectTemplate>();

export const askTemplate = (): Promise<ProjectTemplate | null> => templateQuestion.ask(true);
