/** Parameter and name edits from the inspector, as document changes. */
import type { ParamValue } from '../../../src/layers/params';
import { documentStore } from '../stores/documentStore';

/**
 * Sets one parameter. Typing into a field is one undo step per field visit: keystrokes carry the
 * same squash key until the field loses focus.
 */
export function setParam(nodeId: string, key: string, value: ParamValue, typing = false): boolean {
  return documentStore
    .getState()
    .apply(
      { type: 'setParams', id: nodeId, params: { [key]: value } },
      typing ? { squash: `param:${nodeId}:${key}` } : {},
    );
}

export function renameLayer(nodeId: string, name: string): boolean {
  return documentStore
    .getState()
    .apply({ type: 'renameNode', id: nodeId, name }, { squash: `name:${nodeId}` });
}

/** Ends a field's run of edits, so the next visit is a new undo step. */
export function endEdit(): void {
  documentStore.getState().endGesture();
}
