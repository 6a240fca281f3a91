/** A parameter value in a few characters, as the node shows its key parameters: `3×3`, `ReLU`. */
import { translate, type Locale, type MessageKey } from '../../../src/i18n';
import type { ParamSpec, ParamValue } from '../../../src/layers/params';
import { formatNumber } from '../../../src/layers/paramCheck';
import { optionLabel } from '../../../src/layers/text/layerText';

/**
 * Options, yes, no and none are words in the user's language; numbers keep the form the
 * inspector's fields take.
 */
export function paramText(
  spec: ParamSpec,
  value: ParamValue | undefined,
  locale: Locale = 'en',
): string {
  if (value === undefined) return '–';
  switch (spec.kind) {
    case 'int':
    case 'float':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'bool':
      return translate(locale, value === true ? 'common.yes' : 'common.no').toLowerCase();
    case 'select': {
      const option = spec.options.find((o) => o.value === value);
      return option ? optionLabel(locale, option) : String(value);
    }
    case 'multiselect':
      return Array.isArray(value)
        ? value
            .map((v) => {
              const option = spec.options.find((o) => o.value === v);
              return option ? optionLabel(locale, option) : String(v);
            })
            .join(', ') || translate(locale, 'common.none').toLowerCase()
        : String(value);
    case 'int2':
    case 'shape':
      return Array.isArray(value) ? value.join('×') : String(value);
  }
}

const UNITS: readonly [size: number, divisor: number, unit: MessageKey][] = [
  [1e12, 1e12, 'summary.trillions'],
  [1e9, 1e9, 'summary.billions'],
  [1e6, 1e6, 'summary.millions'],
  // From 10,000 on: four digits read well as they are.
  [1e4, 1e3, 'summary.thousands'],
];

/**
 * Parameter counts and FLOPs as people read them, in the user's language: 1,234 · 12.3 K · 4.5 M
 * · 6.7 G in English, 1 234 · 12,3 тыс. · 4,5 млн · 6,7 млрд in Russian.
 */
export function compactNumber(n: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(n)) return formatNumber(n);
  for (const [size, divisor, unit] of UNITS) {
    if (Math.abs(n) >= size) {
      const scaled = n / divisor;
      const digits = Math.abs(scaled) >= 100 ? 0 : 1;
      const value = scaled.toLocaleString(locale, { maximumFractionDigits: digits });
      return translate(locale, unit, { value });
    }
  }
  return n.toLocaleString(locale);
}
