/**
 * The gallery's lessons, under every topic of the lecture in lecture order. Each lesson card reads
 * like a template card: what the project is, its layers and dataset, and the result it reaches.
 * Topics taught by an interactive lab open that lab instead.
 */
import { lessonGroups, type LabId, type LessonGroup } from '../../../src/lessons';
import { localizedTopic } from '../../../src/lessons/localize';
import type { Locale } from '../../../src/i18n';
import type { ProjectTemplate } from '../../../src/templates';
import { datasetName } from '../data/datasetText';
import { useLocale, useT } from '../i18n';
import { templateQuestion } from '../projects/templateQuestion';
import { labsStore } from '../teaching/labsStore';
import { localLessonTemplate } from './lessonTemplate';

export function LessonList({ onPick }: { onPick(template: ProjectTemplate): void }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  return (
    <section aria-labelledby="lesson-list-title">
      <h3 id="lesson-list-title" className="dialog__subtitle">
        {t('lessons.list.title')}
      </h3>
      {lessonGroups().map((group) => (
        <TopicLessons key={group.lecture} group={group} locale={locale} onPick={onPick} />
      ))}
    </section>
  );
}

function TopicLessons(props: {
  group: LessonGroup;
  locale: Locale;
  onPick(template: ProjectTemplate): void;
}) {
  const { group, locale, onPick } = props;
  const t = useT();
  const label = t('lessons.list.topic', {
    lecture: group.lecture,
    topic: localizedTopic(group.lecture, locale),
  });
  return (
    <div>
      <h4 className="lesson-group__title">{label}</h4>
      <ul className="template-list" aria-label={label}>
        {group.lab && <LabCard lecture={group.lecture} lab={group.lab} />}
        {group.lessons.map((lesson) => (
          <LessonCard
            key={lesson.id}
            id={lesson.id}
            template={localLessonTemplate(lesson, locale)}
            onPick={onPick}
          />
        ))}
        {!group.lab && group.lessons.length === 0 && (
          <li className="template-card">
            <p>{t('lessons.list.none')}</p>
          </li>
        )}
      </ul>
    </div>
  );
}

function LessonCard(props: {
  id: string;
  template: ProjectTemplate;
  onPick(template: ProjectTemplate): void;
}) {
  const { id, template, onPick } = props;
  const t = useT();
  const project = template.create();
  const about = `lesson-${id}-about`;
  return (
    <li className="template-card">
      <button type="button" aria-describedby={about} onClick={() => onPick(template)}>
        {template.title}
      </button>
      <div id={about}>
        <p>{template.description}</p>
        <p className="template-card__facts">
          {t('lessons.list.facts', {
            layers: project.graph.nodes.length,
            dataset: project.dataset
              ? datasetName(t, project.dataset.id)
              : t('lessons.list.noDataset'),
            promise: template.promise ?? '',
          })}
        </p>
      </div>
    </li>
  );
}

function LabCard({ lecture, lab }: { lecture: number; lab: LabId }) {
  const t = useT();
  const about = `lesson-lab-${lecture}-about`;
  const open = () => {
    templateQuestion.answer(null);
    labsStore.getState().show(lab);
  };
  return (
    <li className="template-card">
      <button type="button" aria-describedby={about} onClick={open}>
        {t('lessons.list.lab', { lab: t(`teaching.labs.tab.${lab}`) })}
      </button>
      <p id={about}>{t('lessons.list.labAbout')}</p>
    </li>
  );
}
