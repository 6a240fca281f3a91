import type { Translation } from '../catalog';
import type { messages as english } from '../en/problems';

/** Russian messages of the problems area. */
export const messages: Translation<typeof english> = {
  'problems.list': 'Проблемы',
  'problems.severity.error': 'Ошибка',
  'problems.severity.warning': 'Предупреждение',
  'problems.fixButton': 'Исправить: {fix}',
  'problems.fixApplied': '{fix}: готово.',
  'problems.fixFailed': 'Не удалось выполнить: {fix}.',
  'problems.noneYet': 'Здесь будут перечислены проблемы модели.',
  'problems.none': 'Проблем нет: модель можно построить.',

  'problems.atLayer': 'Слой «{name}»: {message}',
  'problems.shapeList': '{head} и {last}',
  'problems.versus': '{a} и {b}',
  'problems.orList': '{head} или {last}',
  'problems.moreOptions': '{options} и др.',

  'problems.danglingEdge': 'Связь ведёт к слою, которого нет («{id}»).',
  'problems.cycle':
    'Эти слои образуют цикл, и данные шли бы по кругу: {path}. Удалите одну из связей.',
  'problems.tooLarge':
    'В модели {total} параметров, это около {gigabytes} ГБ весов; предел — {limit}. Уменьшите число нейронов или фильтров.',
  'problems.unknownType': 'NeuroCanvas не знает слоя типа «{type}».',
  'problems.unconnectedInput':
    'Слою {layer} {min, plural, =1 {нужен вход} other {нужно не меньше {min} входов}}, но {count, plural, =0 {ничего не подключено} one {подключён только {count}} other {подключено только {count}}}. Подключите к нему слой.',
  'problems.tooManyInputs':
    '{max, plural, =0 {У слоя {layer} нет входов} =1 {У слоя {layer} один вход} other {У слоя {layer} не больше {max} входов}}, а к нему ведут связи: {count}. Чтобы объединить тензоры, используйте слой слияния, например Add или Concatenate.',
  'problems.tensorTooLarge':
    'Его выход {shape} содержит {values} значений на пример — больше, чем вмещает тензор.',
  'problems.noInput':
    'В модели нет слоя Input. Добавьте его из палитры и подключите к первому слою.',
  'problems.noOutput':
    'В модели нет слоя Output, поэтому обучать не по чему. Добавьте Output после последнего слоя и выберите функцию потерь.',
  'problems.unusedOutput':
    '«{name}»: его выход не использует ни один слой. Подключите его дальше или к Output.',

  'problems.param.bad': '{label}: ожидается {expected}, а задано {value}',
  'problems.param.unknown': 'У слоя {layer} нет параметра {name}',
  'problems.expected.int': 'целое число от {min} до {max}',
  'problems.expected.float': 'число от {min} до {max}',
  'problems.expected.bool': 'true или false',
  'problems.expected.select': 'одно из значений {options}',
  'problems.expected.multiselect': 'список неповторяющихся значений из {options}',
  'problems.expected.int2': 'два целых числа, каждое от {min} до {max}',
  'problems.expected.shape':
    '{count, plural, one {список из {count} целого числа} other {список из {count} целых чисел}}, каждое от {min} до {max}',
  'problems.expected.shapeRange': 'список из {from}–{to} целых чисел, каждое от {min} до {max}',
  'problems.value.missing': 'ничего',
  'problems.value.object': 'объект',
  'problems.value.nan': 'NaN (не число)',
  'problems.value.listMore': '[{items}, … всего значений: {count}]',

  'problems.needsVector':
    '{layer} ожидает вектор, а получает {rank}-мерный тензор формы {shape}. Вставьте слой Flatten, чтобы превратить его в вектор из {size} значений.',
  'problems.needsVectorScores':
    '{loss} оценивает вектор оценок классов, а получает {rank}-мерный тензор формы {shape}. Вставьте слой Flatten, чтобы превратить его в вектор из {size} значений.',
  'problems.needsImage.vector':
    '{layer} ожидает изображение формы высота×ширина×каналы, а получает вектор из {size} значений. Вставьте слой Reshape, чтобы придать ему такую форму.',
  'problems.needsImage.square':
    '{layer} ожидает изображение формы высота×ширина×каналы, а получает вектор из {size} значений. Вставьте слой Reshape, чтобы придать ему такую форму, например {example}.',
  'problems.needsImage.noChannels':
    '{layer} ожидает изображение формы высота×ширина×каналы, а получает {shape} — без оси каналов. Вставьте слой Reshape, чтобы сделать из него {target}.',
  'problems.needsImage.rank':
    '{layer} ожидает изображение формы высота×ширина×каналы (3 оси), а получает {rank}-мерный тензор формы {shape}.',
  'problems.needsImage.padding':
    '{layer} дополняет изображение формы высота×ширина×каналы, а получает {rank}-мерный тензор формы {shape}.',
  'problems.needsSequence.vector':
    '{layer} ожидает последовательность формы шаги×признаки, а получает вектор из {size} значений. Вставьте слой Reshape, чтобы сделать из него {size}×1 ({size} шагов по одному признаку).',
  'problems.needsSequence.image':
    '{layer} ожидает последовательность формы шаги×признаки, а получает {shape} (высота×ширина×каналы). Вставьте слой Reshape, чтобы сделать из него {target}: по шагу на строку.',
  'problems.needsSequence.rank':
    '{layer} ожидает последовательность формы шаги×признаки (2 оси), а получает {rank}-мерный тензор формы {shape}.',
  'problems.kernelTooLarge':
    "{layer}: окно занимает {span} по {axis, select, height {высоте} width {ширине} other {длине}}, а вход всего {size}, так что выход был бы {formula} = {length}. Выберите дополнение 'same', {window, select, pool {окно пулинга поменьше} other {ядро поменьше}} или вход побольше.",
  'problems.emptyOutput':
    '{layer}: {axis, select, height {высота} width {ширина} other {длина}} выхода равна {formula} = {length}, а должна быть положительной.',
  'problems.stridesAndDilation':
    'Шаг {strides} вместе с разрежением {dilation} недопустим: используйте шаг 1 с разрежением или разрежение 1 с шагом.',
  'problems.dilatedNotTrainable':
    'С разрежением {dilation} модель можно проектировать, смотреть формы и экспортировать, но TensorFlow.js не умеет вычислять градиенты через разреженную свёртку, поэтому обучить эту модель в NeuroCanvas нельзя.',
  'problems.binaryNeedsOne':
    'Бинарной перекрёстной энтропии для набора данных с 2 классами нужен 1 выход (вероятность второго класса), а у этого выхода {outputs, plural, one {{outputs} значение} few {{outputs} значения} other {{outputs} значений}}.',
  'problems.binaryTwoClasses':
    'Бинарная перекрёстная энтропия предназначена для 2 классов, а в наборе данных классов: {classes}. Используйте категориальную перекрёстную энтропию с {classes} выходами.',
  'problems.outputPerClass':
    'Для функции потерь «{loss}» нужен один выход на класс. В наборе данных классов: {classes}, а у этого выхода {outputs, plural, one {{outputs} значение} few {{outputs} значения} other {{outputs} значений}}. Дайте предыдущему слою {classes} нейронов.',
  'problems.reshapeSize':
    'Reshape не может превратить {from} ({have} значений) в {to} ({want} значений). Число значений должно остаться прежним.',
  'problems.alreadyVector':
    'Flatten ожидает изображение или последовательность, а его вход уже вектор из {size} значений. Удалите этот Flatten.',
  'problems.needsMoreInputs':
    'Слою {layer} нужно не меньше 2 входов, а {count, plural, one {получен {count}} other {получено {count}}}.',
  'problems.shapesDiffer': 'Входы {layer} должны быть одной формы, а получены {shapes}.',
  'problems.shapesDifferLastAxis':
    'Входы {layer} должны быть одной формы, а получены {shapes}. Различается только последняя ось: дайте ветвям одинаковое число каналов или соедините их слоем Concatenate.',
  'problems.ranksDiffer':
    'Concatenate: у входов должно быть одинаковое число осей, а получены {shapes}.',
  'problems.batchAxis':
    'Concatenate не может соединять по оси {axis}: ось 0 — это пакет, по ней здесь соединять нельзя.',
  'problems.axisRange':
    'Concatenate не может соединять по оси {axis}: у входов формы {shape} есть оси 1..{rank} (или -{rank}..-1).',
  'problems.concatMismatch':
    'Concatenate соединяет по оси {axis}, поэтому по всем остальным осям входы должны совпадать, а получены {shapes}, которые различаются по оси {index} ({sizes}).',

  'problems.fix.insert': 'Вставить {layer}',
  'problems.fix.insertReshapeTo': 'Вставить Reshape в {shape}',
  'problems.fix.paddingSame': "Задать дополнение 'same'",
  'problems.fix.dilationOne': 'Задать разрежение 1',
  'problems.fix.categorical': 'Перейти на категориальную перекрёстную энтропию',
  'problems.fix.binary': 'Перейти на бинарную перекрёстную энтропию',
  'problems.fix.reshapeTo': 'Изменить форму на {size}',
  'problems.fix.lastAxis': 'Соединять по последней оси',

  'problems.connect.gone': 'Этого слоя больше нет.',
  'problems.connect.unknownType': 'Неизвестный тип слоя.',
  'problems.connect.self': 'Слой не может подавать данные сам себе.',
  'problems.connect.fromOutput': '«{name}» — это Output: после него ничего не бывает.',
  'problems.connect.noInput': '«{name}» — слой {layer}, входов у него нет.',
  'problems.connect.already': '«{from}» уже подаёт данные в «{to}».',
  'problems.connect.full':
    '«{name}»: {max, plural, =1 {у слоя один вход} other {входов не больше {max}}}, и он уже подключён. Чтобы объединить тензоры, используйте слой слияния, например Add или Concatenate.',
  'problems.connect.loop': 'Получился бы цикл: «{to}» уже подаёт данные в «{from}».',
};
