/**
 * What copied layers look like on the clipboard: a project document holding only them, so that
 * pasting reads it with the project loader. The loader already refuses hostile or damaged text,
 * checks every layer type and parameter against the registry, fills in parameters an older version
 * did not have and migrates older files, so layers copied from another project, another window or
 * an older NeuroCanvas paste safely.
 */
import type { Graph } from '../../../src/graph/types';
import { newProject, parseProject, PROJECT_FORMAT, serializeProject } from '../../../src/project';
import { currentT } from '../i18n';
import { projectErrorText } from '../projects/projectErrorText';

/** Far more than any real selection; larger text is refused before it is parsed. */
export const MAX_CLIPBOARD_CHARS = 16 * 1024 * 1024;

export const CLIPBOARD_PROJECT_NAME = 'Copied layers';

export function clipboardText(part: Graph): string {
  return serializeProject({ ...newProject(CLIPBOARD_PROJECT_NAME), graph: part });
}

export type PasteRead = { ok: true; graph: Graph } | { ok: false; error: string };

/** Reads pasted text as layers; what is wrong with it is said in the user's language. */
export function readClipboardText(text: string): PasteRead {
  const t = currentT();
  const noLayers: PasteRead = { ok: false, error: t('commands.clipboardEmpty') };
  if (text.length > MAX_CLIPBOARD_CHARS) {
    return { ok: false, error: t('commands.clipboardTooLarge') };
  }
  // Plain text copied from elsewhere is common; say simply that it is not layers.
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return noLayers;
  }
  if (
    typeof doc !== 'object' ||
    doc === null ||
    (doc as { format?: unknown }).format !== PROJECT_FORMAT
  ) {
    return noLayers;
  }
  const parsed = parseProject(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: t('commands.clipboardUnreadable', { reason: projectErrorText(t, parsed) }),
    };
  }
  if (parsed.project.graph.nodes.length === 0) return noLayers;
  return { ok: true, graph: parsed.project.graph };
}
