/**
 * The line drawn while connecting. Over a layer that cannot take the connection it turns red and
 * says why, next to the pointer.
 */
import { getBezierPath, type ConnectionLineComponentProps } from '@xyflow/react';
import { renderText } from '../../../src/layers/text/localText';
import { useLocale } from '../i18n/localeStore';
import { documentStore } from '../stores/documentStore';
import { checkLink, orient } from './connections';
import type { LayerFlowNode } from './flowElements';

export function RefusalLine(props: ConnectionLineComponentProps<LayerFlowNode>) {
  const { fromX, fromY, toX, toY, fromPosition, toPosition, connectionStatus } = props;
  const locale = useLocale((s) => s.locale);
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition,
  });
  let reason: string | null = null;
  if (connectionStatus === 'invalid' && props.toNode) {
    const { source, target } = orient(props.fromNode.id, props.fromHandle, props.toNode.id);
    const check = checkLink(documentStore, source, target);
    reason = check.ok ? null : renderText(locale, check.text);
  }
  return (
    <g className={reason ? 'connection-line is-refused' : 'connection-line'}>
      <path d={path} fill="none" />
      {reason && (
        <foreignObject x={toX + 12} y={toY + 12} width={260} height={140}>
          <div className="refusal-tip" role="tooltip">
            {reason}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
