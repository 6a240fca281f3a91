import type { Translation } from '../catalog';
import type { messages as english } from '../en/app';

/** Russian messages of the app area. */
export const messages: Translation<typeof english> = {
  'app.language': 'Язык',
  'app.languageChanged': 'Интерфейс теперь на русском языке.',
};
