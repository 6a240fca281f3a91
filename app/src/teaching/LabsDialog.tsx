/** The Labs dialog: one tab per interactive lab. */
import type { ComponentType, KeyboardEvent } from 'react';
import type { MessageKey } from '../../../src/i18n';
import { useT } from '../i18n';
import { ModalDialog } from '../projects/ModalDialog';
import { ActivationLab } from './activation/ActivationLab';
import { ReceptiveFieldLab } from './field/ReceptiveFieldLab';
import { LAB_TABS, labsStore, useLabs, type LabTab } from './labsStore';
import { TensorLab } from './tensor/TensorLab';
import './labs.css';

const TAB_NAMES: Record<LabTab, MessageKey> = {
  activation: 'teaching.labs.tab.activation',
  tensor: 'teaching.labs.tab.tensor',
  field: 'teaching.labs.tab.field',
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
  const t = useT();
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
    <ModalDialog title={t('teaching.labs.title')} onCancel={close} wide>
      <div className="labs">
        <div
          role="tablist"
          aria-label={t('teaching.labs.title')}
          className="tabs"
          onKeyDown={onKeyDown}
        >
          {LAB_TABS.map((name) => (
            <button
              key={name}
              id={`lab-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={name === tab}
              aria-controls={`lab-panel-${name}`}
              tabIndex={name === tab ? 0 : -1}
              onClick={() => setTab(name)}
            >
              {t(TAB_NAMES[name])}
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
            {t('common.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
