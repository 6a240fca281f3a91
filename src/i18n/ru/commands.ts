import type { Translation } from '../catalog';
import type { messages as english } from '../en/commands';

/** Russian messages of the commands area. */
export const messages: Translation<typeof english> = {
  'commands.newProject': 'Новый',
  'commands.newFromTemplate': 'Новый из шаблона…',
  'commands.openProject': 'Открыть…',
  'commands.saveProject': 'Сохранить',
  'commands.saveProjectAs': 'Сохранить как…',
  'commands.saveClassroomPack': 'Сохранить как пакет для занятия…',
  'commands.exportModel': 'Экспорт…',
  'commands.undo': 'Отменить',
  'commands.redo': 'Повторить',
  'commands.copy': 'Копировать',
  'commands.paste': 'Вставить',
  'commands.duplicate': 'Дублировать',
  'commands.deleteSelection': 'Удалить',
  'commands.selectAll': 'Выделить всё',
  'commands.connectTo': 'Соединить…',
  'commands.autoLayout': 'Упорядочить',
  'commands.fitView': 'Показать всё',
  'commands.toggleTheme': 'Тёмная тема',
  'commands.startTraining': 'Обучить',
  'commands.pauseOrResumeTraining': 'Пауза или продолжение',
  'commands.stepTraining': 'Шаг: один пакет',
  'commands.stopTraining': 'Остановить',
  'commands.openLabs': 'Лаборатории…',
  'commands.toggleTeacherMode': 'Режим преподавателя',
  'commands.notNow': 'Команда «{command}» сейчас недоступна.',
  'commands.failed': 'Не удалось выполнить «{command}»: {reason}',
  'commands.discardChanges': 'Отбросить несохранённые изменения в этом проекте?',
  'commands.untitled': 'Без названия',
  'commands.started': 'Создан новый проект.',
  'commands.startedTemplate': 'Создан проект «{title}»: {promise}.',
  'commands.readFailed': 'Не удалось прочитать файл. {reason}',
  'commands.openFailed': 'Не удалось открыть {file}. {reason}',
  'commands.opened': 'Открыт проект «{name}».',
  'commands.saveFailed': 'Не удалось сохранить проект. {reason}',
  'commands.saved': 'Проект «{name}» сохранён.',
  'commands.deletedLayers':
    '{count, plural, one {Удалён # слой.} few {Удалено # слоя.} many {Удалено # слоёв.} other {Удалено # слоя.}}',
  'commands.deletedConnection': 'Связь удалена.',
  'commands.duplicated':
    '{count, plural, one {Продублирован # слой.} few {Продублировано # слоя.} many {Продублировано # слоёв.} other {Продублировано # слоя.}}',
  'commands.copied':
    '{count, plural, one {Скопирован # слой.} few {Скопировано # слоя.} many {Скопировано # слоёв.} other {Скопировано # слоя.}}',
  'commands.pasted':
    '{count, plural, one {Вставлен # слой.} few {Вставлено # слоя.} many {Вставлено # слоёв.} other {Вставлено # слоя.}}',
  'commands.clipboardEmpty': 'В буфере обмена нет слоёв для вставки.',
  'commands.clipboardTooLarge': 'В буфере обмена слишком много текста: это не скопированные слои.',
  'commands.clipboardUnreadable':
    'В буфере обмена нет слоёв, которые NeuroCanvas может вставить. {reason}',
};
