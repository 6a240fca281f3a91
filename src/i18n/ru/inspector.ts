import type { Translation } from '../catalog';
import type { messages as english } from '../en/inspector';

/** Russian messages of the inspector area. */
export const messages: Translation<typeof english> = {
  'inspector.title': 'Свойства',
  'inspector.selectOne': 'Выберите слой, чтобы увидеть и изменить его параметры.',
  'inspector.selectedMany':
    '{count, plural, one {Выбран # слой} few {Выбрано # слоя} many {Выбрано # слоёв} other {Выбрано # слоя}}. Выберите один, чтобы изменить его.',
  'inspector.layerProblems': 'Проблемы этого слоя',
  'inspector.name.label': 'Имя',
  'inspector.name.help': 'Уникально в модели; его использует и экспортированный код.',
  'inspector.name.empty': 'У слоя должно быть имя.',
  'inspector.name.tooLong':
    'Имя может быть длиной не больше {max, plural, one {# символа} other {# символов}}.',
  'inspector.name.taken': 'Слой с именем {name} уже есть.',
  'inspector.field.notNumber': '{label}: ожидается {expected}.',
  'inspector.field.notShape': '{label}: введите целые числа через запятую, например 28, 28, 1.',
  'inspector.field.rows': '{label} (строки)',
  'inspector.field.columns': '{label} (столбцы)',
  'inspector.plot': 'График функции {title}: f(x) и производная f′(x) при x от −{range} до {range}',
};
