/**
 * Lessons: the lecture "Neural networks and deep learning", topic by topic, as projects that train
 * to a stated result. A lesson is a project template plus the short text a side panel shows beside
 * it. All of a lesson's words sit in its `text` object, so a message catalogue can take them over
 * whole.
 */
import { templateGraph, type LayerSpec, type ProjectTemplate } from '../templates/template';
import { defaultTraining, type TrainingSettings } from '../project/training';
import type { DatasetRef } from '../project/project';

/** The lecture's twelve topics, by the number the lecture gives them. */
export const LECTURE_TOPICS = {
  1: 'Neuron and activation functions',
  2: 'Linear regression',
  3: 'Logistic regression',
  4: 'From perceptron to deep network',
  5: 'Why fully connected networks are not enough',
  6: 'Convolution',
  7: 'Pooling',
  8: 'Dilated convolution',
  9: 'Visualising convolutions',
  10: 'AlexNet',
  11: 'Applications',
  12: 'Generative adversarial networks (GAN)',
} as const;
export type LectureNumber = keyof typeof LECTURE_TOPICS;

/** The interactive labs, by the tab that shows each. */
export type LabId = 'activation' | 'tensor' | 'field';

/**
 * The topics taught by an interactive lab rather than a project: plots and sliders for the
 * neuron, the tensor inspector for convolution and pooling, the receptive field for dilation.
 */
export const TOPIC_LABS: Readonly<Partial<Record<LectureNumber, LabId>>> = {
  1: 'activation',
  6: 'tensor',
  7: 'tensor',
  8: 'field',
};

export interface LessonText {
  title: string;
  /** What the project shows, in two or three sentences. */
  idea: string;
  /** The formula behind it, in plain Unicode (σ, ·, ∑), one line or a few. */
  formula: string;
  /** Changes to make, one per item, each with what it should do. */
  tryThis: readonly string[];
  /** Where in the app to look while it trains, and what to notice there. */
  lookAt: readonly string[];
}

export interface Lesson {
  /** Stable, and the id of the lesson's template: 'linear-regression'. */
  id: string;
  lecture: LectureNumber;
  text: LessonText;
  /** The name of the project the lesson opens. */
  projectName: string;
  /** The project the lesson opens, with the result it reaches (`promise`). */
  template: ProjectTemplate;
}

/** What a lesson is made of; its template is put together from it. */
export interface LessonSpec {
  id: string;
  lecture: LectureNumber;
  text: LessonText;
  /** One sentence for the gallery. */
  description: string;
  /** The result its own settings reach, as measured on the wasm backend. */
  promise: string;
  projectName: string;
  layers: readonly LayerSpec[];
  /** Null for an architecture to study that no bundled dataset fits. */
  dataset: DatasetRef | null;
  training: Partial<TrainingSettings>;
}

export function defineLesson(spec: LessonSpec): Lesson {
  const template: ProjectTemplate = {
    id: spec.id,
    title: spec.text.title,
    description: spec.description,
    promise: spec.promise,
    create: () => ({
      name: spec.projectName,
      graph: templateGraph(spec.layers),
      dataset: spec.dataset ? structuredClone(spec.dataset) : null,
      training: { ...defaultTraining(), ...spec.training },
      notes: spec.text.idea,
      // Saved with the project, so opening the file again shows the lesson beside it.
      lesson: spec.id,
    }),
  };
  return {
    id: spec.id,
    lecture: spec.lecture,
    text: spec.text,
    projectName: spec.projectName,
    template,
  };
}
