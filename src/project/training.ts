/**
 * Training settings stored with a project. They are described with the same parameter specs as
 * layer parameters, so the inspector can render them and the loader checks them by the same rules.
 * The settings are flat (one value per key): the project file, the protocol's start message and
 * the inspector all read this one list, and a file written before a setting existed loads with
 * that setting's default.
 */
import type { BoolSpec, FloatSpec, IntSpec, ParamValue, SelectSpec } from '../layers/params';

export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad', 'adadelta', 'adamax'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

export const LR_SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export type LearningRateSchedule = (typeof LR_SCHEDULES)[number];

export const VALIDATION_SOURCES = ['split', 'test'] as const;
export type ValidationSource = (typeof VALIDATION_SOURCES)[number];

export const EARLY_STOPPING_MONITORS = ['val_loss', 'val_accuracy', 'loss'] as const;
export type EarlyStoppingMonitor = (typeof EARLY_STOPPING_MONITORS)[number];

export const AUGMENT_FLIPS = ['off', 'horizontal', 'vertical', 'both'] as const;
export type AugmentFlip = (typeof AUGMENT_FLIPS)[number];

export interface TrainingSettings {
  optimizer: Optimizer;
  learningRate: number;
  /** SGD only: the share of the previous step kept in the next (0 is plain gradient descent). */
  momentum: number;
  /** SGD only: take the gradient at the point momentum is about to carry the weights to. */
  nesterov: boolean;
  /** How the learning rate changes as training goes on. */
  lrSchedule: LearningRateSchedule;
  /** Step decay: the rate is multiplied by this factor … */
  lrStepFactor: number;
  /** … every this many epochs. */
  lrStepEpochs: number;
  /** Exponential decay: the rate is multiplied by this factor after every epoch. */
  lrDecayRate: number;
  batchSize: number;
  epochs: number;
  /** Where the validation examples come from: held back from training, or the test set. */
  validationSource: ValidationSource;
  /** The fraction of examples held back to measure accuracy on data the model has not seen. */
  validationSplit: number;
  /** Shuffle the examples before every epoch. */
  shuffle: boolean;
  /** Seeds weight initialisation, shuffling and the validation split, so a run can be repeated. */
  seed: number;
  /** Stop when the monitored number has not improved for `earlyStoppingPatience` epochs. */
  earlyStopping: boolean;
  earlyStoppingMonitor: EarlyStoppingMonitor;
  earlyStoppingPatience: number;
  /** When early stopping ends a run, go back to the weights of the best epoch. */
  restoreBestWeights: boolean;
  /** Image inputs only: mirror training images at random (never validation or test images). */
  augmentFlip: AugmentFlip;
  /** Image inputs only: the largest random shift of a training image, in pixels (0 is off). */
  augmentShift: number;
  /** Image inputs only: the largest random rotation of a training image, in degrees (0 is off). */
  augmentRotation: number;
  /** GAN only: discriminator updates before each generator update. */
  ganDiscriminatorSteps: number;
  /** GAN only: the generator's learning rate; the discriminator uses `learningRate`. */
  ganGeneratorLearningRate: number;
}

/** The settings that change training images; they apply only to inputs of rank 3 (H, W, C). */
export const AUGMENT_SETTINGS = ['augmentFlip', 'augmentShift', 'augmentRotation'] as const;

/**
 * The settings of adversarial training. They apply only to a GAN, whose panel shows them beside
 * it; the general training form leaves them out.
 */
export const GAN_SETTINGS = ['ganDiscriminatorSteps', 'ganGeneratorLearningRate'] as const;

/** Whether the training form shows a setting, for a dataset whose examples have `inputShape`. */
export function settingApplies(key: string, inputShape: readonly number[] | null): boolean {
  if ((GAN_SETTINGS as readonly string[]).includes(key)) return false;
  if (!(AUGMENT_SETTINGS as readonly string[]).includes(key)) return true;
  return inputShape !== null && inputShape.length === 3;
}

/** Whether any augmentation is switched on. */
export function augments(settings: TrainingSettings): boolean {
  return (
    settings.augmentFlip !== 'off' || settings.augmentShift > 0 || settings.augmentRotation > 0
  );
}

const OPTIMIZER_LABELS: Record<Optimizer, string> = {
  sgd: 'SGD',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
  adadelta: 'Adadelta',
  adamax: 'Adamax',
};

type Values = Readonly<Record<string, ParamValue>>;
const forSgd = (v: Values) => v.optimizer === 'sgd';
const withSchedule = (schedule: LearningRateSchedule) => (v: Values) => v.lrSchedule === schedule;
const withEarlyStopping = (v: Values) => v.earlyStopping === true;

/** The spec kind that describes each setting's type. */
type SpecFor<T> = T extends boolean
  ? BoolSpec
  : T extends number
    ? IntSpec | FloatSpec
    : SelectSpec;

