/**
 * Keys whose Russian message is rightly the same as the English one: names of layers, optimizers
 * and formats that Russian texts also write in Latin letters. The catalog test accepts an
 * untranslated-looking message only for these.
 */
export const SAME_AS_ENGLISH: ReadonlySet<string> = new Set<string>([
  'datasets.mnist.name',
  'datasets.fashion-mnist.name',
  'datasets.cifar-10.name',
  // A command's label and its shortcut: no words of its own.
  'toolbar.withShortcut',
  // Numbers alone, formatted by the language's own rules.
  'packs.value.percent',
  'packs.value.number',
  // Activation functions that Russian lectures also name in Latin letters.
  'teaching.activation.name.tanh',
  'teaching.activation.name.relu',
  'teaching.activation.name.leaky',
  'teaching.activation.name.maxout',
  'teaching.activation.name.elu',
]);
