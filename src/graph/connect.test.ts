import { describe, expect, it } from 'vitest';
import { analyzeGraph } from './analyze';
import { checkConnection } from './connect';
import { addNode, chain } from './testing/build';
import type { Graph } from './types';

/** input → dense(4) → output, plus a free image input, conv, a free Add and a free Dense. */
function sample(): { g: Graph; ids: Record<string, string> } {
  let g = chain(['Input', { shape: [4] }], ['Dense', { units: 4 }], 'Output');
  const [input, dense, output] = g.nodes.map((n) => n.id) as [string, string, string];
  const image = addNode(g, ['Input', { shape: [8, 8, 3] }]);
  const conv = addNode(image.graph, ['Conv2D', { filters: 2, kernelSize: [3, 3] }], [image.id]);
  const add = addNode(conv.graph, 'Add', [input]);
  const free = addNode(add.graph, ['Dense', { units: 2 }]);
  g = free.graph;
  return {
    g,
    ids: { input, dense, output, image: image.id, conv: conv.id, add: add.id, free: free.id },
  };
}

describe('checkConnection', () => {
  const cases: { from: string; to: string; ok: boolean; reason?: RegExp }[] = [
    { from: 'dense', to: 'free', ok: true },
    { from: 'dense', to: 'dense', ok: false, reason: /cannot feed itself/ },
    { from: 'output', to: 'free', ok: false, reason: /is an Output/ },
    { from: 'dense', to: 'image', ok: false, reason: /takes no input/ },
    { from: 'input', to: 'dense', ok: false, reason: /already feeds/ },
    { from: 'image', to: 'dense', ok: false, reason: /takes one input and is already connected/ },
    { from: 'free', to: 'dense', ok: false, reason: /takes one input/ },
    { from: 'dense', to: 'add', ok: true },
    { from: 'conv', to: 'add', ok: false, reason: /6×6×2.*4|4.*6×6×2/ },
    // A Dense fed an image can be fixed with Flatten, so the connection is allowed and the fix offered.
    { from: 'conv', to: 'free', ok: true },
  ];
  it.each(cases)('$from → $to: $ok', ({ from, to, ok, reason }) => {
    const { g, ids } = sample();
    const result = checkConnection(g, analyzeGraph(g), ids[from]!, ids[to]!);
    expect(result.ok).toBe(ok);
    if (!result.ok && reason) expect(result.reason).toMatch(reason);
  });

  it('refuses a connection that would close a loop', () => {
    // input → add → dense → dense2; add still has room for a second input.
    let g = chain(['Input', { shape: [4] }]);
    const add = addNode(g, 'Add', [g.nodes[0]!.id]);
    const dense = addNode(add.graph, ['Dense', { units: 4 }], [add.id]);
    const dense2 = addNode(dense.graph, ['Dense', { units: 4 }], [dense.id]);
    g = dense2.graph;
    const result = checkConnection(g, analyzeGraph(g), dense2.id, add.id);
    expect(result).toMatchObject({
      ok: false,
      reason: "This would make a loop: 'add_1' already feeds 'dense_2'.",
    });
  });
});
