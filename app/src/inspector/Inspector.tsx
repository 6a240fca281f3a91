/**
 * The inspector: a form for the selected layer, generated from its type's parameter schema, with
 * the layer's explanation and, for activations, a plot of the function.
 */
import type { GraphNode } from '../../../src/graph/types';
import type { ParamSchema, SelectSpec } from '../../../src/layers/params';
import { getLayer } from '../../../src/layers/registry';
import { liveSelectedNode } from './selectedNode';
import { problemsByNode, useAnalysis } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import { useUi } from '../stores/uiStore';
import { ActivationPlot } from './ActivationPlot';
import { activationOf } from './activationCurves';
import { NameField } from './NameField';
import { ParamField } from './ParamField';
import { endEdit, setParam } from './paramEdits';

export function Inspector() {
  const graph = useDocument((s) => s.project.graph);
  const selection = useUi((s) => s.selection);
  const { node, count } = liveSelectedNode(graph, selection.nodes);
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="panel-title">
        Inspector
      </h2>
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : (
        <p className="inspector__hint">
          {count > 1
            ? `${count} layers are selected. Select one to edit it.`
            : 'Select a layer to see and edit its parameters.'}
        </p>
      )}
    </section>
  );
}

function NodeInspector({ node }: { node: GraphNode }) {
  const graph = useDocument((s) => s.project.graph);
  const analysis = useAnalysis();
  const def = getLayer(node.type);
  if (!def)
    return (
      <p className="inspector__hint">{`'${node.type}' is not a layer type NeuroCanvas knows.`}</p>
    );
  const schema = def.params as ParamSchema;
  const problems = problemsByNode(analysis).get(node.id) ?? [];
  // Problems with one parameter show at its field; the others here, above the form.
  const general = problems.filter((p) => p.param === undefined);
  const paramProblem = (key: string) =>
    problems
      .filter((p) => p.param === key)
      .map((p) => p.message)
      .join(' ') || undefined;
  const activation = activationOf(node.params, (value) => {
    const spec = schema.activation as SelectSpec | undefined;
    return spec?.options.find((o) => o.value === value)?.label ?? value;
  });
  return (
    <div className="inspector__body">
      <p className="inspector__type">
        {def.label} <span className="inspector__category">{def.category}</span>
      </p>
      {general.length > 0 && (
        <ul className="inspector__problems" aria-label="Problems of this layer">
          {general.map((p, i) => (
            <li key={i} data-severity={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      <NameField graph={graph} nodeId={node.id} name={node.name} />
      {Object.entries(schema)
        .filter(([, spec]) => spec.visibleWhen?.(node.params) ?? true)
        .map(([key, spec]) => (
          <ParamField
            key={key}
            id={`${node.id}-${key}`}
            spec={spec}
            value={node.params[key] ?? spec.default}
            onChange={(value, typing) => setParam(node.id, key, value, typing)}
            onDone={endEdit}
            problem={paramProblem(key)}
          />
        ))}
      {activation && <ActivationPlot spec={activation} />}
      <p className="inspector__doc">{def.doc}</p>
    </div>
  );
}
