/** Python source text from plain values, for the generated Keras code. */

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield keras layers np'.split(
    ' ',
  ),
);

/** A Python literal: numbers, strings, booleans, None, tuples for arrays. */
export function py(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Python number.`);
    return String(value);
  }
  // JSON's string escapes are all valid in a Python string literal.
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items = value.map(py);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  throw new Error(`Cannot write ${JSON.stringify(value)} as a Python literal.`);
}

/**
 * Python variable names for Keras layer names: layer names may hold `.` and `-`, which become `_`;
 * a name clashing with a keyword or an earlier name gets a number.
 */
export function pythonNames(layerNames: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const name of layerNames) {
    let base = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `l_${base}`;
    if (PYTHON_KEYWORDS.has(base)) base = `${base}_`;
    let candidate = base;
    for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
    taken.add(candidate);
    out.set(name, candidate);
  }
  return out;
}
