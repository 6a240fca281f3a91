/** Every problem of the model in plain words; click one to go to its layer, or apply its fix. */
import { getCanvasView } from '../canvas/view';
import { useAnalysis } from '../stores/analysis';
import { documentStore, useDocument } from '../stores/documentStore';
import { uiStore, useUi } from '../stores/uiStore';
import { applyFix, focusProblem, problemKey } from './problemActions';

export function ProblemsPanel() {
  const { problems } = useAnalysis();
  const empty = useDocument((s) => s.project.graph.nodes.length === 0);
  const focused = useUi((s) => s.focusedProblem);
  if (problems.length === 0) {
    return (
      <p className="problems__none">
        {empty
          ? 'Problems with the model will be listed here.'
          : 'No problems: the model can be built.'}
      </p>
    );
  }
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => {
        const key = problemKey(p);
        return (
          <li
            key={`${i}:${key}`}
            className="problem"
            data-severity={p.severity}
            data-focused={key === focused}
          >
            <button
              type="button"
              className="problem__message"
              onClick={() => focusProblem(uiStore, getCanvasView(), p)}
            >
              <span className="problem__severity">
                {p.severity === 'error' ? 'Error' : 'Warning'}
              </span>{' '}
              {p.message}
            </button>
            {p.fix && (
              <button
                type="button"
                className="problem__fix"
                onClick={() => applyFix(documentStore, uiStore, p)}
              >
                Fix: {p.fix.label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
