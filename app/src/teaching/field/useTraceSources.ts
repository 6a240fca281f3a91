/** The stacks the receptive-field lab can trace: the project's convolution and pooling layers, then examples. */
import type { TeachingMessage } from '../../../../src/teaching/errors';
import { windowOf, windowStackOf } from '../../../../src/teaching/windowStack';
import type { Pair, WindowLayer } from '../../../../src/teaching/receptiveField';
import { useT } from '../../i18n';
import { useAnalysis } from '../../stores/analysis';
import { useDocument } from '../../stores/documentStore';
import { useUi } from '../../stores/uiStore';
import { FIELD_EXAMPLES } from './examples';

export interface TraceSource {
  id: string;
  label: string;
  /** Whether it is a layer of the project, rather than an example. */
  fromProject: boolean;
}

export type Stack =
  | { ok: true; inputSize: Pair; layers: WindowLayer[]; stoppedAt: string | null }
  | { ok: false; message: TeachingMessage };

export function useTraceSources() {
  const t = useT();
  const graph = useDocument((s) => s.project.graph);
  const analysis = useAnalysis();
  const selected = useUi((s) => s.selection.nodes);
  const layers = graph.nodes.filter((n) => windowOf(n));
  const sources: TraceSource[] = [
    ...layers.map((n) => ({ id: n.id, label: `${n.name} (${n.type})`, fromProject: true })),
    ...FIELD_EXAMPLES.map((e) => ({
      id: `example:${e.id}`,
      label: t(e.label),
      fromProject: false,
    })),
  ];
  // The selected layer when it can be traced, else the project's last window layer, else an example.
  const preferred =
    layers.find((n) => selected.length === 1 && n.id === selected[0])?.id ??
    layers[layers.length - 1]?.id ??
    sources[0]!.id;
  const stackOf = (id: string): Stack => {
    const example = FIELD_EXAMPLES.find((e) => `example:${e.id}` === id);
    if (example)
      return { ok: true, inputSize: example.inputSize, layers: example.layers, stoppedAt: null };
    const found = windowStackOf(graph, analysis, id);
    return found.ok ? { ok: true, ...found.stack } : found;
  };
  return { sources, preferred, hasProjectLayers: layers.length > 0, stackOf };
}
