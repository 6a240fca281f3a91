/**
 * The gallery's lessons, under the lecture's topics in lecture order. Each card reads like a
 * template card: what the project is, its layers and dataset, and the result it reaches.
 */
import { datasetInfo } from '../../../src/data/catalog';
import { lessonGroups, type Lesson } from '../../../src/lessons';

export function LessonList({ onPick }: { onPick(lesson: Lesson): void }) {
  return (
    <section aria-labelledby="lesson-list-title">
      <h3 id="lesson-list-title" className="dialog__subtitle">
        Lessons of the lecture
      </h3>
      {lessonGroups().map((group) => {
        const label = `Lesson ${group.lecture}: ${group.topic}`;
        return (
          <div key={group.lecture}>
            <h4 className="lesson-group__title">{label}</h4>
            <ul className="template-list" aria-label={label}>
              {group.lessons.map((lesson) => (
                <LessonCard key={lesson.id} lesson={lesson} onPick={onPick} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function LessonCard({ lesson, onPick }: { lesson: Lesson; onPick(lesson: Lesson): void }) {
  const { template } = lesson;
  const project = template.create();
  const dataset = project.dataset ? datasetInfo(project.dataset.id)?.name : 'no dataset';
  const about = `lesson-${lesson.id}-about`;
  return (
    <li className="template-card">
      <button type="button" aria-describedby={about} onClick={() => onPick(lesson)}>
        {template.title}
      </button>
      <div id={about}>
        <p>{template.description}</p>
        <p className="template-card__facts">
          {project.graph.nodes.length} layers · {dataset} · {template.promise}
        </p>
      </div>
    </li>
  );
}
