import { describedAs } from '../../../src/commands/catalog';
import { newProject, parseProject, serializeProject } from '../../../src/project';
import { currentT } from '../i18n';
import { projectFileName } from '../io/projectFiles';
import { projectErrorText } from '../projects/projectErrorText';
import { renameProject } from '../projects/renameProject';
import { saveFailed } from '../projects/saveFailures';
import { savableProject } from '../projects/savable';
import { modKey, type Command, type CommandContext } from './types';

const unsaved = (ctx: CommandContext) => {
  const { project, saved } = ctx.doc.getState();
  return project !== saved;
};

/** True when there is no unsaved work, or the user agrees to lose it. */
function mayDiscard(ctx: CommandContext): boolean {
  return !unsaved(ctx) || ctx.confirm(currentT()('commands.discardChanges'));
}

export const newFile: Command = {
  ...describedAs('newProject'),
  perform(ctx) {
    if (!mayDiscard(ctx)) return;
    ctx.doc.getState().load(newProject(currentT()('commands.untitled')));
    ctx.files.forget?.();
    ctx.ui.getState().clearSelection();
    ctx.ui.getState().announce(currentT()('commands.started'));
  },
};

export const newFromTemplate: Command = {
  ...describedAs('newFromTemplate'),
  async perform(ctx) {
    const template = await ctx.askTemplate();
    if (!template || !mayDiscard(ctx)) return;
    ctx.doc.getState().load(template.create());
    ctx.files.forget?.();
    ctx.ui.getState().clearSelection();
    ctx.ui.getState().announce(
      currentT()('commands.startedTemplate', {
        title: template.title,
        promise: template.promise,
      }),
    );
    ctx.view?.fitView();
  },
};

export const openFile: Command = {
  ...describedAs('openProject'),
  keyTest: modKey('o'),
  inFields: true,
  async perform(ctx) {
    if (!mayDiscard(ctx)) return;
    let file;
    try {
      file = await ctx.files.open();
    } catch (e) {
      const text = currentT()('commands.readFailed', { reason: reasonOf(e) });
      ctx.ui.getState().announce(text.trim(), 'error');
      return;
    }
    if (!file) return;
    const parsed = 'project' in file ? { ok: true as const, ...file } : parseProject(file.text);
    if (!parsed.ok) {
      const t = currentT();
      const reason = projectErrorText(t, parsed);
      const text = t('commands.openFailed', { file: file.name, reason });
      ctx.ui.getState().announce(text, 'error');
      return;
    }
    ctx.doc.getState().load(parsed.project);
    ctx.ui.getState().clearSelection();
    ctx.ui.getState().announce(currentT()('commands.opened', { name: parsed.project.name }));
    ctx.view?.fitView();
  },
};

export const saveFile: Command = {
  ...describedAs('saveProject'),
  keyTest: modKey('s'),
  inFields: true,
  perform(ctx) {
    const { project } = ctx.doc.getState();
    return ctx.files.hasFileFor?.(project) === false ? saveAs(ctx) : write(ctx, 'save');
  },
};

export const saveFileAs: Command = {
  ...describedAs('saveProjectAs'),
  keyTest: modKey('s', true),
  inFields: true,
  perform: (ctx) => saveAs(ctx),
};

async function saveAs(ctx: CommandContext): Promise<void> {
  const current = ctx.doc.getState().project.name;
  if (ctx.chooseSavePath) {
    const path = await ctx.chooseSavePath(current);
    const name = path === null ? '' : projectNameOfPath(path);
    if (path === null || !name) return;
    return write(ctx, 'saveAs', name, path);
  }
  const name = (await ctx.askSaveName(current))?.trim();
  if (!name) return;
  await write(ctx, 'saveAs', name);
}

/** 'Digits' for '/home/me/Digits.ncproj' (or a Windows path). */
export function projectNameOfPath(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? '';
  return file.replace(/\.ncproj$/i, '').trim();
}

/** Saves the project, under a new name first for Save as; marks it saved once it is written. */
async function write(
  ctx: CommandContext,
  how: 'save' | 'saveAs',
  name?: string,
  path?: string,
): Promise<void> {
  const { project: current } = ctx.doc.getState();
  const project = name === undefined ? current : { ...current, name };
  const file = savableProject(project);
  let text: string;
  try {
    text = serializeProject(file);
  } catch (e) {
    ctx.ui.getState().announce(e instanceof Error ? e.message : String(e), 'error');
    saveFailed();
    return;
  }
  try {
    await ctx.files[how](path ?? projectFileName(project.name), text, file);
  } catch (e) {
    const text = currentT()('commands.saveFailed', { reason: reasonOf(e) });
    ctx.ui.getState().announce(text.trim(), 'error');
    saveFailed();
    return;
  }
  // Mark what was written, even if an edit happened while the file was being saved: that edit
  // is still unsaved. A new name applies once the file exists, to any such edit too.
  if (name === undefined) {
    ctx.doc.setState({ saved: project });
  } else {
    const unchanged = ctx.doc.getState().project === current;
    const renamed = renameProject(ctx.doc, name);
    ctx.doc.setState({ saved: unchanged ? renamed : project });
  }
  ctx.ui.getState().announce(currentT()('commands.saved', { name: project.name }));
}

/** What went wrong, in the words of whatever failed; empty when it said nothing. */
function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : '';
}
