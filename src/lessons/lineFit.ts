/**
 * The linear-regression lesson's comparison: the line the dataset was drawn around (its options,
 * or their defaults) and the line the trained neuron holds (its kernel and bias).
 */
import { LINEAR_OPTIONS } from '../data/synthetic/linear';
import type { Project } from '../project/project';
import { LINE_NODE } from './regression';

export interface Line {
  /** Slope. */
  a: number;
  /** Intercept. */
  b: number;
}

/** The true line of a project on the Line dataset; null for any other dataset. */
export function trueLine(project: Project): Line | null {
  const ref = project.dataset;
  if (ref?.id !== 'linear') return null;
  const option = (key: 'a' | 'b') => {
    const value = ref.options?.[key];
    return typeof value === 'number' ? value : LINEAR_OPTIONS[key].default;
  };
  return { a: option('a'), b: option('b') };
}

/**
 * The line a one-input, one-unit Dense node has learned, from the project's weights; null before
 * training, or when the node is missing or no longer maps one number to one number.
 */
export function learnedLine(project: Project, nodeId: string = LINE_NODE): Line | null {
  const tensors = project.weights?.[nodeId];
  const kernel = tensors?.find((t) => t.name === 'kernel');
  const bias = tensors?.find((t) => t.name === 'bias');
  if (!kernel || kernel.values.length !== 1) return null;
  if (bias && bias.values.length !== 1) return null;
  return { a: kernel.values[0]!, b: bias ? bias.values[0]! : 0 };
}
