/** English messages of the training area. Keys start with 'training.'. */
export const messages = {} as const;
