import { describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/types';
import { defaultParams } from '../../layers/defaults';
import type { ParamSchema, ParamValue } from '../../layers/params';
import { allLayers } from '../../layers/registry';
import { ONNX_LAYERS } from './layerTable';
import { LAYER_CASES, MODEL_CASES } from './testing/cases';

/**
 * Every Keras class a layer type can emit: its toKeras with default parameters, and with each
 * option of each choice parameter (Activation emits Activation, LeakyReLU or ELU).
 */
function emittedClasses(): Map<string, string> {
  const classes = new Map<string, string>();
  for (const def of allLayers) {
    const base = defaultParams(def);
    const variants: Record<string, ParamValue>[] = [base];
    for (const [key, spec] of Object.entries(def.params as ParamSchema)) {
      if (spec.kind === 'select') {
        for (const option of spec.options) variants.push({ ...base, [key]: option.value });
      }
    }
    for (const params of variants) {
      const keras = def.toKeras(params, []);
      if (keras) classes.set(keras.class_name, def.type);
    }
  }
  return classes;
}

function classesIn(graph: Graph): Set<string> {
  const out = new Set<string>();
  for (const node of graph.nodes) {
    const def = allLayers.find((d) => d.type === node.type)!;
    const keras = def.toKeras(node.params, []);
    if (keras) out.add(keras.class_name);
  }
  return out;
}

describe('the ONNX layer table', () => {
  const emitted = emittedClasses();

  it.each([...emitted].filter(([cls]) => cls !== 'InputLayer'))(
    'has an entry for %s (from the layer type %s)',
    (cls) => {
      expect(ONNX_LAYERS[cls]).toBeDefined();
    },
  );

  it('has no entry for a class the compiler never emits', () => {
    expect(Object.keys(ONNX_LAYERS).filter((cls) => !emitted.has(cls))).toEqual([]);
  });

  it('is exercised in onnxruntime by at least one test model per class', () => {
    const tested = new Set<string>();
    for (const c of [...LAYER_CASES, ...MODEL_CASES]) {
      for (const cls of classesIn(c.graph())) tested.add(cls);
    }
    expect([...emitted.keys()].filter((cls) => !tested.has(cls))).toEqual([]);
  });
});
