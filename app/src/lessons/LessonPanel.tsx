/**
 * The lesson side panel: shown while the open document is the project a lesson started, with the
 * lesson's idea, formula, what to try and what to look at, and its stated result.
 */
import { LECTURE_TOPICS, type Lesson } from '../../../src/lessons';
import { LineFit } from './LineFit';
import { lessonStore, useOpenLesson } from './lessonStore';
import './lessons.css';

export function LessonPanel() {
  const lesson = useOpenLesson();
  if (!lesson) return null;
  return <LessonText lesson={lesson} />;
}

function LessonText({ lesson }: { lesson: Lesson }) {
  const { title, idea, formula, tryThis, lookAt } = lesson.text;
  return (
    <aside className="lesson-panel" aria-label="Lesson">
      <p className="lesson-panel__topic">
        Lesson {lesson.lecture}: {LECTURE_TOPICS[lesson.lecture]}
      </p>
      <h2 className="lesson-panel__title">{title}</h2>
      <p>{idea}</p>
      <h3>Formula</h3>
      <pre className="lesson-panel__formula">{formula}</pre>
      <h3>Result</h3>
      <p>{lesson.template.promise}</p>
      {lesson.id === 'linear-regression' && <LineFit />}
      <h3>What to try</h3>
      <ul aria-label="What to try">
        {tryThis.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>What to look at</h3>
      <ul aria-label="What to look at">
        {lookAt.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <button type="button" onClick={() => lessonStore.getState().close()}>
        Close lesson
      </button>
    </aside>
  );
}
