/** English messages of the canvas area. Keys start with 'canvas.'. */
export const messages = {} as const;
