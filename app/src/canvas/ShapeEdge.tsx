/** A connection, labelled with the shape of the tensor it carries, e.g. `28×28×32`. */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, use, useMemo } from 'react';
import { useT } from '../i18n';
import { edgeShapeText, useEdgeShapeText } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import { connectionName, connectionNameId, nodeName, type ShapeFlowEdge } from './flowElements';
import { OverviewContext } from './overview';

function ShapeEdgeView(props: EdgeProps<ShapeFlowEdge>) {
  const {
    id,
    source,
    target,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    selected,
  } = props;
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
      <ShapeText id={id} source={source} target={target} x={labelX} y={labelY} />
    </>
  );
}

interface ShapeTextProps {
  id: string;
  source: string;
  target: string;
  x: number;
  y: number;
}

/**
 * The connection's accessible name and its shape on screen. Each part selects a string of its own,
 * so an edit re-renders only the texts that changed, never the edge's path or the label's portal.
 */
const ShapeText = memo(function ShapeText({ id, source, target, x, y }: ShapeTextProps) {
  // No label in an overview, where it could not be read: its text is not even kept up to date.
  const overview = use(OverviewContext);
  return (
    <>
      <ConnectionName id={id} source={source} target={target} />
      {!overview && (
        <EdgeLabelRenderer>
          <ShapeLabel id={id} x={x} y={y} />
        </EdgeLabelRenderer>
      )}
    </>
  );
});

function ConnectionNameView({ id, source, target }: Omit<ShapeTextProps, 'x' | 'y'>) {
  const t = useT();
  const name = useDocument(({ project }) =>
    connectionName(
      t,
      nodeName(project.graph.nodes, source),
      nodeName(project.graph.nodes, target),
      edgeShapeText(project, id),
    ),
  );
  return <title id={connectionNameId(id)}>{name}</title>;
}
const ConnectionName = memo(ConnectionNameView);

/**
 * The label is centred on its point by a zero-size flex anchor rather than a transform: a
 * transform per label is one more piece for the browser to composite at every frame of a pan.
 */
function ShapeLabelView({ id, x, y }: Pick<ShapeTextProps, 'id' | 'x' | 'y'>) {
  const t = useT();
  const shape = useEdgeShapeText(id);
  const at = useMemo(() => ({ left: x, top: y }), [x, y]);
  return (
    <div className="shape-label-anchor" style={at}>
      <div
        className={shape ? 'shape-label' : 'shape-label shape-label--unknown'}
        title={t(shape ? 'canvas.edge.shapeKnown' : 'canvas.edge.shapeUnknown')}
        aria-hidden
      >
        {shape ?? '?'}
      </div>
    </div>
  );
}
const ShapeLabel = memo(ShapeLabelView);

export const ShapeEdge = memo(ShapeEdgeView);
