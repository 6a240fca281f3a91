/** English messages of the commands area. Keys start with 'commands.'. */
export const messages = {} as const;
