/** English messages of the datasets area. Keys start with 'datasets.'. */
export const messages = {} as const;