export const TRAINING_PARAMS: {
  readonly [K in keyof TrainingSettings]: SpecFor<TrainingSettings[K]>;
} = {
  optimizer: {
    kind: 'select',
    default: 'adam',
    options: OPTIMIZERS.map((value) => ({ value, label: OPTIMIZER_LABELS[value] })),
    label: 'Optimizer',
    help: 'How the weights are moved against the gradient after each batch.',
  },
  learningRate: {
    kind: 'float',
    default: 0.001,
    min: 0.000001,
    max: 10,
    step: 0.0001,
    label: 'Learning rate',
    help: 'How large each step is; too large and the loss jumps, too small and it barely moves.',
  },
  momentum: {
    kind: 'float',
    default: 0,
    min: 0,
    max: 0.999,
    step: 0.05,
    label: 'Momentum',
    help: 'How much of the previous step carries into the next; 0.9 rolls through small bumps.',
    visibleWhen: forSgd,
  },
  nesterov: {
    kind: 'bool',
    default: false,
    label: 'Nesterov',
    help: 'Look ahead: take the gradient where momentum is about to carry the weights.',
    visibleWhen: forSgd,
  },
  lrSchedule: {
    kind: 'select',
    default: 'constant',
    options: [
      { value: 'constant', label: 'Constant' },
      { value: 'step', label: 'Step decay' },
      { value: 'exponential', label: 'Exponential decay' },
      { value: 'cosine', label: 'Cosine (to 0)' },
    ],
    label: 'Schedule',
    help: 'How the learning rate changes during the run; smaller steps late help it settle.',
  },
  lrStepFactor: {
    kind: 'float',
    default: 0.5,
    min: 0.001,
    max: 1,
    step: 0.05,
    label: 'Decay factor',
    help: 'The learning rate is multiplied by this at every step.',
    visibleWhen: withSchedule('step'),
  },
  lrStepEpochs: {
    kind: 'int',
    default: 10,
    min: 1,
    max: 100_000,
    label: 'Every N epochs',
    help: 'How many epochs pass between two steps down.',
    visibleWhen: withSchedule('step'),
  },
  lrDecayRate: {
    kind: 'float',
    default: 0.95,
    min: 0.001,
    max: 1,
    step: 0.01,
    label: 'Decay per epoch',
    help: 'The learning rate is multiplied by this after every epoch (0.95: 5% smaller each time).',
    visibleWhen: withSchedule('exponential'),
  },
  batchSize: {
    kind: 'int',
    default: 32,
    min: 1,
    max: 65_536,
    label: 'Batch size',
    help: 'How many examples are averaged for each weight update.',
  },
  epochs: {
    kind: 'int',
    default: 10,
    min: 1,
    max: 100_000,
    label: 'Epochs',
    help: 'How many times training passes over all the examples.',
  },
  validationSource: {
    kind: 'select',
    default: 'split',
    options: [
      { value: 'split', label: 'Part of the training data' },
      { value: 'test', label: 'The test set' },
    ],
    label: 'Validate on',
    help: 'Which examples check the model after every epoch; it never learns from them.',
  },
  validationSplit: {
    kind: 'float',
    default: 0.2,
    min: 0,
    max: 0.9,
    step: 0.05,
    label: 'Validation split',
    help: 'The fraction of examples kept aside to check the model on data it has not learned from.',
    visibleWhen: (v) => v.validationSource === 'split',
  },
  shuffle: {
    kind: 'bool',
    default: true,
    label: 'Shuffle',
    help: 'Mix the order of the examples before every epoch.',
  },
  seed: {
    kind: 'int',
    default: 42,
    min: 0,
    max: 2_147_483_647,
    label: 'Random seed',
    help: 'The same seed gives the same starting weights and the same order, so runs can be compared.',
  },
  earlyStopping: {
    kind: 'bool',
    default: false,
    label: 'Early stopping',
    help: 'Stop by itself once the model has stopped getting better.',
  },
  earlyStoppingMonitor: {
    kind: 'select',
    default: 'val_loss',
    options: [
      { value: 'val_loss', label: 'Validation loss' },
      { value: 'val_accuracy', label: 'Validation accuracy' },
      { value: 'loss', label: 'Training loss' },
    ],
    label: 'Watch',
    help: 'The number that must keep improving; validation loss shows overfitting first.',
    visibleWhen: withEarlyStopping,
  },
  earlyStoppingPatience: {
    kind: 'int',
    default: 5,
    min: 0,
    max: 100_000,
    label: 'Patience',
    help: 'How many epochs without improvement to wait before stopping.',
    visibleWhen: withEarlyStopping,
  },
  restoreBestWeights: {
    kind: 'bool',
    default: true,
    label: 'Keep the best epoch',
    help: 'When stopping early, go back to the weights of the epoch that scored best.',
    visibleWhen: withEarlyStopping,
  },
  augmentFlip: {
    kind: 'select',
    default: 'off',
    options: [
      { value: 'off', label: 'Off' },
      { value: 'horizontal', label: 'Left–right' },
      { value: 'vertical', label: 'Top–bottom' },
      { value: 'both', label: 'Both' },
    ],
    label: 'Random flips',
    help: 'Mirror training images at random; left–right suits photos, not digits or letters.',
  },
  augmentShift: {
    kind: 'int',
    default: 0,
    min: 0,
    max: 16,
    label: 'Random shift (px)',
    help: 'Move each training image by up to this many pixels; 0 leaves them in place.',
  },
  augmentRotation: {
    kind: 'int',
    default: 0,
    min: 0,
    max: 45,
    label: 'Random rotation (°)',
    help: 'Turn each training image by up to this many degrees; 0 leaves them upright.',
  },
  ganDiscriminatorSteps: {
    kind: 'int',
    default: 1,
    min: 1,
    max: 20,
    label: 'Discriminator steps per generator step',
    help: 'How many times the discriminator learns before the generator learns once.',
  },
  ganGeneratorLearningRate: {
    kind: 'float',
    default: 0.001,
    min: 0.000001,
    max: 10,
    step: 0.0001,
    label: 'Generator learning rate',
    help: "The generator's step size; the discriminator uses the learning rate above.",
  },
};

export function defaultTraining(): TrainingSettings {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(TRAINING_PARAMS)) out[key] = spec.default;
  return out as unknown as TrainingSettings;
}
