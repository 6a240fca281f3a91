/** The canvas: layers and their connections, drawn with React Flow from the document. */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type ReactFlowProps,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Translate } from '../../../src/i18n';
import { localeStore, useT } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { uiStore, useUi } from '../stores/uiStore';
import { ActivationPanel } from './activations/ActivationPanel';
import { ConnectDialog } from './connect/ConnectDialog';
import { checkLink, connectLayers, refusalOf } from './connections';
import { EmptyState } from './EmptyState';
import { LayerNode } from './LayerNode';
import { OVERVIEW_ZOOM, OverviewContext } from './overview';
import { RefusalLine } from './RefusalLine';
import { ShapeEdge } from './ShapeEdge';
import { useCanvasView } from './useCanvasView';
import { useFlowState } from './useFlowState';
import { useLayerDrop } from './useLayerDrop';
import { FIT_VIEW_OPTIONS } from './view';

const nodeTypes = { layer: LayerNode };
const edgeTypes = { shape: ShapeEdge };
const GRID: [number, number] = [20, 20];
/** Middle and right button pan; the left button selects with a box, as in drawing tools. */
const PAN_BUTTONS = [1, 2];
const isOverview = (s: { transform: [number, number, number] }) => s.transform[2] < OVERVIEW_ZOOM;

/** What React Flow itself reads out (its controls, the help on layers and connections). */
function flowLabels(t: Translate): NonNullable<ReactFlowProps['ariaLabelConfig']> {
  return {
    'node.a11yDescription.default': t('canvas.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('canvas.nodeHelp'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.nodeMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('canvas.edgeHelp'),
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.fitView'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.handle'),
  };
}

export function Canvas() {
  const t = useT();
  const ariaLabelConfig = useMemo(() => flowLabels(t), [t]);
  const theme = useUi((s) => s.theme);
  const overview = useStore(isOverview);
  const { nodes, edges, onNodesChange, onEdgesChange } = useFlowState();
  const wrapper = useRef<HTMLDivElement>(null);
  // Fit a graph that is there at start; a blank canvas stays at 100 % as layers arrive.
  const [fitAtStart] = useState(() => documentStore.getState().project.graph.nodes.length > 0);
  useCanvasView(wrapper);
  const { onDragOver, onDrop } = useLayerDrop();

  const isValidConnection = useCallback(
    (c: Connection | Edge) => checkLink(documentStore, c.source, c.target).ok,
    [],
  );
  const onConnect = useCallback((c: Connection) => {
    connectLayers(documentStore, c);
  }, []);
  const onConnectEnd = useCallback((_e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const reason = refusalOf(documentStore, state, localeStore.getState().locale);
    if (reason) uiStore.getState().announce(reason, 'error');
  }, []);

  return (
    <div
      className={overview ? 'canvas is-overview' : 'canvas'}
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <OverviewContext value={overview}>
        <ReactFlow
          aria-label={t('canvas.label')}
          ariaLabelConfig={ariaLabelConfig}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          isValidConnection={isValidConnection}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          connectionLineComponent={RefusalLine}
          colorMode={theme}
          deleteKeyCode={null}
          selectionOnDrag
          panOnDrag={PAN_BUTTONS}
          panOnScroll
          snapToGrid
          snapGrid={GRID}
          minZoom={0.1}
          maxZoom={2}
          fitView={fitAtStart}
          fitViewOptions={FIT_VIEW_OPTIONS}
        >
          <Background gap={GRID[0]} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} />
        </ReactFlow>
      </OverviewContext>
      <EmptyState />
      <ActivationPanel />
      <ConnectDialog />
    </div>
  );
}
