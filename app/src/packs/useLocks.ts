/** What the open document locks, read from its classroom section. */
import { isLayerLocked, lockedParams, noLocks, type Locks } from '../../../src/packs/classroom';
import type { ParamSchema } from '../../../src/layers/params';
import { getLayer } from '../../../src/layers/registry';
import { termText } from '../../../src/layers/text/terms';
import { useLocale } from '../i18n';
import { useDocument, type DocumentState } from '../stores/documentStore';

export function useLocks(): Locks {
  return useDocument((s) => s.project.classroom?.locks ?? noLocks);
}

/**
 * The locks that hold now, so the controls they fix can show it before anyone tries: none in
 * teacher mode, where the teacher edits what the locks fix.
 */
export function locksInForce(state: Pick<DocumentState, 'project' | 'teacherMode'>): Locks | null {
  return state.teacherMode ? null : (state.project.classroom?.locks ?? null);
}

export function useLocksInForce(): Locks | null {
  return useDocument(locksInForce);
}

export function useLayerLocked(nodeId: string): boolean {
  return useDocument((s) => {
    const locks = s.project.classroom?.locks;
    return locks !== undefined && isLayerLocked(locks, nodeId);
  });
}

/** The labels of a layer's locked parameters, e.g. "Units, Activation"; empty when none. */
export function useLockedParamText(nodeId: string): string {
  const locale = useLocale((s) => s.locale);
  return useDocument((s) => {
    const locks = s.project.classroom?.locks;
    const keys = locks ? lockedParams(locks, nodeId) : [];
    if (keys.length === 0) return '';
    const node = s.project.graph.nodes.find((n) => n.id === nodeId);
    const schema = ((node && getLayer(node.type)?.params) ?? {}) as ParamSchema;
    return keys
      .map((k) => (Object.hasOwn(schema, k) ? termText(locale, schema[k]!.label) : k))
      .join(', ');
  });
}
