/**
 * Opening and saving project files. In the browser for now: a file picker and a download. The host
 * will offer real files over its socket; it only has to provide another `ProjectFiles`.
 */
import { PROJECT_FILE_EXTENSION } from '../../../src/project';

export interface OpenedFile {
  name: string;
  text: string;
}

export interface ProjectFiles {
  /** Lets the user pick a project file; null when they cancel; rejects if it cannot be read. */
  open(): Promise<OpenedFile | null>;
  save(fileName: string, text: string): Promise<void>;
}

/** A file name for a project name: letters, digits and a few safe marks, ending in `.ncproj`. */
export function projectFileName(projectName: string): string {
  const base = projectName
    .trim()
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 100);
  return `${base || 'Untitled'}${PROJECT_FILE_EXTENSION}`;
}

export const browserProjectFiles: ProjectFiles = {
  open() {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = `${PROJECT_FILE_EXTENSION},application/json`;
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        file.text().then((text) => resolve({ name: file.name, text }), reject);
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    });
  },
  async save(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Give the download a moment to start before the address goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
