import type { Translation } from '../catalog';
import type { messages as english } from '../en/data';

/** Russian messages of the data area. */
export const messages: Translation<typeof english> = {
  'data.size.bytes': '{value} Б',
  'data.size.kb': '{value} КБ',
  'data.size.mb': '{value} МБ',
  'data.size.gb': '{value} ГБ',
  'data.size.tb': '{value} ТБ',
  'data.duration.seconds': '{seconds} с',
  'data.duration.minutes': '{minutes} мин {seconds} с',
  'data.duration.hours': '{hours} ч {minutes} мин',

  'data.download.kept': 'Набор {name} загружен и хранится на этом компьютере.',
  'data.download.once':
    'Набор {name} загружается один раз ({size}) и затем хранится на этом компьютере.',
  'data.download.group': 'Загрузка набора {name}',
  'data.download.bar': 'Ход загрузки',
  'data.download.progress': '{received} из {total} ({percent} %)',
  'data.download.progressEta': '{received} из {total} ({percent} %), осталось около {left}',
  'data.download.cancel': 'Отменить загрузку',
  'data.download.start': 'Загрузить',
  'data.download.cancelled':
    'Загрузка набора {name} отменена; частично загруженные файлы не сохранены.',
  'data.download.failed': 'Не удалось загрузить набор данных. {reason}',
  'data.download.error.unreachable':
    'Не удалось загрузить «{name}»: не удалось связаться с {urls} ({detail}). Проверьте подключение к интернету и попробуйте снова. Чтобы добавить {count, plural, one {файл} other {файлы}} вручную, скачайте {files} с {from} (описание: {homepage}) и положите {count, plural, one {его} other {их}} без изменений в {folder}.',
  'data.download.error.failed':
    'Не удалось загрузить «{name}». {reasons}. Частично загруженные файлы не сохранены. Чтобы добавить {count, plural, one {файл} other {файлы}} вручную, скачайте {files} с {from} (описание: {homepage}) и положите {count, plural, one {его} other {их}} без изменений в {folder}.',
  'data.download.error.folder': 'Не удалось создать папку {folder} для «{name}»: {detail}.',
  'data.download.stillRunning': 'Набор {name} ещё загружается; дождитесь окончания загрузки.',
  'data.download.checking': 'Проверяем, есть ли набор {name} на этом компьютере…',
  'data.download.needed':
    'Набора {name} пока нет на этом компьютере: сначала нажмите «Загрузить» под выбором набора данных.',
  'data.notes.label': 'Замечания о данных',
  'data.note.unused-asked': 'Столбец «{column}» не используется: исключён по вашему выбору.',
  'data.note.unused-empty': 'Столбец «{column}» не используется: в нём нет значений.',
  'data.note.unused-texts':
    'Столбец «{column}» не используется: в нём {count, plural, one {# разный текст} few {# разных текста} many {# разных текстов} other {# разных текста}} (например, имена или идентификаторы) — слишком много, чтобы закодировать их как категории.',
  'data.note.unused-many-texts':
    'Столбец «{column}» не используется: в нём больше 1 000 разных текстов (например, имена или идентификаторы) — слишком много, чтобы закодировать их как категории.',
  'data.note.text-cells':
    'Столбец «{column}» содержит числа, но в {count, plural, one {# ячейке} other {# ячейках}} текст ({examples}; {shown, plural, one {строка} other {строки}} {lines}); {count, plural, one {она считается пропущенным значением} other {они считаются пропущенными значениями}}.',
  'data.note.no-target':
    'В {count, plural, one {# строке} other {# строках}} нет целевого значения, {count, plural, one {она удалена} other {они удалены}} ({shown, plural, one {строка} other {строки}} {lines}{more, plural, =0 {} other { и ещё #}}).',
  'data.note.missing-dropped':
    'В столбце «{column}» {count, plural, one {пропущено # значение} few {пропущено # значения} many {пропущено # значений} other {пропущено # значения}} ({shown, plural, one {строка} other {строки}} {lines}{more, plural, =0 {} other { и ещё #}}); {count, plural, one {эта строка удалена} other {эти строки удалены}}.',
  'data.note.missing-filled':
    'В столбце «{column}» {count, plural, one {пропущено # значение} few {пропущено # значения} many {пропущено # значений} other {пропущено # значения}} ({shown, plural, one {строка} other {строки}} {lines}{more, plural, =0 {} other { и ещё #}}); {count, plural, one {оно заполнено} other {они заполнены}} {how, select, mean {средним по обучающей выборке} other {самым частым значением обучающей выборки}}.',
  'data.note.bad-rows':
    '{count, plural, one {Пропущена # некорректная строка} few {Пропущены # некорректные строки} many {Пропущено # некорректных строк} other {Пропущено # некорректной строки}}: {rows}{more, plural, =0 {} other { и ещё #}}.',
  'data.note.series-no-target':
    'Строки без целевого значения остаются в ряду (удаление строк соединило бы несоседние дни); окна, которые заканчиваются на них, не используются.',
  'data.note.series-windows':
    '{count, plural, one {# окно} few {# окна} many {# окон} other {# окна}} по {window, plural, one {# строке} few {# строки} many {# строк} other {# строки}}, с шагом {stride, plural, one {# строка} few {# строки} many {# строк} other {# строки}}; первые {train, number} — для обучения, последующие {test, number} — для теста.',
  'data.note.arrays-channel':
    'Входы — изображения {height}×{width} без размерности каналов; они читаются как {shape}.',
  'data.note.arrays-bytes': 'Входы — байты от 0 до 255; они делятся на 255.',
  'data.note.images-undecodable':
    '{count, plural, one {# изображение не удалось декодировать, оно пропущено} few {# изображения не удалось декодировать, они пропущены} many {# изображений не удалось декодировать, они пропущены} other {# изображения не удалось декодировать, они пропущены}}: {files}{more, plural, =0 {} other { и ещё #}}.',
  'data.note.images-sizes':
    'Изображения {count, plural, one {# размера} other {# разных размеров}}: {sizes}{cut, select, yes {, …} other {}}; все приведены к {size}×{size}.',
  'data.note.images-resized': 'Изображения имеют размер {from}; они приведены к {size}×{size}.',
  'data.note.images-empty-classes':
    '{count, plural, one {В папке класса} other {В папках классов}} {folders} нет изображений PNG или JPEG, {count, plural, one {она исключена} other {они исключены}}.',
  'data.note.images-other-files':
    '{count, plural, one {# файл не является PNG или JPEG и пропущен} few {# файла не являются PNG или JPEG и пропущены} many {# файлов не являются PNG или JPEG и пропущены} other {# файла не являются PNG или JPEG и пропущены}}.',
  'data.note.iris-standardised':
    'Каждое измерение стандартизовано средним и стандартным отклонением по цветкам обучающей выборки.',
  'data.note.penguins-dropped':
    'У {dropped} из {total} пингвинов пропущено какое-то измерение, они исключены; осталось {count}.',
  'data.note.penguins-standardised':
    'Каждое измерение стандартизовано средним и стандартным отклонением по пингвинам обучающей выборки.',
  'data.note.cars-no-economy':
    'У {count} из {total} автомобилей нет расхода топлива, они исключены ({cars}).',
  'data.note.cars-no-horsepower':
    'У {count} автомобилей нет мощности; она заполнена медианой по обучающей выборке, {fill} л. с. ({cars}).',
  'data.note.cars-inputs':
    'Входы: число цилиндров, рабочий объём, мощность, масса, разгон и год выпуска, стандартизованные по автомобилям обучающей выборки, затем страна происхождения — США, Европа, Япония (one-hot).',
  'data.note.weather-days':
    '{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}, с {first} по {last}; пропущенных значений нет.',
  'data.note.weather-standardised': 'Измерения стандартизованы по дням обучающей части.',
  'data.note.weather-rare':
    'Большинство дней — дождь или солнце; морось, туман и снег редки, поэтому одна лишь точность льстит модели, которая их никогда не предсказывает.',
  'data.why.asked': 'исключён по вашему выбору',
  'data.why.empty': 'в нём нет значений',
  'data.why.texts':
    'в нём {count, plural, one {# разный текст} few {# разных текста} many {# разных текстов} other {# разных текста}} (например, имена или идентификаторы) — слишком много, чтобы закодировать их как категории',
  'data.why.many-texts':
    'в нём больше 1 000 разных текстов (например, имена или идентификаторы) — слишком много, чтобы закодировать их как категории',

  'data.import.title': 'Импорт данных',
  'data.import.noHost': 'Для импорта нужен сервер NeuroCanvas, но он не подключён.',
  'data.import.what': 'Что импортировать',
  'data.import.kind.csv': 'Файл CSV (по одному примеру в строке)',
  'data.import.kind.images': 'Папку с изображениями (по подпапке на каждый класс)',
  'data.import.csvFile': 'Файл CSV',
  'data.import.imageFolder': 'Папка с изображениями',
  'data.import.csvOptions': 'Параметры CSV',
  'data.import.target': 'Целевой столбец',
  'data.import.target.last': 'Последний столбец',
  'data.import.normalize': 'Нормализация',
  'data.import.normalize.standardize': 'Стандартизация (среднее 0, ст. откл. 1)',
  'data.import.normalize.minmax': 'Мин-макс (от 0 до 1)',
  'data.import.missing': 'Пропущенные значения',
  'data.import.missing.drop': 'Удалить строку',
  'data.import.missing.impute': 'Заполнить (средним или самым частым)',
  'data.import.badRows': 'Некорректные строки',
  'data.import.badRows.skip': 'Пропустить и перечислить',
  'data.import.badRows.stop': 'Остановиться на первой',
  'data.import.imageOptions': 'Параметры изображений',
  'data.import.imageSize': 'Размер изображения (пиксели)',
  'data.import.colour': 'Цвет',
  'data.import.colour.grayscale': 'Оттенки серого',
  'data.import.colour.rgb': 'Цветное (RGB)',
  'data.import.busy': 'Импортируем…',
  'data.import.starter': 'Добавить начальную модель под эти данные (холст пуст)',
  'data.import.preview': 'Просмотр',
  'data.import.use': 'Использовать для обучения',
  'data.import.noImages':
    'В подпапках нет изображений PNG или JPEG. Положите изображения каждого класса в подпапку с названием этого класса.',
  'data.import.starterAdded': 'Добавлена начальная модель для данных {name}.',

  'data.preview.label': 'Просмотр',
  'data.preview.summaryClasses':
    '{train, plural, one {# обучающий} few {# обучающих} many {# обучающих} other {# обучающего}} и {test, plural, one {# тестовый пример} few {# тестовых примера} many {# тестовых примеров} other {# тестового примера}}, входы [{shape}], {classes, plural, one {# класс} few {# класса} many {# классов} other {# класса}}.',
  'data.preview.summaryNumber':
    '{train, plural, one {# обучающий} few {# обучающих} many {# обучающих} other {# обучающего}} и {test, plural, one {# тестовый пример} few {# тестовых примера} many {# тестовых примеров} other {# тестового примера}}, входы [{shape}], предсказывается число.',
  'data.preview.notes': 'Замечания',
  'data.preview.columns': 'Столбцы',
  'data.preview.column': 'Столбец',
  'data.preview.use': 'Роль',
  'data.preview.kind': 'Тип',
  'data.preview.missing': 'Пропуски',
  'data.preview.values': 'Значения',
  'data.preview.role.feature': 'вход',
  'data.preview.role.target': 'цель',
  'data.preview.role.unused': 'не используется',
  'data.preview.kind.numeric': 'числовой',
  'data.preview.kind.categorical': 'категориальный',
  'data.preview.kind.empty': 'пустой',
  'data.preview.kind.text': 'текст',
  'data.preview.numeric': 'от {min} до {max}, среднее {mean}, ст. откл. {sd}',
  'data.preview.firstRows': 'Первые строки',
  'data.preview.balance': 'Баланс классов',
  'data.preview.class': 'Класс',
  'data.preview.training': 'Обучение',
  'data.preview.test': 'Тест',
  'data.preview.examples': 'Примеры изображений',
  'data.preview.example': 'Пример: {label}',

  'data.error.csv.empty': 'В файле нет ни одной строки: он пуст.',
  'data.error.csv.noDataRows': 'В файле нет строк с данными.',
  'data.error.csv.headerOnly': 'В файле есть строка заголовка, но нет строк с данными.',
  'data.error.csv.malformedLine':
    'Строка {line} некорректна: {reason}. Исправьте эту строку или выберите пропуск некорректных строк.',
  'data.error.csv.tooManyColumns':
    'В строке {line} {count, plural, one {# столбец} few {# столбца} many {# столбцов} other {# столбца}}; NeuroCanvas читает таблицы не более чем из {max} столбцов.',
  'data.error.csv.tooManyValues':
    'В файле больше {max} значений (строка {line}); NeuroCanvas импортирует таблицы не больше этого размера.',
  'data.error.csv.unreadable': 'Не удалось прочитать файл: {reason}',
  'data.error.csv.noSuchIgnored':
    'Нет столбца «{column}», который нужно исключить. Столбцы: {columns}.',
  'data.error.csv.noSuchTarget': 'Нет столбца «{column}». Столбцы: {columns}.',
  'data.error.csv.emptyTarget': 'В целевом столбце «{column}» нет значений.',
  'data.error.csv.targetIgnored':
    'Столбец «{column}» не может быть одновременно целевым и исключённым.',
  'data.error.csv.noTarget': 'Ни один столбец не может быть целевым. Столбцы: {columns}.',
  'data.error.csv.noFeatures':
    'Кроме целевого столбца «{column}» не осталось столбцов, по которым можно учиться. Столбцы: {columns}.',
  'data.error.csv.tooFewRows':
    'После удаления строк с пропусками {count, plural, one {осталась # строка} few {осталось # строки} many {осталось # строк} other {осталось # строки}}, а нужно хотя бы 2. Выберите заполнение пропущенных значений.',
  'data.error.csv.textTarget':
    'В целевом столбце «{column}» текст ({examples}), его нельзя предсказать как число. Выберите классификацию или другой целевой столбец.',
  'data.error.csv.tooManyTargetValues':
    'В целевом столбце «{column}» больше {max} разных значений — слишком много для классов. Выберите регрессию.',
  'data.error.csv.tooManyClasses': 'У целевого столбца больше {max} классов.',
  'data.error.csv.oneClass':
    'В целевом столбце «{column}» только один класс, а классификатору нужно хотя бы два.',
  'data.error.images.notFound': 'Папка «{folder}» не найдена.',
  'data.error.images.notFolder':
    '«{folder}» — не папка; для импорта изображений нужна папка с подпапкой на каждый класс.',
  'data.error.images.noSubfolders':
    'В папке «{folder}» нет подпапок. Положите изображения каждого класса в подпапку с названием класса, например cats/ и dogs/.',
  'data.error.images.tooManyClasses':
    'В папке {count, plural, one {# подпапка} few {# подпапки} many {# подпапок} other {# подпапки}}; NeuroCanvas читает не более {max} классов.',
  'data.error.images.tooFewClasses':
    'Читаемые изображения PNG или JPEG есть меньше чем в двух подпапках, а классификатору нужно хотя бы два класса с изображениями.',
  'data.error.images.tooLarge':
    '{count, plural, one {# изображение} few {# изображения} many {# изображений} other {# изображения}} размером {size}×{size}×{channels} не поместятся в память; выберите размер изображения поменьше.',
  'data.error.options.unknown': 'Нет параметра «{option}». Параметры: {options}.',
  'data.error.options.invalid': 'Параметр «{option}» не может быть равен {value}.',
  'data.error.arrays.badShape':
    'Входы имеют форму {shape}, а нужна первая размерность, которая считает примеры, и хотя бы ещё одна.',
  'data.error.arrays.countMismatch':
    'Входов {inputs, number}, а целевых значений {targets, number}; в обоих файлах должно быть одинаковое число примеров.',
  'data.error.arrays.tooFew': 'Нужно хотя бы 2 примера.',
  'data.error.arrays.inputNotFinite':
    'Входное значение {index, number} (пример {example, number}) — не конечное число.',
  'data.error.arrays.targetNotFinite':
    'Среди целевых значений есть значение, не являющееся конечным числом.',
  'data.error.arrays.classTooHigh':
    'Для классификации каждому примеру нужен класс — целое число от 0 до {max, number}; здесь целевые значения имеют форму {shape}, а классы доходят до {highest, number}.',
  'data.error.arrays.notClasses':
    'Для классификации каждому примеру нужен класс — целое число от 0 до {max, number}; здесь целевые значения имеют форму {shape}, и их значения не являются такими классами.',
  'data.error.arrays.noArray':
    'В {file} нет массива «{wanted}». Массивы в файле: {arrays}; укажите нужный массив в параметре «{option}».',
  'data.error.arrays.noArrayFound':
    'В {file} нет массива {option, select, inputs {входов} other {меток}} (искали {looked}). Массивы в файле: {arrays}; укажите нужный в параметре «{option}».',
  'data.error.arrays.labelsNeeded':
    'В {file} только входы; укажите файл меток (целевых значений) в параметре «labels».',
  'data.error.arrays.tooLarge':
    'Файл «{file}» больше 1 ГиБ — это больше, чем импортирует NeuroCanvas.',
  'data.error.arrays.unreadable': 'Файл «{file}» не удаётся прочитать: {detail}',
  'data.error.file.notFound': 'Файл «{path}» не найден.',
  'data.error.file.isFolder': '«{path}» — это папка, а для импорта CSV нужен файл.',
  'data.error.file.notRegular': '«{path}» — не обычный файл.',
  'data.error.series.tooFewWindows':
    'Из {rows, plural, one {# строки} other {# строк}} таблицы {windows, plural, one {получается # окно} few {получается # окна} many {получается # окон} other {получается # окна}} по {window, plural, one {# строке} few {# строки} many {# строк} other {# строки}} с целевым значением через {horizon, plural, one {# строку} few {# строки} many {# строк} other {# строки}}, а нужно хотя бы 2. Выберите окно или горизонт короче.',
  'data.error.kind.unknown':
    'NeuroCanvas не может определить, что содержит «{file}». Импортируются файлы CSV (.csv), папки с изображениями, файлы IDX и файлы NumPy (.npy, .npz).',
  'data.error.ref.needsPath':
    'Для набора данных «{dataset}» нужен путь к его файлу в параметре «path».',
};
