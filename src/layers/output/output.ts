import { defineLayer, type DatasetInfo } from '../definition';
import { insertFix, layerError, setParamsFix, type LayerIssue } from '../issue';
import type { SelectOption } from '../params';
import { formatShape, product } from '../shape';
import { localText } from '../text/localText';

/** Loss names as Keras writes them in Python. */
const LOSS_OPTIONS: readonly SelectOption[] = [
  { value: 'categorical_crossentropy', label: 'Categorical cross-entropy' },
  { value: 'sparse_categorical_crossentropy', label: 'Sparse categorical cross-entropy' },
  { value: 'binary_crossentropy', label: 'Binary cross-entropy' },
  { value: 'mean_squared_error', label: 'Mean squared error' },
  { value: 'mean_absolute_error', label: 'Mean absolute error' },
  { value: 'huber', label: 'Huber' },
  { value: 'dice', label: 'Dice (mask overlap)' },
];

const METRIC_OPTIONS: readonly SelectOption[] = [
  { value: 'accuracy', label: 'Accuracy' },
  { value: 'mae', label: 'Mean absolute error' },
  { value: 'mse', label: 'Mean squared error' },
  { value: 'iou', label: 'IoU (mask overlap)' },
];

const CLASSIFICATION = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
]);

/** The loss's label as a term, so that it reads in the user's language. */
const lossTerm = (loss: string) => {
  const label = LOSS_OPTIONS.find((o) => o.value === loss)?.label;
  return label ? { term: label } : loss;
};

const useCategorical = () =>
  setParamsFix({ loss: 'categorical_crossentropy' }, localText('problems.fix.categorical'));

/** One output per class for the categorical losses, one probability for binary. */
function checkClasses(loss: string, outputs: number, classes: number): LayerIssue | null {
  const code = 'classes-mismatch';
  if (loss === 'binary_crossentropy') {
    if (classes === 2 && outputs === 1) return null;
    if (classes === 2) {
      return layerError(
        code,
        localText('problems.binaryNeedsOne', { outputs }),
        outputs === 2 ? { fix: useCategorical() } : {},
      );
    }
    return layerError(
      code,
      localText('problems.binaryTwoClasses', { classes }),
      outputs === classes ? { fix: useCategorical() } : {},
    );
  }
  if (outputs === classes) return null;
  return layerError(
    code,
    localText('problems.outputPerClass', { loss: lossTerm(loss), classes, outputs }),
    classes === 2 && outputs === 1
      ? { fix: setParamsFix({ loss: 'binary_crossentropy' }, localText('problems.fix.binary')) }
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
  doc: 'Marks where the prediction comes out and how it is scored. The loss compares predictions with the true answers: categorical cross-entropy for one class out of many (after softmax, with one-hot labels), sparse categorical for the same with whole-number labels, binary cross-entropy for yes/no (after sigmoid), mean squared error, mean absolute error or Huber for predicting numbers, and Dice for masks (segmentation), where the IoU metric reports how well predicted and true masks overlap.',
  inferShape(inputs, p) {
    const input = inputs[0]!;
    if (CLASSIFICATION.has(p.loss) && input.length !== 1) {
      return {
        ok: false,
        issue: layerError(
          'needs-vector',
          localText('problems.needsVectorScores', {
            loss: lossTerm(p.loss),
            rank: input.length,
            shape: formatShape(input),
            size: product(input),
          }),
          { fix: insertFix('Flatten', localText('problems.fix.insert', { layer: 'Flatten' })) },
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
