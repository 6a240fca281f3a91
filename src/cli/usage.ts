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
  neurocanvas export <file.ncproj|model.json> --format tfjs|keras|pytorch|onnx --out DIR [--force]
                    [--part generator|discriminator|both]
      Write the model, with its weights, as a bundle for another framework: the model
      files, sample inputs with NeuroCanvas' outputs for them, a verify script and a README.
      Layers the target cannot express are listed and nothing is written. --force replaces
      a folder that already holds files. A GAN writes its generator (the default), its
      discriminator, or both side by side as one model with two inputs and two outputs.
  neurocanvas data list [--json]
      List every dataset: its task, shapes, sizes, and whether it is generated, bundled or
      downloaded on first use (and if so, whether it is already downloaded).
  neurocanvas data fetch <id> [--json]
      Download MNIST, Fashion-MNIST or CIFAR-10 into the app's data folder ahead of use,
      with progress; checks sizes and checksums and keeps nothing partial. Ctrl+C cancels.
  neurocanvas data import <file.csv|folder|file.npy|file.npz|idx-file> -o <file.ncproj> [options]
      Import a CSV file, a folder of images (one subfolder per class), or IDX / NumPy arrays,
      print what was found, dropped or filled in, and write a project that trains on it (a new
      project gets a starter model; an existing one needs --force and keeps its model).
      CSV: --target COL, --task auto|classification|regression, --normalize standardize|minmax|none,
      --missing drop|impute, --bad-rows skip|stop, --header auto|yes|no, --ignore COL,COL,
      --window N --stride N --horizon N (time series). Images: --size N, --color grayscale|rgb.
      Arrays: --labels FILE (or the array's name in an .npz), --inputs NAME, --scale auto|none|255.
      All: --train-ratio X, --seed S, --embed auto|always|never (small datasets are embedded in
      the project, larger ones referenced by path), --json.
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
