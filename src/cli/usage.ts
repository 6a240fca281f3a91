export const USAGE = `neurocanvas — design, check and convert neural networks

Usage:
  neurocanvas summary <file.ncproj|model.json> [--json]
      Print each layer with its output shape and parameters, then the totals and FLOPs.
      --json prints one JSON object instead of the table.
  neurocanvas validate <file.ncproj|model.json> [--json]
      Print every problem in the model; exits 1 if any is an error.
  neurocanvas import <model.json> -o <file.ncproj> [--force]
      Turn a Keras or TensorFlow.js model.json (with its weight files, if present)
      into a NeuroCanvas project. --force overwrites an existing project.
  neurocanvas help | --help
  neurocanvas --version

Exit codes: 0 success, 1 the model has errors or the input could not be read, 2 wrong usage.`;

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
