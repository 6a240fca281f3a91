/**
 * What a Russian-speaking user reads and hears on the page, and the words in it that are still in
 * Latin letters: the visible text, and the accessible names, descriptions, titles, placeholders
 * and value texts of every element that is shown.
 */
import type { Page } from '@playwright/test';
import { allLayers } from '../../src/layers/registry';

/**
 * Words that rightly stay in Latin letters in a Russian interface, because Russian lectures and
 * software write them so. Kept short on purpose: every word here is one a translation can no
 * longer be caught missing.
 */
const ALLOWED_WORDS: readonly string[] = [
  // The product's name, and English's own name in the language picker.
  'NeuroCanvas',
  'English',
  // Optimizers and activation functions, named as the libraries and the lecture name them.
  'Adam',
  'Adamax',
  'Adagrad',
  'Adadelta',
  'SGD',
  'RMSprop',
  'ReLU',
  'ELU',
  'SELU',
  'Softplus',
  'tanh',
  'sigmoid',
  'softmax',
  // Functions in formulas: max(0, x), log 2.
  'max',
  'log',
  'exp',
  // Datasets, formats, metrics and frameworks known by these names.
  'MNIST',
  'Fashion-MNIST',
  'CIFAR-10',
  'XOR',
  'IoU',
  'FLOPs',
  'CSV',
  'PNG',
  'JSON',
  'ONNX',
  'PyTorch',
  'Python',
  'Keras',
  'TensorFlow',
  'TensorFlow.js',
  'tfjs',
  'GAN',
  // The encoding of classes Russian lectures also call one-hot.
  'one-hot',
  // The short name of convolution layers in the receptive-field lab's examples ('Conv 1').
  'Conv',
  // The backend and the instruction set it runs on.
  'WebAssembly',
  'wasm',
  'SIMD',
  'torchvision',
  // People and published networks, named as their authors spell them.
  'Glorot',
  'LeCun',
  'Huber',
  'Dice',
  'LeNet',
  'LeNet-5',
  'AlexNet',
  'Inception',
  'MobileNet',
  'Xception',
  'U-Net',
  // Keys as printed on the keyboard.
  'Enter',
  'Delete',
  'Escape',
  'Ctrl',
  'Shift',
];

export const LATIN_ALLOWED: ReadonlySet<string> = new Set(
  ALLOWED_WORDS.map((w) => w.toLowerCase()),
);

/**
 * Phrases taken out before words are counted: each layer type's class name and palette label
 * ('MaxPooling2D', 'Max Pooling 2D'), which stay as Keras spells them so that the exported code
 * reads the same, and the drawing library's attribution, whose name it sets itself.
 */
const ALLOWED_PHRASES: readonly RegExp[] = [
  ...allLayers.flatMap((layer) => [layer.type, layer.label]),
  'Leaky ReLU',
  'React Flow attribution',
  'React Flow',
]
  .sort((a, b) => b.length - a.length)
  .map(
    (phrase) =>
      new RegExp(`(?<![A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'gi'),
  );

/**
 * Latin-letter strings that are not words of the interface: node ids the app derives from a
 * layer's type ('dense_1'), formulas whose variables are a letter or two ('Kh×Kw×C', 'h_t',
 * 'e^−x'), key combinations ('Ctrl+Shift+Z'), and file names ('digits.csv').
 */
const NOT_WORDS: readonly RegExp[] = [
  /^[a-z0-9]+(?:_[a-z0-9]+)*_\d+$/i,
  /^(?:[^A-Za-z]*[A-Za-z]{1,2}(?![A-Za-z]))+[^A-Za-z]*$/,
  /^(?:Ctrl|Shift|Alt|Cmd|Meta)(?:\+\S+)+$/,
  /^[\w.-]+\.(?:json|csv|png|jpg|zip|onnx|py|nc|ncpack|ncproj|md|txt|bin)$/i,
];

/**
 * An English term given in brackets after its Russian name, as lectures do: 'точечная свёртка
 * (pointwise)'. Only a word or two, alone in the brackets, right after Cyrillic text.
 */
const GLOSS = /(\p{Script=Cyrillic}[\s\p{P}]*)\([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+)?\)/gu;

/** Folders and packages, written as the system names them: '/tmp/data', '@tensorflow/tfjs-node'. */
const PATH = /(^|[\s(«])(?:[A-Za-z]:)?[/\\@][^\s»)]+/g;

/**
 * The names of the layers on the canvas, as their nodes are named ('Слой Dense «d_hidden_1»'):
 * names a project's author chose, which stay as they were written.
 */
export async function layerNames(page: Page): Promise<Set<string>> {
  const labels = await page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  return new Set(labels.flatMap((label) => /«(.+)»/.exec(label)?.[1] ?? []));
}

/** Everything on the page (or inside `root`) a user reads or hears, one string per element. */
export async function readableTexts(page: Page, root = 'body'): Promise<string[]> {
  return page
    .locator(root)
    .first()
    .evaluate((top) => {
      const html = top as HTMLElement;
      const texts: string[] = [html.innerText];
      const attributes = [
        'aria-label',
        'aria-description',
        'aria-roledescription',
        'aria-valuetext',
        'aria-placeholder',
        'title',
        'placeholder',
        'alt',
      ];
      const idText = (ids: string) =>
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      for (const el of [html, ...Array.from(html.querySelectorAll<HTMLElement>('*'))]) {
        if (!el.checkVisibility()) continue;
        for (const name of attributes) {
          const value = el.getAttribute(name);
          if (value) texts.push(value);
        }
        const labelledBy = el.getAttribute('aria-labelledby');
        if (labelledBy) texts.push(idText(labelledBy));
        const describedBy = el.getAttribute('aria-describedby');
        if (describedBy) texts.push(idText(describedBy));
        if (el instanceof HTMLSelectElement)
          for (const option of Array.from(el.options)) texts.push(option.text, option.label);
        if (el instanceof HTMLInputElement && ['button', 'submit'].includes(el.type))
          texts.push(el.value);
      }
      return texts;
    });
}

/**
 * The Latin-letter words in `texts` that are neither allowed nor excluded by pattern, each with
 * the text around its first appearance, so that a failure says where to look.
 */
export function latinWords(
  texts: readonly string[],
  names: ReadonlySet<string> = new Set(),
  allowed: ReadonlySet<string> = LATIN_ALLOWED,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const original of texts) {
    let text = original.replace(GLOSS, '$1').replace(PATH, '$1');
    for (const phrase of ALLOWED_PHRASES) text = text.replace(phrase, ' ');
    // Cards' texts can meet without a space: 'dropout.16 слоёв'.
    for (const token of text.split(/[\s,;:()[\]{}«»"“”„'!?…/·—–=+]+|\.(?=\d)/)) {
      const trimmed = token.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      if (!/[A-Za-z]/.test(trimmed) || names.has(trimmed)) continue;
      if (NOT_WORDS.some((p) => p.test(trimmed))) continue;
      for (const word of trimmed.match(/[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []) {
        if (allowed.has(word.toLowerCase()) || found.has(word)) continue;
        const at = original.indexOf(word);
        const where = original.slice(Math.max(0, at - 40), at + word.length + 40);
        found.set(word, where.replace(/\s+/g, ' '));
      }
    }
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
}
