/** English messages of the export area. Keys start with 'export.'. */
export const messages = {} as const;
