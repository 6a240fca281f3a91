/** English messages of the projects area: saving, templates, recovery, file errors. Keys start with 'projects.'. */
export const messages = {
  'projects.untitled': 'Untitled',

  'projects.saveAs.title': 'Save as',
  'projects.saveAs.name': 'Project name',
  'projects.saveAs.needsName': 'A project needs a name.',
  'projects.saveAs.browser': 'The browser downloads it as {file}.',
  'projects.saveAs.replaces': '{file} already exists in {folder}; saving replaces it.',
  'projects.saveAs.where': 'Saved as {file} in {folder}.',
  'projects.saveAs.whereDefault': 'Saved as {file} in the projects folder.',
  'projects.saveAs.replace': 'Replace',
  'projects.saveAs.download': 'Download a copy',
  'projects.saveAs.downloaded': 'Downloaded {file}.',
  'projects.saveAs.downloadFailed': 'The project could not be downloaded. {reason}',

  'projects.templates.title': 'New from template',
  'projects.templates.about':
    'Each template is a complete project: its layers, its dataset and training settings that reach the result shown.',
  'projects.templates.list': 'Templates',
  'projects.templates.layers': '{count, plural, one {# layer} other {# layers}}',

  'projects.recovery.title': 'Restore unsaved work?',
  'projects.recovery.text':
    'NeuroCanvas closed before the changes to {name} were saved. A copy from {time} was kept.',
  'projects.recovery.more': '({count} more after this one.)',
  'projects.recovery.restore': 'Restore',
  'projects.recovery.discard': 'Discard',
  'projects.recovery.later': 'Not now',
  'projects.recovery.announce': 'Unsaved work on {name} from an earlier session can be restored.',
  'projects.recovery.restored': 'Restored {name}. Save it to keep it.',
  'projects.recovery.restoreFailed': 'The copy could not be restored. {reason}',
  'projects.recovery.confirmReplace': 'Replace the unsaved changes to this project?',
  'projects.recovery.discarded': 'Discarded the unsaved copy of {name}.',
  'projects.recovery.discardFailed': 'The copy could not be discarded. {reason}',
  'projects.recovery.keepFailed': 'Unsaved work could not be kept for recovery. {reason}',
  'projects.recovery.noStorage':
    'This browser keeps no data for the page, so no recovery copy can be kept.',
  'projects.recovery.none': 'There is no recovery copy.',
  'projects.recovery.noRoom':
    'The browser has no room left for a recovery copy. Save the project to keep it.',
  'projects.recovery.gone': 'The recovery copy is gone.',
  'projects.recovery.unreadable': 'The recovery copy cannot be read. {reason}',

  'projects.error.notText': 'The project file could not be read: it is not text.',
  'projects.error.tooLarge':
    'The file is too large to be a project: {size} of text, and the limit is {limit}.',
  'projects.error.invalidJson':
    'The file is not valid JSON: line {line}, column {column}: {detail}.',
  'projects.error.notProject': 'This is not a NeuroCanvas project file.',
  'projects.error.newerVersion':
    'This project was made by a newer NeuroCanvas: its file format is version {version}, and this NeuroCanvas reads versions up to {max}. Update NeuroCanvas to open it.',
  'projects.error.invalid': '{detail}',

  // What a field of a broken project file holds; the field's path is shown before it as it is.
  'projects.field.expectedGot': 'expected {expected}, got {got}',
  'projects.field.missing': 'missing (expected {expected})',
  'projects.field.textAtMost':
    'expected text of at most {max, number} characters, got {count, number} characters',
  'projects.field.textBetween':
    'expected text of {min, number} to {max, number} characters, got {count, number} characters',
  'projects.field.tooManyItems': 'expected at most {max, number} items, got {count, number}',
  'projects.field.unknown': 'unknown field',
  'projects.field.badNodeId': '{id} cannot be a node id',
  'projects.field.noSuchNode': 'no node has the id {id}',
  'projects.field.repeated': '{value} is already the {what} of {list}',
  'projects.field.unknownLayer': 'unknown layer type {type}',
  'projects.field.more': '…and {count} more {count, plural, one {problem} other {problems}}',
  'projects.noun.text': 'text',
  'projects.noun.finiteNumber': 'a finite number',
  'projects.noun.object': 'an object',
  'projects.noun.list': 'a list',
  'projects.noun.number': 'a number',
  'projects.noun.boolean': 'true or false',
} as const;
