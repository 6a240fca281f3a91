/**
 * Adds a layer to the document as one undo step, selects it and says so to screen readers. It goes
 * at `centre`, or below the other layers when there is no view to place it in.
 */
import type { Position } from '../../../src/graph/types';
import { currentT } from '../i18n';
import type { DocumentStore } from '../stores/documentStore';
import type { UiStore } from '../stores/uiStore';
import { belowAll, freeSpot, newLayerNode } from './addLayer';

export function placeLayer(
  doc: DocumentStore,
  ui: UiStore,
  type: string,
  centre: Position | null,
): string | null {
  const { graph } = doc.getState().project;
  const node = newLayerNode(graph, type, freeSpot(graph, centre ?? belowAll(graph)));
  if (!node || !doc.getState().apply({ type: 'addNode', node })) return null;
  ui.getState().select([node.id]);
  ui.getState().announce(currentT()('canvas.layerAdded', { type: node.type, name: node.name }));
  return node.id;
}
