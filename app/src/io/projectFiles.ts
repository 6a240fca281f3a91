/**
 * Opening and saving project files. Without a host: a file picker and a download. With one, the
 * host's files (`host/hostProjectFiles.ts`), which travel as projects rather than text.
 */
import { PROJECT_FILE_EXTENSION, type Project } from '../../../src/project';

/** A file as read: its text to parse, or a project the host has already read and checked. */
export type OpenedFile = { name: string; text: string } | { name: string; project: Project };

export interface ProjectFiles {
  /** Lets the user pick a project file; null when they cancel; rejects if it cannot be read. */
  open(): Promise<OpenedFile | null>;
  /** Writes the project, given both as file text and as it is in memory. */
  save(fileName: string, text: string, project: Project): Promise<void>;
  /** Writes the project to a new file `fileName`, which later saves then go to. */
  saveAs(fileName: string, text: string, project: Project): Promise<void>;
  /**
   * Whether Save knows which file the project goes to. When it does not (a new project, one that
   * was uploaded or restored), Save asks for a name first, as Save as does, rather than silently
   * replace a file of the same name. Downloads never replace anything, so they need no answer.
   */
  hasFileFor?(project: Project): boolean;
  /** The document is now a new project (New, a template, a restored copy), in no file yet. */
  forget?(): void;
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
  // A download always goes to a new file of the browser's choosing.
  saveAs(fileName, text, project) {
    return browserProjectFiles.save(fileName, text, project);
  },
};
