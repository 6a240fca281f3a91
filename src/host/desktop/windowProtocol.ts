/**
 * The app's own scheme (`app://neurocanvas/…`, see `window.ts`): each address names a file of the
 * built renderer, found by the same rules as browser mode's static files (nothing outside the
 * folder, no hidden files, no listings), and every answer carries the desktop security headers.
 * A custom scheme rather than file:// gives the page an origin of its own, so the CSP's 'self'
 * and the permission handlers mean exactly the app's files.
 */
import { contentTypeOf } from '../server/headers';
import { findStaticFile } from '../server/staticFiles';
import { APP_HOST, APP_SCHEME, desktopSecurityHeaders } from './window';

export type AppFileAnswer =
  | { ok: true; file: string; headers: Record<string, string> }
  | { ok: false; status: 400 | 404; headers: Record<string, string> };

/** The file `url` names inside `rendererRoot` (a real path), with the headers to serve it with. */
export async function appFile(rendererRoot: string, url: string): Promise<AppFileAnswer> {
  const headers = desktopSecurityHeaders();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, headers };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return { ok: false, status: 404, headers };
  const found = await findStaticFile(rendererRoot, parsed.pathname);
  if (!found.ok) return { ok: false, status: found.status, headers };
  return {
    ok: true,
    file: found.file,
    headers: { ...headers, 'Content-Type': contentTypeOf(found.file), 'Cache-Control': 'no-store' },
  };
}
