/** A connection, labelled with the shape of the tensor it carries, e.g. `28×28×32`. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatShape } from '../../../src/layers/shape';
import { analysisOf } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import type { ShapeFlowEdge } from './flowElements';

function ShapeEdgeView(props: EdgeProps<ShapeFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected } =
    props;
  const shape = useDocument((s) => analysisOf(s.project).edges.get(id));
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={selected ? 'shape-edge is-selected' : 'shape-edge'}
      />
      <EdgeLabelRenderer>
        <div
          className={shape ? 'shape-label' : 'shape-label shape-label--unknown'}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={
            shape
              ? 'The shape of each example flowing here'
              : 'Unknown: a problem upstream stops the shape'
          }
          aria-hidden
        >
          {shape ? formatShape(shape) : '?'}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const ShapeEdge = memo(ShapeEdgeView);
