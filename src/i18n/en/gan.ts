/** English messages of the gan area. Keys start with 'gan.'. */
export const messages = {} as const;
