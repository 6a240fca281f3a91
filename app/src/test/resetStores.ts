/** Test support: puts the app's stores back to a known state before each component test. */
import type { Graph } from '../../../src/graph/types';
import { newProject } from '../../../src/project';
import { documentStore } from '../stores/documentStore';
import { trainingStore } from '../stores/trainingStore';
import { uiStore } from '../stores/uiStore';

export function resetStores(graph: Graph = { nodes: [], edges: [] }): void {
  documentStore.getState().load({ ...newProject('Test'), graph });
  uiStore.setState({
    selection: { nodes: [], edges: [] },
    paletteQuery: '',
    focusedProblem: null,
    notice: null,
  });
  trainingStore.getState().reset();
}
