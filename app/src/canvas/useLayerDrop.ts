/** Dropping a layer dragged from the palette: it lands where it was dropped. */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { placeLayer } from '../edits/placeLayer';
import { LAYER_DRAG_TYPE } from '../palette/dragData';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';

export function useLayerDrop() {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(LAYER_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(LAYER_DRAG_TYPE);
      if (!type) return;
      e.preventDefault();
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      placeLayer(documentStore, uiStore, type, at);
    },
    [screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
