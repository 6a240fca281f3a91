/** Whether the locks in force would refuse an edit, asked before it is tried so controls can say. */
import type { GraphChange } from '../../../src/graph/changes';
import { refuseGraphChanges } from '../../../src/packs/locks';
import type { Phrase } from '../../../src/packs/phrase';
import type { DocumentState } from '../stores/documentStore';

/** Why the document store would refuse `changes` now: null in teacher mode or when no lock holds. */
export function graphRefusal(
  state: Pick<DocumentState, 'project' | 'teacherMode'>,
  changes: readonly GraphChange[],
): Phrase | null {
  return state.teacherMode ? null : refuseGraphChanges(state.project, changes);
}
