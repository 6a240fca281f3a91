/**
 * The Connect dialog: two lists for the selected layer, "Feed into" and "Take input from". A
 * connection that works is a button that makes it (one undo step); one that would not work is
 * still listed and focusable, marked unavailable, with the reason read out beside it.
 */
import { useDocument, documentStore } from '../../stores/documentStore';
import { currentT, useLocale, useT } from '../../i18n';
import { uiStore } from '../../stores/uiStore';
import { ModalDialog } from '../../projects/ModalDialog';
import { connectLayers } from '../connections';
import { connectChoices, type ConnectChoice } from './connectChoices';
import { closeConnectDialog, useConnectDialog } from './connectDialogStore';

export function ConnectDialog() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const nodeId = useConnectDialog();
  // Re-render on every document change, so the lists follow undo and edits behind the dialog.
  const node = useDocument((s) => s.project.graph.nodes.find((n) => n.id === nodeId));
  useDocument((s) => s.project.graph);
  if (!nodeId || !node) return null;
  const { into, from } = connectChoices(documentStore, nodeId, locale);
  const connect = (choice: ConnectChoice) => {
    if (choice.refusal) {
      uiStore.getState().announce(choice.refusal, 'error');
      return;
    }
    const names = [choice.source, choice.target].map(
      (id) => documentStore.getState().project.graph.nodes.find((n) => n.id === id)?.name ?? id,
    );
    if (connectLayers(documentStore, { ...choice, sourceHandle: null, targetHandle: null })) {
      uiStore
        .getState()
        .announce(currentT()('canvas.connect.done', { from: names[0]!, to: names[1]! }));
      closeConnectDialog();
    }
  };
  return (
    <ModalDialog
      title={t('canvas.connect.title', { name: node.name })}
      onCancel={closeConnectDialog}
      wide
    >
      <ChoiceList
        title={t('canvas.connect.into', { name: node.name })}
        choices={into}
        onPick={connect}
        idPrefix="into"
      />
      <ChoiceList
        title={t('canvas.connect.from', { name: node.name })}
        choices={from}
        onPick={connect}
        idPrefix="from"
      />
      <div className="dialog__actions">
        <button type="button" onClick={closeConnectDialog}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

function ChoiceList({
  title,
  choices,
  onPick,
  idPrefix,
}: {
  title: string;
  choices: readonly ConnectChoice[];
  onPick(choice: ConnectChoice): void;
  idPrefix: string;
}) {
  return (
    <section aria-label={title}>
      <h3 className="dialog__subtitle">{title}</h3>
      <ul className="connect-list">
        {choices.map((choice) => {
          const reasonId = `connect-${idPrefix}-${choice.node.id}`;
          return (
            <li key={choice.node.id}>
              <button
                type="button"
                aria-disabled={choice.refusal ? true : undefined}
                aria-describedby={choice.refusal ? reasonId : undefined}
                onClick={() => onPick(choice)}
              >
                {choice.node.name} ({choice.node.type})
              </button>
              {choice.refusal && (
                <span id={reasonId} className="connect-list__reason">
                  {choice.refusal}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
