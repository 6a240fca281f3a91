import { defineLayer, type DatasetInfo } from '../definition';
import { layerError, type LayerIssue } from '../issue';
import type { SelectOption } from '../params';
import { formatShape, product } from '../shape';

/** Loss names as Keras writes them in Python. */
const LOSS_OPTIONS: readonly SelectOption[] = [
  { value: 'categorical_crossentropy', label: 'Categorical cross-entropy' },
  { value: 'sparse_categorical_crossentropy', label: 'Sparse categorical cross-entropy' },
  { value: 'binary_crossentropy', label: 'Binary cross-entropy' },
  { value: 'mean_squared_error', label: 'Mean squared error' },
  { value: 'mean_absolute_error', label: 'Mean absolute error' },
  { value: 'huber', label: 'Huber' },
];

const METRIC_OPTIONS: readonly SelectOption[] = [
  { value: 'accuracy', label: 'Accuracy' },
  { value: 'mae', label: 'Mean absolute error' },
  { value: 'mse', label: 'Mean squared error' },
];

const CLASSIFICATION = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
]);

const count = (n: number) => (n === 1 ? '1 value' : `${n} values`);

const lossLabel = (loss: string) => LOSS_OPTIONS.find((o) => o.value === loss)?.label ?? loss;

/** One output per class for the categorical losses, one probability for binary. */
function checkClasses(loss: string, outputs: number, classes: number): LayerIssue | null {
  const code = 'classes-mismatch';
  if (loss === 'binary_crossentropy') {
    if (classes === 2 && outputs === 1) return null;
    if (classes === 2) {
      return layerError(
        code,
        `Binary cross-entropy needs 1 output (the probability of the second class) for a dataset with 2 classes, but this output has ${count(outputs)}.`,
        outputs === 2
          ? {
              fix: {
                kind: 'setParams',
                params: { loss: 'categorical_crossentropy' },
                label: 'Use categorical cross-entropy',
              },
            }
          : {},
      );
    }
    return layerError(
      code,
      `Binary cross-entropy is for 2 classes, but the dataset has ${classes} classes. Use categorical cross-entropy with ${classes} outputs.`,
      outputs === classes
        ? {
            fix: {
              kind: 'setParams',
              params: { loss: 'categorical_crossentropy' },
              label: 'Use categorical cross-entropy',
            },
          }
        : {},
    );
  }
  if (outputs === classes) return null;
  return layerError(
    code,
    `${lossLabel(loss)} needs one output per class: the dataset has ${classes} classes, but this output has ${count(outputs)}. Give the layer before it ${classes} units.`,
    classes === 2 && outputs === 1
      ? {
          fix: {
            kind: 'setParams',
            params: { loss: 'binary_crossentropy' },
            label: 'Use binary cross-entropy',
          },
        }
      : {},
  );
}

export const output = defineLayer({
  type: 'Output',
  label: 'Output',
  category: 'Output',
  inputs: { min: 1, max: 1 },
  params: {
    loss: {
      kind: 'select',
      default: 'categorical_crossentropy',
      options: LOSS_OPTIONS,
      label: 'Loss',
      help: 'How a wrong prediction is scored; training makes this number smaller.',
    },
    metrics: {
      kind: 'multiselect',
      default: ['accuracy'],
      options: METRIC_OPTIONS,
      label: 'Metrics',
      help: 'Extra numbers reported during training; they do not change what is learned.',
    },
  },
  keyParams: ['loss'],
  doc: 'Marks where the prediction comes out and how it is scored. The loss compares predictions with the true answers: categorical cross-entropy for one class out of many (after softmax, with one-hot labels), sparse categorical for the same with whole-number labels, binary cross-entropy for yes/no (after sigmoid), and mean squared error, mean absolute error or Huber for predicting numbers.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    if (CLASSIFICATION.has(p.loss) && input.length !== 1) {
      return {
        ok: false,
        issue: layerError(
          'needs-vector',
          `${lossLabel(p.loss)} scores a vector of class scores, but receives a ${input.length}-D tensor of shape ${formatShape(input)}. Insert a Flatten layer to turn it into a vector of ${product(input)} values.`,
          { fix: { kind: 'insertBefore', layerType: 'Flatten', label: 'Insert Flatten' } },
        ),
      };
    }
    return { ok: true, shape: [...input] };
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  // A marker: the model's output is the layer feeding it.
  toKeras: () => null,
  checkDataset(inputs, p, dataset: DatasetInfo) {
    if (dataset.numClasses === undefined || !CLASSIFICATION.has(p.loss)) return null;
    const input = inputs[0]!;
    if (input.length !== 1) return null; // inferShape already explains this
    return checkClasses(p.loss, input[0]!, dataset.numClasses);
  },
});
