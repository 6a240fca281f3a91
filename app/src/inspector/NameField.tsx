/** The layer's name: unique in the model, since it names the layer in exported code too. */
import { MAX_NAME_LENGTH } from '../../../src/project/limits';
import type { Graph } from '../../../src/graph/types';
import { describedBy, FieldShell } from './fields/FieldShell';
import { endEdit, renameLayer } from './paramEdits';
import { useDraft, type Reading } from './useDraft';

export function readName(graph: Graph, nodeId: string, text: string): Reading<string> {
  const name = text.trim();
  if (name === '') return { ok: false, error: 'A layer needs a name.' };
  if (name.length > MAX_NAME_LENGTH) {
    return { ok: false, error: `A name can be at most ${MAX_NAME_LENGTH} characters long.` };
  }
  if (graph.nodes.some((n) => n.id !== nodeId && n.name === name)) {
    return { ok: false, error: `Another layer is already called ${name}.` };
  }
  return { ok: true, value: name };
}

export function NameField({ graph, nodeId, name }: { graph: Graph; nodeId: string; name: string }) {
  const draft = useDraft(
    name,
    (v) => v,
    (text) => readName(graph, nodeId, text),
    (v) => renameLayer(nodeId, v),
  );
  const id = `${nodeId}-name`;
  const text = {
    id,
    label: 'Name',
    help: 'Unique in the model; exported code uses it too.',
    error: draft.error,
  };
  return (
    <FieldShell text={text}>
      <input
        id={id}
        type="text"
        spellCheck={false}
        value={draft.text}
        aria-invalid={draft.error !== null}
        aria-describedby={describedBy(text)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={endEdit}
      />
    </FieldShell>
  );
}
