/**
 * One running app at a time. When the user opens a project file while NeuroCanvas runs (a double
 * click in the file manager, `neurocanvas file.ncproj`), the system starts a second instance; it
 * hands its command line to the first and quits. These functions decide what the first does.
 */
import { isAbsolute, resolve } from 'node:path';

export const PROJECT_EXTENSION = '.ncproj';
/** Nobody opens more at once by hand; a longer list is not from a user. */
const MAX_OPENED = 20;

export type SecondInstanceAction =
  | { kind: 'open'; paths: string[] }
  /** Nothing to open: bring the running window to the front. */
  | { kind: 'focus' };

/**
 * The project files named on a command line, as absolute paths resolved against the second
 * instance's working folder. Chromium's switches (`--flag`, `--flag=value`) and the app's own
 * path (`electron .` during development) are not files to open.
 */
export function projectPathsInArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!paths.includes(path)) paths.push(path);
  }
  return paths.slice(0, MAX_OPENED);
}

export function secondInstanceAction(argv: readonly string[], cwd: string): SecondInstanceAction {
  const paths = projectPathsInArgv(argv, cwd);
  return paths.length > 0 ? { kind: 'open', paths } : { kind: 'focus' };
}

/** The parts of Electron's `app` the lock needs. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
  on(
    event: 'open-file',
    listener: (event: { preventDefault(): void }, path: string) => void,
  ): unknown;
}

/**
 * Takes the single-instance lock. False means another NeuroCanvas runs and has been handed this
 * command line: the caller quits. Otherwise every later launch (and, on macOS, every file opened
 * from the Finder or the Dock) becomes an action for the running app.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  act: (action: SecondInstanceAction) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) =>
    act(secondInstanceAction(argv, workingDirectory)),
  );
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (path.toLowerCase().endsWith(PROJECT_EXTENSION)) act({ kind: 'open', paths: [path] });
  });
  return true;
}
