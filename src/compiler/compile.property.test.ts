import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze';
import { compileGraph } from './compile';
import { buildGraph, type Recipe } from './testing/randomGraph';

const recipe: fc.Arbitrary<Recipe> = fc.record({
  input: fc.constantFrom([12], [10, 6], [12, 12, 3], [9, 7, 2]),
  steps: fc.array(
    fc.record({
      layer: fc.nat(1000),
      sources: fc.tuple(fc.nat(50), fc.nat(50)),
      seeds: fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

const size = (shape: readonly (number | null)[]) => shape.reduce<number>((a, b) => a * (b ?? 1), 1);

describe('the compiler agrees with the registry on random valid graphs', () => {
  it('on parameter counts and on every output shape', async () => {
    await fc.assert(
      fc.asyncProperty(recipe, async (r) => {
        const graph = buildGraph(r);
        const analysis = analyzeGraph(graph);
        expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const { model, topology } = await compileGraph(graph, { analysis });
        try {
          expect(model.countParams()).toBe(analysis.totals.total);
          const trainable = model.trainableWeights.reduce((n, w) => n + size(w.shape), 0);
          expect(trainable).toBe(analysis.totals.trainable);
          for (const [nodeId, layerName] of topology.layerNames) {
            const shape = model.getLayer(layerName).outputShape as (number | null)[];
            expect({ layer: layerName, shape: shape.slice(1) }).toEqual({
              layer: layerName,
              shape: analysis.nodes.get(nodeId)!.outputShape,
            });
          }
        } finally {
          model.dispose();
        }
      }),
      { numRuns: 120, seed: Number(process.env.PROPERTY_SEED ?? 20261127) },
    );
  });
});
