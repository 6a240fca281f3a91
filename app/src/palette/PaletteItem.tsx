/**
 * One layer type in the palette. Drag it onto the canvas to place it there; click it, or focus it
 * and press Enter, to add it at the centre of the view.
 */
import type { DragEvent, KeyboardEvent } from 'react';
import type { AnyLayerDefinition } from '../../../src/layers/definition';
import { definitionText } from '../../../src/layers/text/layerText';
import { useLocale } from '../i18n';
import { getCanvasView } from '../canvas/view';
import { placeLayer } from '../edits/placeLayer';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { LAYER_DRAG_TYPE } from './dragData';

export function PaletteItem({ def }: { def: AnyLayerDefinition }) {
  const locale = useLocale((s) => s.locale);
  const text = definitionText(locale, def);
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(LAYER_DRAG_TYPE, def.type);
    e.dataTransfer.setData('text/plain', def.label);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const add = () => {
    placeLayer(documentStore, uiStore, def.type, getCanvasView()?.centre() ?? null);
  };
  // Enter adds at once; preventing the default stops the browser from also clicking the button.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  };
  return (
    <button
      type="button"
      className="palette-item"
      data-category={def.category}
      draggable
      onDragStart={onDragStart}
      onClick={add}
      onKeyDown={onKeyDown}
      title={text.doc}
    >
      {text.label}
    </button>
  );
}
