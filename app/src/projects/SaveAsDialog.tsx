/**
 * The Save as dialog: a name for the project, which is also its file's name. Connected to the
 * host, the file goes to the projects folder, and a name already taken there is pointed out
 * before it is replaced; "Download a copy" also hands the file to the browser, to keep or share
 * elsewhere. Without the host, saving is a download.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { serializeProject } from '../../../src/project';
import { useHost } from '../host/hostStore';
import { currentT, useT } from '../i18n';
import { browserProjectFiles, projectFileName, type ProjectFiles } from '../io/projectFiles';
import { documentStore } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { savableProject } from './savable';
import { ModalDialog } from './ModalDialog';
import { saveAsQuestion } from './saveAsQuestion';

export function SaveAsDialog({ downloads = browserProjectFiles }: { downloads?: ProjectFiles }) {
  const asked = saveAsQuestion.useAsked();
  return asked ? <Form current={asked.current} downloads={downloads} /> : null;
}

function Form({ current, downloads }: { current: string; downloads: ProjectFiles }) {
  const t = useT();
  const client = useHost((s) => (s.status === 'connected' ? s.client : null));
  const [name, setName] = useState(current);
  const [taken, setTaken] = useState<{ folder: string; files: ReadonlySet<string> } | null>(null);

  useEffect(() => {
    if (!client) return;
    let live = true;
    client.request({ type: 'listProjects' }).then(
      (listed) =>
        live &&
        setTaken({
          folder: listed.folder,
          files: new Set(listed.projects.map((p) => p.path.split(/[\\/]/).pop() ?? '')),
        }),
      // Without the listing the dialog still saves; it only cannot warn.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  const fileName = projectFileName(name);
  const replaces = taken?.files.has(fileName) ?? false;
  const blank = name.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!blank) saveAsQuestion.answer(name.trim());
  };
  const cancel = () => saveAsQuestion.answer(null);
  // A copy for elsewhere: the project keeps its name, its file and its saved state.
  const download = async () => {
    const project = { ...savableProject(documentStore.getState().project), name: name.trim() };
    try {
      await downloads.save(fileName, serializeProject(project), project);
      uiStore.getState().announce(currentT()('projects.saveAs.downloaded', { file: fileName }));
    } catch (e) {
      const reason = e instanceof Error ? e.message : '';
      uiStore
        .getState()
        .announce(currentT()('projects.saveAs.downloadFailed', { reason }).trim(), 'error');
      return;
    }
    saveAsQuestion.answer(null);
  };

  return (
    <ModalDialog title={t('projects.saveAs.title')} onCancel={cancel}>
      <form onSubmit={submit} className="save-as">
        <label>
          {t('projects.saveAs.name')}
          <input
            type="text"
            value={name}
            maxLength={200}
            aria-describedby="save-as-where"
            aria-invalid={blank}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p id="save-as-where" className={replaces ? 'dialog__error' : 'dialog__note'}>
          {blank
            ? t('projects.saveAs.needsName')
            : !client
              ? t('projects.saveAs.browser', { file: fileName })
              : replaces
                ? t('projects.saveAs.replaces', { file: fileName, folder: taken!.folder })
                : taken
                  ? t('projects.saveAs.where', { file: fileName, folder: taken.folder })
                  : t('projects.saveAs.whereDefault', { file: fileName })}
        </p>
        <div className="dialog__actions">
          <button type="submit" disabled={blank}>
            {replaces ? t('projects.saveAs.replace') : t('common.save')}
          </button>
          {client && (
            <button type="button" disabled={blank} onClick={() => void download()}>
              {t('projects.saveAs.download')}
            </button>
          )}
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
