/** Draws the boundary image and the data points over it onto a canvas. */
import { BOUNDARY_GRID_SIZE, type TrainerMessageOf } from '../../../../src/protocol';
import { BACKGROUND, boundaryPixels, classColour, rampColour } from './boundaryImage';
import type { DatasetPoints } from './datasetPoints';

type Range = readonly [number, number];

/** The square shown: the boundary's own, else the dataset's domain, else the points' extent. */
function viewRanges(
  boundary: TrainerMessageOf<'boundary'> | null,
  points: DatasetPoints | null,
): [Range, Range] {
  if (boundary) return [boundary.xRange, boundary.yRange];
  if (points?.domain) return [points.domain.x, points.domain.y];
  const extent = (axis: number): Range => {
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < (points?.count ?? 0); i++) {
      const v = points!.xy[2 * i + axis]!;
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    return low < high ? [low, high] : [-1, 1];
  };
  return [extent(0), extent(1)];
}

export function drawBoundary(
  canvas: HTMLCanvasElement,
  boundary: TrainerMessageOf<'boundary'> | null,
  points: DatasetPoints | null,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { width, height } = canvas;
  ctx.fillStyle = `rgb(${BACKGROUND.join(',')})`;
  ctx.fillRect(0, 0, width, height);
  if (boundary) {
    const n = BOUNDARY_GRID_SIZE;
    const grid = document.createElement('canvas');
    grid.width = n;
    grid.height = n;
    const pixels = boundaryPixels(boundary, points?.task ?? 'classification');
    grid.getContext('2d')?.putImageData(new ImageData(pixels, n, n), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(grid, 0, 0, width, height);
  }
  if (!points) return;
  const [xr, yr] = viewRanges(boundary, points);
  let low = Infinity;
  let high = -Infinity;
  if (points.task === 'regression')
    for (const v of points.values) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  for (let i = 0; i < points.count; i++) {
    const x = ((points.xy[2 * i]! - xr[0]) / (xr[1] - xr[0])) * width;
    const y = height - ((points.xy[2 * i + 1]! - yr[0]) / (yr[1] - yr[0])) * height;
    const v = points.values[i]!;
    const rgb =
      points.task === 'regression'
        ? rampColour(high > low ? (v - low) / (high - low) : 0.5)
        : classColour(v);
    ctx.fillStyle = `rgb(${rgb.join(',')})`;
    ctx.beginPath();
    ctx.arc(x, y, 2.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}
