/** English messages of the data area. Keys start with 'data.'. */
export const messages = {} as const;
