/** Test support: a command context over fresh stores, an in-memory clipboard and in-memory files. */
import type { Graph } from '../../../../src/graph/types';
import { newProject } from '../../../../src/project';
import type { ProjectTemplate } from '../../../../src/templates';
import { memoryClipboard } from '../../io/clipboard';
import type { OpenedFile, ProjectFiles } from '../../io/projectFiles';
import { createDocumentStore } from '../../stores/documentStore';
import { createUiStore } from '../../stores/uiStore';
import type { CommandContext } from '../types';

export interface MemoryFiles extends ProjectFiles {
  /** What `open` hands out next. */
  next: OpenedFile | null;
  written: { fileName: string; text: string; as?: true }[];
}

export function memoryFiles(): MemoryFiles {
  const files: MemoryFiles = {
    next: null,
    written: [],
    open: async () => files.next,
    save: async (fileName, text) => void files.written.push({ fileName, text }),
    saveAs: async (fileName, text) => void files.written.push({ fileName, text, as: true }),
  };
  return files;
}

export function testContext(graph: Graph = { nodes: [], edges: [] }) {
  const files = memoryFiles();
  const answers: boolean[] = [];
  /** What the template gallery and the Save as dialog answer next (null: cancelled). */
  const asked: { template: ProjectTemplate | null; saveName: string | null } = {
    template: null,
    saveName: null,
  };
  const ctx: CommandContext = {
    doc: createDocumentStore({ ...newProject('Test'), graph }),
    ui: createUiStore(),
    view: null,
    clipboard: memoryClipboard(),
    files,
    confirm: () => answers.shift() ?? true,
    askTemplate: async () => asked.template,
    askSaveName: async () => asked.saveName,
  };
  return { ctx, files, answers, asked };
}
