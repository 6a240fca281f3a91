/** The teacher's list of tasks, each with its conditions and buttons to edit or remove it. */
import { describeCheck } from '../../../src/packs/checks';
import type { Task } from '../../../src/packs/classroom';
import { speak } from '../../../src/packs/phrase';
import { useT } from '../i18n';

interface Props {
  tasks: readonly Task[];
  onEdit(id: string): void;
  onRemove(task: Task): void;
}

export function TaskList({ tasks, onEdit, onRemove }: Props) {
  const t = useT();
  if (tasks.length === 0) return <p className="packs-panel__muted">{t('packs.teacher.noTasks')}</p>;
  return (
    <ul className="packs-tasks">
      {tasks.map((task) => (
        <li key={task.id} className="packs-task">
          <p className="packs-task__title">{task.title}</p>
          <ul className="packs-task__checks" aria-label={t('packs.tasks.conditions')}>
            {task.checks.map((check, i) => (
              <li key={i}>{speak(t, describeCheck(check))}</li>
            ))}
          </ul>
          <button type="button" onClick={() => onEdit(task.id)}>
            {t('packs.teacher.editTask', { title: task.title })}
          </button>
          <button type="button" onClick={() => onRemove(task)}>
            {t('packs.teacher.removeTask', { title: task.title })}
          </button>
        </li>
      ))}
    </ul>
  );
}
