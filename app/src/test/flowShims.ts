/**
 * Test support: the browser behaviour React Flow relies on that jsdom lacks. jsdom does no
 * layout, so every element reports a fixed size here, and a resize observer reports each element
 * once when it starts watching, as browsers do. Only environment shims, nothing of the app's.
 */
const WIDTH = 180;
const HEIGHT = 80;

type Callback = (entries: { target: Element }[], observer: unknown) => void;

class ResizeObserverShim {
  constructor(private readonly callback: Callback) {}
  observe(target: Element): void {
    this.callback([{ target }], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}

/** React Flow reads the zoom (m22) from a CSS transform such as `scale(0.5)`. */
class DOMMatrixReadOnlyShim {
  readonly m22: number;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
    this.m22 = scale ? Number(scale[1]) : 1;
  }
}

const scope = globalThis as Record<string, unknown>;
scope.ResizeObserver ??= ResizeObserverShim;
scope.DOMMatrixReadOnly ??= DOMMatrixReadOnlyShim;
for (const [name, value] of [
  ['offsetWidth', WIDTH],
  ['offsetHeight', HEIGHT],
] as const) {
  Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
}
