/** English messages of the problems area. Keys start with 'problems.'. */
export const messages = {} as const;
