/**
 * The gallery's templates in Russian, by template id: what the gallery shows and the name and notes
 * of the project a template creates. Lessons' templates take their words from the lessons instead.
 */

export interface TemplateTranslation {
  title: string;
  description: string;
  promise: string;
  projectName: string;
  notes: string;
}

export const RUSSIAN_TEMPLATES: Readonly<Record<string, TemplateTranslation>> = {
  perceptron: {
    title: 'Перцептрон',
    description:
      'Один сигмоидный нейрон на двух облаках точек: он выучивает одну прямую, которая их разделяет.',
    promise: 'точность на тестовой выборке «Два гауссовых облака» ≥ 97% за 20 эпох',
    projectName: 'Перцептрон',
    notes:
      'Один нейрон вычисляет sigmoid(w1·x + w2·y + b): его разделяющая граница — прямая ' +
      'w1·x + w2·y + b = 0. Попробуйте его на выборке «Спираль», чтобы увидеть, чего не может одна прямая.',
  },
  'spiral-mlp': {
    title: 'Многослойный перцептрон для спирали',
    description:
      'Два скрытых слоя по 16 нейронов с tanh повторяют два переплетённых рукава спирали, которые не разделить никакой прямой.',
    promise: 'точность на тестовой выборке «Спираль» ≥ 95% за 200 эпох',
    projectName: 'Перцептрон для спирали',
    notes:
      'Каждый слой с tanh сгибает плоскость; двух сгибов по 16 нейронов хватает, чтобы развернуть рукава. ' +
      'Посмотрите, как во время обучения разделяющая граница обвивает их.',
  },
  'lenet-5': {
    title: 'LeNet-5 для цифр',
    description:
      'Классическая свёрточная сеть: два свёрточных слоя с пулингом находят штрихи и формы, три полносвязных слоя распознают цифру.',
    promise: 'точность на тестовой части выборки MNIST ≥ 96% за 5 эпох',
    projectName: 'LeNet-5',
    notes:
      'Размеры: 28×28×1 → 28×28×6 → 14×14×6 → 10×10×16 → 5×5×16 → 400 → 120 → 84 → 10. ' +
      'Миниатюры активаций показывают, что выделяют шесть фильтров первого свёрточного слоя.',
  },
  branching: {
    title: 'Две ветви и их объединение',
    description:
      'Ветвь с ReLU и ветвь с tanh смотрят на один и тот же вход; Concatenate объединяет их 8 + 8 признаков для последнего слоя.',
    promise: 'точность на тестовой выборке «Круг» ≥ 95% за 60 эпох',
    projectName: 'Две ветви',
    notes:
      'Concatenate ставит признаки двух ветвей рядом (8 + 8 = 16), и последний слой может ' +
      'использовать оба вида изгибов, чтобы описать круг.',
  },
};
