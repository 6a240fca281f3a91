/** English messages of the packs area. Keys start with 'packs.'. */
export const messages = {} as const;
