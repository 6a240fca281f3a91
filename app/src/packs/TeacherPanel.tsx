/**
 * Teacher mode's panel: lock layers, single parameters, the training settings or the dataset; add,
 * edit and remove tasks; and save the whole as a classroom pack. It says plainly that locks are
 * guidance, not protection.
 */
import { useState } from 'react';
import { commandLabel } from '../../../src/commands/catalog';
import { DATASET_IDS } from '../../../src/data/catalog';
import type { ParamSchema } from '../../../src/layers/params';
import { getLayer } from '../../../src/layers/registry';
import {
  lockedParams,
  isLayerLocked,
  type Classroom,
  type Locks,
} from '../../../src/packs/classroom';
import {
  lockLayer,
  lockParam,
  newTaskId,
  putTask,
  removeTask,
  withLocks,
} from '../../../src/packs/edit';
import { runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { useT } from '../i18n';
import { documentStore, useDocument } from '../stores/documentStore';
import { useUi } from '../stores/uiStore';
import { TaskEditor } from './TaskEditor';
import { TaskList } from './TaskList';

const setClassroom = (classroom: Classroom) => documentStore.getState().update({ classroom });

export function TeacherPanel() {
  const t = useT();
  const classroom = useDocument((s) => s.project.classroom);
  const datasetId = useDocument((s) => s.project.dataset?.id ?? '');
  const [editing, setEditing] = useState<string | null>(null);
  const announce = useUi((s) => s.announce);
  const tasks = classroom?.tasks ?? [];
  const editedTask = tasks.find((task) => task.id === editing);
  const datasets = [...new Set([...(datasetId ? [datasetId] : []), ...DATASET_IDS])];
  return (
    <aside className="side-panel packs-panel" aria-label={t('packs.teacher.title')}>
      <h2 className="packs-panel__title">{t('packs.teacher.title')}</h2>
      <p className="packs-panel__muted" role="note">
        {t('packs.teacher.honesty')}
      </p>
      <LockControls classroom={classroom} />
      <section aria-label={t('packs.teacher.tasks')}>
        <h3>{t('packs.teacher.tasks')}</h3>
        <TaskList
          tasks={tasks}
          onEdit={setEditing}
          onRemove={(task) => {
            setClassroom(removeTask(classroom, task.id));
            if (editing === task.id) setEditing(null);
            announce(t('packs.notice.taskRemoved', { title: task.title }));
          }}
        />
        <TaskEditor
          key={editedTask?.id ?? 'new'}
          {...(editedTask ? { task: editedTask } : {})}
          id={editedTask?.id ?? newTaskId(tasks)}
          datasetId={datasetId}
          datasets={datasets}
          onDone={(task) => {
            setClassroom(putTask(classroom, task));
            setEditing(null);
            const key = editedTask ? 'packs.notice.taskSaved' : 'packs.notice.taskAdded';
            announce(t(key, { title: task.title }));
          }}
        />
      </section>
      <button type="button" onClick={() => runCommand(getCommand('saveClassroomPack'))}>
        {commandLabel('saveClassroomPack', t)}
      </button>
    </aside>
  );
}

function LockControls({ classroom }: { classroom: Classroom | undefined }) {
  const t = useT();
  const nodes = useDocument((s) => s.project.graph.nodes);
  const selected = useUi((s) => s.selection.nodes);
  const locks: Locks = classroom?.locks ?? withLocks(undefined, {}).locks;
  const node = selected.length === 1 ? nodes.find((n) => n.id === selected[0]) : undefined;
  const schema = ((node && getLayer(node.type)?.params) ?? {}) as ParamSchema;
  return (
    <section aria-label={t('packs.teacher.locks')}>
      <h3>{t('packs.teacher.locks')}</h3>
      <Toggle
        label={t('packs.teacher.lockTraining')}
        checked={locks.training}
        onChange={(training) => setClassroom(withLocks(classroom, { training }))}
      />
      <Toggle
        label={t('packs.teacher.lockDataset')}
        checked={locks.dataset}
        onChange={(dataset) => setClassroom(withLocks(classroom, { dataset }))}
      />
      <fieldset>
        <legend>{t('packs.teacher.layers')}</legend>
        {nodes.length === 0 && <p>{t('packs.teacher.noLayers')}</p>}
        {nodes.map((n) => (
          <Toggle
            key={n.id}
            label={t('packs.teacher.lockLayer', { name: n.name })}
            checked={isLayerLocked(locks, n.id)}
            onChange={(on) => setClassroom(lockLayer(classroom, n.id, on))}
          />
        ))}
      </fieldset>
      {node ? (
        <fieldset>
          <legend>{t('packs.teacher.paramsOf', { name: node.name })}</legend>
          {Object.entries(schema).map(([key, spec]) => (
            <Toggle
              key={key}
              label={t('packs.teacher.lockParam', { param: spec.label })}
              checked={lockedParams(locks, node.id).includes(key)}
              onChange={(on) => setClassroom(lockParam(classroom, node.id, key, on))}
            />
          ))}
        </fieldset>
      ) : (
        <p className="packs-panel__muted">{t('packs.teacher.selectLayer')}</p>
      )}
    </section>
  );
}

function Toggle(props: { label: string; checked: boolean; onChange(on: boolean): void }) {
  return (
    <label className="packs-toggle">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}
