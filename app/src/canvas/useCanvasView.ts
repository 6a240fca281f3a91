/** Registers the canvas's view (centre, fit, focus a node) for commands and panels while mounted. */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { FIT_VIEW_OPTIONS, setCanvasView } from './view';

export function useCanvasView(wrapper: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    setCanvasView({
      centre() {
        const box = wrapper.current?.getBoundingClientRect();
        if (!box) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        });
      },
      fitView() {
        void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 200 });
      },
      focusNode(id) {
        const node = flow.getInternalNode(id);
        if (!node) return;
        const { x, y } = node.internals.positionAbsolute;
        const width = node.measured.width ?? 0;
        const height = node.measured.height ?? 0;
        void flow.setCenter(x + width / 2, y + height / 2, {
          zoom: Math.max(flow.getZoom(), 0.8),
          duration: 200,
        });
        const element = wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(id)}"]`,
        );
        element?.focus({ preventScroll: true });
      },
    });
    return () => setCanvasView(null);
  }, [flow, wrapper]);
}
