/**
 * "Save as classroom pack…" and "Teacher mode". The pack is written as a copy: the open document
 * stays what it was (with the teacher's runs and weights) and keeps its own file.
 */
import { describedAs } from '../../../src/commands/catalog';
import { classroomPack } from '../../../src/packs/pack';
import { speak } from '../../../src/packs/phrase';
import { serializeProject } from '../../../src/project';
import type { Command, CommandContext } from '../commands/types';
import { currentT } from '../i18n';
import { projectFileName } from '../io/projectFiles';

export const saveClassroomPack: Command = {
  ...describedAs('saveClassroomPack'),
  predicate: (ctx) => ctx.doc.getState().project.graph.nodes.length > 0,
  perform: (ctx) => savePack(ctx),
};

export const toggleTeacherMode: Command = {
  ...describedAs('toggleTeacherMode'),
  checked: (ctx) => ctx.doc.getState().teacherMode,
  perform(ctx) {
    const on = !ctx.doc.getState().teacherMode;
    ctx.doc.getState().setTeacherMode(on);
    ctx.ui
      .getState()
      .announce(currentT()(on ? 'packs.notice.teacherOn' : 'packs.notice.teacherOff'));
  },
};

async function savePack(ctx: CommandContext): Promise<void> {
  const t = currentT();
  const announce = ctx.ui.getState().announce;
  const made = classroomPack(ctx.doc.getState().project);
  if (!made.ok) return announce(speak(t, made.reason), 'error');
  const suggested = t('packs.pack.defaultName', { name: made.project.name });
  let name: string;
  let path: string | undefined;
  if (ctx.chooseSavePath) {
    const chosen = await ctx.chooseSavePath(suggested);
    if (chosen === null) return;
    path = chosen;
    name = (chosen.split(/[\\/]/).pop() ?? '').replace(/\.ncproj$/i, '').trim();
  } else name = (await ctx.askSaveName(suggested))?.trim() ?? '';
  if (!name) return;
  const pack = { ...made.project, name };
  try {
    await ctx.files.saveAs(path ?? projectFileName(name), serializeProject(pack), pack);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return announce(t('packs.notice.notSaved', { reason }).trim(), 'error');
  }
  announce(t('packs.notice.saved', { name }));
}
