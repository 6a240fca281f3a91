import type { Translation } from '../catalog';
import type { messages as english } from '../en/projects';

/** Russian messages of the projects area. */
export const messages: Translation<typeof english> = {
  'projects.untitled': 'Без названия',

  'projects.saveAs.title': 'Сохранить как',
  'projects.saveAs.name': 'Название проекта',
  'projects.saveAs.needsName': 'У проекта должно быть название.',
  'projects.saveAs.browser': 'Браузер скачает его как {file}.',
  'projects.saveAs.replaces':
    'Файл {file} уже есть в папке {folder}; при сохранении он будет заменён.',
  'projects.saveAs.where': 'Будет сохранён как {file} в папке {folder}.',
  'projects.saveAs.whereDefault': 'Будет сохранён как {file} в папке проектов.',
  'projects.saveAs.replace': 'Заменить',
  'projects.saveAs.download': 'Скачать копию',
  'projects.saveAs.downloaded': 'Файл {file} скачан.',
  'projects.saveAs.downloadFailed': 'Не удалось скачать проект. {reason}',

  'projects.templates.title': 'Новый проект из шаблона',
  'projects.templates.about':
    'Каждый шаблон — готовый проект: слои, набор данных и параметры обучения, с которыми достигается указанный результат.',
  'projects.templates.list': 'Шаблоны',
  'projects.templates.layers':
    '{count, plural, one {# слой} few {# слоя} many {# слоёв} other {# слоя}}',

  'projects.recovery.title': 'Восстановить несохранённую работу?',
  'projects.recovery.text':
    'NeuroCanvas закрылся до того, как изменения в проекте {name} были сохранены. Сохранилась копия от {time}.',
  'projects.recovery.more':
    '(После неё {count, plural, one {ещё # копия} few {ещё # копии} many {ещё # копий} other {ещё # копии}}.)',
  'projects.recovery.restore': 'Восстановить',
  'projects.recovery.discard': 'Удалить',
  'projects.recovery.later': 'Не сейчас',
  'projects.recovery.announce':
    'Несохранённую работу над проектом {name} из прошлого сеанса можно восстановить.',
  'projects.recovery.restored': 'Проект {name} восстановлен. Сохраните его, чтобы не потерять.',
  'projects.recovery.restoreFailed': 'Не удалось восстановить копию. {reason}',
  'projects.recovery.confirmReplace': 'Заменить несохранённые изменения в этом проекте?',
  'projects.recovery.discarded': 'Несохранённая копия проекта {name} удалена.',
  'projects.recovery.discardFailed': 'Не удалось удалить копию. {reason}',
  'projects.recovery.keepFailed':
    'Не удалось сохранить резервную копию несохранённой работы. {reason}',
  'projects.recovery.noStorage':
    'Этот браузер не хранит данные страницы, поэтому резервную копию сохранить нельзя.',
  'projects.recovery.none': 'Резервной копии нет.',
  'projects.recovery.noRoom':
    'В браузере не осталось места для резервной копии. Сохраните проект, чтобы не потерять его.',
  'projects.recovery.gone': 'Резервной копии больше нет.',
  'projects.recovery.unreadable': 'Резервную копию не удаётся прочитать. {reason}',

  'projects.error.notText': 'Не удалось прочитать файл проекта: это не текст.',
  'projects.error.tooLarge':
    'Файл слишком велик для проекта: {size} текста при ограничении {limit}.',
  'projects.error.invalidJson':
    'Файл не является корректным JSON: строка {line}, позиция {column}: {detail}.',
  'projects.error.notProject': 'Это не файл проекта NeuroCanvas.',
  'projects.error.newerVersion':
    'Проект создан в более новой версии NeuroCanvas: версия формата файла — {version}, а эта версия NeuroCanvas читает форматы до {max}. Обновите NeuroCanvas, чтобы открыть его.',
  'projects.error.invalid': 'В файле проекта есть ошибки:\n{detail}',

  'projects.field.expectedGot': 'ожидается {expected}, а задано {got}',
  'projects.field.missing': 'отсутствует (ожидается {expected})',
  'projects.field.textAtMost':
    'ожидается текст не длиннее {max, plural, one {# символа} other {# символов}}, а в нём {count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}',
  'projects.field.textBetween':
    'ожидается текст длиной от {min, number} до {max, plural, one {# символа} other {# символов}}, а в нём {count, plural, one {# символ} few {# символа} many {# символов} other {# символа}}',
  'projects.field.tooManyItems':
    'ожидается не более {max, plural, one {# элемента} other {# элементов}}, а задано {count, number}',
  'projects.field.unknown': 'неизвестное поле',
  'projects.field.badNodeId': '{id} не может быть идентификатором узла',
  'projects.field.noSuchNode': 'нет узла с идентификатором {id}',
  'projects.field.repeated':
    '{value} уже занято: это {what, select, id {идентификатор} other {имя}} {list}',
  'projects.field.unknownLayer': 'неизвестный тип слоя {type}',
  'projects.field.more':
    '…и ещё {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
  'projects.noun.text': 'текст',
  'projects.noun.finiteNumber': 'конечное число',
  'projects.noun.object': 'объект',
  'projects.noun.list': 'список',
  'projects.noun.number': 'число',
  'projects.noun.boolean': 'true или false',
};
