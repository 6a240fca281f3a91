/**
 * `train.py` of a Keras bundle: trains the model of model.py with the project's loss, optimizer,
 * learning-rate schedule, batch size, epochs, validation, early stopping and dataset. Written for
 * models with one input and one output, which is what NeuroCanvas' datasets feed.
 */
import type { TrainingSettings } from '../../project/training';
import type { ExportModel } from '../bundle/types';
import { py } from './python';

export const TRAIN_PY = 'train.py';

/** Keras' own name for each NeuroCanvas loss. Targets are one-hot, so sparse becomes categorical. */
const LOSSES: Readonly<Record<string, string>> = {
  categorical_crossentropy: '"categorical_crossentropy"',
  sparse_categorical_crossentropy: '"categorical_crossentropy"',
  binary_crossentropy: '"binary_crossentropy"',
  mean_squared_error: '"mean_squared_error"',
  mean_absolute_error: '"mean_absolute_error"',
  huber: 'keras.losses.Huber(delta=1.0)',
  dice: 'dice_loss',
};

/** Python functions for the loss and metric Keras does not have under NeuroCanvas' definition. */
const DICE_LOSS = `def dice_loss(y_true, y_pred):
    """Soft Dice loss of each mask: 1 - (2 * overlap + 1) / (true + predicted + 1)."""
    axes = tuple(range(1, len(y_pred.shape)))
    overlap = keras.ops.sum(y_true * y_pred, axis=axes)
    total = keras.ops.sum(y_true, axis=axes) + keras.ops.sum(y_pred, axis=axes)
    return 1 - (2 * overlap + 1) / (total + 1)`;
const IOU_METRIC = `def iou(y_true, y_pred):
    """Intersection over union of each mask, pixels inside from 0.5 up; 1 for two empty masks."""
    axes = tuple(range(1, len(y_pred.shape)))
    truth = keras.ops.cast(y_true >= 0.5, "float32")
    predicted = keras.ops.cast(y_pred >= 0.5, "float32")
    both = keras.ops.sum(truth * predicted, axis=axes)
    either = keras.ops.sum(truth, axis=axes) + keras.ops.sum(predicted, axis=axes) - both
    return keras.ops.where(either == 0, 1.0, both / keras.ops.maximum(either, 1.0))`;
const CLASSIFICATION = new Set([
  'categorical_crossentropy',
  'sparse_categorical_crossentropy',
  'binary_crossentropy',
]);

/** The optimizer with the same constants NeuroCanvas trains with (Keras' defaults, ε = 1e-7). */
function optimizerCall(t: TrainingSettings, rate: string): string {
  switch (t.optimizer) {
    case 'sgd':
      return `keras.optimizers.SGD(learning_rate=${rate}, momentum=${py(t.momentum)}, nesterov=${py(t.nesterov)})`;
    case 'adam':
      return `keras.optimizers.Adam(learning_rate=${rate}, beta_1=0.9, beta_2=0.999, epsilon=1e-7)`;
    case 'rmsprop':
      return `keras.optimizers.RMSprop(learning_rate=${rate}, rho=0.9, momentum=0.0, epsilon=1e-7)`;
    case 'adagrad':
      return `keras.optimizers.Adagrad(learning_rate=${rate}, initial_accumulator_value=0.1, epsilon=1e-7)`;
    case 'adadelta':
      return `keras.optimizers.Adadelta(learning_rate=${rate}, rho=0.95, epsilon=1e-7)`;
    case 'adamax':
      return `keras.optimizers.Adamax(learning_rate=${rate}, beta_1=0.9, beta_2=0.999, epsilon=1e-7)`;
  }
}

function scheduleText(t: TrainingSettings): string {
  switch (t.lrSchedule) {
    case 'constant':
      return 'constant';
    case 'step':
      return `times ${t.lrStepFactor} every ${t.lrStepEpochs} epochs`;
    case 'exponential':
      return `times ${t.lrDecayRate} after every epoch`;
    case 'cosine':
      return 'cosine, down to 0 at the last batch';
  }
}

/** Per-epoch schedules are a callback; cosine changes every batch, so it is the optimizer's rate. */
function scheduleCallback(t: TrainingSettings): string | null {
  if (t.lrSchedule === 'step')
    return `keras.callbacks.LearningRateScheduler(\n            lambda epoch: LEARNING_RATE * ${py(t.lrStepFactor)} ** (epoch // ${t.lrStepEpochs})\n        )`;
  if (t.lrSchedule === 'exponential')
    return `keras.callbacks.LearningRateScheduler(\n            lambda epoch: LEARNING_RATE * ${py(t.lrDecayRate)} ** epoch\n        )`;
  return null;
}

function loadDataFunction(datasetId: string | undefined, inputShape: readonly number[]): string {
  if (datasetId === 'mnist') {
    return `def load_data():
    """MNIST from keras.datasets, the same 60,000 training and 10,000 test digits, scaled to
    [0, 1] and shaped like the model's input, with one-hot labels."""
    (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    shape = (-1, *${py([...inputShape])})
    x_train = (x_train / 255.0).astype("float32").reshape(shape)
    x_test = (x_test / 255.0).astype("float32").reshape(shape)
    y_train = keras.utils.to_categorical(y_train, 10)
    y_test = keras.utils.to_categorical(y_test, 10)
    return x_train, y_train, x_test, y_test`;
  }
  const what = datasetId
    ? `the dataset '${datasetId}', exported with the bundle`
    : 'your data: x_train, y_train, x_test, y_test';
  return `def load_data():
    """data.npz: ${what}, in NeuroCanvas' layout
    (channels-last, batch first; classes one-hot)."""
    with np.load(Path(__file__).with_name("data.npz")) as data:
        return data["x_train"], data["y_train"], data["x_test"], data["y_test"]`;
}

