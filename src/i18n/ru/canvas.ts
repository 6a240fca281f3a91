import type { Translation } from '../catalog';
import type { messages as english } from '../en/canvas';

/** Russian messages of the canvas area. */
export const messages: Translation<typeof english> = {
  'canvas.label': 'Холст',
  'canvas.minimap': 'Мини-карта',
  'canvas.controls': 'Управление холстом',
  'canvas.zoomIn': 'Приблизить',
  'canvas.zoomOut': 'Отдалить',
  'canvas.fitView': 'Показать всю сеть',
  'canvas.handle': 'Точка соединения',
  'canvas.nodeHelp':
    'Нажмите Enter или пробел, чтобы выделить слой. Затем стрелки передвигают его, Delete удаляет, Escape отменяет.',
  'canvas.nodeMoved':
    'Выделенный слой сдвинут {direction, select, up {вверх} down {вниз} left {влево} right {вправо} other {}}. Новое положение: x {x}, y {y}.',
  'canvas.edgeHelp':
    'Нажмите Enter или пробел, чтобы выделить связь; затем Delete удаляет её, Escape отменяет.',
  'canvas.empty.title': 'Соберите нейронную сеть',
  'canvas.empty.step1': 'Перетащите слой {input} из палитры слева на холст.',
  'canvas.empty.step2':
    'Так же добавьте слои, например {dense} или {conv} (или выберите слой в палитре и нажмите Enter).',
  'canvas.empty.step3':
    'Соедините их: потяните от точки внизу одного слоя к точке вверху следующего.',
  'canvas.empty.step4':
    'Завершите сеть слоем {output}. По мере работы на связях появляются формы тензоров.',
  'canvas.empty.loadExample': 'Загрузить пример: {name}',
  'canvas.empty.fromTemplate': 'Начать с шаблона…',
  'canvas.exampleLoaded': 'Загружен пример: {name}.',
  'canvas.starterName': 'Многослойный перцептрон для цифр',
  'canvas.layerAdded': 'Добавлен слой {type} «{name}».',
  'canvas.node.label': 'Слой {type} «{name}»',
  'canvas.node.noParams': 'нет параметров',
  'canvas.node.params': 'параметров: {count}',
  'canvas.node.errors':
    '{count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
  'canvas.node.warnings':
    '{count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
  'canvas.node.role': 'слой',
  'canvas.edge.role': 'связь',
  'canvas.edge.name': 'Связь от {from} к {to}',
  'canvas.edge.nameWithShape': 'Связь от {from} к {to}, {shape}',
  'canvas.edge.shapeKnown': 'Форма одного примера, проходящего по этой связи',
  'canvas.edge.shapeUnknown': 'Неизвестна: ошибка выше по сети не даёт вычислить форму',
  'canvas.activations.title': 'Активации: {name}',
  'canvas.activations.none':
    'Активаций слоя {name} пока нет. Они появятся во время обучения модели.',
  'canvas.activations.output': 'Выход',
  'canvas.activations.filters': 'Фильтры',
  'canvas.activations.channel': 'Канал {number}',
  'canvas.activations.filter': 'Фильтр {number}',
  'canvas.activations.scale': '{title}: {shape}, значения от {low} (тёмный) до {high} (светлый)',
  'canvas.activations.show': 'Показать активации слоя {name}',
  'canvas.activations.of': 'Активации слоя {name}',
  'canvas.connect.title': 'Соединить {name}',
  'canvas.connect.into': 'Передать выход {name} в',
  'canvas.connect.from': 'Подать на вход {name} выход слоя',
  'canvas.connect.done': 'Слой {from} соединён с {to}.',
};
