/** English messages of the desktop area. Keys start with 'desktop.'. */
export const messages = {} as const;