export function trainPy(model: ExportModel): string {
  const t = model.training;
  const output = model.topology.outputs[0]!;
  const input = model.topology.inputs[0]!;
  const classification = CLASSIFICATION.has(output.loss);
  const loss = LOSSES[output.loss] ?? py(output.loss);
  const metrics = output.metrics.filter((m) => m !== 'accuracy' || classification);
  const binaryColumn = output.loss === 'binary_crossentropy' && output.shape[0] === 1;
  const validation =
    t.validationSource === 'test'
      ? 'the test set'
      : `${Math.round(t.validationSplit * 100)}% of the training examples, chosen with the seed`;
  const callbacks = [
    scheduleCallback(t),
    t.earlyStopping
      ? `keras.callbacks.EarlyStopping(\n            monitor=${py(t.earlyStoppingMonitor)},\n            patience=${t.earlyStoppingPatience},\n            restore_best_weights=${py(t.restoreBestWeights)},\n        )`
      : null,
  ].filter((c): c is string => c !== null);
  const helpers = [
    output.loss === 'dice' ? DICE_LOSS : null,
    metrics.includes('iou') ? IOU_METRIC : null,
  ].filter((h): h is string => h !== null);
  const rate =
    t.lrSchedule === 'cosine'
      ? 'keras.optimizers.schedules.CosineDecay(LEARNING_RATE, decay_steps=total_steps)'
      : 'LEARNING_RATE';

  return `"""Trains the model of model.py the way NeuroCanvas trains it.

    loss           ${output.loss}
    optimizer      ${t.optimizer}, learning rate ${t.learningRate}
    schedule       ${scheduleText(t)}
    batch size     ${t.batchSize}
    epochs         ${t.epochs}
    validation     ${validation}
    dataset        ${model.datasetId ?? 'data.npz (yours)'}

    python train.py                          # from fresh weights
    python train.py --from-weights           # on from the bundle's weights
    python train.py --epochs 1 --limit 512   # a quick check

The trained weights are written to trained_weights.npz, laid out like weights.npz, so
load_weights(model, "trained_weights.npz") from model.py puts them on a model.
"""
import argparse
import math
${model.datasetId === 'mnist' ? '' : 'from pathlib import Path\n'}
import keras
import numpy as np

from model import WEIGHT_NAMES, build_model, create_model
${helpers.length === 0 ? '' : `\n\n${helpers.join('\n\n\n')}\n`}
LOSS = ${loss}
METRICS = ${metrics.length === 0 ? '[]' : `[${metrics.map((m) => (m === 'iou' ? 'iou' : py(m))).join(', ')}]`}
LEARNING_RATE = ${py(t.learningRate)}
BATCH_SIZE = ${t.batchSize}
EPOCHS = ${t.epochs}
${t.validationSource === 'test' ? 'VALIDATE_ON_TEST = True' : `VALIDATION_SPLIT = ${py(t.validationSplit)}`}
SHUFFLE = ${py(t.shuffle)}
SEED = ${t.seed}


${loadDataFunction(model.datasetId, input.shape)}


def make_optimizer(total_steps):
    """The optimizer; total_steps is the number of batches in the whole run."""
    return ${optimizerCall(t, rate)}


def make_callbacks():
    return [${callbacks.length === 0 ? '' : `\n        ${callbacks.join(',\n        ')},\n    `}]


def save_weights(model, path):
    arrays = {}
    for layer_name, names in WEIGHT_NAMES.items():
        for name, value in zip(names, model.get_layer(layer_name).get_weights()):
            arrays[f"{layer_name}/{name}"] = value
    np.savez(path, **arrays)


def main():
    parser = argparse.ArgumentParser(description="Train the model of model.py.")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--limit", type=int, help="train on at most this many examples")
    parser.add_argument("--from-weights", action="store_true",
                        help="start from the bundle's weights instead of fresh ones")
    parser.add_argument("--out", default="trained_weights.npz")
    args = parser.parse_args()

    keras.utils.set_random_seed(SEED)
    x_train, y_train, x_test, y_test = load_data()
${
  binaryColumn
    ? `    # NeuroCanvas keeps classes one-hot; a single sigmoid output learns the second column.
    if y_train.shape[-1] == 2:
        y_train, y_test = y_train[:, 1:], y_test[:, 1:]
`
    : ''
}    if args.limit:
        x_train, y_train = x_train[: args.limit], y_train[: args.limit]
${
  t.validationSource === 'test'
    ? `    validation = (x_test, y_test) if len(x_test) else None
`
    : `    order = np.random.default_rng(SEED).permutation(len(x_train))
    held = int(round(len(x_train) * VALIDATION_SPLIT))
    validation = (x_train[order[:held]], y_train[order[:held]]) if held else None
    x_train, y_train = x_train[order[held:]], y_train[order[held:]]
`
}
    model = build_model() if args.from_weights else create_model()
    total_steps = math.ceil(len(x_train) / BATCH_SIZE) * args.epochs
    model.compile(optimizer=make_optimizer(total_steps), loss=LOSS, metrics=METRICS)
    model.fit(x_train, y_train, batch_size=BATCH_SIZE, epochs=args.epochs, shuffle=SHUFFLE,
              validation_data=validation, callbacks=make_callbacks())
    if len(x_test):
        model.evaluate(x_test, y_test, batch_size=BATCH_SIZE)
    save_weights(model, args.out)
    print(f"Wrote {args.out}.")


if __name__ == "__main__":
    main()
`;
}
