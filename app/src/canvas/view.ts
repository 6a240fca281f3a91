/**
 * What commands and panels may ask of the canvas's view, without knowing React Flow: where its
 * centre is, fitting the graph into view and bringing a node into view. The canvas registers its
 * view while it is mounted.
 */
import type { Position } from '../../../src/graph/types';

export interface CanvasView {
  /** The point of the graph at the centre of the visible canvas. */
  centre(): Position;
  fitView(): void;
  /** Scrolls a node into the middle of the view and gives it keyboard focus. */
  focusNode(id: string): void;
}

/** Fitting never magnifies beyond 100 %: one small layer should not fill the screen. */
export const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 };

let current: CanvasView | null = null;

export function setCanvasView(view: CanvasView | null): void {
  current = view;
}

export function getCanvasView(): CanvasView | null {
  return current;
}
