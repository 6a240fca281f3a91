/** Python names for Keras layer names: valid identifiers, unique, and clear of what they would shadow. */

const PYTHON_KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/**
 * Names the generated code uses itself (modules, helpers) and attributes every nn.Module has; a
 * layer called 'training' or 'forward' would otherwise break the model.
 */
const TAKEN = new Set([
  'self',
  'torch',
  'nn',
  'F',
  'np',
  'os',
  'functools',
  'math',
  'forward',
  'training',
  'train',
  'eval',
  'parameters',
  'buffers',
  'children',
  'modules',
  'state_dict',
  'load_state_dict',
  'to',
  'cpu',
  'cuda',
  'float',
  'double',
  'half',
  'type',
  'apply',
  'zero_grad',
  'register_buffer',
  'register_parameter',
  'add_module',
  'get_submodule',
  'named_parameters',
  'named_modules',
  'named_buffers',
  'named_children',
  'requires_grad_',
  'share_memory',
  'extra_repr',
  'regularization_loss',
  'hard_sigmoid',
  'average_pool_same',
  'Maxout',
  'SimpleRNN',
  'LSTM',
  'GRU',
  'outputs',
  'inputs',
]);

export class PythonNames {
  private readonly used = new Set<string>();

  /** 'Conv 2D-1' → 'conv_2d_1'; '2nd' → 'layer_2nd'; 'forward' → 'forward_layer'. */
  take(name: string): string {
    let base = name
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (base === '') base = 'layer';
    if (/^[0-9]/.test(base)) base = `layer_${base}`;
    if (PYTHON_KEYWORDS.has(base) || TAKEN.has(base)) base = `${base}_layer`;
    let candidate = base;
    for (let i = 2; this.used.has(candidate); i++) candidate = `${base}_${i}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** A JavaScript value as a Python literal: numbers, booleans, strings, and tuples for arrays. */
export function py(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Python number.`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    const items = value.map(py);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  throw new Error(`Cannot write ${JSON.stringify(value)} as a Python literal.`);
}
