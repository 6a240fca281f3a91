/** Problems, the model summary and training, as tabs under the canvas. */
import { useState, type ComponentType, type KeyboardEvent } from 'react';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { useT } from '../i18n';
import { useAnalysis } from '../stores/analysis';
import { SummaryPanel } from '../summary/SummaryPanel';
import { TrainingPanel } from '../training/TrainingPanel';

const TABS = ['problems', 'summary', 'training'] as const;
type Tab = (typeof TABS)[number];

const PANELS: Record<Tab, ComponentType> = {
  problems: ProblemsPanel,
  summary: SummaryPanel,
  training: TrainingPanel,
};

export function BottomPanel() {
  const [tab, setTab] = useState<Tab>('problems');
  const count = useAnalysis().problems.length;
  const Panel = PANELS[tab];
  const t = useT();
  const titles: Record<Tab, string> = {
    problems: t('app.tab.problems', { count }),
    summary: t('app.tab.summary'),
    training: t('app.tab.training'),
  };
  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const step = e.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.indexOf(tab) + step) % TABS.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <section className="bottom-panel" data-tab={tab}>
      <div role="tablist" aria-label={t('app.details')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            aria-selected={t === tab}
            aria-controls={`panel-${t}`}
            tabIndex={t === tab ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {titles[t]}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="tab-panel">
        <Panel />
      </div>
    </section>
  );
}
