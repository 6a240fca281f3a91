/** Russian for the merge layers and the Output. Keys are the English phrases of the definitions. */
export const mergeOutputTerms: Readonly<Record<string, string>> = {
  'Adds its inputs value by value; all must have the same shape. A residual (skip) connection adds a block’s input to its output, so the block only has to learn a correction.':
    'Складывает входы поэлементно; у всех должна быть одинаковая форма. Остаточная (skip) связь прибавляет вход блока к его выходу, так что блоку остаётся выучить лишь поправку.',
  'Joins its inputs end to end along one axis, by default the last: 28×28×16 and 28×28×32 become 28×28×48. Every other axis must match. Inception blocks and U-Net skip connections stack feature maps this way.':
    'Соединяет входы друг за другом вдоль одной оси, по умолчанию последней: 28×28×16 и 28×28×32 дают 28×28×48. Все остальные оси должны совпадать. Так складывают карты признаков блоки Inception и обходные связи U-Net.',
  Axis: 'Ось',
  'The axis to join along: -1 is the last (channels); 1 is the first after the batch.':
    'Ось, вдоль которой соединять: -1 — последняя (каналы); 1 — первая после пакета.',
  'Multiplies its inputs value by value; all must have the same shape. One input can act as a gate or attention mask that scales the other.':
    'Перемножает входы поэлементно; у всех должна быть одинаковая форма. Один вход может служить вентилем или маской внимания, которая масштабирует другой.',
  'Averages its inputs value by value; all must have the same shape. Useful to combine the predictions of several branches.':
    'Усредняет входы поэлементно; у всех должна быть одинаковая форма. Полезно, чтобы объединить предсказания нескольких ветвей.',
  'Marks where the prediction comes out and how it is scored. The loss compares predictions with the true answers: categorical cross-entropy for one class out of many (after softmax, with one-hot labels), sparse categorical for the same with whole-number labels, binary cross-entropy for yes/no (after sigmoid), mean squared error, mean absolute error or Huber for predicting numbers, and Dice for masks (segmentation), where the IoU metric reports how well predicted and true masks overlap.':
    'Отмечает, где выходит предсказание и как оно оценивается. Функция потерь сравнивает предсказания с верными ответами: категориальная перекрёстная энтропия — для одного класса из многих (после softmax, с метками one-hot), разреженная категориальная — то же с метками-числами, бинарная перекрёстная энтропия — для «да/нет» (после сигмоиды), среднеквадратичная ошибка, средняя абсолютная ошибка или Huber — для предсказания чисел, а Dice — для масок (сегментация); метрика IoU показывает, насколько перекрываются предсказанные и верные маски.',
  Loss: 'Функция потерь',
  'How a wrong prediction is scored; training makes this number smaller.':
    'Как оценивается неверное предсказание; обучение уменьшает это число.',
  'Categorical cross-entropy': 'Категориальная перекрёстная энтропия',
  'Sparse categorical cross-entropy': 'Разреженная категориальная перекрёстная энтропия',
  'Binary cross-entropy': 'Бинарная перекрёстная энтропия',
  'Mean squared error': 'Среднеквадратичная ошибка',
  'Mean absolute error': 'Средняя абсолютная ошибка',
  Huber: 'Huber',
  'Dice (mask overlap)': 'Dice (перекрытие масок)',
  Metrics: 'Метрики',
  'Extra numbers reported during training; they do not change what is learned.':
    'Дополнительные числа, которые показываются во время обучения; на то, чему учится сеть, они не влияют.',
  Accuracy: 'Точность',
  'IoU (mask overlap)': 'IoU (перекрытие масок)',
};
