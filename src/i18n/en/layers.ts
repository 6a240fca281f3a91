/** English messages of the layers area. Keys start with 'layers.'. */
export const messages = {} as const;
