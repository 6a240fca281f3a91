/**
 * In the desktop app, the export folder can be chosen in the system's folder dialog, which also
 * lets the host write there. Null in a browser, where the folder is typed or left to the app.
 */
type FolderChooser = () => Promise<string | null>;
let chooser: FolderChooser | null = null;

export function chooseExportFoldersWith(choose: FolderChooser | null): void {
  chooser = choose;
}

export function exportFolderChooser(): FolderChooser | null {
  return chooser;
}
