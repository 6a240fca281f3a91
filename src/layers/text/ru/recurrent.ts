/** Russian for the recurrent layers. Keys are the English phrases of the definitions. */
export const recurrentTerms: Readonly<Record<string, string>> = {
  'Reads a sequence one step at a time and carries a memory from step to step: h_t = f(W·x_t + U·h_{t−1} + b). It is the simplest recurrent layer; over long sequences it forgets early steps, which LSTM and GRU were made to fix.':
    'Читает последовательность по одному шагу и переносит память от шага к шагу: h_t = f(W·x_t + U·h_{t−1} + b). Это простейший рекуррентный слой; на длинных последовательностях он забывает ранние шаги — для борьбы с этим и созданы LSTM и GRU.',
  'Size of the memory (hidden state) carried from step to step, and of each output.':
    'Размер памяти (скрытого состояния), переносимой от шага к шагу, и каждого выхода.',
  'The function that makes the new state from the input and the old state.':
    'Функция, которая строит новое состояние из входа и старого состояния.',
  'Add a learned offset inside every gate.':
    'Прибавлять обучаемое смещение внутри каждого вентиля.',
  'Return sequences': 'Возвращать последовательность',
  'Output the state at every step (steps×units), e.g. for another recurrent layer, instead of only the last (units).':
    'Выдавать состояние на каждом шаге (шаги×нейроны), например для следующего рекуррентного слоя, а не только на последнем (нейроны).',
  Dropout: 'Dropout',
  'Fraction of the inputs dropped at random during training.':
    'Доля входов, случайно отбрасываемых во время обучения.',
  'Recurrent dropout': 'Рекуррентный dropout',
  'Fraction of the carried state dropped at random during training.':
    'Доля переносимого состояния, случайно отбрасываемая во время обучения.',
  'Long short-term memory: reads a sequence step by step and keeps a separate memory cell that three gates control: what to forget, what to write and what to show. The gates let it remember things across many steps.':
    'Долгая краткосрочная память: читает последовательность шаг за шагом и хранит отдельную ячейку памяти, которой управляют три вентиля: что забыть, что записать и что показать. Благодаря вентилям слой помнит сведения на протяжении многих шагов.',
  'Gate activation': 'Активация вентилей',
  'Squashes each gate to 0..1: how much to let through, keep or forget.':
    'Сжимает каждый вентиль в 0..1: сколько пропустить, сохранить или забыть.',
  'Hard sigmoid': 'Жёсткая сигмоида',
  'Gated recurrent unit: reads a sequence step by step, with an update gate that decides how much of its memory to replace and a reset gate that decides how much of the past to use. Simpler than an LSTM, with fewer weights, and often as good.':
    'Управляемый рекуррентный блок: читает последовательность шаг за шагом, а вентиль обновления решает, какую часть памяти заменить, и вентиль сброса — какую часть прошлого использовать. Проще LSTM, весов меньше, а работает часто не хуже.',
};
