/**
 * Problems carry a message key and its values, so one problem reads in every language. This walks
 * representative problems of the layers and of the graph and reads each in English and Russian.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../layers/text/localText';
import { analyzeGraph } from './analyze';
import { checkConnection } from './connect';
import { addNode, chain } from './testing/build';
import type { Graph } from './types';

const CYRILLIC = /[\u0400-\u04ff]/;
/** Russian groups digits with a no-break space. */
const nbsp = (s: string) => s.replace(/ (?=\d{3}\b)/g, '\u00a0');

function twoInputs(type: string, a: number[], b: number[]): Graph {
  let g: Graph = { nodes: [], edges: [] };
  const x = addNode(g, ['Input', { shape: a }]);
  const y = addNode(x.graph, ['Input', { shape: b }]);
  const merge = addNode(y.graph, type, [x.id, y.id]);
  g = addNode(merge.graph, 'Output', [merge.id]).graph;
  return g;
}

const cases: [string, Graph, string, string, string][] = [
  [
    'needs-vector',
    chain(['Input', { shape: [28, 28, 1] }], 'Conv2D', 'Dense', 'Output'),
    "'dense_1': Dense expects a vector, but receives a 3-D tensor of shape 26×26×32. Insert a Flatten layer to turn it into a vector of 21632 values.",
    'Слой «dense_1»: Dense ожидает вектор, а получает 3-мерный тензор формы 26×26×32. Вставьте слой Flatten, чтобы превратить его в вектор из 21632 значений.',
    'Вставить Flatten',
  ],
  [
    'needs-image',
    chain(['Input', { shape: [784] }], 'Conv2D', 'Flatten', 'Output'),
    "'conv2d_1': Conv2D expects an image shaped height×width×channels, but receives a vector of 784 values. Insert a Reshape layer to give it that shape, e.g. 28×28×1.",
    'Слой «conv2d_1»: Conv2D ожидает изображение формы высота×ширина×каналы, а получает вектор из 784 значений. Вставьте слой Reshape, чтобы придать ему такую форму, например 28×28×1.',
    'Вставить Reshape в 28×28×1',
  ],
  [
    'needs-sequence',
    chain(['Input', { shape: [28, 28, 1] }], 'LSTM', 'Output'),
    "'lstm_1': LSTM expects a sequence shaped steps×features, but receives 28×28×1 (height×width×channels). Insert a Reshape layer to make it 28×28, one step per row.",
    'Слой «lstm_1»: LSTM ожидает последовательность формы шаги×признаки, а получает 28×28×1 (высота×ширина×каналы). Вставьте слой Reshape, чтобы сделать из него 28×28: по шагу на строку.',
    'Вставить Reshape в 28×28',
  ],
  [
    'kernel-too-large',
    chain(['Input', { shape: [4, 4, 1] }], ['Conv2D', { kernelSize: [5, 5] }], 'Flatten', 'Output'),
    "'conv2d_1': Conv2D: the window spans 5 along the height but the input is only 4, so the output would be (4 − 5 + 2·0)/1 + 1 = 0. Use padding 'same', a smaller kernel, or a larger input.",
    "Слой «conv2d_1»: Conv2D: окно занимает 5 по высоте, а вход всего 4, так что выход был бы (4 − 5 + 2·0)/1 + 1 = 0. Выберите дополнение 'same', ядро поменьше или вход побольше.",
    "Задать дополнение 'same'",
  ],
  [
    'strides-and-dilation',
    chain(
      ['Input', { shape: [28, 28, 1] }],
      ['Conv2D', { strides: [2, 2], dilation: [2, 2] }],
      'Flatten',
      'Output',
    ),
    "'conv2d_1': Strides 2×2 together with dilation 2×2 is not allowed: use strides 1 with dilation, or dilation 1 with strides.",
    'Слой «conv2d_1»: Шаг 2×2 вместе с разрежением 2×2 недопустим: используйте шаг 1 с разрежением или разрежение 1 с шагом.',
    'Задать разрежение 1',
  ],
  [
    'reshape-size-mismatch',
    chain(['Input', { shape: [10] }], ['Reshape', { targetShape: [3, 3] }], 'Flatten', 'Output'),
    "'reshape_1': Reshape cannot turn 10 (10 values) into 3×3 (9 values). The number of values must stay the same.",
    'Слой «reshape_1»: Reshape не может превратить 10 (10 значений) в 3×3 (9 значений). Число значений должно остаться прежним.',
    'Изменить форму на 10',
  ],
  [
    'shapes-differ',
    twoInputs('Add', [8, 8, 16], [8, 8, 32]),
    "'add_1': Add needs inputs of the same shape, but receives 8×8×16 and 8×8×32. Only the last axis differs: give the branches the same number of channels, or use Concatenate to stack them.",
    'Слой «add_1»: Входы Add должны быть одной формы, а получены 8×8×16 и 8×8×32. Различается только последняя ось: дайте ветвям одинаковое число каналов или соедините их слоем Concatenate.',
    '',
  ],
  [
    'bad-param',
    chain(['Input', { shape: [4] }], ['Dense', { units: 0 }], 'Output'),
    "'dense_1': Units must be a whole number from 1 to 1,000,000, but is 0",
    nbsp('Слой «dense_1»: Нейроны: ожидается целое число от 1 до 1 000 000, а задано 0'),
    '',
  ],
  [
    'unconnected-input',
    addNode(chain(['Input', { shape: [4] }], 'Output'), 'Dense').graph,
    'Dense needs an input, but nothing is connected. Connect a layer to it.',
    'Слою Dense нужен вход, но ничего не подключено. Подключите к нему слой.',
    '',
  ],
  [
    'no-input',
    chain('Dense', 'Output'),
    'The model has no Input layer. Add one from the palette and connect it to the first layer.',
    'В модели нет слоя Input. Добавьте его из палитры и подключите к первому слою.',
    '',
  ],
  [
    'unused-output',
    addNode(chain(['Input', { shape: [4] }], 'Dense', 'Output'), 'Dense', ['n1']).graph,
    "'dense_2': its output is not used by any layer. Connect it onward, or to an Output.",
    '«dense_2»: его выход не использует ни один слой. Подключите его дальше или к Output.',
    '',
  ],
];

describe('problems in English and Russian', () => {
  it.each(cases)('%s', (code, graph, english, russian, fix) => {
    const problem = analyzeGraph(graph).problems.find((p) => p.code === code);
    expect(problem, `no ${code} problem`).toBeDefined();
    expect(problem!.message).toContain(english);
    expect(renderText('en', problem!.text)).toBe(problem!.message);
    expect(renderText('ru', problem!.text)).toContain(russian);
    if (fix) {
      expect(renderText('en', problem!.fix!.text)).toBe(problem!.fix!.label);
      expect(renderText('ru', problem!.fix!.text)).toBe(fix);
    }
  });

  it('reads every problem of a broken model in Russian', () => {
    const broken = chain(['Input', { shape: [10, 10, 3] }], ['Dense', { units: 1e12 }], 'Dense');
    const problems = analyzeGraph(broken).problems;
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(renderText('ru', p.text)).toMatch(CYRILLIC);
  });

  it('says why a connection is refused in both languages', () => {
    const g = chain(['Input', { shape: [4] }], 'Dense', 'Output');
    const check = checkConnection(g, analyzeGraph(g), 'n3', 'n2');
    expect(check).toMatchObject({
      ok: false,
      reason: "'output_1' is an Output: nothing comes after it.",
    });
    if (check.ok) return;
    expect(renderText('ru', check.text)).toBe(
      '«output_1» — это Output: после него ничего не бывает.',
    );
  });
});
