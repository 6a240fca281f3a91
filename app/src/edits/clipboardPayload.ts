/**
 * What copied layers look like on the clipboard: a project document holding only them, so that
 * pasting reads it with the project loader. The loader already refuses hostile or damaged text,
 * checks every layer type and parameter against the registry, fills in parameters an older version
 * did not have and migrates older files, so layers copied from another project, another window or
 * an older NeuroCanvas paste safely.
 */
import type { Graph } from '../../../src/graph/types';
import { newProject, parseProject, PROJECT_FORMAT, serializeProject } from '../../../src/project';

/** Far more than any real selection; larger text is refused before it is parsed. */
export const MAX_CLIPBOARD_CHARS = 16 * 1024 * 1024;

export const CLIPBOARD_PROJECT_NAME = 'Copied layers';

export function clipboardText(part: Graph): string {
  return serializeProject({ ...newProject(CLIPBOARD_PROJECT_NAME), graph: part });
}

const NO_LAYERS = 'The clipboard holds no layers to paste.';

export type PasteRead = { ok: true; graph: Graph } | { ok: false; error: string };

export function readClipboardText(text: string): PasteRead {
  if (text.length > MAX_CLIPBOARD_CHARS) {
    return { ok: false, error: 'The clipboard holds too much text to be copied layers.' };
  }
  // Plain text copied from elsewhere is common; say simply that it is not layers.
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: NO_LAYERS };
  }
  if (
    typeof doc !== 'object' ||
    doc === null ||
    (doc as { format?: unknown }).format !== PROJECT_FORMAT
  ) {
    return { ok: false, error: NO_LAYERS };
  }
  const parsed = parseProject(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: `The clipboard does not hold layers NeuroCanvas can paste. ${parsed.error}`,
    };
  }
  if (parsed.project.graph.nodes.length === 0) {
    return { ok: false, error: NO_LAYERS };
  }
  return { ok: true, graph: parsed.project.graph };
}
