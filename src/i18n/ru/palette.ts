import type { Translation } from '../catalog';
import type { messages as english } from '../en/palette';

/** Russian messages of the palette area. */
export const messages: Translation<typeof english> = {
  'palette.label': 'Палитра слоёв',
  'palette.search': 'Поиск слоёв',
  'palette.hint': 'Перетащите слой на холст или нажмите на нём Enter.',
  'palette.none': 'Нет слоёв, подходящих под «{query}».',
};
