import type { Translation } from '../catalog';
import type { messages as english } from '../en/toolbar';

/** Russian messages of the toolbar area. */
export const messages: Translation<typeof english> = {
  'toolbar.file': 'Файл',
  'toolbar.edit': 'Правка',
  'toolbar.view': 'Вид',
  'toolbar.learn': 'Занятия',
  'toolbar.unsaved': 'Есть несохранённые изменения',
  'toolbar.withShortcut': '{label} ({shortcut})',
};
