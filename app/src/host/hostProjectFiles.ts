/**
 * Project files through the host: real files in the projects folder (or where the user opened
 * them), with a recent list. Opening asks the user in the Open dialog, which also offers the
 * browser's own file picker; saving writes back to the file the project came from while its name
 * is unchanged, and otherwise to the projects folder under the name. Saving as always writes to
 * the projects folder under the name given.
 */
import type { HostClient } from '../../../src/protocol/rendererClient';
import { browserProjectFiles, type ProjectFiles } from '../io/projectFiles';
import { askForProject, type ProjectChoice } from './projectPicker';

/** Where a project was last opened from or saved to, by the host's full path. */
interface FileMemory {
  path: string;
  projectName: string;
}

export function hostProjectFiles(
  client: HostClient,
  pick: () => Promise<ProjectChoice> = askForProject,
  fallback: ProjectFiles = browserProjectFiles,
): ProjectFiles {
  let memory: FileMemory | null = null;
  return {
    async open() {
      const choice = await pick();
      if (!choice) return null;
      if (choice.kind === 'upload') {
        // An uploaded file has no place among the host's files until it is saved there.
        const opened = await fallback.open();
        if (opened) memory = null;
        return opened;
      }
      const reply = await client.request({ type: 'openProject', path: choice.path });
      memory = { path: reply.path, projectName: reply.project.name };
      return { name: baseName(reply.path), project: reply.project };
    },
    async save(fileName, _text, project) {
      const path = memory?.projectName === project.name ? memory.path : fileName;
      const reply = await client.request({ type: 'saveProject', path, project });
      memory = { path: reply.path, projectName: project.name };
    },
    hasFileFor: (project) => memory?.projectName === project.name,
    forget() {
      memory = null;
    },
    async saveAs(fileName, _text, project) {
      const reply = await client.request({ type: 'saveProject', path: fileName, project });
      memory = { path: reply.path, projectName: project.name };
    },
  };
}

const byClient = new WeakMap<HostClient, ProjectFiles>();

/** The same host files for a client each time, so they remember where the project lives. */
export function hostFilesFor(client: HostClient): ProjectFiles {
  let files = byClient.get(client);
  if (!files) {
    files = hostProjectFiles(client);
    byClient.set(client, files);
  }
  return files;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
