/** A parameter value in a few characters, as the node shows its key parameters: `3×3`, `ReLU`. */
import type { ParamSpec, ParamValue } from '../../../src/layers/params';
import { formatNumber } from '../../../src/layers/paramCheck';

export function paramText(spec: ParamSpec, value: ParamValue | undefined): string {
  if (value === undefined) return '–';
  switch (spec.kind) {
    case 'int':
    case 'float':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'bool':
      return value === true ? 'yes' : 'no';
    case 'select':
      return spec.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiselect':
      return Array.isArray(value)
        ? value
            .map((v) => spec.options.find((o) => o.value === v)?.label ?? String(v))
            .join(', ') || 'none'
        : String(value);
    case 'int2':
    case 'shape':
      return Array.isArray(value) ? value.join('×') : String(value);
  }
}

/** Parameter counts and FLOPs as people read them: 1,234 · 12.3 K · 4.5 M · 6.7 G. */
export function compactNumber(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e4, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) {
      const scaled = n / (suffix === 'K' ? 1e3 : size);
      return `${scaled >= 100 ? Math.round(scaled) : scaled.toFixed(1).replace(/\.0$/, '')} ${suffix}`;
    }
  }
  return formatNumber(n);
}
