import type { Translation } from '../catalog';
import type { messages as english } from '../en/app';

/** Russian messages of the app area. */
export const messages: Translation<typeof english> = {
  'app.language': 'Язык',
  'app.languageChanged': 'Интерфейс теперь на русском языке.',
  'app.inspector': 'Свойства',
  'app.details': 'Сведения о модели',
  'app.tab.problems': 'Проблемы ({count})',
  'app.tab.summary': 'Сводка',
  'app.tab.training': 'Обучение',
  'app.host.connecting': 'Подключение…',
  'app.host.connected': 'Подключено',
  'app.host.unavailable': 'Нет подключения: обучение недоступно',
  'app.host.lost': 'Соединение потеряно',
  'app.host.noHost':
    'Эта страница не подключена к NeuroCanvas, поэтому обучение недоступно. Запустите NeuroCanvas командой `npm run serve` и откройте адрес, который она выведет.',
  'app.host.closed':
    'Соединение с NeuroCanvas закрыто. Перезагрузите страницу, чтобы подключиться снова.',
  'app.open.title': 'Открыть проект',
  'app.open.looking': 'Поиск проектов…',
  'app.open.failed': 'Не удалось получить список проектов. {reason}',
  'app.open.recent': 'Недавние проекты',
  'app.open.folder': 'Папка проектов',
  'app.open.noneYet': 'Пока нет.',
  'app.open.emptyFolder': 'В папке {folder} пока нет проектов.',
  'app.open.upload': 'Загрузить файл…',
};
