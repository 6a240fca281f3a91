/**
 * "Save as classroom pack": the project as one file to hand out. A pack is a project file whose
 * `classroom` section holds the locks and tasks, so every NeuroCanvas that reads projects reads it,
 * and it opens like any project, in the student view. It carries its data: an imported dataset is
 * embedded (built-in datasets travel by id, since every NeuroCanvas has them), and one that was too
 * large to embed, kept by its path on the teacher's computer, is refused, as that path means
 * nothing on a student's. The teacher's runs and trained weights stay behind: a student's tasks are
 * judged on the student's own training.
 */
import { importKindOf } from '../data/import/refs';
import type { Project } from '../project/project';
import { emptyClassroom } from './classroom';
import { phrase, type Phrase } from './phrase';

export type PackResult = { ok: true; project: Project } | { ok: false; reason: Phrase };

export function classroomPack(project: Project): PackResult {
  if (project.dataset && importKindOf(project.dataset.id) !== null)
    return { ok: false, reason: phrase('packs.pack.pathDataset') };
  const pack: Project = { ...project, classroom: project.classroom ?? emptyClassroom() };
  delete pack.runs;
  delete pack.weights;
  return { ok: true, project: pack };
}
