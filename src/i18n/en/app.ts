/** English messages of the app area: what belongs to the whole window. Keys start with 'app.'. */
export const messages = {
  'app.language': 'Language',
  'app.languageChanged': 'The interface now speaks English.',
} as const;
