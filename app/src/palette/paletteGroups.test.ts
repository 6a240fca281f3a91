import { describe, expect, it } from 'vitest';
import { allLayers, CATEGORY_ORDER } from '../../../src/layers/registry';
import { paletteGroups } from './paletteGroups';

describe('palette groups', () => {
  it('lists every layer type once, in category order', () => {
    const groups = paletteGroups('');
    expect(groups.flatMap((g) => g.layers)).toHaveLength(allLayers.length);
    const order = groups.map((g) => CATEGORY_ORDER.indexOf(g.category));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each([
    ['conv', ['Conv2D', 'Conv1D', 'DepthwiseConv2D', 'SeparableConv2D', 'Conv2DTranspose']],
    ['CONV 1d', ['Conv1D']],
    ['merge', ['Add', 'Concatenate', 'Multiply', 'Average']],
    ['max pool', ['MaxPooling2D', 'GlobalMaxPooling2D', 'MaxPooling1D']],
    ['zzz', []],
  ])('finds %s', (query, types) => {
    expect(paletteGroups(query).flatMap((g) => g.layers.map((d) => d.type))).toEqual(types);
  });
});
