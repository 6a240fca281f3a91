/** The template gallery, in the order it is shown: from the simplest model to the richest. */
import { branching } from './branching';
import { lenet5 } from './lenet5';
import { perceptron } from './perceptron';
import { spiralMlp } from './spiralMlp';
import type { ProjectTemplate } from './template';

export const TEMPLATES: readonly ProjectTemplate[] = [perceptron, spiralMlp, lenet5, branching];

export function getTemplate(id: string): ProjectTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export type { ProjectTemplate } from './template';
