/**
 * A layer on the canvas: its type, name, key parameters, parameter count and problem badges, and
 * while a model trains, a thumbnail of its output. One handle takes inputs (merges accept several
 * edges on it), one gives the output.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNode } from '../../../src/graph/types';
import type { ParamSchema } from '../../../src/layers/params';
import { getLayer } from '../../../src/layers/registry';
import { specText } from '../../../src/layers/text/layerText';
import { useLocale, useT } from '../i18n';
import { useNodeParamCount, useNodeProblemText } from '../stores/analysis';
import { ActivationThumbnail } from './activations/ActivationThumbnail';
import { useDocument } from '../stores/documentStore';
import { nodeById, type LayerFlowNode } from './flowElements';
import { compactNumber, paramText } from './paramText';
import { ProblemBadge } from './ProblemBadge';
import { LockBadge } from '../packs/LockBadge';

function LayerNodeView({ id, selected }: NodeProps<LayerFlowNode>) {
  const node = useDocument((s) => nodeById(s.project.graph.nodes, id));
  // React Flow may draw a deleted layer for one more render, before it gets the new node list.
  if (!node) return null;
  return <LayerBody id={id} node={node} selected={selected} />;
}

interface LayerBodyProps {
  id: string;
  node: GraphNode;
  selected: boolean;
}

function LayerBody({ id, node, selected }: LayerBodyProps) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const def = getLayer(node.type);
  const params = useNodeParamCount(id);
  const errors = useNodeProblemText(id, 'error');
  const warnings = useNodeProblemText(id, 'warning');
  const schema = (def?.params ?? {}) as ParamSchema;
  const keyParams = (def?.keyParams ?? []) as readonly string[];
  const status = errors ? 'error' : warnings ? 'warning' : 'ok';
  // A choice speaks for itself ("ReLU"); a number needs its name ("Units 128").
  const summary = keyParams
    .filter((key) => schema[key])
    .map((key) => {
      const spec = schema[key]!;
      const text = paramText(spec, node.params[key], locale);
      return spec.kind === 'select' ? text : `${specText(locale, spec).label} ${text}`;
    })
    .join(' · ');
  // The Output marker ends the network: nothing connects from it.
  const givesOutput = def !== undefined && def.category !== 'Output';

  return (
    <div
      className="layer-node"
      data-category={def?.category ?? 'Unknown'}
      data-status={status}
      data-selected={selected}
    >
      {def && def.inputs.max > 0 && <Handle type="target" position={Position.Top} />}
      <div className="layer-node__head">
        <span className="layer-node__type">{def?.label ?? node.type}</span>
        <span className="layer-node__badges">
          <LockBadge nodeId={id} />
          {errors && <ProblemBadge severity="error" text={errors} />}
          {warnings && <ProblemBadge severity="warning" text={warnings} />}
        </span>
      </div>
      <div className="layer-node__name">{node.name}</div>
      {summary && (
        <div className="layer-node__params" title={summary}>
          {summary}
        </div>
      )}
      <div className="layer-node__count">
        {params === 0
          ? t('canvas.node.noParams')
          : t('canvas.node.params', { count: compactNumber(params, locale) })}
      </div>
      <ActivationThumbnail name={node.name} />
      {givesOutput && <Handle type="source" position={Position.Bottom} />}
    </div>
  );
}

export const LayerNode = memo(LayerNodeView);
