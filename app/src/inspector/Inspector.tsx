/**
 * The inspector: a form for the selected layer, generated from its type's parameter schema, with
 * the layer's explanation and, for activations, a plot of the function.
 */
import type { GraphNode } from '../../../src/graph/types';
import type { ParamSchema, SelectSpec } from '../../../src/layers/params';
import { getLayer } from '../../../src/layers/registry';
import { definitionText, optionLabel } from '../../../src/layers/text/layerText';
import { useLocale, useT } from '../i18n';
import { problemMessage } from '../problems/problemText';
import { liveSelectedNode } from './selectedNode';
import { problemsByNode, useAnalysis } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import { useUi } from '../stores/uiStore';
import { ActivationPlot } from './ActivationPlot';
import { activationOf } from './activationCurves';
import { NameField } from './NameField';
import { LockNote } from '../packs/LockNote';
import { useLocksInForce } from '../packs/useLocks';
import { isLayerLocked, isParamLocked } from '../../../src/packs/classroom';
import { ParamField } from './ParamField';
import { endEdit, setParam } from './paramEdits';

export function Inspector() {
  const t = useT();
  const graph = useDocument((s) => s.project.graph);
  const selection = useUi((s) => s.selection);
  const { node, count } = liveSelectedNode(graph, selection.nodes);
  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title" className="panel-title">
        {t('inspector.title')}
      </h2>
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : (
        <p className="inspector__hint">
          {count > 1 ? t('inspector.selectedMany', { count }) : t('inspector.selectOne')}
        </p>
      )}
    </section>
  );
}

function NodeInspector({ node }: { node: GraphNode }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const graph = useDocument((s) => s.project.graph);
  const analysis = useAnalysis();
  const locks = useLocksInForce();
  const def = getLayer(node.type);
  if (!def)
    return <p className="inspector__hint">{t('problems.unknownType', { type: node.type })}</p>;
  const text = definitionText(locale, def);
  const schema = def.params as ParamSchema;
  const problems = problemsByNode(analysis).get(node.id) ?? [];
  // Problems with one parameter show at its field; the others here, above the form.
  const general = problems.filter((p) => p.param === undefined);
  const paramProblem = (key: string) =>
    problems
      .filter((p) => p.param === key)
      .map((p) => problemMessage(locale, p))
      .join(' ') || undefined;
  const activation = activationOf(node.params, (value) => {
    const spec = schema.activation as SelectSpec | undefined;
    const option = spec?.options.find((o) => o.value === value);
    return option ? optionLabel(locale, option) : value;
  });
  return (
    <div className="inspector__body">
      <p className="inspector__type">
        {text.label} <span className="inspector__category">{text.category}</span>
      </p>
      {general.length > 0 && (
        <ul className="inspector__problems" aria-label={t('inspector.layerProblems')}>
          {general.map((p, i) => (
            <li key={i} data-severity={p.severity}>
              {problemMessage(locale, p)}
            </li>
          ))}
        </ul>
      )}
      <LockNote nodeId={node.id} />
      <NameField
        graph={graph}
        nodeId={node.id}
        name={node.name}
        lock={locks && isLayerLocked(locks, node.id) ? t('packs.lock.field') : undefined}
      />
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
            lock={locks && isParamLocked(locks, node.id, key) ? t('packs.lock.field') : undefined}
          />
        ))}
      {activation && <ActivationPlot spec={activation} />}
      <p className="inspector__doc">{text.doc}</p>
    </div>
  );
}
