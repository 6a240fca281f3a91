import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readModelJson } from './readModelJson';

/** A small functional model touching every part the importer reads: inputs, merge, outputs, weights. */
const base = {
  format: 'layers-model',
  modelTopology: {
    class_name: 'Model',
    config: {
      name: 'm',
      layers: [
        {
          name: 'x',
          class_name: 'InputLayer',
          config: { batch_input_shape: [null, 3], name: 'x' },
          inbound_nodes: [],
        },
        {
          name: 'a',
          class_name: 'Dense',
          config: { name: 'a', units: 2, activation: 'relu' },
          inbound_nodes: [[['x', 0, 0, {}]]],
        },
        {
          name: 'b',
          class_name: 'Dense',
          config: { name: 'b', units: 2 },
          inbound_nodes: [[['x', 0, 0, {}]]],
        },
        {
          name: 's',
          class_name: 'Add',
          config: { name: 's' },
          inbound_nodes: [
            [
              ['a', 0, 0, {}],
              ['b', 0, 0, {}],
            ],
          ],
        },
      ],
      input_layers: [['x', 0, 0]],
      output_layers: [['s', 0, 0]],
    },
  },
  trainingConfig: { loss: 'mean_squared_error' },
  weightsManifest: [
    {
      paths: ['w.bin'],
      weights: [
        { name: 'a/kernel', shape: [3, 2], dtype: 'float32' },
        { name: 'a/bias', shape: [2], dtype: 'float32' },
      ],
    },
  ],
};

/** Every path to a value inside `value`, e.g. ['modelTopology', 'config', 'layers', 1, 'config']. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value)
    ? value.map((v, i) => paths(v, [...at, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).map(([k, v]) => paths(v, [...at, k]))
      : [];
  return [at, ...children.flat()];
}
const allPaths = paths(base).filter((p) => p.length > 0);

function replaced(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

describe('readModelJson on damaged files', () => {
  it('reads the undamaged file', () => {
    expect(readModelJson(JSON.stringify(base), { weightData: new Uint8Array(32) }).ok).toBe(true);
  });

  it('answers every replacement of one value with a result, never an exception or a crash', () => {
    fc.assert(
      fc.property(fc.nat(allPaths.length - 1), fc.jsonValue({ maxDepth: 3 }), (i, value) => {
        const result = readModelJson(JSON.stringify(replaced(allPaths[i]!, value)), {
          weightData: new Uint8Array(32),
        });
        // The catch-all message would mean the importer itself failed on the input.
        if (!result.ok) expect(result.error).not.toMatch(/^The model could not be imported/);
      }),
      { numRuns: 3000, seed: 20240611 },
    );
  });
});
