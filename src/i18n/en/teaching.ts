/** English messages of the teaching area. Keys start with 'teaching.'. */
export const messages = {} as const;
