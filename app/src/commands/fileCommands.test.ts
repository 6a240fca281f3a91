import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { newProject, parseProject, serializeProject } from '../../../src/project';
import { getTemplate } from '../../../src/templates';
import { onSaveFailed } from '../projects/saveFailures';
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
    let failures = 0;
    const off = onSaveFailed(() => failures++);
    await getCommand('saveProject').perform(ctx);
    off();
    expect(failures).toBe(1);
    expect(ctx.ui.getState().notice).toEqual(
      expect.objectContaining({
        tone: 'error',
        text: 'The project could not be saved. The folder is read-only.',
      }),
    );
  });

  it('saves as a new name: the file, the title and the saved mark all follow it', async () => {
    const { ctx, files, asked } = testContext(chain('Input', 'Dense', 'Output'));
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n2', name: 'hidden' });
    asked.saveName = '  Digits v2 ';
    await getCommand('saveProjectAs').perform(ctx);
    expect(files.written).toEqual([
      expect.objectContaining({ fileName: 'Digits v2.ncproj', as: true }),
    ]);
    const read = parseProject(files.written[0]!.text);
    expect(read.ok && read.project.name).toBe('Digits v2');
    const state = ctx.doc.getState();
    expect(state.project.name).toBe('Digits v2');
    expect(state.saved).toBe(state.project);
    // The name is no undo step: undoing the rename of the layer keeps the new project name.
    state.undo();
    expect(ctx.doc.getState().project.name).toBe('Digits v2');
    expect(ctx.doc.getState().project.graph.nodes[1]!.name).not.toBe('hidden');
  });

  it('keeps an edit made while saving as unsaved, under the new name', async () => {
    const { ctx, files, asked } = testContext(chain('Input', 'Output'));
    asked.saveName = 'Later';
    files.saveAs = async (fileName, text) => {
      ctx.doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'during' });
      files.written.push({ fileName, text, as: true });
    };
    await getCommand('saveProjectAs').perform(ctx);
    const state = ctx.doc.getState();
    expect(state.project.name).toBe('Later');
    expect(state.project.graph.nodes[0]!.name).toBe('during');
    expect(state.saved).not.toBe(state.project);
    expect(state.saved.name).toBe('Later');
  });

  it('does nothing when Save as is cancelled', async () => {
    const { ctx, files, asked } = testContext(chain('Input'));
    asked.saveName = null;
    await getCommand('saveProjectAs').perform(ctx);
    expect(files.written).toEqual([]);
    expect(ctx.doc.getState().project.name).toBe('Test');
  });

  it.each([
    { path: '/home/ada/Digits v3.ncproj', name: 'Digits v3' },
    { path: 'C:\\Users\\ada\\Spiral.NCPROJ', name: 'Spiral' },
  ])('saves as the file the system dialog chose, named after it: $path', async ({ path, name }) => {
    const { ctx, files } = testContext(chain('Input'));
    const asked: string[] = [];
    ctx.chooseSavePath = async (current) => (asked.push(current), path);
    await getCommand('saveProjectAs').perform(ctx);
    expect(asked).toEqual(['Test']);
    expect(files.written.map((w) => w.fileName)).toEqual([path]);
    expect(ctx.doc.getState().project.name).toBe(name);
    expect(ctx.doc.getState().saved).toBe(ctx.doc.getState().project);
  });

  it('does nothing when the system Save dialog is cancelled', async () => {
    const { ctx, files } = testContext(chain('Input'));
    ctx.chooseSavePath = async () => null;
    await getCommand('saveProjectAs').perform(ctx);
    expect(files.written).toEqual([]);
    expect(ctx.doc.getState().project.name).toBe('Test');
  });

  it('starts a project from a template, once unsaved work may go', async () => {
    const { ctx, answers, asked } = testContext(chain('Input'));
    ctx.doc.getState().apply({ type: 'renameNode', id: 'n1', name: 'mine' });
    asked.template = getTemplate('lenet-5')!;
    answers.push(false);
    await getCommand('newFromTemplate').perform(ctx);
    expect(ctx.doc.getState().project.graph.nodes[0]!.name).toBe('mine');

    await getCommand('newFromTemplate').perform(ctx);
    const { project, saved, history } = ctx.doc.getState();
    expect(project.name).toBe('LeNet-5');
    expect(project.dataset).toEqual({ id: 'mnist-sample' });
    expect(project.training.epochs).toBe(5);
    expect(saved).toBe(project);
    expect(history.past).toHaveLength(0);
    expect(ctx.ui.getState().notice!.text).toContain('96% test accuracy');
  });

  it('writes the weights of the layers the project has, leaving out those of deleted ones', async () => {
    const { ctx, files } = testContext(
      chain('Input', ['Dense', { units: 1 }], ['Dense', { units: 1 }], 'Output'),
    );
    const tensor = (v: number) => ({ name: 'bias', shape: [1], values: Float32Array.of(v) });
    ctx.doc.getState().update({ weights: { n2: [tensor(2)], n3: [tensor(3)] } }, { record: false });
    ctx.doc.getState().apply({ type: 'removeNodes', ids: ['n3'] });
    await getCommand('saveProject').perform(ctx);
    const read = parseProject(files.written[0]!.text);
    if (!read.ok) throw new Error(read.error);
    expect(Object.keys(read.project.weights!)).toEqual(['n2']);
    // The document keeps them, so undo brings the layer back trained.
    ctx.doc.getState().undo();
    expect(Object.keys(ctx.doc.getState().project.weights!)).toEqual(['n2', 'n3']);
  });
});
