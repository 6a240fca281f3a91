/** Problems and the model summary, as two tabs under the canvas. */
import { useState, type KeyboardEvent } from 'react';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { useAnalysis } from '../stores/analysis';
import { SummaryPanel } from '../summary/SummaryPanel';

const TABS = ['problems', 'summary'] as const;
type Tab = (typeof TABS)[number];

export function BottomPanel() {
  const [tab, setTab] = useState<Tab>('problems');
  const count = useAnalysis().problems.length;
  const titles: Record<Tab, string> = { problems: `Problems (${count})`, summary: 'Summary' };
  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <section className="bottom-panel">
      <div role="tablist" aria-label="Model details" className="tabs" onKeyDown={onKeyDown}>
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
        {tab === 'problems' ? <ProblemsPanel /> : <SummaryPanel />}
      </div>
    </section>
  );
}
