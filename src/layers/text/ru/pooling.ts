/** Russian for the reshaping and pooling layers. Keys are the English phrases of the definitions. */
export const poolingTerms: Readonly<Record<string, string>> = {
  'Lays all values out in one long vector, row by row: a 28×28×1 image becomes 784 values. Needed between convolution layers, which see images, and Dense layers, which see vectors. Nothing is learned.':
    'Выкладывает все значения в один длинный вектор, строка за строкой: изображение 28×28×1 становится 784 значениями. Нужен между свёрточными слоями, которые видят изображения, и слоями Dense, которые видят векторы. Ничего не обучает.',
  'Arranges the same values into a new shape, in the same order: a vector of 784 values can become a 28×28×1 image. The number of values cannot change. Nothing is learned.':
    'Раскладывает те же значения в новую форму, в том же порядке: вектор из 784 значений может стать изображением 28×28×1. Число значений измениться не может. Ничего не обучает.',
  'Target shape': 'Новая форма',
  'The new shape of one example; it must hold exactly as many values as the input.':
    'Новая форма одного примера; в ней должно быть ровно столько значений, сколько во входе.',
  'Adds a border of zeros around an image, so that a following convolution keeps the size or reaches the edges. Padding [1, 1] turns 28×28 into 30×30. Nothing is learned.':
    'Добавляет вокруг изображения рамку из нулей, чтобы следующая свёртка сохранила размер или дотянулась до краёв. Дополнение [1, 1] превращает 28×28 в 30×30. Ничего не обучает.',
  Padding: 'Дополнение',
  'Rows of zeros added at the top and at the bottom; columns added at the left and at the right.':
    'Строки нулей, добавляемые сверху и снизу; столбцы, добавляемые слева и справа.',
  'Keeps only the largest value of each window in each channel: 2×2 windows with stride 2 halve the height and width. The map gets smaller and the network tolerates small shifts of a pattern. It has no weights.':
    'Оставляет в каждом канале только наибольшее значение каждого окна: окна 2×2 с шагом 2 вдвое уменьшают высоту и ширину. Карта становится меньше, а сеть — устойчивее к небольшим сдвигам образа. Весов у слоя нет.',
  'Pool size': 'Размер окна',
  'Height × width of each window.': 'Высота × ширина каждого окна.',
  'How far the window moves each step; equal to the pool size, windows do not overlap.':
    'На сколько окно сдвигается за шаг; если шаг равен размеру окна, окна не перекрываются.',
  'Replaces each window of each channel by the average of its values: 2×2 windows with stride 2 halve the height and width. It smooths and shrinks the map. It has no weights.':
    'Заменяет каждое окно каждого канала средним его значений: окна 2×2 с шагом 2 вдвое уменьшают высоту и ширину. Сглаживает и уменьшает карту. Весов у слоя нет.',
  'Averages each channel over the whole image, so H×W×C becomes a vector of C values. Used instead of Flatten before the classifier, it needs no weights and does not care where in the image a feature was found.':
    'Усредняет каждый канал по всему изображению, так что H×W×C становится вектором из C значений. Применяется вместо Flatten перед классификатором: весов не требует и не зависит от того, где на изображении найден признак.',
  'Keeps the largest value of each channel over the whole image, so H×W×C becomes a vector of C values: how strongly each feature appeared anywhere. It has no weights.':
    'Оставляет наибольшее значение каждого канала по всему изображению, так что H×W×C становится вектором из C значений: насколько сильно каждый признак проявился хоть где-нибудь. Весов у слоя нет.',
  'Makes an image larger by repeating every pixel (nearest neighbour): size 2×2 doubles height and width. The opposite of pooling, with no weights; decoders follow it with a convolution.':
    'Увеличивает изображение, повторяя каждый пиксель (ближайший сосед): размер 2×2 удваивает высоту и ширину. Противоположность пулингу, без весов; в декодерах за ним ставят свёртку.',
  Size: 'Размер',
  'How many times each pixel is repeated, down × across.':
    'Сколько раз повторяется каждый пиксель, по вертикали × по горизонтали.',
  'Keeps only the largest value of each window of steps in each feature: windows of 2 with stride 2 halve the length of the sequence. It has no weights.':
    'Оставляет для каждого признака только наибольшее значение каждого окна шагов: окна длины 2 с шагом 2 вдвое укорачивают последовательность. Весов у слоя нет.',
  'How many consecutive steps each window covers.':
    'Сколько идущих подряд шагов охватывает каждое окно.',
  'How many steps the window moves; equal to the pool size, windows do not overlap.':
    'На сколько шагов сдвигается окно; если шаг равен размеру окна, окна не перекрываются.',
  'Replaces each window of steps by the average of its values, per feature: windows of 2 with stride 2 halve the length of the sequence. It has no weights.':
    'Заменяет каждое окно шагов средним его значений, для каждого признака: окна длины 2 с шагом 2 вдвое укорачивают последовательность. Весов у слоя нет.',
  'Averages each feature over all steps of a sequence, so T×F becomes a vector of F values. It has no weights.':
    'Усредняет каждый признак по всем шагам последовательности, так что T×F становится вектором из F значений. Весов у слоя нет.',
};
