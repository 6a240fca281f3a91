import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze';
import { gan2d, ganDigits } from '../lessons/gan';
import { templateGraph, type LayerSpec } from '../templates/template';
import { ganParts, ganRoles } from './parts';

const split = (layers: readonly LayerSpec[], data?: number[]) => {
  const graph = templateGraph(layers);
  return ganParts(graph, analyzeGraph(graph), data);
};

/** A generator from noise [n] to `made` values, and a discriminator taking `taken` values. */
function gan(noise: number[], made: number, taken: number[], judge = 1): LayerSpec[] {
  return [
    ['z', 'Input', { shape: noise }],
    ['g1', 'Dense', { units: made, activation: 'linear' }],
    ['g_out', 'Output', { loss: 'mean_squared_error', metrics: [] }],
    ['x', 'Input', { shape: taken }, []],
    ['d1', 'Dense', { units: judge, activation: 'sigmoid' }],
    ['d_out', 'Output', { loss: 'binary_crossentropy', metrics: [] }],
  ];
}

describe('ganParts', () => {
  it('finds the generator and the discriminator of both lessons', () => {
    for (const [lesson, data, noise] of [
      [gan2d, [2], 4],
      [ganDigits, [28, 28, 1], 16],
    ] as const) {
      const graph = lesson.template.create().graph;
      const result = ganParts(graph, analyzeGraph(graph), [...data]);
      if (result.kind !== 'gan') throw new Error(JSON.stringify(result));
      expect(result.parts.noiseSize).toBe(noise);
      expect(result.parts.generator.outputShape).toEqual(data);
      expect(result.parts.discriminator.inputShape).toEqual(data);
      expect(result.parts.discriminator.outputShape).toEqual([1]);
      const roles = ganRoles(result.parts);
      expect(roles.get('noise')).toBe('generator');
      expect(roles.get('real_or_fake')).toBe('discriminator');
      expect(roles.size).toBe(graph.nodes.length);
    }
  });

  it('tells the parts apart whatever order they are drawn in', () => {
    const layers = gan([3], 2, [2]);
    const reversed = [...layers.slice(3), ...layers.slice(0, 3)].map(
      ([name, type, params], i) => [name, type, params, i % 3 === 0 ? [] : undefined] as LayerSpec,
    );
    const result = split(reversed, [2]);
    expect(result.kind === 'gan' && result.parts.generator.inputNode.name).toBe('z');
  });

  it('treats one connected model as an ordinary one', () => {
    expect(
      split([
        ['x', 'Input', { shape: [2] }],
        ['d', 'Dense', { units: 1, activation: 'sigmoid' }],
        ['y', 'Output', { loss: 'binary_crossentropy', metrics: [] }],
      ]).kind,
    ).toBe('single');
  });

  const problems = [
    {
      why: 'samples of the wrong size',
      layers: gan([3], 3, [2]),
      data: [2],
      code: 'gan-mismatch',
      words: /makes samples of shape \[3\].*takes shape \[2\]/,
    },
    {
      why: 'noise that is not a vector',
      layers: [
        ['z', 'Input', { shape: [4, 4] }] as LayerSpec,
        ['flat', 'Flatten', {}] as LayerSpec,
        ...gan([1], 2, [2]).slice(1),
      ],
      data: [2],
      code: 'gan-noise-shape',
      words: /starts from a noise vector/,
    },
    {
      why: 'a discriminator not taking the data',
      layers: gan([3], 3, [3]),
      data: [2],
      code: 'gan-data-shape',
      words: /dataset's examples have shape \[2\]/,
    },
    {
      why: 'no part ending in one unit',
      layers: gan([3], 2, [2], 2),
      data: [2],
      code: 'gan-no-discriminator',
      words: /neither ends in a single unit/,
    },
  ];
  it.each(problems)('says what is wrong with $why', ({ layers, data, code, words }) => {
    const result = split(layers, data);
    if (result.kind !== 'problem') throw new Error(`expected a problem, got ${result.kind}`);
    expect(result.problem.code).toBe(code);
    expect(result.problem.message).toMatch(words);
    expect(result.problem.nodeIds.length).toBeGreaterThan(0);
  });

  it('picks the part taking the data as the judge when both end in one number', () => {
    const result = split(gan([4], 1, [1]), [1]);
    expect(result.kind === 'gan' && result.parts.discriminator.inputNode.name).toBe('x');
  });
});
