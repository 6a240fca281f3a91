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
import { GanExportChoice, useGanExport } from '../gan/GanExportChoice';
import { useHost } from '../host/hostStore';
import { useLocale, useT } from '../i18n';
import { ModalDialog } from '../projects/ModalDialog';
import { useDocument } from '../stores/documentStore';
import { exportDialogStore, useExportDialogOpen } from './exportDialogStore';
import { exportErrorText, exportWhyText, modelErrorText } from './exportText';
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

const exportable = (s: ExportTargetStatus) => s.available && s.unsupported.length === 0;

function Dialog() {
  const client = useHost((s) => s.client);
  // A GAN's chosen part (or both) is exported as an ordinary project.
  const gan = useGanExport(useDocument((s) => s.project));
  const project = gan.exported;
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [target, setTarget] = useState<ExportTarget | null>(null);
  const [folder, setFolder] = useState('');
  const [replace, setReplace] = useState(false);
  const [copied, setCopied] = useState(false);
  const t = useT();
  const locale = useLocale((s) => s.locale);
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
          message: t('export.cannot', {
            detail: modelErrorText(t, locale, project.graph) ?? exportErrorText(t, e),
          }),
        }),
    );
    return () => {
      current = false;
    };
    // The message is said once, in the language of the moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, project]);

  const checking = phase.kind === 'checking';
  const exporting = phase.kind === 'exporting';
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
        (e: unknown) => setPhase({ kind: 'failed', targets, message: exportErrorText(t, e) }),
      );
  };
  const copyPath = (path: string) =>
    navigator.clipboard.writeText(path).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <ModalDialog
      title={t('export.title')}
      wide
      className="export-dialog"
      // Escape does not leave while files are being written.
      onCancel={() => phase.kind !== 'exporting' && close()}
    >
      {!client && <p className="dialog__error">{t('export.noHost')}</p>}
      {client && checking && (
        <p className="dialog__note" role="status">
          {t('export.checking')}
        </p>
      )}
      {gan.gan && <GanExportChoice part={gan.part} onChoose={gan.setPart} disabled={exporting} />}
      {targets.length > 0 && (
        <fieldset className="dialog__section" disabled={phase.kind === 'exporting'}>
          <legend className="dialog__subtitle">{t('export.format')}</legend>
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
          <legend className="dialog__subtitle">{t('export.options')}</legend>
          <label className="export-dialog__field">
            {t('export.folder')}
            <input
              type="text"
              value={folder}
              placeholder={t('export.folderPlaceholder')}
              onChange={(e) => setFolder(e.target.value)}
            />
          </label>
          {chooseFolder && (
            <button
              type="button"
              onClick={() => void chooseFolder().then((path) => path !== null && setFolder(path))}
            >
              {t('export.chooseFolder')}
            </button>
          )}
          <label className="export-dialog__field">
            <input
              type="checkbox"
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
            />
            {t('export.replace')}
          </label>
        </fieldset>
      )}
      {exporting && (
        <div className="dialog__note" role="status">
          <progress aria-label={t('export.exporting')} />
          {t('export.writing', { target: target ? TARGET_LABELS[target] : '' })}
        </div>
      )}
      {phase.kind === 'failed' ? (
        <p className="dialog__error" role="alert">
          {phase.message}
        </p>
      ) : null}
      {phase.kind === 'done' ? (
        <section className="dialog__section" aria-label={t('export.done')}>
          <p role="status">
            {t('export.doneText', {
              count: phase.result.files.length,
              target: TARGET_LABELS[phase.result.target],
            })}
          </p>
          <p className="export-dialog__path">
            <code>{phase.result.folder}</code>
          </p>
          <button type="button" onClick={() => void copyPath(phase.result.folder)}>
            {t('export.copyPath')}
          </button>
          {copied && <span role="status"> {t('export.copied')}</span>}
          <ul className="dialog__list" aria-label={t('export.files')}>
            {phase.result.files.map((f) => (
              <li key={f.path}>{f.path}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="dialog__actions">
        <button
          type="button"
          disabled={!chosen || !exportable(chosen) || phase.kind === 'exporting'}
          onClick={run}
        >
          {t('export.export')}
        </button>
        <button type="button" disabled={phase.kind === 'exporting'} onClick={close}>
          {t(phase.kind === 'done' ? 'common.close' : 'common.cancel')}
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
  const t = useT();
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
      {!status.available && <p className="dialog__note">{exportWhyText(t, status)}</p>}
      {status.available && status.unsupported.length > 0 && (
        <ul className="dialog__note" aria-label={t('export.unsupported', { target: label })}>
          {status.unsupported.map((u) => (
            <li key={u.layerName}>
              {u.layerName} ({u.className}): {exportWhyText(t, u)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
