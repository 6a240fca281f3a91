/**
 * English messages of the desktop area: the desktop app's native menus and dialogs. Keys start
 * with 'desktop.'. In menu labels and buttons '&' marks the access key (Alt+letter on Windows and
 * Linux); '&&' would show an ampersand.
 */
export const messages = {
  'desktop.menu.file': '&File',
  'desktop.menu.edit': '&Edit',
  'desktop.menu.view': '&View',
  'desktop.menu.train': '&Train',
  'desktop.menu.help': '&Help',
  'desktop.menu.openRecent': 'Open recent',
  'desktop.menu.noRecent': 'No recent projects',
  'desktop.menu.close': 'Close window',
  'desktop.menu.exit': 'E&xit',
  'desktop.menu.cutText': 'Cut text',
  'desktop.menu.resetZoom': 'Actual size',
  'desktop.menu.zoomIn': 'Zoom in',
  'desktop.menu.zoomOut': 'Zoom out',
  'desktop.menu.fullScreen': 'Full screen',
  'desktop.menu.reload': 'Reload',
  'desktop.menu.devTools': 'Developer tools',
  'desktop.menu.about': 'About NeuroCanvas',
  'desktop.dialog.projectFilter': 'NeuroCanvas project',
  'desktop.dialog.saveTitle': 'Save project',
  'desktop.dialog.saveButton': 'Save',
  'desktop.dialog.openTitle': 'Open project',
  'desktop.dialog.openButton': 'Open',
  'desktop.dialog.exportTitle': 'Export into folder',
  'desktop.dialog.exportButton': 'Export here',
  'desktop.dialog.cannotOpen': 'Cannot open the project',
  'desktop.unsaved.title': 'Unsaved changes',
  'desktop.unsaved.message':
    '{named, select, yes {Save the changes to {name} before closing?} other {Save the changes to this project before closing?}}',
  'desktop.unsaved.detail': 'If you do not save them, they are lost.',
  'desktop.unsaved.save': '&Save',
  'desktop.unsaved.discard': "&Don't save",
  'desktop.unsaved.cancel': 'Cancel',
  'desktop.changed.title': 'Changed on disk',
  'desktop.changed.message': '{file} was changed by another program.',
  'desktop.changed.detail':
    'Reload it, losing what you changed in {named, select, yes {{name}} other {this project}} since, or keep your version (saving replaces the file), or save yours as a new file.',
  'desktop.changed.reload': '&Reload',
  'desktop.changed.keepMine': '&Keep mine',
  'desktop.changed.saveAs': 'Save &as…',
  'desktop.deleted.title': 'Deleted on disk',
  'desktop.deleted.message': '{file} was deleted or moved by another program.',
  'desktop.deleted.detail':
    '{named, select, yes {{name} is} other {This project is}} still open here. Save it again where it was, or somewhere else.',
  'desktop.deleted.saveAgain': '&Save again',
  'desktop.deleted.saveAs': 'Save &as…',
  'desktop.deleted.keepUnsaved': '&Keep mine unsaved',
} as const;
