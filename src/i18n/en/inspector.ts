/** English messages of the inspector area. Keys start with 'inspector.'. */
export const messages = {
  'inspector.title': 'Inspector',
  'inspector.selectOne': 'Select a layer to see and edit its parameters.',
  'inspector.selectedMany': '{count} layers are selected. Select one to edit it.',
  'inspector.layerProblems': 'Problems of this layer',
  'inspector.name.label': 'Name',
  'inspector.name.help': 'Unique in the model; exported code uses it too.',
  'inspector.name.empty': 'A layer needs a name.',
  'inspector.name.tooLong': 'A name can be at most {max} characters long.',
  'inspector.name.taken': 'Another layer is already called {name}.',
  'inspector.field.notNumber': '{label} must be {expected}.',
  'inspector.field.notShape': '{label}: write whole numbers separated by commas, e.g. 28, 28, 1.',
  'inspector.field.rows': '{label} (rows)',
  'inspector.field.columns': '{label} (columns)',
  'inspector.plot':
    'Plot of {title}: f(x) and its derivative f′(x), for x from −{range} to {range}',
} as const;
