import type { Translation } from '../catalog';
import type { messages as english } from '../en/summary';

/** Russian messages of the summary area. */
export const messages: Translation<typeof english> = {
  'summary.none': 'Здесь появится сводка модели.',
  'summary.table': 'Сводка модели',
  'summary.layer': 'Слой',
  'summary.type': 'Тип',
  'summary.outputShape': 'Форма выхода',
  'summary.parameters': 'Параметры',
  'summary.total': 'Всего (обучаемых: {trainable}, необучаемых: {nonTrainable})',
  'summary.figures':
    'Умножений со сложением на один пример: {flops}. Для обучения на пакете из {batchSize} нужно около {total}: {weights} на веса, {training} на градиенты и состояние оптимизатора и {activations} на активации.',
  'summary.totals': 'Итоги модели',
  'summary.parameterSplit': '(обучаемых {trainable}, необучаемых {nonTrainable})',
  'summary.flops': 'Операции',
  'summary.flopsHelp': 'Умножения со сложением (FLOPs) на один пример',
  'summary.perExample': '{flops} на пример',
  'summary.memory': 'Память',
  'summary.memoryHelp':
    'Веса, градиенты, состояние оптимизатора и активации, которые хранятся для обучения',
  'summary.perBatch': '≈ {size} на пакет из {batchSize}',
  'summary.problems': 'Проблемы',
  'summary.problemCounts':
    '{errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
  'summary.bytes': '{count, plural, one {# байт} few {# байта} many {# байт} other {# байта}}',
  'summary.kilobytes': '{size} КБ',
  'summary.megabytes': '{size} МБ',
  'summary.gigabytes': '{size} ГБ',
  'summary.thousands': '{value} тыс.',
  'summary.millions': '{value} млн',
  'summary.billions': '{value} млрд',
  'summary.trillions': '{value} трлн',
};
