/** Examples in words: their labels, and for inputs that are not images, their values. */
import type { ExamplePage } from './examples';

/** The label of a page's example `slot`: its class name, or a regression's target value. */
export function labelText(page: ExamplePage, slot: number): string {
  if (page.labels) {
    const c = page.labels[slot]!;
    return page.classNames?.[c] ?? String(c);
  }
  return formatValue(page.targets![slot]!);
}

/** A class by number, as the page names it. */
export function className(page: Pick<ExamplePage, 'classNames'> | null, c: number): string {
  return page?.classNames?.[c] ?? String(c);
}

/** The input values of an example that is not an image, e.g. "(0.52, −1.3)"; long ones are cut. */
export function featuresText(page: ExamplePage, slot: number): string {
  const size = page.inputShape.reduce((p, d) => p * d, 1);
  const values = Array.from(page.features!.subarray(slot * size, (slot + 1) * size));
  const shown = values.slice(0, 4).map(formatValue);
  return `(${shown.join(', ')}${values.length > 4 ? ', …' : ''})`;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toPrecision(2)));
}
