/** One Keras layer of the topology → the Python expression that builds it, from `KERAS_TABLE`. */
import type { KerasModelJson } from '../../compiler/kerasModel';
import { ALWAYS_WRITE, IGNORED_KEYS, KERAS_TABLE, type KerasEntry } from './layerTable';
import { py } from './python';
import { unsupportedWhy, whyText, type UnsupportedWhy } from '../bundle/why';

type KerasLayerJson = KerasModelJson['config']['layers'][number];

/** Initializer classes as Keras names them in Python. */
const INITIALIZER_NAMES: Readonly<Record<string, string>> = {
  GlorotUniform: 'glorot_uniform',
  GlorotNormal: 'glorot_normal',
  HeUniform: 'he_uniform',
  HeNormal: 'he_normal',
  LeCunUniform: 'lecun_uniform',
  LeCunNormal: 'lecun_normal',
  Zeros: 'zeros',
  Ones: 'ones',
  Orthogonal: 'orthogonal',
};

class Untranslatable extends Error {
  constructor(readonly why: UnsupportedWhy) {
    super(whyText(why));
  }
}

/** A config value as Python; initializers by name, L1L2 regularisers as objects. */
function pythonValue(key: string, value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { class_name: cls, config = {} } = value as {
      class_name?: string;
      config?: Record<string, unknown>;
    };
    if (cls === 'L1L2')
      return `keras.regularizers.L1L2(l1=${py(config.l1 ?? 0)}, l2=${py(config.l2 ?? 0)})`;
    const name = cls === undefined ? undefined : INITIALIZER_NAMES[cls];
    const gain = config.gain;
    if (name && (cls !== 'Orthogonal' || gain === undefined || gain === 1)) return py(name);
    if (cls === 'Orthogonal') return `keras.initializers.Orthogonal(gain=${py(gain)})`;
    throw new Untranslatable(
      unsupportedWhy('keras-setting-object', { key, object: cls ?? 'an object' }),
    );
  }
  return py(value);
}

export type LayerCall =
  | { ok: true; callable: string; args: string[] }
  | { ok: false; reason: string; why: UnsupportedWhy };

function cannot(why: UnsupportedWhy): LayerCall {
  return { ok: false, reason: whyText(why), why };
}

/**
 * The callable and arguments that build `layer`, without its inputs: `layers.Dense` with
 * `10`, `activation="softmax"`, `name="out"`.
 */
export function layerCall(layer: KerasLayerJson): LayerCall {
  const entry = KERAS_TABLE[layer.class_name];
  if (!entry) return cannot(unsupportedWhy('keras-unknown-class', { className: layer.class_name }));
  if ('unsupported' in entry) return cannot(entry.unsupported);
  try {
    return { ok: true, callable: entry.call, args: argsOf(entry, layer) };
  } catch (e) {
    if (e instanceof Untranslatable) return cannot(e.why);
    throw e;
  }
}

function argsOf(entry: KerasEntry, layer: KerasLayerJson): string[] {
  const args: string[] = [];
  for (const key of entry.positional) args.push(pythonValue(key, layer.config[key]));
  for (const [key, value] of Object.entries(layer.config)) {
    if (IGNORED_KEYS.has(key) || entry.positional.includes(key)) continue;
    if (!(key in entry.keywords)) {
      if (value === null || value === undefined) continue;
      throw new Untranslatable(unsupportedWhy('keras-setting', { key }));
    }
    const fallback = entry.keywords[key];
    const text = pythonValue(key, value);
    if (fallback !== ALWAYS_WRITE && text === pythonValue(key, fallback)) continue;
    args.push(`${entry.rename?.[key] ?? key}=${text}`);
  }
  args.push(`name=${py(layer.name)}`);
  return args;
}
