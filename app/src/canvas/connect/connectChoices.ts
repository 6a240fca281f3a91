/**
 * Connecting from the keyboard: for one layer, every other layer it could feed and every layer
 * that could feed it, each with whether the connection would work and, if not, why, by the same
 * rules as a drag between handles.
 */
import type { GraphNode } from '../../../../src/graph/types';
import type { Locale } from '../../../../src/i18n';
import { renderText } from '../../../../src/layers/text/localText';
import type { DocumentStore } from '../../stores/documentStore';
import { checkLink } from '../connections';

export interface ConnectChoice {
  node: GraphNode;
  source: string;
  target: string;
  /** Why the connection is refused, in the interface's language; absent when it can be made. */
  refusal?: string;
}

export interface ConnectChoices {
  /** Connections from the layer into each other layer. */
  into: ConnectChoice[];
  /** Connections from each other layer into the layer. */
  from: ConnectChoice[];
}

export function connectChoices(doc: DocumentStore, nodeId: string, locale: Locale): ConnectChoices {
  const others = doc.getState().project.graph.nodes.filter((n) => n.id !== nodeId);
  const choice = (node: GraphNode, source: string, target: string): ConnectChoice => {
    const check = checkLink(doc, source, target);
    return check.ok
      ? { node, source, target }
      : { node, source, target, refusal: renderText(locale, check.text) };
  };
  // The connections that can be made come first, so the keyboard reaches them first.
  const possibleFirst = (list: ConnectChoice[]) => [
    ...list.filter((c) => !c.refusal),
    ...list.filter((c) => c.refusal),
  ];
  return {
    into: possibleFirst(others.map((n) => choice(n, nodeId, n.id))),
    from: possibleFirst(others.map((n) => choice(n, n.id, nodeId))),
  };
}
