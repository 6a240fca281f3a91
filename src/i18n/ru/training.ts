import type { Translation } from '../catalog';
import type { messages as english } from '../en/training';

/** Russian messages of the training area. */
export const messages: Translation<typeof english> = {
  'training.controls': 'Управление обучением',
  'training.control.train': 'Обучить',
  'training.control.pause': 'Пауза',
  'training.control.resume': 'Продолжить',
  'training.control.step': 'Шаг',
  'training.control.stop': 'Остановить',
  'training.why.connecting': 'Подключение к NeuroCanvas…',
  'training.why.notConnected': 'Страница не подключена к NeuroCanvas, поэтому обучение недоступно.',
  'training.why.idle': 'Обучение не идёт.',
  'training.why.stepPaused': 'Шаг обучает один пакет приостановленного запуска.',
  'training.why.starting': 'Запуск начинается.',
  'training.why.pauseStarting': 'Обучение начинается.',
  'training.why.underWay': 'Запуск уже идёт; сначала остановите его.',
  'training.why.pauseFirst':
    'Сначала поставьте на паузу: шаг обучает один пакет приостановленного запуска.',
  'training.why.stopping': 'Запуск останавливается.',
  'training.why.stoppingBatch': 'Остановка после текущего пакета.',

  'training.progress': 'Ход обучения',
  'training.progress.where': 'Эпоха {epoch} из {epochs}, пакет {batch} из {batches}',
  'training.progress.preparing': 'Подготовка данных и модели…',
  'training.progress.notStarted': 'Не запущено',
  'training.progress.left': 'осталось около {time}',
  'training.time.seconds': '{s} с',
  'training.time.minutes': '{m} мин {s} с',
  'training.time.hours': '{h} ч {m} мин',
  'training.rate': '{rate, number} примеров/с',

  'training.status': 'Состояние обучения',
  'training.problems': 'Проблемы обучения',
  'training.backend': 'Бэкенд: {name} — {reason}',
  'training.state.idle': 'Модель ещё не обучена.',
  'training.state.starting': 'Запуск…',
  'training.state.running':
    'Обучение: {epochs, plural, one {# эпоха} few {# эпохи} many {# эпох} other {# эпохи}}…',
  'training.state.runningUnplanned': 'Обучение…',
  'training.state.pausedAt': 'Пауза на эпохе {epoch}, пакет {batch}.',
  'training.state.paused': 'Пауза.',
  'training.state.stopping': 'Остановка после текущего пакета…',
  'training.state.stopped':
    'Остановлено после {epochs, plural, one {# эпохи} few {# эпох} many {# эпох} other {# эпохи}}.',
  'training.state.stoppedEarly':
    'Ранняя остановка после {epochs, plural, one {# эпохи} few {# эпох} many {# эпох} other {# эпохи}}: модель перестала улучшаться.',
  'training.state.nan': 'Остановлено: функция потерь стала NaN.',
  'training.state.finished':
    'Завершено: {epochs, plural, one {# эпоха} few {# эпохи} many {# эпох} other {# эпохи}}.',
  'training.state.failed': 'Обучение не удалось.',
  'training.state.crashed': 'Процесс обучения аварийно завершился.',
  'training.result.train': 'Обучающая выборка: {scores}',
  'training.result.validation': 'валидационная: {scores}',
  'training.result.test': 'тестовая: {scores}',
  'training.result.loss': 'потери {loss}',
  'training.result.lossAndMetric': 'потери {loss}, {metric} {value}',
  'training.metric.acc': 'Точность',
  'training.metric.mae': 'Средняя абсолютная ошибка',
  'training.metric.mse': 'Среднеквадратичная ошибка',
  'training.metric.iou': 'IoU (перекрытие масок)',

  'training.refusal.notConnected': 'Обучение нельзя начать: страница не подключена к NeuroCanvas.',
  'training.refusal.empty':
    'Обучение нельзя начать: модель пуста. Сначала добавьте Input, несколько слоёв и Output.',
  'training.refusal.problem': 'Обучение нельзя начать: {problem}',
  'training.refusal.problems':
    'Обучение нельзя начать: {problem} (и ещё {more, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}} на вкладке «Проблемы»)',
  'training.refusal.noDataset': 'Обучение нельзя начать: выберите набор данных для обучения.',
  'training.refusal.download': 'Обучение нельзя начать: {why}',
  'training.weights.notKept':
    'Обученные веса не сохранены: модель изменилась во время обучения. Обучите её снова, чтобы получить подходящие веса.',
  'training.weights.kept': 'Обучение завершено. Обученные веса сохранены в проекте.',

  'training.error.settings-invalid': 'Настройки обучения нельзя использовать: {problem}.',
  'training.fix.settings-invalid': 'Измените параметр «{setting}» в настройках обучения.',
  'training.error.inputs-outputs':
    'У модели {inputs, plural, one {# вход} few {# входа} many {# входов} other {# входа}} и {outputs, plural, one {# выход} few {# выхода} many {# выходов} other {# выхода}}, а при обучении на каждый пример из набора данных подаётся один вход и одна цель.',
  'training.fix.inputs-outputs': 'Обучайте модель ровно с одним слоем Input и одним слоем Output.',
  'training.error.input-shape':
    'Набор данных «{dataset}» даёт входы формы {datasetShape}, а вход модели «{layer}» принимает форму {modelShape}.',
  'training.fix.input-shape': 'Задайте слою Input форму {datasetShape}.',
  'training.error.unknown-loss': 'Функция потерь «{loss}» слоя Output при обучении неизвестна.',
  'training.fix.unknown-loss': 'Выберите функцию потерь в слое Output.',
  'training.error.target-shape':
    'Цели набора данных «{dataset}» имеют форму {datasetShape}, а выход модели «{layer}» имеет форму {modelShape}.',
  'training.error.target-shape-classes':
    'Цели набора данных «{dataset}» имеют форму {datasetShape} (one-hot, {classes, plural, one {# класс} few {# класса} many {# классов} other {# класса}}), а выход модели «{layer}» имеет форму {modelShape}.',
  'training.fix.target-shape': 'Сделайте форму выхода последнего слоя равной {datasetShape}.',
  'training.fix.target-shape-classes':
    'Дайте последнему слою {classes, plural, one {# нейрон} few {# нейрона} many {# нейронов} other {# нейрона}}, по одному на класс.',
  'training.error.target-shape-one-hot':
    'Цели набора данных «{dataset}» имеют форму {datasetShape} (one-hot, {classes, plural, one {# класс} few {# класса} many {# классов} other {# класса}}), а выход модели «{layer}» имеет форму {modelShape}.',
  'training.fix.target-shape-one-hot':
    'Сделайте форму выхода последнего слоя равной {datasetShape}.',
  'training.error.no-examples': 'В наборе данных «{dataset}» нет обучающих примеров.',
  'training.error.early-stopping-no-validation':
    'Ранняя остановка следит за {watched, select, accuracy {точностью} other {функцией потерь}} на валидационной выборке, но для валидации не отложено ни одного примера.',
  'training.fix.early-stopping-no-validation':
    'Задайте долю валидации больше 0, проверяйте на тестовой выборке или пусть ранняя остановка следит за функцией потерь на обучающей выборке.',
  'training.error.early-stopping-no-accuracy':
    'Ранняя остановка следит за точностью на валидационной выборке, но модель не измеряет точность.',
  'training.fix.early-stopping-no-accuracy':
    'Добавьте метрику «точность» в слой Output (только для классификации) или следите за функцией потерь.',
  'training.error.probe-missing':
    'Пробного примера {probe} нет: в обучающих данных {count, plural, one {# пример} few {# примера} many {# примеров} other {# примера}}, нумерация с 0.',
  'training.fix.probe-missing': 'Выберите пример от 0 до {last}.',
  'training.error.model-invalid': 'Модель нельзя построить: {problem}',
  'training.error.model-invalid-more': 'Модель нельзя построить: {problem} (и ещё {more})',
  'training.fix.model-invalid':
    'Исправьте проблемы, отмеченные на холсте, и запустите обучение снова.',
  'training.fix.model-invalid-more':
    'Исправьте проблемы, отмеченные на холсте, и запустите обучение снова.',
  'training.error.no-weights': 'У модели нет весов, которые можно обучать.',
  'training.fix.no-weights': 'Добавьте слой с весами, например Dense или Conv 2D.',
  'training.error.prepare-failed': 'Запуск не удалось подготовить: {detail}',
  'training.error.run-failed': 'Обучение прервалось на эпохе {epoch}, пакет {batch}: {detail}',
  'training.fix.run-failed':
    'Если процессу обучения не хватило памяти, уменьшите размер пакета или модель, затем запустите обучение снова.',
  'training.error.trainer-failed': 'Сбой процесса обучения: {detail}',
  'training.fix.trainer-failed':
    'Запустите обучение снова; если ошибка повторяется, сообщите о ней и приложите модель.',
  'training.error.shutting-down': 'Процесс обучения завершает работу; запустите обучение снова.',
  'training.error.busy': 'Запуск «{run}» ещё идёт; одновременно обучается только один запуск.',
  'training.fix.busy': 'Сначала остановите текущий запуск, затем начните новый.',
  'training.error.trainer-ended': 'Процесс обучения завершился раньше, чем закончился запуск.',
  'training.error.trainer-crashed': 'Процесс обучения неожиданно остановился.',
  'training.fix.trainer-crashed': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.fix.out-of-memory': 'Уменьшите размер пакета или модель.',

  'training.backendWhy.fastest-gpu': 'нативный TensorFlow на GPU с CUDA — самый быстрый бэкенд',
  'training.backendWhy.fastest-native':
    'нативный TensorFlow на процессоре — самый быстрый из доступных бэкендов',
  'training.backendWhy.fastest-wasm': 'WebAssembly — самый быстрый из доступных бэкендов',
  'training.backendWhy.only-cpu':
    'загрузился только бэкенд на чистом JavaScript (медленно; для скорости установите {package})',
  'training.backendWhy.gpu-package-on-cpu': '{package} выполняет нативный TensorFlow на процессоре',
  'training.backendWhy.requested': 'выбран через {by}',
  'training.backendWhy.not-installed': 'пакет {package} не установлен',
  'training.backendWhy.failed-to-load': 'пакет {package} установлен, но не загрузился ({detail})',
  'training.backendWhy.no-native-backend':
    'пакет {package} загрузился, но не зарегистрировал бэкенд «tensorflow» в этой версии TensorFlow.js {version} (не установлены ли две версии?)',
  'training.backendWhy.native-loaded-first': 'первым уже загружен пакет {package}',
  'training.backendWhy.gpu-failed': 'пакет {package} не запустился ({detail})',
  'training.backendWhy.no-cuda':
    'пакет {package} установлен, но не нашёл работающего устройства CUDA',
  'training.backendWhy.wasm-incomplete': 'пакет {package} неполон: в {folder} нет файлов {files}',
  'training.backendWhy.wasm-paths':
    'пакету {package} не удалось указать расположение его двоичных файлов ({detail})',
  'training.backendWhy.start-failed': 'бэкенд {backend} не запустился',
  'training.backendWhy.start-failed-detail': 'бэкенд {backend} не запустился ({detail})',
  'training.backendWhy.wasm-build':
    '{simd, select, yes {SIMD} other {без SIMD}}, {threads, plural, one {# поток} few {# потока} many {# потоков} other {# потока}}',
  'training.backendWhy.wasm-build-note':
    '{simd, select, yes {SIMD} other {без SIMD}}, {threads, plural, one {# поток} few {# потока} many {# потоков} other {# потока}} ({note})',

  'training.error.exit-spawn': 'Не удалось запустить процесс обучения: {detail}.',
  'training.fix.exit-spawn': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-memory':
    'Процессу обучения не хватило памяти. Уменьшите размер пакета, модель или набор данных либо выделите процессу больше памяти.',
  'training.fix.exit-memory': 'Уменьшите размер пакета или модель.',
  'training.error.exit-memory-limit':
    'Процессу обучения не хватило памяти (его предел — {limit} МБ). Уменьшите размер пакета, модель или набор данных либо выделите процессу больше памяти.',
  'training.fix.exit-memory-limit': 'Уменьшите размер пакета или модель.',
  'training.error.exit-signal': 'Процесс обучения был завершён сигналом {signal}.',
  'training.fix.exit-signal': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-killed':
    'Процесс обучения был завершён сигналом {signal} (так система завершает процессы, когда заканчивается память).',
  'training.fix.exit-killed': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-unexpected': 'Процесс обучения неожиданно завершился.',
  'training.fix.exit-unexpected': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-unexpected-said': 'Процесс обучения неожиданно завершился: {detail}.',
  'training.fix.exit-unexpected-said':
    'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-code': 'Процесс обучения остановился с кодом выхода {exitCode}.',
  'training.fix.exit-code': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.error.exit-code-said':
    'Процесс обучения остановился с кодом выхода {exitCode}: {detail}.',
  'training.fix.exit-code-said': 'Запустите обучение снова; новый процесс обучения стартует сам.',
  'training.stop.diverged-loss':
    'Обучение разошлось на эпохе {epoch}, пакет {batch}: функция потерь стала равна {loss}. Сохранены веса, бывшие до этого пакета. Уменьшите скорость обучения или нормализуйте входы (приведите каждый признак примерно к диапазону −1 … 1).',
  'training.stop.diverged-gradients':
    'Обучение разошлось на эпохе {epoch}, пакет {batch}: градиенты стали бесконечными или NaN. Сохранены веса, бывшие до этого пакета. Уменьшите скорость обучения или нормализуйте входы (приведите каждый признак примерно к диапазону −1 … 1).',
  'training.stop.early-stopping':
    '{monitor, select, val_loss {Функция потерь на валидационной выборке} val_accuracy {Точность на валидационной выборке} other {Функция потерь на обучающей выборке}} не улучшается уже {patience, plural, one {# эпоху} few {# эпохи} many {# эпох} other {# эпохи}}; лучшей была эпоха {best}.',
  'training.stop.early-stopping-restored':
    '{monitor, select, val_loss {Функция потерь на валидационной выборке} val_accuracy {Точность на валидационной выборке} other {Функция потерь на обучающей выборке}} не улучшается уже {patience, plural, one {# эпоху} few {# эпохи} many {# эпох} other {# эпохи}}; лучшей была эпоха {best}. Сохранены веса эпохи {best}.',

  'training.dataset': 'Набор данных',
  'training.dataset.choose': 'Выберите набор данных…',
  'training.dataset.imported': '{name} (импортирован)',
  'training.dataset.unknown': '{id} (неизвестен)',
  'training.dataset.import': 'Импорт данных…',
  'training.dataset.about':
    '{description} {task}, входы {shape}, обучающих примеров: {count, number}.',
  'training.dataset.importedAbout': 'Импортирован: {task}, входы {shape}.',
  'training.dataset.importedFrom':
    'Импортирован из {path}; файл читается заново при каждом запуске обучения.',
  'training.dataset.aFile': 'файла',
  'training.dataset.notKnown': 'NeuroCanvas не знает набор данных «{id}».',
  'training.dataset.none': 'Примеры, на которых учится модель.',
  'training.task.classes':
    '{count, plural, one {# класс} few {# класса} many {# классов} other {# класса}}',
  'training.task.classesUnknown': 'число классов неизвестно',
  'training.task.segmentation': 'Сегментация (предсказывается маска {shape})',
  'training.task.segmentationPerPixel': 'Сегментация (предсказывается маска для каждого пикселя)',
  'training.task.regression': 'Регрессия',

  'training.weights.trained': 'У модели есть обученные веса; следующий запуск продолжит с них.',
  'training.weights.busy': 'Веса сейчас использует запуск.',
  'training.weights.fresh': 'Начать следующий запуск с новых весов',
  'training.weights.reset': 'Сбросить веса',
  'training.settings': 'Настройки обучения',
  'training.setting.optimizer.label': 'Оптимизатор',
  'training.setting.optimizer.help': 'Как веса сдвигаются против градиента после каждого пакета.',
  'training.setting.learningRate.label': 'Скорость обучения',
  'training.setting.learningRate.help':
    'Величина каждого шага: при слишком большой функция потерь скачет, при слишком малой почти не меняется.',
  'training.setting.momentum.label': 'Момент',
  'training.setting.momentum.help':
    'Какая доля предыдущего шага переходит в следующий; при 0,9 мелкие неровности проходятся по инерции.',
  'training.setting.nesterov.label': 'Момент Нестерова',
  'training.setting.nesterov.help':
    'Взгляд вперёд: градиент берётся там, куда веса вот-вот унесёт момент.',
  'training.setting.lrSchedule.label': 'Расписание',
  'training.setting.lrSchedule.help':
    'Как скорость обучения меняется за запуск; меньшие шаги в конце помогают модели устояться.',
  'training.setting.lrSchedule.option.constant': 'Постоянная',
  'training.setting.lrSchedule.option.step': 'Ступенчатое уменьшение',
  'training.setting.lrSchedule.option.exponential': 'Экспоненциальное уменьшение',
  'training.setting.lrSchedule.option.cosine': 'Косинусное (до 0)',
  'training.setting.lrStepFactor.label': 'Множитель уменьшения',
  'training.setting.lrStepFactor.help':
    'На каждой ступени скорость обучения умножается на это число.',
  'training.setting.lrStepEpochs.label': 'Каждые N эпох',
  'training.setting.lrStepEpochs.help': 'Сколько эпох проходит между двумя ступенями.',
  'training.setting.lrDecayRate.label': 'Уменьшение за эпоху',
  'training.setting.lrDecayRate.help':
    'После каждой эпохи скорость обучения умножается на это число (0,95: каждый раз на 5 % меньше).',
  'training.setting.batchSize.label': 'Размер пакета',
  'training.setting.batchSize.help': 'Сколько примеров усредняется для одного обновления весов.',
  'training.setting.epochs.label': 'Эпохи',
  'training.setting.epochs.help': 'Сколько раз обучение проходит по всем примерам.',
  'training.setting.validationSource.label': 'Валидация на',
  'training.setting.validationSource.help':
    'На каких примерах модель проверяется после каждой эпохи; на них она никогда не учится.',
  'training.setting.validationSource.option.split': 'Части обучающих данных',
  'training.setting.validationSource.option.test': 'Тестовой выборке',
  'training.setting.validationSplit.label': 'Доля валидации',
  'training.setting.validationSplit.help':
    'Доля примеров, отложенных для проверки модели на данных, на которых она не училась.',
  'training.setting.shuffle.label': 'Перемешивать',
  'training.setting.shuffle.help': 'Перемешивать порядок примеров перед каждой эпохой.',
  'training.setting.seed.label': 'Начальное значение генератора',
  'training.setting.seed.help':
    'Одно и то же значение даёт одинаковые начальные веса и порядок примеров, поэтому запуски можно сравнивать.',
  'training.setting.earlyStopping.label': 'Ранняя остановка',
  'training.setting.earlyStopping.help':
    'Остановиться самостоятельно, когда модель перестанет улучшаться.',
  'training.setting.earlyStoppingMonitor.label': 'Следить за',
  'training.setting.earlyStoppingMonitor.help':
    'Величина, которая должна продолжать улучшаться; функция потерь на валидации первой показывает переобучение.',
  'training.setting.earlyStoppingMonitor.option.val_loss': 'Функцией потерь на валидации',
  'training.setting.earlyStoppingMonitor.option.val_accuracy': 'Точностью на валидации',
  'training.setting.earlyStoppingMonitor.option.loss': 'Функцией потерь на обучении',
  'training.setting.earlyStoppingPatience.label': 'Терпение',
  'training.setting.earlyStoppingPatience.help':
    'Сколько эпох без улучшения ждать перед остановкой.',
  'training.setting.restoreBestWeights.label': 'Вернуть лучшую эпоху',
  'training.setting.restoreBestWeights.help':
    'При ранней остановке вернуться к весам эпохи с лучшим результатом.',
  'training.setting.augmentFlip.label': 'Случайные отражения',
  'training.setting.augmentFlip.help':
    'Случайно отражать обучающие изображения; отражение слева направо подходит для фотографий, но не для цифр и букв.',
  'training.setting.augmentFlip.option.off': 'Выкл.',
  'training.setting.augmentFlip.option.horizontal': 'Слева направо',
  'training.setting.augmentFlip.option.vertical': 'Сверху вниз',
  'training.setting.augmentFlip.option.both': 'Оба',
  'training.setting.augmentShift.label': 'Случайный сдвиг (пикс.)',
  'training.setting.augmentShift.help':
    'Сдвигать каждое обучающее изображение не более чем на столько пикселей; 0 оставляет их на месте.',
  'training.setting.augmentRotation.label': 'Случайный поворот (°)',
  'training.setting.augmentRotation.help':
    'Поворачивать каждое обучающее изображение не более чем на столько градусов; 0 оставляет их прямыми.',

  'training.chart.epoch': 'Эпоха',
  'training.chart.loss': 'График функции потерь',
  'training.chart.logScale': 'Логарифмическая шкала',
  'training.chart.metricEmpty': 'График метрики',
  'training.chart.noMetric':
    'Слой Output не сообщает метрик для графика. Выберите метрику в его параметре «Метрики», например точность.',
  'training.chart.metric': 'График: {metric}',
  'training.chart.lossCaption': 'Функция потерь, {latest}',
  'training.chart.metricCaption': 'Метрика «{metric}», {latest}',
  'training.chart.noEpoch': 'эпох ещё не было',
  'training.chart.latest': 'эпоха {epoch}: обучение {train}',
  'training.chart.latestValidation': 'эпоха {epoch}: обучение {train}, валидация {validation}',
  'training.chart.perBatch': 'По пакетам (сглажено)',
  'training.chart.trainPerEpoch': 'Обучение, по эпохам',
  'training.chart.validationPerEpoch': 'Валидация, по эпохам',
  'training.boundary': 'Граница решений',

  'training.history': 'История запусков',
  'training.history.empty':
    'История запусков: каждый завершённый запуск сохраняется в проекте, чтобы сравнивать запуски на одном графике.',
  'training.history.compare': 'Сравнить запуски',
  'training.history.score': 'Показатель',
  'training.history.chart': 'Сравнение запусков',
  'training.history.caption': 'Сравнение запусков: {score} по эпохам для {runs}',
  'training.history.captionNone': 'Сравнение запусков: {score} по эпохам, запуски не выбраны',
  'training.history.loss': 'функция потерь',
  'training.history.validation': '{score} на валидации',
  'training.history.score.g_loss': 'функция потерь генератора',
  'training.history.score.d_real': 'выход дискриминатора на настоящих данных',
  'training.history.score.d_fake': 'выход дискриминатора на сгенерированных данных',
  'training.history.runName': 'Запуск {n}',
  'training.history.summary':
    '{optimizer}, скорость обучения {rate}, пакет {batch}, {epochs}{stop}, {dataset}',
  'training.history.epochs':
    '{count, plural, one {# эпоха} few {# эпохи} many {# эпох} other {# эпохи}}',
  'training.history.epochsOf':
    '{trained} из {count, plural, one {# эпохи} few {# эпох} many {# эпох} other {# эпохи}}',
  'training.history.stop.user': ', остановлен',
  'training.history.stop.early-stopping': ', ранняя остановка',
  'training.history.stop.nan': ', разошёлся',

  'training.preview': 'Просмотр набора данных',
  'training.preview.caption':
    'Обучающие примеры. Выберите пример, чтобы видеть его активации на холсте во время обучения.',
  'training.preview.loading': 'Загрузка примеров…',
  'training.preview.examples': 'Примеры',
  'training.preview.previous': 'Предыдущие примеры',
  'training.preview.next': 'Следующие примеры',
  'training.preview.range': '{from, number}–{to, number} из {total, number}',
  'training.preview.exampleLabel': 'Пример {index}, метка {label}',
  'training.preview.exampleTarget': 'Пример {index}, целевое значение {label}',
  'training.preview.probe': '{name} (пробный пример)',
  'training.preview.needsHost':
    'Эти примеры NeuroCanvas читает из файлов; подключитесь к нему, чтобы их увидеть.',
  'training.preview.scatter': 'Диаграмма рассеяния набора данных',
  'training.preview.scatterKey': 'Обучающие точки закрашены, тестовые показаны кольцами',
  'training.preview.series': 'Просмотр рядов',
  'training.preview.seriesCaption':
    'Первые примеры этой страницы: {steps, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}, {features}.',
  'training.preview.oneFeature': '1 признак',
  'training.preview.someFeatures': 'первые {drawn} из {count} признаков, каждый в своём масштабе',
  'training.preview.allFeatures':
    '{count, plural, one {# признак} few {# признака} many {# признаков} other {# признака}}, каждый в своём масштабе',

  'training.step': 'Подробности шага',
  'training.step.heading':
    'Подробности шага: эпоха {epoch}, пакет {batch}; прямой проход показан для примера {probe}',
  'training.step.plainSgd': 'Обновление Δw = −τ·∇w при τ = {tau} (обычный SGD).',
  'training.step.ownRule':
    'Обновление Δw — это изменение, которое внёс {optimizer} при τ = {tau}: у него своё правило, а не −τ·∇w.',
  'training.step.sgdMomentum': 'SGD с моментом {momentum}',
  'training.step.layer': 'Слой {name}',
  'training.step.weightsOf': 'Веса слоя {name}',
  'training.step.forward': 'Прямой проход',
  'training.step.backward': 'Обратный проход ∇w',
  'training.step.update': 'Обновление Δw',
  'training.step.norm': 'норма {value}',
  'training.step.range': 'диапазон {min} … {max}',
  'training.step.mapLabel': '{title} для {subject}: {numbers}',
  'training.step.mapMissing': '{title} для {subject}: недоступно',
  'training.step.notAvailable': 'Для этого слоя недоступно.',

  'training.confusion': 'Матрица ошибок',
  'training.confusion.empty':
    'Матрица ошибок: появляется после первой эпохи обучения классификатора.',
  'training.confusion.caption':
    'Матрица ошибок, эпоха {epoch}: верно {right, number} из {total, number}',
  'training.confusion.tooLarge':
    'Матрица ошибок, эпоха {epoch}: верно {right, number} из {total, number}. При {size} классах матрица слишком велика, чтобы её показать.',
  'training.confusion.axes': 'истинный ↓ предсказанный →',
  'training.confusion.cell': 'истинный {actual}, предсказанный {predicted}: {count}',
  'training.norms': 'Нормы слоёв',
  'training.norms.caption':
    'Нормы слоёв, эпоха {epoch}: веса — сплошные линии, градиенты — пунктир, логарифмическая шкала',
  'training.norms.empty': 'Нормы слоёв: появляются после первой эпохи запуска.',
  'training.norms.weights': '{layer}, веса',
  'training.norms.gradients': '{layer}, градиенты',
  'training.health': 'Состояние нейронов',
  'training.health.layer': 'Слой',
  'training.health.dead': 'Мёртвые нейроны',
  'training.health.saturated': 'Насыщенные нейроны',
  'training.predictions': 'Предсказания',
  'training.predictions.empty':
    'Предсказания: появляются после первой эпохи обучения классификатора.',
  'training.predictions.caption':
    'Предсказания для {count} {split, select, test {тестовых} other {валидационных}} примеров после эпохи {epoch}: {mistakes, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
  'training.predictions.item':
    'Пример {index}: предсказано {predicted} ({sure} %), на самом деле {actual}',
  'training.predictions.wrongItem':
    'Пример {index}: предсказано {predicted} ({sure} %), на самом деле {actual} — ошибка',
};
