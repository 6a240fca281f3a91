import { DATASET_IDS } from '../data';
import { OPTIMIZERS } from '../project/training';
import { BACKEND_REQUESTS } from '../protocol';

export const USAGE = `neurocanvas — design, check, train and convert neural networks

Usage:
  neurocanvas summary <file.ncproj|model.json> [--json]
      Print each layer with its output shape and parameters, then the totals and FLOPs.
      --json prints one JSON object instead of the table.
  neurocanvas validate <file.ncproj|model.json> [--json]
      Print every problem in the model; exits 1 if any is an error.
  neurocanvas import <model.json> -o <file.ncproj> [--force]
      Turn a Keras or TensorFlow.js model.json (with its weight files, if present)
      into a NeuroCanvas project. --force overwrites an existing project.
  neurocanvas train <file.ncproj|model.json> [--dataset ID] [--epochs N] [--batch-size B]
                    [--lr X] [--optimizer O] [--backend B] [--seed S] [--out DIR] [--json]
      Train the model in a separate trainer process. Settings come from the project (defaults
      for a model.json); the options override them. The dataset is the project's unless
      --dataset names one: ${DATASET_IDS.join(', ')}.
      --optimizer: ${OPTIMIZERS.join(', ')}.
      --backend: ${BACKEND_REQUESTS.join(', ')} (default: the NEUROCANVAS_BACKEND
      variable, else the fastest that loads).
      --out DIR writes the trained model (TensorFlow.js format: model.json, weights.bin) and
      a run record (run.json). --json prints one JSON object per epoch and one at the end.
      Ctrl+C stops after the batch in progress and keeps the weights (exit code 130).
  neurocanvas help | --help
  neurocanvas --version

Exit codes: 0 success, 1 the model has errors, the input could not be read or training failed,
2 wrong usage, 130 training stopped by Ctrl+C.`;

/** An error whose message is meant for the user as it stands: no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message}\nRun 'neurocanvas help' for usage.`, 2);
}
