/**
 * The student's view of a classroom pack: each task with a read-only checkbox, ticked when all its
 * conditions hold after a run, and otherwise a short reason why not yet.
 */
import { useId, useMemo } from 'react';
import { describeCheck } from '../../../src/packs/checks';
import type { Task } from '../../../src/packs/classroom';
import { speak } from '../../../src/packs/phrase';
import type { TaskOutcome } from '../../../src/packs/checks';
import { useT } from '../i18n';
import { useDocument } from '../stores/documentStore';
import { taskOutcomes } from './taskOutcomes';

export function TasksPanel({ tasks }: { tasks: readonly Task[] }) {
  const t = useT();
  const project = useDocument((s) => s.project);
  const outcomes = useMemo(() => taskOutcomes(project, tasks), [project, tasks]);
  const done = outcomes.filter((o) => o.passed).length;
  return (
    <aside className="side-panel packs-panel" aria-label={t('packs.tasks.title')}>
      <h2 className="packs-panel__title">{t('packs.tasks.title')}</h2>
      <p className="packs-panel__muted">{t('packs.tasks.intro')}</p>
      <p role="status">{t('packs.tasks.progress', { done, total: tasks.length })}</p>
      <ul className="packs-tasks">
        {tasks.map((task, i) => (
          <TaskItem key={task.id} task={task} outcome={outcomes[i]!} />
        ))}
      </ul>
    </aside>
  );
}

function TaskItem({ task, outcome }: { task: Task; outcome: TaskOutcome }) {
  const t = useT();
  const statusId = useId();
  const status = outcome.passed
    ? t('packs.tasks.done')
    : [t('packs.tasks.notYet'), ...outcome.reasons.map((r) => speak(t, r))].join(' ');
  return (
    <li className="packs-task" data-passed={outcome.passed}>
      <label className="packs-task__title">
        <input
          type="checkbox"
          checked={outcome.passed}
          aria-readonly="true"
          aria-describedby={statusId}
          // Ticked by the checks alone: a click must not change it.
          onChange={() => undefined}
        />
        {task.title}
      </label>
      <ul className="packs-task__checks" aria-label={t('packs.tasks.conditions')}>
        {task.checks.map((check, i) => (
          <li key={i}>{speak(t, describeCheck(check))}</li>
        ))}
      </ul>
      <p id={statusId} className="packs-task__status">
        {status}
      </p>
    </li>
  );
}
