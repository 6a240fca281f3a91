import type { Translation } from '../catalog';
import type { messages as english } from '../en/common';

/** Russian words used all over the interface. */
export const messages: Translation<typeof english> = {
  'common.cancel': 'Отмена',
  'common.close': 'Закрыть',
  'common.ok': 'ОК',
  'common.save': 'Сохранить',
  'common.delete': 'Удалить',
  'common.apply': 'Применить',
  'common.back': 'Назад',
  'common.next': 'Далее',
  'common.done': 'Готово',
  'common.error': 'Ошибка',
  'common.loading': 'Загрузка…',
  'common.retry': 'Повторить',
  'common.browse': 'Выбрать…',
  'common.yes': 'Да',
  'common.no': 'Нет',
  'common.none': 'Нет',
  'common.open': 'Открыть',
  'common.remove': 'Убрать',
  'common.reset': 'Сбросить',
  'common.show': 'Показать',
  'common.hide': 'Скрыть',
};
