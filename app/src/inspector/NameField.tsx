/** The layer's name: unique in the model, since it names the layer in exported code too. */
import { MAX_NAME_LENGTH } from '../../../src/project/limits';
import type { Graph } from '../../../src/graph/types';
import { translator, type Translate } from '../../../src/i18n';
import { useT } from '../i18n';
import { describedBy, FieldShell } from './fields/FieldShell';
import { endEdit, renameLayer } from './paramEdits';
import { useDraft, type Reading } from './useDraft';

export function readName(
  graph: Graph,
  nodeId: string,
  text: string,
  t: Translate = translator('en'),
): Reading<string> {
  const name = text.trim();
  if (name === '') return { ok: false, error: t('inspector.name.empty') };
  if (name.length > MAX_NAME_LENGTH) {
    return { ok: false, error: t('inspector.name.tooLong', { max: MAX_NAME_LENGTH }) };
  }
  if (graph.nodes.some((n) => n.id !== nodeId && n.name === name)) {
    return { ok: false, error: t('inspector.name.taken', { name }) };
  }
  return { ok: true, value: name };
}

export interface NameFieldProps {
  graph: Graph;
  nodeId: string;
  name: string;
  /** Why a classroom lock keeps the name; the field is then read-only. */
  lock?: string | undefined;
}

export function NameField({ graph, nodeId, name, lock }: NameFieldProps) {
  const t = useT();
  const draft = useDraft(
    name,
    (v) => v,
    (text) => readName(graph, nodeId, text, t),
    (v) => renameLayer(nodeId, v),
  );
  const id = `${nodeId}-name`;
  const text = {
    id,
    label: t('inspector.name.label'),
    help: t('inspector.name.help'),
    error: draft.error,
    lock,
  };
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="text"
        spellCheck={false}
        readOnly={lock !== undefined}
        value={draft.text}
        aria-invalid={draft.error !== null}
        aria-describedby={describedBy(text)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={endEdit}
      />
    </FieldShell>
  );
}
