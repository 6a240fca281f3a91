/** English messages of the palette area. Keys start with 'palette.'. */
export const messages = {
  'palette.label': 'Layer palette',
  'palette.search': 'Search layers',
  'palette.hint': 'Drag a layer onto the canvas, or press Enter on it.',
  'palette.none': 'No layer matches “{query}”.',
} as const;
