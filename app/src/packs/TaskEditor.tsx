/** The teacher's form for one task: a title and its conditions; adds a new task or saves one. */
import { useState } from 'react';
import type { Task } from '../../../src/packs/classroom';
import { speak } from '../../../src/packs/phrase';
import { useT } from '../i18n';
import { ConditionFields } from './ConditionFields';
import { draftOf, emptyDraft, newCondition, taskFromDraft, type TaskDraft } from './taskDraft';

interface Props {
  /** The task being edited; absent for a new one. */
  task?: Task;
  id: string;
  datasetId: string;
  datasets: readonly string[];
  onDone(task: Task): void;
}

export function TaskEditor({ task, id, datasetId, datasets, onDone }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<TaskDraft>(() =>
    task ? draftOf(task, datasetId) : emptyDraft(datasetId),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const heading = t(task ? 'packs.teacher.editingTask' : 'packs.teacher.newTask');
  const setConditions = (conditions: TaskDraft['conditions']) => setDraft({ ...draft, conditions });
  return (
    <form
      className="packs-editor"
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        const result = taskFromDraft(draft, id);
        if (!result.ok) return setProblem(speak(t, result.problem));
        setProblem(null);
        onDone(result.task);
        if (!task) setDraft(emptyDraft(datasetId));
      }}
    >
      <h4>{heading}</h4>
      <label>
        {t('packs.teacher.taskTitle')}
        <input
          type="text"
          value={draft.title}
          maxLength={500}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </label>
      {draft.conditions.map((c, i) => (
        <ConditionFields
          key={i}
          index={i + 1}
          condition={c}
          datasets={datasets}
          onChange={(next) => setConditions(draft.conditions.map((d, j) => (j === i ? next : d)))}
          onRemove={() => setConditions(draft.conditions.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        onClick={() => setConditions([...draft.conditions, newCondition(datasetId)])}
      >
        {t('packs.teacher.addCondition')}
      </button>
      {problem && (
        <p className="packs-editor__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{t(task ? 'packs.teacher.saveTask' : 'packs.teacher.addTask')}</button>
    </form>
  );
}
