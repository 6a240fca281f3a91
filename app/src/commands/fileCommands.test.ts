import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { newProject, parseProject, serializeProject } from '../../../src/project';
import { getCommand } from './index';
import { testContext } from './testing/testContext';

describe('file commands', () => {
  it('saves a file that opens as the same project, and marks it saved', async () => {
    const { ctx, files } = testContext(chain('Input', 'Dense', 'Output'));
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n2', name: 'hidden' });
    await getCommand('saveProject').perform(ctx);
    expect(files.written).toHaveLength(1);
    expect(files.written[0]!.fileName).toBe('Test.ncproj');
    const read = parseProject(files.written[0]!.text);
    expect(read.ok && read.project.graph).toEqual(ctx.doc.getState().project.graph);
    expect(ctx.doc.getState().saved).toBe(ctx.doc.getState().project);
  });

  it('opens a file, with a fresh history', async () => {
    const { ctx, files } = testContext(chain('Input'));
    const other = { ...newProject('Other'), graph: chain('Input', 'Flatten', 'Output') };
    files.next = { name: 'other.ncproj', text: serializeProject(other) };
    await getCommand('openProject').perform(ctx);
    expect(ctx.doc.getState().project.name).toBe('Other');
    expect(ctx.doc.getState().project.graph).toEqual(other.graph);
    expect(ctx.doc.getState().history.past).toHaveLength(0);
  });

  it('refuses a damaged file with the reason, keeping the project', async () => {
    const { ctx, files } = testContext(chain('Input'));
    const before = ctx.doc.getState().project;
    files.next = { name: 'broken.ncproj', text: '{"format": "neurocanvas-project", ' };
    await getCommand('openProject').perform(ctx);
    expect(ctx.doc.getState().project).toBe(before);
    expect(ctx.ui.getState().notice).toMatchObject({ tone: 'error' });
    expect(ctx.ui.getState().notice!.text).toContain('broken.ncproj could not be opened');
  });

  it('asks before throwing away unsaved work, and keeps it when the answer is no', async () => {
    const { ctx, answers } = testContext(chain('Input'));
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'x' });
    answers.push(false);
    await getCommand('newProject').perform(ctx);
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(1);
    answers.push(true);
    await getCommand('newProject').perform(ctx);
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(0);
  });

  it('opens a project the host has already read, and says why a save failed', async () => {
    const { ctx, files } = testContext(chain('Input'));
    const other = { ...newProject('Hosted'), graph: chain('Input', 'Output') };
    files.next = { name: 'hosted.ncproj', project: other };
    await getCommand('openProject').perform(ctx);
    expect(ctx.doc.getState().project).toBe(other);

    files.save = async () => {
      throw new Error('The folder is read-only.');
    };
    await getCommand('saveProject').perform(ctx);
    expect(ctx.ui.getState().notice).toEqual(
      expect.objectContaining({
        tone: 'error',
        text: 'The project could not be saved. The folder is read-only.',
      }),
    );
  });
});
