/** English messages of the toolbar area. Keys start with 'toolbar.'. */
export const messages = {} as const;
