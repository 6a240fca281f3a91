/**
 * Everything that can be found wrong before a run starts, each as a refusal that says what is
 * wrong and what to do: settings out of their bounds, a dataset whose shapes do not fit the model,
 * early stopping with nothing to watch, a probe example that does not exist.
 */
import type { ModelInput, ModelOutput } from '../../compiler/toKeras';
import type { Dataset } from '../../data';
import { checkParamValue } from '../../layers/paramCheck';
import type { Shape } from '../../layers/shape';
import { TRAINING_PARAMS, type TrainingSettings } from '../../project/training';
import type { StreamSettings } from '../../protocol';

export interface Refusal {
  message: string;
  suggestion?: string;
}

const LOSSES = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
  'mean_squared_error',
  'mean_absolute_error',
  'huber',
]);

/** "[28, 28, 1]": shapes are named the same way in every message. */
export function showShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function settingsProblem(settings: TrainingSettings): Refusal | null {
  for (const [key, spec] of Object.entries(TRAINING_PARAMS)) {
    const value = Object.hasOwn(settings, key)
      ? (settings as unknown as Record<string, unknown>)[key]
      : undefined;
    const problem = checkParamValue(spec, value);
    if (problem)
      return {
        message: `The training settings cannot be used: ${problem}.`,
        suggestion: `Change "${spec.label}" in the training settings.`,
      };
  }
  return null;
}

/** The one input and one output a run trains, or why the model cannot be trained on the data. */
export function shapeProblem(
  inputs: readonly ModelInput[],
  outputs: readonly ModelOutput[],
  dataset: Dataset,
): Refusal | null {
  if (inputs.length !== 1 || outputs.length !== 1)
    return {
      message: `The model has ${count(inputs.length, 'input')} and ${count(outputs.length, 'output')}, but training feeds it one input and one target per example from the dataset.`,
      suggestion: 'Train a model with exactly one Input layer and one Output layer.',
    };
  const input = inputs[0]!;
  const output = outputs[0]!;
  const name = `"${dataset.name}"`;
  if (!sameShape(input.shape, dataset.inputShape))
    return {
      message: `The dataset ${name} gives inputs of shape ${showShape(dataset.inputShape)}, but the model's input "${input.layerName}" takes shape ${showShape(input.shape)}.`,
      suggestion: `Set the Input layer's shape to ${showShape(dataset.inputShape)}.`,
    };
  if (!LOSSES.has(output.loss))
    return {
      message: `The Output's loss "${output.loss}" is not one training knows.`,
      suggestion: 'Choose a loss in the Output layer.',
    };
  const target = dataset.targetShape;
  const fits =
    sameShape(output.shape, target) ||
    (dataset.task === 'classification' &&
      output.loss === 'binary_crossentropy' &&
      sameShape(target, [2]) &&
      sameShape(output.shape, [1]));
  if (fits) return null;
  const classes =
    dataset.task === 'classification' ? ` (one-hot, ${count(product(target), 'class')})` : '';
  return {
    message: `The dataset ${name} has targets of shape ${showShape(target)}${classes}, but the model's output "${output.layerName}" has shape ${showShape(output.shape)}.`,
    suggestion:
      dataset.task === 'classification' && target.length === 1
        ? `Give the last layer ${target[0]} units, one per class.`
        : `Make the last layer output shape ${showShape(target)}.`,
  };
}

export function runProblem(
  settings: TrainingSettings,
  streams: StreamSettings,
  dataset: Dataset,
  validationExamples: number,
  metricKeys: readonly string[],
): Refusal | null {
  if (dataset.train.count === 0)
    return { message: `The dataset "${dataset.name}" has no training examples.` };
  if (settings.earlyStopping && settings.earlyStoppingMonitor !== 'loss') {
    const watched = settings.earlyStoppingMonitor === 'val_loss' ? 'loss' : 'accuracy';
    if (validationExamples === 0)
      return {
        message: `Early stopping watches the validation ${watched}, but no examples are held back for validation.`,
        suggestion:
          'Set a validation split above 0, validate on the test set, or let early stopping watch the training loss.',
      };
    if (watched === 'accuracy' && !metricKeys.includes('acc'))
      return {
        message:
          'Early stopping watches the validation accuracy, but the model does not measure accuracy.',
        suggestion:
          'Add the accuracy metric to the Output layer (classification only), or watch the loss.',
      };
  }
  if (streams.activations && streams.probeIndex >= dataset.train.count)
    return {
      message: `Probe example ${streams.probeIndex} does not exist: the training data has ${dataset.train.count} examples, numbered from 0.`,
      suggestion: `Choose an example from 0 to ${dataset.train.count - 1}.`,
    };
  return null;
}

function sameShape(a: Shape | readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

const product = (shape: readonly number[]) => shape.reduce((p, d) => p * d, 1);

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}`;
}
