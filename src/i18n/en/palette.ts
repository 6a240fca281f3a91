/** English messages of the palette area. Keys start with 'palette.'. */
export const messages = {} as const;
