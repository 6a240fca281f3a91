import type { Translation } from '../catalog';
import type { messages as english } from '../en/teaching';

/** Russian messages of the teaching area, in the lecture's terms. */
export const messages: Translation<typeof english> = {
  'teaching.labs.title': 'Лаборатории',
  'teaching.labs.tab.activation': 'Функции активации',
  'teaching.labs.tab.tensor': 'Свёртка и пулинг',
  'teaching.labs.tab.field': 'Рецептивное поле',

  'teaching.activation.intro':
    'Функция активации превращает взвешенную сумму z нейрона в его выход. Производная показывает, насколько сдвинется выход, если сдвинуть z: там, где она близка к нулю, обучение через этот нейрон останавливается.',
  'teaching.activation.functions': 'Показанные функции',
  'teaching.activation.name.sigmoid': 'Сигмоида',
  'teaching.activation.name.tanh': 'tanh',
  'teaching.activation.name.relu': 'ReLU',
  'teaching.activation.name.leaky': 'Leaky ReLU',
  'teaching.activation.name.maxout': 'Maxout',
  'teaching.activation.name.elu': 'ELU',
  'teaching.activation.settings': 'Параметры',
  'teaching.activation.leakySlope': 'Наклон Leaky ReLU при x < 0',
  'teaching.activation.eluAlpha': 'Параметр α функции ELU',
  'teaching.activation.maxoutPieces': 'Число линейных частей Maxout k',
  'teaching.activation.randomPieces': 'Новые случайные части',
  'teaching.activation.piece': 'Часть {index}',
  'teaching.activation.pieceW': 'Наклон w части {index}',
  'teaching.activation.pieceB': 'Сдвиг b части {index}',
  'teaching.activation.figureF': 'Функция активации f(x)',
  'teaching.activation.figureDf': 'Производная f′(x)',
  'teaching.activation.plotLabel': '{title} при x от −4 до 4: {names}',
  'teaching.activation.neuron': 'Один нейрон',
  'teaching.activation.neuronIntro':
    'y = f(w₁x₁ + w₂x₂ + b). Двигайте ползунки и следите за z и y.',
  'teaching.activation.neuronFunction': 'Функция активации нейрона',
  'teaching.activation.z': 'Взвешенная сумма z',
  'teaching.activation.y': 'Выход нейрона y',
  'teaching.activation.neuronFigure':
    'Функция активации нейрона с отмеченными текущими значениями z и y',

  'teaching.tensor.mode': 'Операция',
  'teaching.tensor.convolution': 'Свёртка',
  'teaching.tensor.pooling': 'Пулинг',
  'teaching.tensor.convIntro':
    'Ядро свёртки скользит по входу; каждая клетка выхода — это сумма клеток входа под ядром, умноженных на соответствующие веса ядра. Наведите указатель на клетку выхода или выберите её клавиатурой, чтобы увидеть, из каких клеток входа она получена.',
  'teaching.tensor.poolIntro':
    'Пулинг скользит окном по входу и оставляет от каждого окна одно число: наибольшее (пулинг по максимуму) или среднее (пулинг по среднему). Наведите указатель на клетку выхода или выберите её клавиатурой, чтобы увидеть её окно.',
  'teaching.tensor.input': 'Вход',
  'teaching.tensor.kernel': 'Ядро',
  'teaching.tensor.output': 'Выход',
  'teaching.tensor.maxPooling': 'Пулинг по максимуму',
  'teaching.tensor.averagePooling': 'Пулинг по среднему',
  'teaching.tensor.cell': '{grid}: строка {row}, столбец {col}',
  'teaching.tensor.outputCell': '{grid}: строка {row}, столбец {col}: {value}',
  'teaching.tensor.rows': 'Строки',
  'teaching.tensor.cols': 'Столбцы',
  'teaching.tensor.kernelSize': 'Размер ядра',
  'teaching.tensor.preset': 'Готовое ядро',
  'teaching.tensor.custom': 'Своё',
  'teaching.tensor.stride': 'Шаг',
  'teaching.tensor.padding': 'Дополнение нулями (с каждой стороны)',
  'teaching.tensor.dilation': 'Расширение (dilation)',
  'teaching.tensor.poolSize': 'Размер окна',
  'teaching.tensor.paint': 'Рисовать указателем',
  'teaching.tensor.paintValue': 'Рисуемое значение',
  'teaching.tensor.asText': 'Вход в виде текста',
  'teaching.tensor.asTextHelp':
    'Каждая строка таблицы на своей строке, числа через пробел или запятую; можно и так: [[1,2],[3,4]].',
  'teaching.tensor.applyText': 'Взять эту таблицу',
  'teaching.tensor.square': 'Светлый квадрат',
  'teaching.tensor.lectureTable': 'Таблица 4×4 из лекции',
  'teaching.tensor.clear': 'Все нули',
  'teaching.tensor.sizeFormula': 'Размер выхода: строк {rows}; столбцов {cols}.',
  'teaching.tensor.explainMax': '{cell} = максимум из {cells} = {value}',
  'teaching.tensor.explainMean': '{cell} = среднее из {cells} = {value}',
  'teaching.tensor.pointAtCell':
    'Наведите указатель на клетку выхода или выберите её клавиатурой, чтобы увидеть, откуда она взялась.',
  'teaching.tensor.emptyTerms': '0 (под ядром только дополнение нулями)',

  'teaching.kernel.vertical-edges': 'Вертикальные границы (Собель)',
  'teaching.kernel.horizontal-edges': 'Горизонтальные границы (Собель)',
  'teaching.kernel.all-edges': 'Все границы (лапласиан)',
  'teaching.kernel.box-blur': 'Размытие (по 1/9 на клетку)',
  'teaching.kernel.gaussian-blur': 'Размытие по Гауссу (/16)',
  'teaching.kernel.sharpen': 'Повышение резкости',
  'teaching.kernel.identity': 'Тождественное',

  'teaching.field.intro':
    'Каждая клетка выхода свёрточного слоя видит только часть входа — своё рецептивное поле. Каждый следующий слой расширяет его на (k_эф − 1), умноженное на накопленный шаг, где k_эф = d·(k − 1) + 1, а накопленный шаг — произведение шагов всех предыдущих слоёв.',
  'teaching.field.source': 'Слой для трассировки',
  'teaching.field.projectGroup': 'Слои этого проекта',
  'teaching.field.exampleGroup': 'Примеры',
  'teaching.field.noLayers':
    'В этом проекте нет свёрточных слоёв и слоёв пулинга; примеры ниже показывают, как растёт рецептивное поле.',
  'teaching.field.outputRow': 'Строка выхода',
  'teaching.field.outputCol': 'Столбец выхода',
  'teaching.field.stoppedAt':
    'Трассировка начинается с выхода слоя {name}: он перемешивает позиции так, что этот вид не может за ним проследить.',
  'teaching.field.levelInput': 'Вход, {rows}×{cols}',
  'teaching.field.levelAfter': 'После {name}, {rows}×{cols}',
  'teaching.field.levelLabel':
    '{title}: на выбранную клетку выхода {cells, plural, one {влияет # клетка} few {влияют # клетки} many {влияют # клеток} other {влияют # клетки}}, в строках {rows} и столбцах {cols}',
  'teaching.field.cropped': 'показаны строки {rows} и столбцы {cols}',
  'teaching.field.summary':
    '{cell} видит участок входа {rows}×{cols}; на неё {count, plural, one {влияет # клетка} few {влияют # клетки} many {влияют # клеток} other {влияют # клетки}} этого участка{gaps, select, yes {, с пропусками там, где расширение (dilation) перескакивает через клетки} other {}}.',
  'teaching.field.cellName': 'Клетка (строка {row}, столбец {col}) слоя {layer}',
  'teaching.field.formulas': 'Формулы с подставленными числами',
  'teaching.field.head.layer': 'Слой',
  'teaching.field.head.window': 'Ядро · шаг · расширение',
  'teaching.field.head.padding': 'Дополнение',
  'teaching.field.head.size': 'Размер выхода (высота; ширина)',
  'teaching.field.head.field': 'Рецептивное поле r = r_пред + (k_эф − 1)·j_пред',
  'teaching.field.padding.valid': 'без дополнения (valid)',
  'teaching.field.padding.same': 'с сохранением размера (same)',
  'teaching.field.head.jump': 'Накопленный шаг j',
  'teaching.field.legend':
    'Чем темнее клетка, тем больше путей к ней ведёт. Щёлкните клетку последней сетки, чтобы проследить её.',
  'teaching.field.example.two-3x3': 'Две свёртки 3×3 (поле 5×5)',
  'teaching.field.example.dilated': 'Свёртка 3×3 с расширением 2 (5×5 с пропусками)',
  'teaching.field.example.dilation-stack': 'Расширение 1, 2, 4 (поле 15×15 без пропусков)',
  'teaching.field.example.strided': 'Шаг 2, затем 3×3 (поле 7×7)',

  'teaching.error.gridEmpty': '{what, select, kernel {Ядро пустое} other {Входная таблица пуста}}.',
  'teaching.error.gridTooLarge':
    '{what, select, kernel {Ядро} other {Входная таблица}} больше {max}×{max}.',
  'teaching.error.gridRagged':
    'В строке {row} {what, select, kernel {ядра} other {входной таблицы}} {count, plural, one {# число} few {# числа} many {# чисел} other {# числа}}, а в строке 1 — {first}.',
  'teaching.error.gridNoNumber':
    'В {what, select, kernel {ядре} other {входной таблице}} нет числа в строке {row}, столбце {col}.',
  'teaching.error.gridWord':
    'Строка {row} {what, select, kernel {ядра} other {входной таблицы}}: «{word}» — не число.',
  'teaching.error.setting':
    '{name, select, stride {Шаг} dilation {Расширение} padding {Дополнение} other {Размер окна}}: нужно целое число от {min} до {max}, а задано {value}.',
  'teaching.error.kernelTooLarge':
    'Ядро больше входа вместе с дополнением: выход получился бы размером {rows} на {cols}.',
  'teaching.error.windowTooLarge': 'Окно {size}×{size} не помещается во вход {rows}×{cols}.',
  'teaching.error.layerSetting':
    '{layer}: {what, select, kernel {размер ядра} stride {шаг} other {расширение}} по {axis, select, height {высоте} other {ширине}} — нужно целое число ≥ 1, а задано {value}.',
  'teaching.error.layerPadding':
    '{layer}: дополнение по {axis, select, height {высоте} other {ширине}} — нужно целое число ≥ 0, а задано {value}.',
  'teaching.error.layerWindow':
    '{layer}: окно занимает {span, plural, one {# клетку} few {# клетки} many {# клеток} other {# клетки}} по {axis, select, height {высоте} other {ширине}}, больше, чем {size} на входе, поэтому выход был бы {formula}.',
  'teaching.error.noLayers': 'Нет ни свёрточного слоя, ни слоя пулинга, который можно проследить.',
  'teaching.error.tooManyLayers': 'Для трассировки больше {max} слоёв.',
  'teaching.error.inputSize':
    '{axis, select, height {Высота} other {Ширина}} входа: нужно целое число ≥ 1, а задано {value}.',
  'teaching.error.noCell':
    'Выход имеет размер {rows}×{cols}, поэтому клетки в строке {row}, столбце {col} у него нет.',
  'teaching.error.notInProject': 'Выбранного слоя нет в проекте.',
  'teaching.error.notWindow':
    '{name} — слой типа {type}; выберите свёрточный слой или слой пулинга.',
  'teaching.error.cycle': 'Слой {name} входит в цикл.',
  'teaching.error.unknownShape':
    'Форма входа слоя {name} неизвестна; сначала исправьте ошибки, указанные для него.',
};
