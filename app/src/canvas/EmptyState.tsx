/** What a blank canvas tells a new user: how to begin, an example, and the template gallery. */
import { appCommandContext, runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { starterChanges, STARTER_NAME } from '../examples/starterMlp';
import { documentStore, useDocument } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { getCanvasView } from './view';

export function EmptyState() {
  const empty = useDocument((s) => s.project.graph.nodes.length === 0);
  if (!empty) return null;
  const loadExample = () => {
    const doc = documentStore.getState();
    if (doc.apply(starterChanges(doc.project.graph))) {
      uiStore.getState().announce(`Loaded the example: ${STARTER_NAME}.`);
      getCanvasView()?.fitView();
    }
  };
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">Build a network</h2>
      <ol>
        <li>
          Drag an <strong>Input</strong> from the palette on the left onto the canvas.
        </li>
        <li>
          Add layers such as <strong>Dense</strong> or <strong>Conv 2D</strong> the same way (or
          focus one and press Enter).
        </li>
        <li>
          Connect them by dragging from the dot at the bottom of a layer to the dot at the top of
          the next.
        </li>
        <li>
          End with an <strong>Output</strong>. Shapes appear on the connections as you go.
        </li>
      </ol>
      <div className="empty-state__actions">
        <button type="button" onClick={loadExample}>
          Load an example: {STARTER_NAME}
        </button>
        <button
          type="button"
          onClick={() => runCommand(getCommand('newFromTemplate'), appCommandContext())}
        >
          Start from a template…
        </button>
      </div>
    </section>
  );
}
