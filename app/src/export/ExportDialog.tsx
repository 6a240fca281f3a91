/**
 * The Export dialog. It asks the host which targets can take the project's model, shows for each
 * the layers it cannot express (those targets cannot be chosen; the others stay available), and
 * has the host write the bundle. The host does the work because only it can run the model and
 * write files; the page shows progress while it waits, then the folder the bundle went to.
 *
 * "Show in folder": a web page cannot open the system's file manager, so the dialog shows the
 * folder's full path, selectable, with a button that copies it.
 */
import { useEffect, useState } from 'react';
import { TARGET_LABELS } from '../../../src/export/bundle/labels';
import type { ExportTarget } from '../../../src/export/bundle/types';
import type { ExportTargetStatus } from '../../../src/protocol/exportMessages';
import type { ReplyTo } from '../../../src/protocol/renderer';
import { useHost } from '../host/hostStore';
import { ModalDialog } from '../projects/ModalDialog';
import { useDocument } from '../stores/documentStore';
import { exportDialogStore, useExportDialogOpen } from './exportDialogStore';
import { exportFolderChooser } from './folderChooser';
import './exportDialog.css';

export function ExportDialog() {
  return useExportDialogOpen() ? <Dialog /> : null;
}

type Phase =
  | { kind: 'checking' }
  | { kind: 'choosing'; targets: ExportTargetStatus[] }
  | { kind: 'exporting'; targets: ExportTargetStatus[] }
  | { kind: 'done'; targets: ExportTargetStatus[]; result: ReplyTo<'exportModel'> }
  | { kind: 'failed'; targets: ExportTargetStatus[]; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const exportable = (s: ExportTargetStatus) => s.available && s.unsupported.length === 0;

function Dialog() {
  const client = useHost((s) => s.client);
  const project = useDocument((s) => s.project);
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [target, setTarget] = useState<ExportTarget | null>(null);
  const [folder, setFolder] = useState('');
  const [replace, setReplace] = useState(false);
  const [copied, setCopied] = useState(false);
  const close = () => exportDialogStore.getState().close();
  const chooseFolder = exportFolderChooser();

  useEffect(() => {
    if (!client) return;
    let current = true;
    client.request({ type: 'checkExport', project }).then(
      (reply) => {
        if (!current) return;
        setPhase({ kind: 'choosing', targets: reply.targets });
        setTarget(reply.targets.find(exportable)?.target ?? null);
      },
      (e: unknown) =>
        current &&
        setPhase({
          kind: 'failed',
          targets: [],
          message: `The model cannot be exported. ${messageOf(e)}`,
        }),
    );
    return () => {
      current = false;
    };
  }, [client, project]);

  const targets = phase.kind === 'checking' ? [] : phase.targets;
  const chosen = targets.find((t) => t.target === target);
  const run = () => {
    if (!client || !target || phase.kind === 'checking') return;
    setPhase({ kind: 'exporting', targets });
    setCopied(false);
    const where = folder.trim();
    client
      .request({
        type: 'exportModel',
        project,
        target,
        replace,
        ...(where === '' ? {} : { folder: where }),
      })
      .then(
        (result) => setPhase({ kind: 'done', targets, result }),
        (e: unknown) => setPhase({ kind: 'failed', targets, message: messageOf(e) }),
      );
  };
  const copyPath = (path: string) =>
    navigator.clipboard.writeText(path).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <ModalDialog
      title="Export the model"
      wide
      className="export-dialog"
      // Escape does not leave while files are being written.
      onCancel={() => phase.kind !== 'exporting' && close()}
    >
      {!client && (
        <p className="dialog__error">
          Exporting needs the NeuroCanvas host, which runs the model and writes the files. Start the
          app with npm run serve.
        </p>
      )}
      {client && phase.kind === 'checking' && (
        <p className="dialog__note" role="status">
          Checking which formats can take this model…
        </p>
      )}
      {targets.length > 0 && (
        <fieldset className="dialog__section" disabled={phase.kind === 'exporting'}>
          <legend className="dialog__subtitle">Format</legend>
          {targets.map((status) => (
            <TargetChoice
              key={status.target}
              status={status}
              checked={status.target === target}
              onChoose={() => setTarget(status.target)}
            />
          ))}
        </fieldset>
      )}
      {targets.length > 0 && (
        <fieldset className="dialog__section" disabled={phase.kind === 'exporting'}>
          <legend className="dialog__subtitle">Options</legend>
          <label className="export-dialog__field">
            Folder
            <input
              type="text"
              value={folder}
              placeholder="a new folder in the app’s exports folder"
              onChange={(e) => setFolder(e.target.value)}
            />
          </label>
          {chooseFolder && (
            <button
              type="button"
              onClick={() => void chooseFolder().then((path) => path !== null && setFolder(path))}
            >
              Choose folder…
            </button>
          )}
          <label className="export-dialog__field">
            <input
              type="checkbox"
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
            />
            Replace the folder if it holds files
          </label>
        </fieldset>
      )}
      {phase.kind === 'exporting' && (
        <div className="dialog__note" role="status">
          <progress aria-label="Exporting" />
          Building the model and writing the {target ? TARGET_LABELS[target] : ''} files…
        </div>
      )}
      {phase.kind === 'failed' && (
        <p className="dialog__error" role="alert">
          {phase.message}
        </p>
      )}
      {phase.kind === 'done' && (
        <section className="dialog__section" aria-label="Exported">
          <p role="status">
            Exported {phase.result.files.length} files for {TARGET_LABELS[phase.result.target]} to:
          </p>
          <p className="export-dialog__path">
            <code>{phase.result.folder}</code>
          </p>
          <button type="button" onClick={() => void copyPath(phase.result.folder)}>
            Copy folder path
          </button>
          {copied && <span role="status"> Copied.</span>}
          <ul className="dialog__list" aria-label="Files">
            {phase.result.files.map((f) => (
              <li key={f.path}>{f.path}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          disabled={!chosen || !exportable(chosen) || phase.kind === 'exporting'}
          onClick={run}
        >
          Export
        </button>
        <button type="button" disabled={phase.kind === 'exporting'} onClick={close}>
          {phase.kind === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </ModalDialog>
  );
}

function TargetChoice({
  status,
  checked,
  onChoose,
}: {
  status: ExportTargetStatus;
  checked: boolean;
  onChoose(): void;
}) {
  const label = TARGET_LABELS[status.target];
  const usable = exportable(status);
  return (
    <div className="export-dialog__choice">
      <label>
        <input
          type="radio"
          name="export-target"
          value={status.target}
          checked={checked}
          disabled={!usable}
          onChange={onChoose}
        />
        {label}
      </label>
      {!status.available && <p className="dialog__note">{status.reason}</p>}
      {status.available && status.unsupported.length > 0 && (
        <ul className="dialog__note" aria-label={`Layers ${label} cannot express`}>
          {status.unsupported.map((u) => (
            <li key={u.layerName}>
              {u.layerName} ({u.className}): {u.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
