/**
 * Test support: jsdom has no canvas drawing and says so loudly when asked. Here a canvas simply
 * has no 2-D context, which the app already handles (charts and the boundary draw nothing).
 */
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  configurable: true,
  value: () => null,
});
