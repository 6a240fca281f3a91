/**
 * Renaming the project, as Save as does. The name is where the project is kept rather than part
 * of the design, so it is no undo step, and undo or redo never brings an old name back: every
 * state in the history takes the new name too (shallow copies that share their graphs).
 */
import type { Project } from '../../../src/project';
import type { DocumentStore } from '../stores/documentStore';

export function renameProject(doc: DocumentStore, name: string): Project {
  const { project, history } = doc.getState();
  if (project.name === name) return project;
  const renamed = (p: Project): Project => ({ ...p, name });
  const next = renamed(project);
  doc.setState({
    project: next,
    history: { past: history.past.map(renamed), future: history.future.map(renamed) },
  });
  return next;
}
