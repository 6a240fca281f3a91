/** English messages of the lessons area: the gallery's lesson list and the lesson panel. Keys start with 'lessons.'. */
export const messages = {
  'lessons.list.title': 'Lessons of the lecture',
  'lessons.list.topic': 'Lesson {lecture}: {topic}',
  'lessons.list.facts': '{layers, plural, one {# layer} other {# layers}} · {dataset} · {promise}',
  'lessons.list.noDataset': 'no dataset',
  'lessons.list.lab': 'Open the lab: {lab}',
  'lessons.list.labAbout': 'This topic is taught by an interactive lab rather than a project.',
  'lessons.list.none': 'No lesson for this topic yet.',

  'lessons.panel.label': 'Lesson',
  'lessons.panel.formula': 'Formula',
  'lessons.panel.result': 'Result',
  'lessons.panel.tryThis': 'What to try',
  'lessons.panel.lookAt': 'What to look at',
  'lessons.panel.close': 'Close lesson',

  'lessons.line.caption': 'Learned and true line',
  'lessons.line.parameter': 'Parameter',
  'lessons.line.learned': 'Learned',
  'lessons.line.true': 'True',
  'lessons.line.slope': 'w (slope)',
  'lessons.line.intercept': 'b (intercept)',
  'lessons.line.notTrained': 'not trained yet',
  'lessons.line.noTruth': 'The true line is known only for the Line dataset.',

  'lessons.autoencoder.title': 'Rebuilt digits and digits drawn from codes',
  'lessons.autoencoder.notTrained':
    'Train the model: its reconstructions of test digits and the digits it draws from codes appear here.',
  'lessons.autoencoder.working': 'Running the trained model…',
  'lessons.autoencoder.failed': 'The model could not be run here: {reason}',
  'lessons.autoencoder.needsCode':
    'Drawing digits from codes needs a layer named “{layer}” with two units, followed by layers one after another up to the Output.',
  'lessons.autoencoder.reconstructions': 'Test digits (top) and what the network rebuilds (below)',
  'lessons.autoencoder.pair': 'Test digit {index} and its reconstruction from the code ({x}, {y})',
  'lessons.autoencoder.error': 'Mean squared error of these {count} digits: {mse}',
  'lessons.autoencoder.grid':
    'Digits decoded from a {size} × {size} grid of codes, z₁ from {xMin} to {xMax}, z₂ from {yMin} to {yMax}',
  'lessons.autoencoder.cell': 'Decoded from the code ({x}, {y})',
} as const;
