/**
 * Builds the renderer when it is missing or out of date, starts a host on a free port with a
 * fresh data folder, and hands its address (token included) to the tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildRenderer, rendererBuildReason, RENDERER_OUT } from '../src/host/server/buildRenderer';
import { startHost } from '../src/host/server/startHost';

export const URL_VARIABLE = 'NEUROCANVAS_E2E_URL';
/** The host's data folder, so that each test can start without an earlier test's unsaved work. */
export const DATA_VARIABLE = 'NEUROCANVAS_E2E_DATA';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '..');
  if ((await rendererBuildReason(root)) !== null) {
    const built = await buildRenderer(root);
    if (!built.ok) throw new Error(`The renderer did not build:\n${built.output}`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'neurocanvas-e2e-'));
  const host = await startHost({ rendererDir: join(root, RENDERER_OUT), dataDir, open: false });
  process.env[URL_VARIABLE] = host.url;
  process.env[DATA_VARIABLE] = dataDir;
  return async () => {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
