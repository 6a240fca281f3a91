/**
 * The project as it can be written. Trained weights stay in the document while layers are deleted,
 * so that undo brings a layer back with its weights; a file, though, may only hold weights of
 * layers it has, so those of deleted layers are left out of what is written.
 */
import type { Project } from '../../../src/project';

export function savableProject(project: Project): Project {
  const { weights } = project;
  if (!weights) return project;
  const ids = new Set(project.graph.nodes.map((n) => n.id));
  const stale = Object.keys(weights).filter((id) => !ids.has(id));
  if (stale.length === 0) return project;
  const kept = Object.fromEntries(Object.entries(weights).filter(([id]) => ids.has(id)));
  const file: Project = { ...project, weights: kept };
  if (Object.keys(kept).length === 0) delete file.weights;
  return file;
}
