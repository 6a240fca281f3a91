/** Small shared pieces of the Keras format, used by the layer definitions in both directions. */
import type { KerasLayer } from './definition';
import type { SelectOption } from './params';

/** Activations Keras (and tfjs) accept by name inside Dense, Conv and recurrent layers. */
export const ACTIVATION_OPTIONS: readonly SelectOption[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'relu', label: 'ReLU' },
  { value: 'sigmoid', label: 'Sigmoid' },
  { value: 'tanh', label: 'tanh' },
  { value: 'softmax', label: 'Softmax' },
  { value: 'elu', label: 'ELU' },
  { value: 'selu', label: 'SELU' },
  { value: 'softplus', label: 'Softplus' },
];

export const INITIALIZER_OPTIONS: readonly SelectOption[] = [
  { value: 'glorot_uniform', label: 'Glorot uniform' },
  { value: 'glorot_normal', label: 'Glorot normal' },
  { value: 'he_uniform', label: 'He uniform' },
  { value: 'he_normal', label: 'He normal' },
  { value: 'lecun_uniform', label: 'LeCun uniform' },
  { value: 'lecun_normal', label: 'LeCun normal' },
  { value: 'zeros', label: 'Zeros' },
  { value: 'ones', label: 'Ones' },
];

const INITIALIZER_CLASSES: Record<string, string> = {
  glorot_uniform: 'GlorotUniform',
  glorot_normal: 'GlorotNormal',
  he_uniform: 'HeUniform',
  he_normal: 'HeNormal',
  lecun_uniform: 'LeCunUniform',
  lecun_normal: 'LeCunNormal',
  zeros: 'Zeros',
  ones: 'Ones',
};

export function kerasInitializer(name: string): KerasLayer {
  const className = INITIALIZER_CLASSES[name];
  if (!className) throw new Error(`Unknown initializer '${name}'.`);
  const seeded = name !== 'zeros' && name !== 'ones';
  return { class_name: className, config: seeded ? { seed: null } : {} };
}

/** Reads an initializer back from `{class_name}` or a plain string; unknown ones fall back. */
export function readInitializer(value: unknown, fallback: string): string {
  const className =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'class_name' in value
        ? String((value as { class_name: unknown }).class_name)
        : null;
  if (className === null) return fallback;
  const lower = className.toLowerCase().replace(/_/g, '');
  for (const [key, cls] of Object.entries(INITIALIZER_CLASSES)) {
    if (cls.toLowerCase() === lower || key.replace(/_/g, '') === lower) return key;
  }
  return fallback;
}

/** Keras' L1L2 regulariser, or null when both factors are zero. */
export function kerasRegularizer(l1: number, l2: number): KerasLayer | null {
  if (l1 === 0 && l2 === 0) return null;
  return { class_name: 'L1L2', config: { l1, l2 } };
}

export function readRegularizer(value: unknown): { l1: number; l2: number } {
  if (!value || typeof value !== 'object') return { l1: 0, l2: 0 };
  const config = (value as { config?: Record<string, unknown> }).config ?? {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { l1: num(config.l1), l2: num(config.l2) };
}

/** Reads an activation name; tfjs writes camelCase names in some places, Keras snake_case. */
export function readActivation(value: unknown): string | null {
  if (value === undefined || value === null) return 'linear';
  if (typeof value !== 'string') return null;
  const name = value.toLowerCase();
  return ACTIVATION_OPTIONS.some((o) => o.value === name) ? name : null;
}

/** An integer or a list of integers in a Keras config, as a pair (kernel_size: 3 → [3, 3]). */
export function readPair(
  value: unknown,
  fallback: readonly [number, number],
): readonly [number, number] {
  if (typeof value === 'number') return [value, value];
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number')) {
    return [value[0] as number, value[1] as number];
  }
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'number') {
    return [value[0], value[0]];
  }
  return fallback;
}

/** An integer or a one-element list of integers in a Keras config (Conv1D kernel_size: [3] → 3). */
export function readInt(value: unknown, fallback: number): number {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return fallback;
}
