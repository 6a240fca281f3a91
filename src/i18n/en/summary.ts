/** English messages of the summary area. Keys start with 'summary.'. */
export const messages = {} as const;
