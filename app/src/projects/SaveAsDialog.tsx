/**
 * The Save as dialog: a name for the project, which is also its file's name. Connected to the
 * host, the file goes to the projects folder, and a name already taken there is pointed out
 * before it is replaced; "Download a copy" also hands the file to the browser, to keep or share
 * elsewhere. Without the host, saving is a download.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { serializeProject } from '../../../src/project';
import { useHost } from '../host/hostStore';
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
      uiStore.getState().announce(`Downloaded ${fileName}.`);
    } catch (e) {
      const reason = e instanceof Error ? e.message : '';
      uiStore.getState().announce(`The project could not be downloaded. ${reason}`.trim(), 'error');
      return;
    }
    saveAsQuestion.answer(null);
  };

  return (
    <ModalDialog title="Save as" onCancel={cancel}>
      <form onSubmit={submit} className="save-as">
        <label>
          Project name
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
            ? 'A project needs a name.'
            : !client
              ? `The browser downloads it as ${fileName}.`
              : replaces
                ? `${fileName} already exists in ${taken!.folder}; saving replaces it.`
                : `Saved as ${fileName} in ${taken?.folder ?? 'the projects folder'}.`}
        </p>
        <div className="dialog__actions">
          <button type="submit" disabled={blank}>
            {replaces ? 'Replace' : 'Save'}
          </button>
          {client && (
            <button type="button" disabled={blank} onClick={() => void download()}>
              Download a copy
            </button>
          )}
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
