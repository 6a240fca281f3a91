import { describe, expect, it } from 'vitest';
import type { GraphChange } from '../graph/changes';
import type { Project } from '../project/project';
import { spiralMlp } from '../templates/spiralMlp';
import type { Locks } from './classroom';
import { lockLayer, lockParam, withLocks } from './edit';
import { refuseFieldUpdate, refuseGraphChanges, type FieldUpdate } from './locks';

// The spiral MLP: point → hidden_1 → hidden_2 → scores → arm; edge ids are "source->target".
function pack(locks: Partial<Locks>): Project {
  const project = spiralMlp.create();
  return { ...project, classroom: withLocks(undefined, locks) };
}

const locked = pack({ layers: ['point', 'scores'], params: { hidden_1: ['units'] } });
const dense = locked.graph.nodes.find((n) => n.id === 'hidden_2')!;

// Each row: what is tried, the changes, and the refusal's key (null: allowed).
const graphCases: [string, GraphChange[], string | null][] = [
  ['delete a locked layer', [{ type: 'removeNodes', ids: ['scores'] }], 'packs.refused.delete'],
  [
    'delete a free layer with a locked one',
    [{ type: 'removeNodes', ids: ['hidden_2', 'point'] }],
    'packs.refused.delete',
  ],
  [
    'delete a layer with a locked parameter',
    [{ type: 'removeNodes', ids: ['hidden_1'] }],
    'packs.refused.deleteParams',
  ],
  ['delete a free layer', [{ type: 'removeNodes', ids: ['hidden_2'] }], null],
  [
    'change a locked layer',
    [{ type: 'setParams', id: 'scores', params: { units: 3 } }],
    'packs.refused.change',
  ],
  [
    'set a locked layer to the value it has',
    [{ type: 'setParams', id: 'scores', params: { units: 2 } }],
    null,
  ],
  [
    'change a locked parameter',
    [{ type: 'setParams', id: 'hidden_1', params: { units: 32 } }],
    'packs.refused.param',
  ],
  [
    'change a free parameter of that layer',
    [{ type: 'setParams', id: 'hidden_1', params: { activation: 'relu' } }],
    null,
  ],
  [
    'rename a locked layer',
    [{ type: 'renameNode', id: 'point', name: 'xy' }],
    'packs.refused.rename',
  ],
  ['rename a free layer', [{ type: 'renameNode', id: 'hidden_2', name: 'middle' }], null],
  [
    'disconnect a locked layer',
    [{ type: 'removeEdges', ids: ['hidden_2->scores'] }],
    'packs.refused.disconnect',
  ],
  ['disconnect two free layers', [{ type: 'removeEdges', ids: ['hidden_1->hidden_2'] }], null],
  [
    'move a locked layer',
    [{ type: 'moveNodes', moves: [{ id: 'point', position: { x: 9, y: 9 } }] }],
    null,
  ],
  [
    'put a new layer in front of a locked one',
    [
      {
        type: 'insertOnEdge',
        edgeId: 'hidden_2->scores',
        node: { ...dense, id: 'extra', name: 'extra' },
        newEdgeId: 'extra->scores',
      },
    ],
    null,
  ],
  [
    'connect a new layer to a locked one, then remove that new connection',
    [
      { type: 'addNode', node: { ...dense, id: 'side', name: 'side' } },
      { type: 'addEdge', edge: { id: 'point->side', source: 'point', target: 'side' } },
      { type: 'removeEdges', ids: ['point->side'] },
    ],
    'packs.refused.disconnect',
  ],
];

describe('refuseGraphChanges', () => {
  it.each(graphCases)('%s', (_, changes, key) => {
    expect(refuseGraphChanges(locked, changes)?.key ?? null).toBe(key);
  });

  it('names the layer and the parameter', () => {
    expect(
      refuseGraphChanges(locked, [{ type: 'setParams', id: 'hidden_1', params: { units: 8 } }]),
    ).toEqual({ key: 'packs.refused.param', values: { name: 'hidden_1', param: 'Units' } });
  });

  it('lets everything through in a project without a classroom section', () => {
    const plain = spiralMlp.create();
    expect(refuseGraphChanges(plain, [{ type: 'removeNodes', ids: ['scores'] }])).toBeNull();
  });
});

describe('refuseFieldUpdate', () => {
  const both = pack({ training: true, dataset: true });
  const none = pack({});
  const faster = { ...both.training, learningRate: 0.5 };
  const rows: [string, Project, FieldUpdate, string | null][] = [
    ['another dataset, locked', both, { dataset: { id: 'circle' } }, 'packs.refused.dataset'],
    ['no dataset, locked', both, { dataset: null }, 'packs.refused.dataset'],
    ['the same dataset again', both, { dataset: { id: 'spiral' } }, null],
    ['another dataset, free', none, { dataset: { id: 'circle' } }, null],
    ['another learning rate, locked', both, { training: faster }, 'packs.refused.training'],
    ['the same settings again', both, { training: { ...both.training } }, null],
    ['another learning rate, free', none, { training: faster }, null],
    ['weights from training', both, { weights: {} }, null],
    ['runs from training', both, { runs: [] }, null],
    [
      'the locks themselves',
      both,
      { classroom: lockLayer(both.classroom, 'point', true) },
      'packs.refused.classroom',
    ],
    [
      'a classroom section added',
      spiralMlp.create(),
      { classroom: withLocks(undefined, {}) },
      'packs.refused.classroom',
    ],
  ];
  it.each(rows)('%s', (_, project, fields, key) => {
    expect(refuseFieldUpdate(project, fields)?.key ?? null).toBe(key);
  });
});

describe('lock edits', () => {
  it('locks and unlocks layers and single parameters', () => {
    let c = lockLayer(undefined, 'a', true);
    c = lockLayer(c, 'a', true);
    expect(c.locks.layers).toEqual(['a']);
    c = lockParam(c, 'b', 'units', true);
    c = lockParam(c, 'b', 'activation', true);
    expect(c.locks.params).toEqual({ b: ['units', 'activation'] });
    c = lockParam(c, 'b', 'units', false);
    c = lockParam(c, 'b', 'activation', false);
    expect(c.locks.params).toEqual({});
    expect(lockLayer(c, 'a', false).locks.layers).toEqual([]);
  });
});
