/**
 * The "New from template" dialog: every template with what it is and the result it reaches with
 * its own settings. Picking one answers the gallery's question; the command loads it.
 */
import { TEMPLATES } from '../../../src/templates';
import { localizedTemplate } from '../../../src/templates/localize';
import { isDatasetId } from '../../../src/data/catalog';
import { datasetName } from '../data/datasetText';
import { useLocale, useT } from '../i18n';
import { LessonList } from '../lessons/LessonList';
import { ModalDialog } from './ModalDialog';
import { templateQuestion } from './templateQuestion';

export function TemplateGallery() {
  const t = useT();
  const open = templateQuestion.useAsked();
  const locale = useLocale((s) => s.locale);
  if (!open) return null;
  const cancel = () => templateQuestion.answer(null);
  return (
    <ModalDialog title={t('projects.templates.title')} onCancel={cancel} wide>
      <p className="dialog__note">{t('projects.templates.about')}</p>
      <ul className="template-list" aria-label={t('projects.templates.list')}>
        {TEMPLATES.map((template) => {
          const local = localizedTemplate(template, locale);
          const project = local.create();
          const id = project.dataset?.id;
          const dataset = id !== undefined && isDatasetId(id) ? datasetName(t, id) : undefined;
          const about = `template-${template.id}-about`;
          const layers = t('projects.templates.layers', { count: project.graph.nodes.length });
          return (
            <li key={template.id} className="template-card">
              <button
                type="button"
                aria-describedby={about}
                onClick={() => templateQuestion.answer(local)}
              >
                {local.title}
              </button>
              <div id={about}>
                <p>{local.description}</p>
                <p className="template-card__facts">
                  {[layers, dataset, local.promise].filter(Boolean).join(' · ')}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <LessonList onPick={(template) => templateQuestion.answer(template)} />
      <div className="dialog__actions">
        <button type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
