/** Every problem of the model in plain words; click one to go to its layer, or apply its fix. */
import { getCanvasView } from '../canvas/view';
import { useLocale, useT } from '../i18n';
import { useAnalysis } from '../stores/analysis';
import { documentStore, useDocument } from '../stores/documentStore';
import { uiStore, useUi } from '../stores/uiStore';
import { applyFix, focusProblem, problemKey } from './problemActions';
import { fixLabel, problemMessage } from './problemText';

export function ProblemsPanel() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { problems } = useAnalysis();
  const empty = useDocument((s) => s.project.graph.nodes.length === 0);
  const focused = useUi((s) => s.focusedProblem);
  if (problems.length === 0) {
    return <p className="problems__none">{t(empty ? 'problems.noneYet' : 'problems.none')}</p>;
  }
  return (
    <ul className="problems" aria-label={t('problems.list')}>
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
              <span className="problem__severity">{t(`problems.severity.${p.severity}`)}</span>{' '}
              {problemMessage(locale, p)}
            </button>
            {p.fix && (
              <button
                type="button"
                className="problem__fix"
                onClick={() => applyFix(documentStore, uiStore, p)}
              >
                {t('problems.fixButton', { fix: fixLabel(locale, p.fix) })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
