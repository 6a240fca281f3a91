/**
 * Where the app keeps its own files (the projects folder, the recent list): the folder each
 * system sets aside for an application's data, the same one the desktop app uses, so both see the
 * same projects. NEUROCANVAS_DATA_DIR overrides it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'NEUROCANVAS_DATA_DIR';
const APP_FOLDER = 'NeuroCanvas';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[DATA_DIR_ENV];
  if (override) return override;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_FOLDER);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
  }
}
