import { newProject, parseProject, serializeProject } from '../../../src/project';
import { projectFileName } from '../io/projectFiles';
import { modKey, type Command, type CommandContext } from './types';

const unsaved = (ctx: CommandContext) => {
  const { project, saved } = ctx.doc.getState();
  return project !== saved;
};

/** True when there is no unsaved work, or the user agrees to lose it. */
function mayDiscard(ctx: CommandContext): boolean {
  return !unsaved(ctx) || ctx.confirm('Discard the unsaved changes to this project?');
}

export const newFile: Command = {
  name: 'newProject',
  label: 'New',
  perform(ctx) {
    if (!mayDiscard(ctx)) return;
    ctx.doc.getState().load(newProject('Untitled'));
    ctx.ui.getState().clearSelection();
    ctx.ui.getState().announce('Started a new project.');
  },
};

export const openFile: Command = {
  name: 'openProject',
  label: 'Open…',
  shortcut: 'Ctrl+O',
  keyTest: modKey('o'),
  inFields: true,
  async perform(ctx) {
    if (!mayDiscard(ctx)) return;
    let file;
    try {
      file = await ctx.files.open();
    } catch (e) {
      ctx.ui.getState().announce(`The file could not be read. ${reasonOf(e)}`.trim(), 'error');
      return;
    }
    if (!file) return;
    const parsed = 'project' in file ? { ok: true as const, ...file } : parseProject(file.text);
    if (!parsed.ok) {
      ctx.ui.getState().announce(`${file.name} could not be opened. ${parsed.error}`, 'error');
      return;
    }
    ctx.doc.getState().load(parsed.project);
    ctx.ui.getState().clearSelection();
    ctx.ui.getState().announce(`Opened ${parsed.project.name}.`);
    ctx.view?.fitView();
  },
};

export const saveFile: Command = {
  name: 'saveProject',
  label: 'Save',
  shortcut: 'Ctrl+S',
  keyTest: modKey('s'),
  inFields: true,
  async perform(ctx) {
    const { project } = ctx.doc.getState();
    let text: string;
    try {
      text = serializeProject(project);
    } catch (e) {
      ctx.ui.getState().announce(e instanceof Error ? e.message : String(e), 'error');
      return;
    }
    try {
      await ctx.files.save(projectFileName(project.name), text, project);
    } catch (e) {
      ctx.ui.getState().announce(`The project could not be saved. ${reasonOf(e)}`.trim(), 'error');
      return;
    }
    // Mark what was written, even if an edit happened while the file was being saved.
    ctx.doc.setState({ saved: project });
    ctx.ui.getState().announce(`Saved ${project.name}.`);
  },
};

/** What went wrong, in the words of whatever failed; empty when it said nothing. */
function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : '';
}
