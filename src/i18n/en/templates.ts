/** English messages of the templates area. Keys start with 'templates.'. */
export const messages = {} as const;
