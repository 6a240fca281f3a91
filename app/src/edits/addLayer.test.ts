import { describe, expect, it } from 'vitest';
import { chain } from '../../../src/graph/testing/build';
import { LAYOUT_NODE_HEIGHT, LAYOUT_NODE_WIDTH } from '../../../src/graph/layout';
import { freeSpot, newLayerNode } from './addLayer';

describe('adding a layer', () => {
  it('centres a new layer on the point, with defaults and a fresh name', () => {
    const graph = chain('Dense');
    const node = newLayerNode(graph, 'Dense', { x: 500, y: 300 })!;
    expect(node.position).toEqual({
      x: 500 - LAYOUT_NODE_WIDTH / 2,
      y: 300 - LAYOUT_NODE_HEIGHT / 2,
    });
    expect(node.name).toBe('dense_2');
    expect(node.params.units).toBe(64);
    expect(newLayerNode(graph, 'NoSuchLayer', { x: 0, y: 0 })).toBeNull();
  });

  it('steps aside from layers already at the spot, and stays put where it is free', () => {
    const graph = chain('Dense');
    const at = graph.nodes[0]!.position;
    const centre = { x: at.x + LAYOUT_NODE_WIDTH / 2, y: at.y + LAYOUT_NODE_HEIGHT / 2 };
    const spot = freeSpot(graph, centre);
    expect(spot).not.toEqual(centre);
    const placed = newLayerNode(graph, 'Dense', spot)!.position;
    const overlaps =
      Math.abs(placed.x - at.x) < LAYOUT_NODE_WIDTH &&
      Math.abs(placed.y - at.y) < LAYOUT_NODE_HEIGHT;
    expect(overlaps).toBe(false);
    expect(freeSpot(graph, { x: 2000, y: 2000 })).toEqual({ x: 2000, y: 2000 });
  });
});
