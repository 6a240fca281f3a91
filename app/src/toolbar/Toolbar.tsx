/** The toolbar: every command of the one command list, enabled only when it applies. */
import { commandLabel, type CommandName } from '../../../src/commands/catalog';
import { LOCALES, translate, type MessageKey } from '../../../src/i18n';
import { appCommandContext, runCommand } from '../commands/appContext';
import { getCommand, isEnabled } from '../commands/index';
import { useDocument } from '../stores/documentStore';
import { useT } from '../i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useUi } from '../stores/uiStore';

const GROUPS: readonly { label: MessageKey; names: readonly CommandName[] }[] = [
  {
    label: 'toolbar.file',
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
    label: 'toolbar.edit',
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
  { label: 'toolbar.view', names: ['autoLayout', 'fitView', 'toggleTheme'] },
  { label: 'toolbar.learn', names: ['openLabs', 'toggleTeacherMode', 'saveClassroomPack'] },
];

/**
 * The name a project has until the user gives it one, in each language: a new project keeps the
 * name it was made with, and the toolbar shows it in the language chosen since.
 */
const UNTITLED: ReadonlySet<string> = new Set(
  LOCALES.map((locale) => translate(locale, 'projects.untitled')),
);

export function Toolbar() {
  const t = useT();
  // Whether a command applies depends on these; re-render when they change.
  const project = useDocument((s) => s.project);
  const unsaved = useDocument((s) => s.project !== s.saved);
  useDocument((s) => s.history);
  useDocument((s) => s.teacherMode);
  useUi((s) => s.selection);
  useUi((s) => s.theme);
  const ctx = appCommandContext();
  return (
    <header className="toolbar">
      <h1 className="toolbar__title">
        NeuroCanvas{' '}
        <span className="toolbar__project">
          {UNTITLED.has(project.name) ? t('projects.untitled') : project.name}
        </span>
        {unsaved && (
          <span
            className="toolbar__unsaved"
            title={t('toolbar.unsaved')}
            aria-label={t('toolbar.unsaved')}
          >
            •
          </span>
        )}
      </h1>
      {GROUPS.map((group) => (
        <div key={group.label} role="group" aria-label={t(group.label)} className="toolbar__group">
          {group.names.map((name) => {
            const command = getCommand(name);
            const checked = command.checked?.(ctx);
            const label = commandLabel(name, t);
            return (
              <button
                key={name}
                type="button"
                disabled={!isEnabled(command, ctx)}
                aria-pressed={checked}
                aria-keyshortcuts={command.shortcut?.replace('Ctrl', 'Control')}
                title={
                  command.shortcut
                    ? t('toolbar.withShortcut', { label, shortcut: command.shortcut })
                    : label
                }
                onClick={() => runCommand(command)}
              >
                {label}
              </button>
            );
          })}
        </div>
      ))}
      <LanguagePicker />
    </header>
  );
}
