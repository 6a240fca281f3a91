/** Whether this page can draw on a canvas: charts and the boundary need it, some environments lack it. */
let supported: boolean | null = null;

export function canDraw(): boolean {
  if (supported === null) {
    try {
      supported = document.createElement('canvas').getContext('2d') !== null;
    } catch {
      supported = false;
    }
  }
  return supported;
}
