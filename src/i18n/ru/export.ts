import type { Translation } from '../catalog';
import type { messages as english } from '../en/export';

/** Russian messages of the export area. */
export const messages: Translation<typeof english> = {
  'export.title': 'Экспорт модели',
  'export.noHost':
    'Для экспорта нужен хост NeuroCanvas: он запускает модель и записывает файлы. Запустите приложение командой npm run serve.',
  'export.checking': 'Проверяем, в какие форматы можно экспортировать эту модель…',
  'export.cannot': 'Модель нельзя экспортировать. {detail}',
  'export.modelErrors':
    'Сначала исправьте ошибки в ней: {problem}{more, plural, =0 {} one { (и ещё # на вкладке «Проблемы»)} few { (и ещё # на вкладке «Проблемы»)} many { (и ещё # на вкладке «Проблемы»)} other { (и ещё # на вкладке «Проблемы»)}}',
  'export.format': 'Формат',
  'export.options': 'Параметры',
  'export.folder': 'Папка',
  'export.folderPlaceholder': 'новая папка в папке экспорта приложения',
  'export.chooseFolder': 'Выбрать папку…',
  'export.replace': 'Заменить содержимое папки, если в ней есть файлы',
  'export.exporting': 'Экспорт',
  'export.writing': 'Строим модель и записываем файлы {target}…',
  'export.done': 'Экспортировано',
  'export.doneText':
    'Для {target} {count, plural, one {экспортирован # файл} few {экспортировано # файла} many {экспортировано # файлов} other {экспортировано # файла}} в папку:',
  'export.copyPath': 'Скопировать путь к папке',
  'export.copied': 'Скопировано.',
  'export.files': 'Файлы',
  'export.export': 'Экспортировать',
  'export.unsupported': 'Слои, которые {target} не может выразить',

  'export.why.onnx-unknown-class': 'экспорт в ONNX не знает класс слоя {className}',
  'export.why.onnx-activation': 'у функции активации «{activation}» нет аналога в ONNX',
  'export.why.onnx-recurrent-activation':
    'рекуррентные операции ONNX не предлагают {role, select, gate {функцию активации вентиля} other {функцию активации}} «{activation}»; используйте tanh, sigmoid, ReLU, softplus, ELU или linear',
  'export.why.pytorch-unknown-class': 'экспорт в PyTorch не знает класс Keras {className}.',
  'export.why.keras-unknown-class': 'в NeuroCanvas нет перевода класса {className} на Keras',
  'export.why.keras-setting': 'у его параметра «{key}» здесь нет перевода на Keras',
  'export.why.keras-setting-object': 'у его параметра «{key}» ({object}) здесь нет аналога в Keras',
  'export.why.not-in-version': 'Экспорт в {target} не входит в эту версию.',

  'export.error.buildFailed': 'Не удалось построить модель для экспорта: {detail}',
  'export.error.unsupported':
    '{target} не может выразить {count, plural, one {этот слой} few {эти слои} many {эти слои} other {эти слои}}: {layers}',
  'export.error.notAllowed':
    "NeuroCanvas не может записывать в {folder}. В браузере экспорт записывается только в папку данных приложения (по умолчанию {exportsDir}) и в папки, названные при запуске (npm run serve -- '<папка>').",
  'export.error.badPath': 'Имя файла «{path}» в пакете экспорта — не простой относительный путь.',
  'export.error.listedTwice': 'Файл «{path}» указан в пакете экспорта дважды.',
  'export.error.isFile': '{folder} — это файл, а не папка.',
  'export.error.notEmpty':
    'В папке {folder} уже есть файлы; выберите пустую или новую папку либо отметьте «Заменить содержимое папки, если в ней есть файлы».',
  'export.error.writeFailed': 'Не удалось записать файлы экспорта в {folder}: {detail}',
};
