/**
 * The "New from template" dialog: every template with what it is and the result it reaches with
 * its own settings. Picking one answers the gallery's question; the command loads it.
 */
import { TEMPLATES } from '../../../src/templates';
import { datasetInfo } from '../../../src/data/catalog';
import { LessonList } from '../lessons/LessonList';
import { lessonTemplate } from '../lessons/lessonStore';
import { ModalDialog } from './ModalDialog';
import { templateQuestion } from './templateQuestion';

export function TemplateGallery() {
  const open = templateQuestion.useAsked();
  if (!open) return null;
  const cancel = () => templateQuestion.answer(null);
  return (
    <ModalDialog title="New from template" onCancel={cancel} wide>
      <p className="dialog__note">
        Each template is a complete project: its layers, its dataset and training settings that
        reach the result shown.
      </p>
      <ul className="template-list" aria-label="Templates">
        {TEMPLATES.map((t) => {
          const project = t.create();
          const dataset = project.dataset ? datasetInfo(project.dataset.id)?.name : undefined;
          const about = `template-${t.id}-about`;
          return (
            <li key={t.id} className="template-card">
              <button
                type="button"
                aria-describedby={about}
                onClick={() => templateQuestion.answer(t)}
              >
                {t.title}
              </button>
              <div id={about}>
                <p>{t.description}</p>
                <p className="template-card__facts">
                  {project.graph.nodes.length} layers
                  {dataset ? ` · ${dataset}` : ''} · {t.promise}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <LessonList onPick={(lesson) => templateQuestion.answer(lessonTemplate(lesson))} />
      <div className="dialog__actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
