/** English messages of the lessons area. Keys start with 'lessons.'. */
export const messages = {} as const;
