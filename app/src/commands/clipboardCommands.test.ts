import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { newProject, serializeProject } from '../../../src/project';
import { getCommand } from './index';
import { pasteText } from './clipboardCommands';
import { testContext } from './testing/testContext';

const copy = getCommand('copy');
const paste = getCommand('paste');

/** Copies layers n2 and n3 of Input → Conv 2D → Flatten → Output from one project. */
async function copiedText(): Promise<string> {
  const { ctx } = testContext(chain('Input', ['Conv2D', { filters: 8 }], 'Flatten', 'Output'));
  ctx.ui.getState().select(['n2', 'n3']);
  await copy.perform(ctx);
  return (await ctx.clipboard.read())!;
}

describe('copy and paste', () => {
  it('pastes layers copied in another project, with their connection, as one undo step', async () => {
    const text = await copiedText();
    const { ctx } = testContext(chain('Input', 'Dense', 'Output'));
    await ctx.clipboard.write(text);
    await paste.perform(ctx);

    const after = ctx.doc.getState().project.graph;
    expect(after.nodes.map((n) => n.type)).toEqual([
      'Input',
      'Dense',
      'Output',
      'Conv2D',
      'Flatten',
    ]);
    const [conv, flatten] = after.nodes.slice(3);
    expect(conv!.params.filters).toBe(8);
    expect(new Set(after.nodes.map((n) => n.id)).size).toBe(5);
    expect(after.edges.at(-1)).toMatchObject({ source: conv!.id, target: flatten!.id });
    expect(ctx.ui.getState().selection.nodes).toEqual([conv!.id, flatten!.id]);

    ctx.doc.getState().undo();
    expect(ctx.doc.getState().project.graph.nodes).toHaveLength(3);
  });

  it('renames pasted layers whose names are taken, and never stacks them on the originals', async () => {
    const { ctx } = testContext(chain('Input', 'Dense', 'Output'));
    ctx.ui.getState().select(['n2']);
    await copy.perform(ctx);
    await paste.perform(ctx);
    await paste.perform(ctx);
    const nodes = ctx.doc.getState().project.graph.nodes;
    expect(new Set(nodes.map((n) => n.name)).size).toBe(5);
    const spots = nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(spots).size).toBe(5);
  });

  it('copies nothing when no layer is selected', () => {
    const { ctx } = testContext(chain('Input'));
    expect(copy.predicate!(ctx)).toBe(false);
  });

  const refused: { what: string; text: () => string; words: string }[] = [
    { what: 'plain text', text: () => 'hello', words: 'no layers' },
    { what: 'other JSON', text: () => '{"nodes": []}', words: 'no layers' },
    {
      what: 'an unknown layer type',
      text: () => serializeWith((doc) => (doc.graph.nodes[0]!.type = 'Teleport')),
      words: 'Teleport',
    },
    {
      what: 'a parameter out of range',
      text: () => serializeWith((doc) => (doc.graph.nodes[1]!.params.units = 1e12)),
      words: 'whole number from 1 to 1,000,000',
    },
    {
      what: 'a prototype key',
      text: () =>
        serializeWith(() => undefined).replace('"params": {', '"params": { "__proto__": {"x": 1},'),
      words: '__proto__',
    },
    {
      what: 'an edge to a layer that was not copied',
      text: () =>
        serializeWith((doc) =>
          doc.graph.edges.push({ id: 'e9', source: 'n1', target: 'elsewhere' }),
        ),
      words: 'elsewhere',
    },
    { what: 'an enormous text', text: () => ' '.repeat(17 * 1024 * 1024), words: 'too much' },
  ];
  it.each(refused)('refuses $what and says why, changing nothing', ({ text, words }) => {
    const { ctx } = testContext(chain('Input'));
    const before = ctx.doc.getState().project;
    expect(pasteText(ctx, text())).toBe(false);
    expect(ctx.doc.getState().project).toBe(before);
    const notice = ctx.ui.getState().notice!;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain(words);
  });
});

/** The parts of a project file's JSON these tests change. */
interface FileJson {
  graph: {
    nodes: { type: string; params: Record<string, unknown> }[];
    edges: { id: string; source: string; target: string }[];
  };
}

/** The file text of a small valid project after `edit` changed its JSON. */
function serializeWith(edit: (doc: FileJson) => void): string {
  const text = serializeProject({ ...newProject('X'), graph: chain('Input', 'Dense', 'Output') });
  const doc = JSON.parse(text) as FileJson;
  edit(doc);
  return JSON.stringify(doc, null, 2);
}
