/**
 * The options of `neurocanvas train`, read from their text and checked by the same parameter specs
 * the project file and the inspector use, so a value the app refuses is refused here too, in the
 * same words.
 */
import { describeExpected, paramProblem } from '../../layers/paramCheck';
import type { ParamSpec } from '../../layers/params';
import { TRAINING_PARAMS, type Optimizer, type TrainingSettings } from '../../project/training';
import { BACKEND_REQUESTS, type BackendRequest } from '../../protocol';
import { usageError } from '../usage';

/** The options as parseArgs hands them over: text, or absent. */
export interface TrainFlagText {
  dataset?: string;
  epochs?: string;
  'batch-size'?: string;
  lr?: string;
  optimizer?: string;
  backend?: string;
  seed?: string;
  out?: string;
}

export const TRAIN_FLAG_NAMES = [
  'dataset',
  'epochs',
  'batch-size',
  'lr',
  'optimizer',
  'backend',
  'seed',
  'out',
] as const satisfies readonly (keyof TrainFlagText)[];

export interface TrainFlags {
  dataset?: string;
  /** Settings that override the project's. */
  training: Partial<TrainingSettings>;
  /** Absent: the trainer decides (NEUROCANVAS_BACKEND, else the fastest that loads). */
  backend?: BackendRequest;
  out?: string;
}

const NUMERIC: readonly [keyof TrainFlagText, 'epochs' | 'batchSize' | 'learningRate' | 'seed'][] =
  [
    ['epochs', 'epochs'],
    ['batch-size', 'batchSize'],
    ['lr', 'learningRate'],
    ['seed', 'seed'],
  ];

/** Reads and checks every option; the first bad one is a usage error (exit 2) naming it. */
export function parseTrainFlags(text: TrainFlagText): TrainFlags {
  const training: Partial<TrainingSettings> = {};
  for (const [flag, key] of NUMERIC) {
    const given = text[flag];
    if (given === undefined) continue;
    training[key] = checked(flag, TRAINING_PARAMS[key], given, numberFrom(given));
  }
  if (text.optimizer !== undefined) {
    const name = text.optimizer.trim().toLowerCase();
    training.optimizer = checked(
      'optimizer',
      TRAINING_PARAMS.optimizer,
      text.optimizer,
      name as Optimizer,
    );
  }
  const flags: TrainFlags = { training };
  if (text.backend !== undefined) {
    const name = text.backend.trim().toLowerCase();
    if (!(BACKEND_REQUESTS as readonly string[]).includes(name)) {
      throw usageError(
        `--backend must be one of ${BACKEND_REQUESTS.join(', ')}, but is ${JSON.stringify(text.backend)}.`,
      );
    }
    flags.backend = name as BackendRequest;
  }
  if (text.dataset !== undefined) flags.dataset = nonEmpty('dataset', text.dataset);
  if (text.out !== undefined) flags.out = nonEmpty('out', text.out);
  return flags;
}

/** `Number` reads '', ' ' and '0x10' too; a setting is written as a plain decimal number. */
function numberFrom(text: string): number {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text) ? Number(text) : NaN;
}

function checked<T>(flag: string, spec: ParamSpec, given: string, value: T): T {
  if (paramProblem(spec, value) === null) return value;
  throw usageError(`--${flag} must be ${describeExpected(spec)}, but is ${JSON.stringify(given)}.`);
}

function nonEmpty(flag: string, given: string): string {
  if (given.trim() === '') throw usageError(`--${flag} needs a value.`);
  return given;
}
