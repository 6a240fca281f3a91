/** English messages of the inspector area. Keys start with 'inspector.'. */
export const messages = {} as const;
