import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, allLayers } from '../registry';
import { categoryLabel, definitionTerms, layerText, optionLabel, paramText } from './layerText';
import { SAME_IN_RUSSIAN } from './ru/sameInRussian';
import { RU_TERMS } from './terms';

const CYRILLIC = /[\u0400-\u04ff]/;
const terms = definitionTerms(allLayers);

describe('Russian for the layer definitions', () => {
  it('has a translation for every phrase of every layer type', () => {
    expect([...terms].filter((t) => !RU_TERMS.has(t))).toEqual([]);
  });

  it('holds no phrase that no definition uses any more', () => {
    expect([...RU_TERMS.keys()].filter((t) => !terms.has(t))).toEqual([]);
  });

  it('is written in Russian, except for names Russian keeps in Latin letters', () => {
    const latin = [...RU_TERMS].filter(
      ([en, ru]) => !CYRILLIC.test(ru) && !(SAME_IN_RUSSIAN.has(en) && ru === en),
    );
    expect(latin).toEqual([]);
    expect([...SAME_IN_RUSSIAN].filter((t) => RU_TERMS.get(t) !== t)).toEqual([]);
  });

  it('gives every category a name in both languages', () => {
    for (const category of CATEGORY_ORDER) {
      expect(categoryLabel('en', category)).toBe(category);
      expect(categoryLabel('ru', category)).toMatch(CYRILLIC);
    }
  });
});

describe('layerText and paramText', () => {
  it('keep the English of the definition', () => {
    const dense = allLayers.find((d) => d.type === 'Dense')!;
    expect(layerText('en', 'Dense')).toEqual({ label: 'Dense', category: 'Core', doc: dense.doc });
    expect(paramText('en', 'Dense', 'units')).toEqual({
      label: 'Units',
      help: 'How many neurons, and so how many outputs.',
    });
  });

  it('speak Russian, keeping the layer name in Latin letters', () => {
    expect(layerText('ru', 'Conv2D')).toMatchObject({ label: 'Conv 2D', category: 'Свёртка' });
    expect(layerText('ru', 'Conv2D')!.doc).toMatch(/^Проводит небольшие фильтры/);
    expect(paramText('ru', 'Dense', 'units')).toEqual({
      label: 'Нейроны',
      help: 'Сколько нейронов, а значит, и сколько выходов.',
    });
    expect(optionLabel('ru', { value: 'same', label: 'Same (pad with zeros)' })).toBe(
      'Same (дополнение нулями)',
    );
  });

  it('know nothing of unknown types and parameters', () => {
    expect(layerText('ru', 'Teleporter')).toBeNull();
    expect(paramText('ru', 'Dense', 'constructor')).toBeNull();
    expect(paramText('ru', 'Dense', 'wings')).toBeNull();
  });
});
