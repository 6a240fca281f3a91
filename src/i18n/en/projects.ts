/** English messages of the projects area. Keys start with 'projects.'. */
export const messages = {} as const;
