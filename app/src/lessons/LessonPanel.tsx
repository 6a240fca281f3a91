/**
 * The lesson side panel: shown while the open document is a lesson's project, with the lesson's
 * idea, formula, what to try and what to look at, and its stated result, in the user's language.
 */
import type { ComponentType } from 'react';
import { localizedLesson, type Lesson } from '../../../src/lessons';
import { localizedTopic } from '../../../src/lessons/localize';
import { useLocale, useT } from '../i18n';
import { AutoencoderView } from './autoencoder/AutoencoderView';
import { LineFit } from './LineFit';
import { lessonStore, useOpenLesson } from './lessonStore';
import './lessons.css';

/** The lessons whose results have a view of their own, shown under the stated result. */
const RESULT_VIEWS: Readonly<Record<string, ComponentType>> = {
  'linear-regression': LineFit,
  'digits-autoencoder': AutoencoderView,
};

export function LessonPanel() {
  const lesson = useOpenLesson();
  if (!lesson) return null;
  return <LessonText lesson={lesson} />;
}

function LessonText({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { text, promise } = localizedLesson(lesson, locale);
  const { title, idea, formula, tryThis, lookAt } = text;
  const ResultView = Object.hasOwn(RESULT_VIEWS, lesson.id) ? RESULT_VIEWS[lesson.id] : undefined;
  return (
    <aside className="side-panel lesson-panel" aria-label={t('lessons.panel.label')}>
      <p className="lesson-panel__topic">
        {t('lessons.list.topic', {
          lecture: lesson.lecture,
          topic: localizedTopic(lesson.lecture, locale),
        })}
      </p>
      <h2 className="lesson-panel__title">{title}</h2>
      <p>{idea}</p>
      <h3>{t('lessons.panel.formula')}</h3>
      <pre className="lesson-panel__formula">{formula}</pre>
      <h3>{t('lessons.panel.result')}</h3>
      <p>{promise}</p>
      {ResultView && <ResultView />}
      <h3>{t('lessons.panel.tryThis')}</h3>
      <ul aria-label={t('lessons.panel.tryThis')}>
        {tryThis.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{t('lessons.panel.lookAt')}</h3>
      <ul aria-label={t('lessons.panel.lookAt')}>
        {lookAt.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <button type="button" onClick={() => lessonStore.getState().close()}>
        {t('lessons.panel.close')}
      </button>
    </aside>
  );
}
