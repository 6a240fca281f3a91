/** The `neurocanvas` command: parses arguments, runs one verb, and turns every failure into one line. */
import { parseArgs } from 'node:util';
import { runData } from './commands/data';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runSummary } from './commands/summary';
import { runTrain } from './commands/train';
import { runValidate } from './commands/validate';
import { parseTrainFlags, TRAIN_FLAG_NAMES } from './train/flags';
import { CliError, USAGE, usageError } from './usage';
import { VERSION } from './version';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Only when standard output is a terminal: writes as is, for a progress bar redrawn in place. */
  progress?: (text: string) => void;
  /** The terminal's width, when there is one. */
  columns?: number;
  /** Calls `handler` on every Ctrl+C (SIGINT) until the returned function is called. */
  onInterrupt?: (handler: () => void) => () => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  ...(process.stdout.isTTY ? { progress: (text: string) => process.stdout.write(text) } : {}),
  // Read when drawn, so that a resized terminal gets a bar of the new width.
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns || undefined : undefined;
  },
  onInterrupt: (handler) => {
    const listener = () => handler();
    process.on('SIGINT', listener);
    return () => void process.off('SIGINT', listener);
  },
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`neurocanvas: ${err.message}`);
      return err.exitCode;
    }
    // Anything else is a fault of ours; still one clear line, the details only on request.
    const message = err instanceof Error ? err.message : String(err);
    io.err(`neurocanvas: unexpected failure: ${message}`);
    if (process.env.NEUROCANVAS_DEBUG && err instanceof Error) io.err(err.stack ?? '');
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  // 'data' has sub-verbs with options of their own.
  if (argv[0] === 'data') return runData(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        dataset: { type: 'string' },
        epochs: { type: 'string' },
        'batch-size': { type: 'string' },
        lr: { type: 'string' },
        optimizer: { type: 'string' },
        backend: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        part: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw usageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const [verb, ...rest] = positionals;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  if (values.help || verb === undefined || verb === 'help') {
    io.out(USAGE);
    return 0;
  }
  const file = rest[0];
  if (rest.length > 1)
    throw usageError(`'${verb}' takes one file, but got ${rest.length}: ${rest.join(' ')}`);
  if (verb !== 'train') {
    // 'export' shares --out with 'train': both write into a folder.
    const stray = TRAIN_FLAG_NAMES.find(
      (name) => values[name] !== undefined && !(verb === 'export' && name === 'out'),
    );
    if (stray) throw usageError(`--${stray} belongs to 'train', not to '${verb}'`);
  }
  if (verb !== 'export' && values.format !== undefined)
    throw usageError(`--format belongs to 'export', not to '${verb}'`);
  if (verb !== 'export' && values.part !== undefined)
    throw usageError(`--part belongs to 'export', not to '${verb}'`);
  switch (verb) {
    case 'summary':
      return runSummary(requireFile(verb, file), { json: values.json === true }, io);
    case 'validate':
      return runValidate(requireFile(verb, file), { json: values.json === true }, io);
    case 'import': {
      if (!values.output) throw usageError("'import' needs the project to write: -o <file.ncproj>");
      return runImport(
        requireFile(verb, file),
        values.output,
        { force: values.force === true },
        io,
      );
    }
    case 'train': {
      const trainFile = requireFile(verb, file);
      if (values.output !== undefined) throw usageError("'train' writes to --out DIR, not -o");
      if (values.force) throw usageError("--force belongs to 'import', not to 'train'");
      const flags = parseTrainFlags(values);
      return runTrain(trainFile, { ...flags, json: values.json === true }, io);
    }
    case 'export':
      return runExport(
        requireFile(verb, file),
        {
          format: values.format,
          out: values.out,
          force: values.force === true,
          part: values.part,
        },
        io,
      );
    default:
      throw usageError(`unknown command '${verb}'`);
  }
}

function requireFile(verb: string, file: string | undefined): string {
  if (!file)
    throw usageError(`'${verb}' needs a file: neurocanvas ${verb} <file.ncproj|model.json>`);
  return file;
}
