/** The drag-and-drop data type of a layer dragged from the palette; its value is the layer type. */
export const LAYER_DRAG_TYPE = 'application/x-neurocanvas-layer';
