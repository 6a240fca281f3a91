/** The toolbar: every command of the one command list, enabled only when it applies. */
import { appCommandContext, runCommand } from '../commands/appContext';
import { getCommand, isEnabled } from '../commands/index';
import { useDocument } from '../stores/documentStore';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useUi } from '../stores/uiStore';

const GROUPS: readonly { label: string; names: readonly string[] }[] = [
  {
    label: 'File',
    names: [
      'newProject',
      'newFromTemplate',
      'openProject',
      'saveProject',
      'saveProjectAs',
      'exportModel',
    ],
  },
  {
    label: 'Edit',
    names: [
      'undo',
      'redo',
      'copy',
      'paste',
      'duplicate',
      'deleteSelection',
      'selectAll',
      'connectTo',
    ],
  },
  { label: 'View', names: ['autoLayout', 'fitView', 'toggleTheme'] },
  { label: 'Learn', names: ['openLabs'] },
];

export function Toolbar() {
  // Whether a command applies depends on these; re-render when they change.
  const project = useDocument((s) => s.project);
  const unsaved = useDocument((s) => s.project !== s.saved);
  useDocument((s) => s.history);
  useUi((s) => s.selection);
  useUi((s) => s.theme);
  const ctx = appCommandContext();
  return (
    <header className="toolbar">
      <h1 className="toolbar__title">
        NeuroCanvas <span className="toolbar__project">{project.name}</span>
        {unsaved && (
          <span className="toolbar__unsaved" title="Unsaved changes" aria-label="Unsaved changes">
            •
          </span>
        )}
      </h1>
      {GROUPS.map((group) => (
        <div key={group.label} role="group" aria-label={group.label} className="toolbar__group">
          {group.names.map((name) => {
            const command = getCommand(name);
            const checked = command.checked?.(ctx);
            return (
              <button
                key={name}
                type="button"
                disabled={!isEnabled(command, ctx)}
                aria-pressed={checked}
                aria-keyshortcuts={command.shortcut?.replace('Ctrl', 'Control')}
                title={command.shortcut ? `${command.label} (${command.shortcut})` : command.label}
                onClick={() => runCommand(command)}
              >
                {command.label}
              </button>
            );
          })}
        </div>
      ))}
      <LanguagePicker />
    </header>
  );
}
