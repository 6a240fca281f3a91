/** Russian for the input, core, activation and normalization layers. Keys are the English phrases of the definitions. */
export const coreTerms: Readonly<Record<string, string>> = {
  'Where examples enter the network. Give the shape of one example: one number for a vector of features, two for a sequence (time steps × features), three for an image (height × width × channels, e.g. 28×28×1 for a grey digit).':
    'Здесь примеры входят в сеть. Укажите форму одного примера: одно число для вектора признаков, два для последовательности (шаги по времени × признаки), три для изображения (высота × ширина × каналы, например 28×28×1 для серой цифры).',
  Shape: 'Форма',
  'One example, without the batch: [F] is a vector, [T, F] a sequence of T steps, [H, W, C] an image.':
    'Один пример, без пакета: [F] — вектор, [T, F] — последовательность из T шагов, [H, W, C] — изображение.',
  'Every output is a weighted sum of all inputs plus a bias, passed through an activation: y = f(Wx + b). With one unit and a linear activation it is linear regression; with a sigmoid, logistic regression.':
    'Каждый выход — взвешенная сумма всех входов плюс смещение, пропущенная через функцию активации: y = f(Wx + b). С одним нейроном и линейной активацией это линейная регрессия, с сигмоидой — логистическая регрессия.',
  Units: 'Нейроны',
  'How many neurons, and so how many outputs.': 'Сколько нейронов, а значит, и сколько выходов.',
  Activation: 'Функция активации',
  'The function applied to each weighted sum.':
    'Функция, которую применяют к каждой взвешенной сумме.',
  Linear: 'Линейная',
  ReLU: 'ReLU',
  Sigmoid: 'Сигмоида',
  tanh: 'tanh',
  Softmax: 'Softmax',
  ELU: 'ELU',
  SELU: 'SELU',
  Softplus: 'Softplus',
  Bias: 'Смещение',
  'Add a learned offset b to each weighted sum.':
    'Прибавлять к каждой взвешенной сумме обучаемое смещение b.',
  'Weight init': 'Начальные веса',
  'How the weights W start before training.': 'Какими веса W будут до начала обучения.',
  'Glorot uniform': 'Glorot, равномерное',
  'Glorot normal': 'Glorot, нормальное',
  'He uniform': 'He, равномерное',
  'He normal': 'He, нормальное',
  'LeCun uniform': 'LeCun, равномерное',
  'LeCun normal': 'LeCun, нормальное',
  Zeros: 'Нули',
  Ones: 'Единицы',
  'Bias init': 'Начальные смещения',
  'How the biases b start before training.': 'Какими смещения b будут до начала обучения.',
  L1: 'L1',
  'Penalty on the sum of |w|; pushes weights to exactly zero.':
    'Штраф за сумму |w|: обнуляет часть весов.',
  L2: 'L2',
  'Penalty on the sum of w²; keeps weights small.': 'Штраф за сумму w²: удерживает веса малыми.',
  'Each output is the largest of k weighted sums: max(w₁ᵀx + b₁, w₂ᵀx + b₂, …). It learns its own piecewise-linear activation (ReLU and Leaky ReLU are special cases with k = 2), at the cost of k times the weights of a Dense layer.':
    'Каждый выход — наибольшая из k взвешенных сумм: max(w₁ᵀx + b₁, w₂ᵀx + b₂, …). Слой сам обучает свою кусочно-линейную функцию активации (ReLU и Leaky ReLU — её частные случаи при k = 2), но весов у него в k раз больше, чем у слоя Dense.',
  'How many outputs; each is the largest of its k pieces.':
    'Сколько выходов; каждый — наибольший из своих k кусков.',
  'Pieces k': 'Куски k',
  'How many weighted sums each unit takes the maximum of.':
    'Из скольких взвешенных сумм каждый нейрон берёт максимум.',
  'While training, sets a random share of its inputs to zero and scales the rest up by 1/(1 − rate), so no neuron can rely on any single other one; this fights overfitting. When predicting it passes everything through unchanged.':
    'Во время обучения обнуляет случайную долю входов, а остальные увеличивает в 1/(1 − доля) раз, так что ни один нейрон не может полагаться на какой-то один другой; это борется с переобучением. При предсказании пропускает всё без изменений.',
  Rate: 'Доля',
  'The share of values set to zero at each training step (0.5 drops half).':
    'Доля значений, обнуляемых на каждом шаге обучения (0.5 отбрасывает половину).',
  'Applies a function to every value. A neuron is a weighted sum plus an activation; without one, stacked layers stay linear. Sigmoid σ(x) = 1/(1+e^−x) squashes to (0, 1); tanh to (−1, 1); ReLU max(0, x) is the usual default; Leaky ReLU max(0.1x, x) keeps a small slope so neurons never go fully silent; ELU is x above zero and α(eˣ − 1) below; softmax turns scores into probabilities that sum to 1.':
    'Применяет функцию к каждому значению. Нейрон — это взвешенная сумма плюс функция активации; без неё слои, стоящие друг за другом, остаются линейными. Сигмоида σ(x) = 1/(1+e^−x) сжимает значения в (0, 1), tanh — в (−1, 1); ReLU max(0, x) — обычный выбор по умолчанию; Leaky ReLU max(0.1x, x) сохраняет небольшой наклон, и нейроны никогда не замолкают совсем; ELU равна x выше нуля и α(eˣ − 1) ниже; softmax превращает оценки в вероятности с суммой 1.',
  Function: 'Функция',
  'The function applied to every value on its own.':
    'Функция, которую применяют к каждому значению по отдельности.',
  'Leaky ReLU': 'Leaky ReLU',
  'Slope α': 'Наклон α',
  'Slope for negative inputs: max(αx, x). 0.1 as in the lecture; Keras itself defaults to 0.3.':
    'Наклон для отрицательных входов: max(αx, x). 0.1, как в лекции; в самом Keras по умолчанию 0.3.',
  α: 'α',
  'ELU approaches −α for very negative inputs: α(eˣ − 1) below zero.':
    'Для сильно отрицательных входов ELU стремится к −α: ниже нуля α(eˣ − 1).',
  'Normalises each channel over the batch to mean 0 and variance 1, then scales by γ and shifts by β, both learned: y = γ·(x − μ)/√(σ² + ε) + β. Training becomes faster and less sensitive to the starting weights. For prediction it uses running averages of μ and σ² gathered during training.':
    'Нормализует каждый канал по пакету к среднему 0 и дисперсии 1, затем умножает на γ и сдвигает на β, оба обучаемые: y = γ·(x − μ)/√(σ² + ε) + β. Обучение идёт быстрее и меньше зависит от начальных весов. Для предсказания используются скользящие средние μ и σ², накопленные во время обучения.',
  Momentum: 'Момент',
  'How slowly the running mean and variance used for prediction follow each batch.':
    'Насколько медленно скользящие среднее и дисперсия для предсказания следуют за каждым пакетом.',
  Epsilon: 'Эпсилон',
  'Small number added to the variance so that it is never divided by zero.':
    'Малое число, прибавляемое к дисперсии, чтобы никогда не делить на ноль.',
  'Learn shift β': 'Обучать сдвиг β',
  'Learn an offset β added after normalising.': 'Обучать сдвиг β, прибавляемый после нормализации.',
  'Learn scale γ': 'Обучать масштаб γ',
  'Learn a factor γ applied after normalising.':
    'Обучать множитель γ, применяемый после нормализации.',
  'Normalises the features of each example on its own to mean 0 and variance 1, then scales by γ and shifts by β: y = γ·(x − μ)/√(σ² + ε) + β. Unlike Batch Norm it does not depend on the batch, so it behaves the same in training and prediction; common in recurrent networks and transformers.':
    'Нормализует признаки каждого примера отдельно к среднему 0 и дисперсии 1, затем умножает на γ и сдвигает на β: y = γ·(x − μ)/√(σ² + ε) + β. В отличие от Batch Norm не зависит от пакета, поэтому одинаково ведёт себя при обучении и предсказании; часто применяется в рекуррентных сетях и трансформерах.',
};
