/** The lecture's topics in Russian, as the lecture names them. */
import type { LectureNumber } from '../lesson';

export const RUSSIAN_TOPICS: Readonly<Record<LectureNumber, string>> = {
  1: 'Нейрон и функции активации',
  2: 'Линейная регрессия',
  3: 'Логистическая регрессия',
  4: 'От перцептрона к глубокой нейросети',
  5: 'Проблемы полносвязных нейросетей',
  6: 'Свёртка',
  7: 'Пулинг',
  8: 'Расширенная свёртка (dilated convolution)',
  9: 'Визуализация свёрток',
  10: 'AlexNet и эра глубокого обучения',
  11: 'Применения свёрточных нейросетей',
  12: 'Генеративно-состязательные сети (GAN)',
};
