/** The Labs dialog: one tab per interactive lab. */
import type { ComponentType, KeyboardEvent } from 'react';
import { ModalDialog } from '../projects/ModalDialog';
import { ActivationLab } from './activation/ActivationLab';
import { ReceptiveFieldLab } from './field/ReceptiveFieldLab';
import { LAB_TABS, labsStore, useLabs, type LabTab } from './labsStore';
import { TensorLab } from './tensor/TensorLab';
import './labs.css';

const messages = {
  title: 'Labs',
  tabList: 'Labs',
  tabs: {
    activation: 'Activation functions',
    tensor: 'Convolution and pooling',
    field: 'Receptive field',
  } satisfies Record<LabTab, string>,
  close: 'Close',
};

const LABS: Record<LabTab, ComponentType> = {
  activation: ActivationLab,
  tensor: TensorLab,
  field: ReceptiveFieldLab,
};

export function LabsDialog() {
  const open = useLabs((s) => s.open);
  return open ? <Labs /> : null;
}

function Labs() {
  const tab = useLabs((s) => s.tab);
  const { setTab, close } = labsStore.getState();
  const Lab = LABS[tab];
  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const step = e.key === 'ArrowRight' ? 1 : LAB_TABS.length - 1;
    const next = LAB_TABS[(LAB_TABS.indexOf(tab) + step) % LAB_TABS.length]!;
    setTab(next);
    document.getElementById(`lab-tab-${next}`)?.focus();
  };
  return (
    <ModalDialog title={messages.title} onCancel={close} wide>
      <div className="labs">
        <div role="tablist" aria-label={messages.tabList} className="tabs" onKeyDown={onKeyDown}>
          {LAB_TABS.map((t) => (
            <button
              key={t}
              id={`lab-tab-${t}`}
              type="button"
              role="tab"
              aria-selected={t === tab}
              aria-controls={`lab-panel-${t}`}
              tabIndex={t === tab ? 0 : -1}
              onClick={() => setTab(t)}
            >
              {messages.tabs[t]}
            </button>
          ))}
        </div>
        <div
          id={`lab-panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`lab-tab-${tab}`}
          className="labs__panel"
        >
          <Lab />
        </div>
        <div className="dialog__actions">
          <button type="button" onClick={close}>
            {messages.close}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
