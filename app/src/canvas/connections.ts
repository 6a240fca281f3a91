/**
 * Connecting layers: whether a connection being drawn can work, and why not. The rules are the
 * core's `checkConnection`; this only orients a drag that started on an input handle.
 */
import type { Connection, FinalConnectionState, Handle } from '@xyflow/react';
import { checkConnection, type ConnectionCheck } from '../../../src/graph/connect';
import { freshId } from '../../../src/graph/ids';
import type { Locale } from '../../../src/i18n';
import { renderText } from '../../../src/layers/text/localText';
import { analysisOf } from '../stores/analysis';
import type { DocumentStore } from '../stores/documentStore';

export function checkLink(doc: DocumentStore, source: string, target: string): ConnectionCheck {
  const { project } = doc.getState();
  return checkConnection(project.graph, analysisOf(project), source, target);
}

/** Source and target of a connection drawn from `fromNode` to `toNode`, either way round. */
export function orient(
  fromNode: string,
  fromHandle: Pick<Handle, 'type'> | null,
  toNode: string,
): { source: string; target: string } {
  return fromHandle?.type === 'target'
    ? { source: toNode, target: fromNode }
    : { source: fromNode, target: toNode };
}

export function connectLayers(doc: DocumentStore, connection: Connection): boolean {
  const { source, target } = connection;
  if (!checkLink(doc, source, target).ok) return false;
  const { graph } = doc.getState().project;
  return doc
    .getState()
    .apply({ type: 'addEdge', edge: { id: freshId(graph, 'e'), source, target } });
}

/**
 * The reason a finished connection drag was refused, in `locale`, or null if it was not refused.
 */
export function refusalOf(
  doc: DocumentStore,
  state: FinalConnectionState,
  locale: Locale,
): string | null {
  if (!state.fromNode || !state.toNode || state.isValid !== false) return null;
  const { source, target } = orient(state.fromNode.id, state.fromHandle, state.toNode.id);
  const check = checkLink(doc, source, target);
  return check.ok ? null : renderText(locale, check.text);
}
