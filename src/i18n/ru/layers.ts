import type { Translation } from '../catalog';
import type { messages as english } from '../en/layers';

/** Russian messages of the layers area. */
export const messages: Translation<typeof english> = {
  'layers.category.Input': 'Вход',
  'layers.category.Core': 'Основные',
  'layers.category.Activation': 'Активация',
  'layers.category.Normalization': 'Нормализация',
  'layers.category.Reshaping': 'Изменение формы',
  'layers.category.Convolution': 'Свёртка',
  'layers.category.Pooling': 'Пулинг',
  'layers.category.Recurrent': 'Рекуррентные',
  'layers.category.Merge': 'Слияние',
  'layers.category.Output': 'Выход',
};
