import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import type { GraphNode } from '../../../src/graph/types';
import { translator } from '../../../src/i18n';
import {
  connectionName,
  connectionNameId,
  nodeName,
  toFlowEdges,
  toFlowNodes,
  type Size,
} from './flowElements';

const en = translator('en');
const ru = translator('ru');
const graph = chain(['Input', { shape: [28, 28, 1] }], ['Dense', { units: 8 }], 'Output');
const none = new Set<string>();
const noSizes = new Map<string, Size>();
const noDrags = new Map<string, { x: number; y: number }>();
const first = toFlowNodes(en, graph.nodes, none, noSizes, noDrags, []);
const input = graph.nodes[0]!;

/** The graph with its first node replaced by `change` applied to it. */
const withInput = (change: Partial<GraphNode>) => [
  { ...input, ...change },
  ...graph.nodes.slice(1),
];

describe('toFlowNodes', () => {
  it('names each layer by type and name and carries no document data', () => {
    expect(first.map((n) => n.ariaLabel)).toEqual([
      'Input layer input_1',
      'Dense layer dense_1',
      'Output layer output_1',
    ]);
    expect(first.every((n) => Object.keys(n.data).length === 0)).toBe(true);
  });

  it('names them in Russian, with new flow nodes, when the language changes', () => {
    const russian = toFlowNodes(ru, graph.nodes, none, noSizes, noDrags, first);
    expect(russian.map((n) => n.ariaLabel)).toEqual([
      'Слой Input «input_1»',
      'Слой Dense «dense_1»',
      'Слой Output «output_1»',
    ]);
    expect(russian.map((n) => n.domAttributes?.['aria-roledescription'])).toEqual([
      'слой',
      'слой',
      'слой',
    ]);
  });

  it('returns the previous array itself when only parameters changed', () => {
    const nodes = withInput({ params: { ...input.params, shape: [32, 32, 3] } });
    expect(toFlowNodes(en, nodes, none, noSizes, noDrags, first)).toBe(first);
  });

  it.each([
    ['moved', withInput({ position: { x: input.position.x + 20, y: input.position.y } }), none],
    ['renamed', withInput({ name: 'pixels' }), none],
    ['selected', graph.nodes, new Set([input.id])],
  ])('makes a new flow node for a layer %s, and reuses the others', (_, nodes, selected) => {
    const next = toFlowNodes(en, nodes, selected, noSizes, noDrags, first);
    expect(next).not.toBe(first);
    expect(next[0]).not.toBe(first[0]);
    expect(next.slice(1)).toEqual(first.slice(1));
    expect(next[1]).toBe(first[1]);
  });

  it('places a layer being dragged where the drag has it', () => {
    const drags = new Map([[input.id, { x: 500, y: 40 }]]);
    const next = toFlowNodes(en, graph.nodes, none, noSizes, drags, first);
    expect(next[0]!.position).toEqual({ x: 500, y: 40 });
  });
});

describe('toFlowEdges', () => {
  it('keeps every edge object while the selection is unchanged, and names it by reference', () => {
    const edges = toFlowEdges(en, graph.edges, none);
    expect(toFlowEdges(en, [...graph.edges], new Set())).toEqual(edges);
    expect(toFlowEdges(en, graph.edges, none)[0]).toBe(edges[0]);
    expect(edges[0]!.domAttributes).toEqual({
      'aria-labelledby': connectionNameId(graph.edges[0]!.id),
      'aria-roledescription': 'connection',
    });
  });

  it('makes new edge objects whose role is read out in the new language', () => {
    const edges = toFlowEdges(en, graph.edges, none);
    const russian = toFlowEdges(ru, graph.edges, none);
    expect(russian[0]).not.toBe(edges[0]);
    expect(russian[0]!.domAttributes?.['aria-roledescription']).toBe('связь');
  });

  it('makes a new edge object when it is selected', () => {
    const edges = toFlowEdges(en, graph.edges, none);
    const selected = toFlowEdges(en, graph.edges, new Set([graph.edges[0]!.id]));
    expect(selected[0]).not.toBe(edges[0]);
    expect(selected[0]!.selected).toBe(true);
    expect(selected[1]).toBe(edges[1]);
  });
});

describe('connection names', () => {
  it.each([
    ['input_1', 'dense_1', '28×28×1', 'Connection from input_1 to dense_1, 28×28×1'],
    ['input_1', 'dense_1', undefined, 'Connection from input_1 to dense_1'],
  ])('%s → %s carrying %s', (from, to, shape, name) => {
    expect(connectionName(en, from, to, shape)).toBe(name);
  });

  it('are Russian when the interface is', () => {
    expect(connectionName(ru, 'input_1', 'dense_1', '784')).toBe('Связь от input_1 к dense_1, 784');
  });

  it('makes element ids without spaces, so aria-labelledby reads them as one id', () => {
    expect(connectionNameId('edge 1')).toBe('connection-name-edge%201');
  });

  it('finds a node name by id, and falls back to the id', () => {
    expect(nodeName(graph.nodes, input.id)).toBe('input_1');
    expect(nodeName(graph.nodes, 'missing')).toBe('missing');
  });
});
