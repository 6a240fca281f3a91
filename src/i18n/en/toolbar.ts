/** English messages of the toolbar area. Keys start with 'toolbar.'. */
export const messages = {
  'toolbar.file': 'File',
  'toolbar.edit': 'Edit',
  'toolbar.view': 'View',
  'toolbar.learn': 'Learn',
  'toolbar.unsaved': 'Unsaved changes',
  'toolbar.withShortcut': '{label} ({shortcut})',
} as const;
