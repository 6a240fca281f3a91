import type { Translation } from '../catalog';
import type { messages as english } from '../en/lessons';

/** Russian messages of the lessons area. */
export const messages: Translation<typeof english> = {
  'lessons.list.title': 'Уроки лекции',
  'lessons.list.topic': 'Урок {lecture}: {topic}',
  'lessons.list.facts':
    '{layers, plural, one {# слой} few {# слоя} many {# слоёв} other {# слоя}} · {dataset} · {promise}',
  'lessons.list.noDataset': 'без набора данных',
  'lessons.list.lab': 'Открыть лабораторную: {lab}',
  'lessons.list.labAbout': 'Эта тема разбирается в интерактивной лабораторной, а не в проекте.',
  'lessons.list.none': 'Уроков по этой теме пока нет.',

  'lessons.panel.label': 'Урок',
  'lessons.panel.formula': 'Формула',
  'lessons.panel.result': 'Результат',
  'lessons.panel.tryThis': 'Что попробовать',
  'lessons.panel.lookAt': 'На что смотреть',
  'lessons.panel.close': 'Закрыть урок',

  'lessons.line.caption': 'Найденная и истинная прямая',
  'lessons.line.parameter': 'Параметр',
  'lessons.line.learned': 'Найдено',
  'lessons.line.true': 'Истинное',
  'lessons.line.slope': 'w (наклон)',
  'lessons.line.intercept': 'b (сдвиг)',
  'lessons.line.notTrained': 'ещё не обучено',
  'lessons.line.noTruth': 'Истинная прямая известна только для набора данных «Прямая».',

  'lessons.autoencoder.title': 'Восстановленные цифры и цифры, нарисованные по кодам',
  'lessons.autoencoder.notTrained':
    'Обучите модель: здесь появятся восстановленные ею тестовые цифры и цифры, которые она рисует по кодам.',
  'lessons.autoencoder.working': 'Запускаем обученную модель…',
  'lessons.autoencoder.failed': 'Модель не удалось запустить здесь: {reason}',
  'lessons.autoencoder.needsCode':
    'Чтобы рисовать цифры по кодам, нужен слой «{layer}» из двух нейронов, за которым слои идут друг за другом до Output.',
  'lessons.autoencoder.reconstructions':
    'Тестовые цифры (сверху) и то, что по ним восстанавливает сеть (снизу)',
  'lessons.autoencoder.pair': 'Тестовая цифра {index} и её восстановление по коду ({x}, {y})',
  'lessons.autoencoder.error': 'Среднеквадратичная ошибка на этих {count} цифрах: {mse}',
  'lessons.autoencoder.grid':
    'Цифры, декодированные из сетки кодов {size} × {size}: z₁ от {xMin} до {xMax}, z₂ от {yMin} до {yMax}',
  'lessons.autoencoder.cell': 'Декодировано из кода ({x}, {y})',
};
