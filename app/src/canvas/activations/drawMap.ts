/** Drawing tiles into a canvas, sized to their pixels; CSS scales it up without smoothing. */
import { gridLayout, gridPixels, type Tile } from './activationTiles';

export function drawTiles(
  canvas: HTMLCanvasElement | null,
  tiles: readonly Tile[],
  maxTiles: number,
  columns: number,
): void {
  if (!canvas) return;
  const layout = gridLayout(tiles, maxTiles, columns);
  if (layout.width === 0) return;
  if (canvas.width !== layout.width) canvas.width = layout.width;
  if (canvas.height !== layout.height) canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(layout.width, layout.height);
  image.data.set(gridPixels(tiles, layout));
  context.putImageData(image, 0, 0);
}
