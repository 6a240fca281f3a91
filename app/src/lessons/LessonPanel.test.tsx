// @vitest-environment jsdom
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLesson, LECTURE_TOPICS, lessonGroups, localizedLesson } from '../../../src/lessons';
import { parseProject, serializeProject, type Project } from '../../../src/project';
import { App } from '../App';
import { localeStore } from '../i18n';
import { documentStore } from '../stores/documentStore';
import { labsStore } from '../teaching/labsStore';
import { resetStores } from '../test/resetStores';
import { lessonStore } from './lessonStore';
import { localLessonTemplate } from './lessonTemplate';

beforeEach(() => {
  resetStores();
  lessonStore.setState({ closedIn: null });
  localeStore.getState().setLocale('en');
});
afterEach(cleanup);

/** The open project as its file holds it, opened again as a new document. */
function saveAndReopen(change: (doc: Record<string, unknown>) => void = () => undefined) {
  const doc = JSON.parse(serializeProject(documentStore.getState().project)) as Record<
    string,
    unknown
  >;
  change(doc);
  const read = parseProject(JSON.stringify(doc));
  if (!read.ok) throw new Error(read.error);
  act(() => documentStore.getState().load(read.project as Project));
}

async function openGallery() {
  const file = screen.getByRole('group', { name: 'File' });
  fireEvent.click(within(file).getByRole('button', { name: 'New from template…' }));
  return screen.findByRole('dialog', { name: 'New from template' });
}

async function startLesson(title: string) {
  const dialog = await openGallery();
  fireEvent.click(within(dialog).getByRole('button', { name: title }));
  return screen.findByRole('complementary', { name: 'Lesson' });
}

describe('the lessons in the gallery', () => {
  it('come in lecture order, one list per topic, each lesson with its result', async () => {
    render(<App />);
    const dialog = await openGallery();
    const section = within(dialog).getByRole('region', { name: 'Lessons of the lecture' });
    const lists = within(section).getAllByRole('list');
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual(
      lessonGroups().map((g) => `Lesson ${g.lecture}: ${g.topic}`),
    );
    expect(lists[1]!.getAttribute('aria-label')).toBe(`Lesson 2: ${LECTURE_TOPICS[2]}`);
    expect(lists).toHaveLength(12);
    const titles = lists.map((l) =>
      within(l)
        .queryAllByRole('button')
        .map((b) => b.textContent),
    );
    expect(titles.flat()).toEqual(
      lessonGroups().flatMap((g) => [
        ...(g.lab ? [expect.stringMatching(/^Open the lab: /)] : []),
        ...g.lessons.map((l) => l.text.title),
      ]),
    );
    // A topic with neither lessons nor a lab yet is still listed, and says so.
    lessonGroups().forEach((g, i) => {
      const none = within(lists[i]!).queryByText('No lesson for this topic yet.');
      expect(none !== null, `topic ${g.lecture}`).toBe(!g.lab && g.lessons.length === 0);
    });
    const alexnet = within(dialog).getByRole('button', { name: 'AlexNet (2012)' });
    expect(document.getElementById(alexnet.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /17 layers · no dataset · 61,100,840 parameters/,
    );
  });
});

describe('the topics taught by a lab', () => {
  it.each([
    [1, 'Open the lab: Activation functions', 'activation'],
    [7, 'Open the lab: Convolution and pooling', 'tensor'],
    [8, 'Open the lab: Receptive field', 'field'],
  ] as const)('topic %i opens its lab', async (lecture, name, tab) => {
    render(<App />);
    const dialog = await openGallery();
    const list = within(dialog).getByRole('list', {
      name: `Lesson ${lecture}: ${LECTURE_TOPICS[lecture]}`,
    });
    fireEvent.click(within(list).getByRole('button', { name }));
    expect(screen.queryByRole('dialog', { name: 'New from template' })).toBeNull();
    expect(labsStore.getState()).toMatchObject({ open: true, tab });
    expect(await screen.findByRole('dialog', { name: 'Labs' })).toBeTruthy();
    act(() => labsStore.getState().close());
  });
});

describe('a lesson project', () => {
  it('names its lesson, and shows the panel again when saved and opened again', async () => {
    render(<App />);
    await startLesson('Perceptron: xor');
    expect(documentStore.getState().project.lesson).toBe('xor-mlp');
    const dialog = await openGallery();
    fireEvent.click(within(dialog).getByRole('button', { name: 'MLP for the spiral' }));
    await screen.findByRole('group', { name: 'Dense layer hidden_1' });
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();

    await startLesson('Perceptron: xor');
    saveAndReopen();
    const panel = screen.getByRole('complementary', { name: 'Lesson' });
    expect(within(panel).getByRole('heading', { name: 'Perceptron: xor' })).toBeTruthy();
  });

  it('opens without a panel, and without trouble, when its lesson is unknown', async () => {
    render(<App />);
    await startLesson('Perceptron: xor');
    saveAndReopen((doc) => (doc.lesson = 'lesson-from-a-later-version'));
    expect(documentStore.getState().project.lesson).toBe('lesson-from-a-later-version');
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Dense layer hidden_1' })).toBeTruthy();
  });

  it('hides a closed panel for this document only', async () => {
    render(<App />);
    const panel = await startLesson('Perceptron: xor');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close lesson' }));
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();
    saveAndReopen();
    expect(screen.getByRole('complementary', { name: 'Lesson' })).toBeTruthy();
  });
});

describe('the lesson panel in Russian', () => {
  it('shows the lesson and the gallery in Russian after the language is switched', async () => {
    render(<App />);
    await startLesson('Linear regression');
    act(() => localeStore.getState().setLocale('ru'));
    const panel = screen.getByRole('complementary', { name: 'Урок' });
    expect(within(panel).getByText('Урок 2: Линейная регрессия')).toBeTruthy();
    within(panel).getByRole('list', { name: 'Что попробовать' });
    within(panel).getByRole('table', { name: 'Найденная и истинная прямая' });
    expect(within(panel).getByRole('button', { name: 'Закрыть урок' })).toBeTruthy();
    // A lesson started in Russian gives its project the Russian name, keeping the lesson's id.
    const started = localLessonTemplate(getLesson('linear-regression')!, 'ru').create();
    expect(started.name).toBe(localizedLesson(getLesson('linear-regression')!, 'ru').projectName);
    expect(started.name).toMatch(/[\u0400-\u04ff]/);
    expect(started.lesson).toBe('linear-regression');
  });
});

describe('the autoencoder lesson', () => {
  it('starts on the MNIST sample rebuilding its input, and says to train first', async () => {
    render(<App />);
    const panel = await startLesson('Autoencoder: rebuilding and drawing digits');
    expect(documentStore.getState().project.dataset).toEqual({
      id: 'mnist-sample',
      options: { target: 'input' },
    });
    const views = within(panel).getByRole('region', {
      name: 'Rebuilt digits and digits drawn from codes',
    });
    expect(within(views).getByText(/Train the model/)).toBeTruthy();
  });
});

describe('the lesson panel', () => {
  it('shows the lesson’s text, and the learned line beside the true one once trained', async () => {
    render(<App />);
    const panel = await startLesson('Linear regression');
    expect(documentStore.getState().project.dataset).toEqual({ id: 'linear' });
    expect(within(panel).getByRole('heading', { name: 'Linear regression' })).toBeTruthy();
    expect(within(panel).getByText(/y = f\(Wx \+ b\) = Wx \+ b/)).toBeTruthy();
    expect(
      within(within(panel).getByRole('list', { name: 'What to try' })).getAllByRole('listitem'),
    ).toHaveLength(3);
    within(panel).getByRole('list', { name: 'What to look at' });

    const table = within(panel).getByRole('table', { name: 'Learned and true line' });
    const row = (name: string) =>
      within(table).getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(row('w')).toBe('w (slope)not trained yet2.000');
    expect(row('b')).toBe('b (intercept)not trained yet-1.000');

    // Training ends by writing the weights into the document, as here.
    act(() =>
      documentStore.getState().update(
        {
          weights: {
            line: [
              { name: 'kernel', shape: [1, 1], values: Float32Array.of(1.9871) },
              { name: 'bias', shape: [1], values: Float32Array.of(-1.0042) },
            ],
          },
        },
        { record: false },
      ),
    );
    expect(row('w')).toBe('w (slope)1.9872.000');
    expect(row('b')).toBe('b (intercept)-1.004-1.000');
  });

  it('follows the dataset’s own true line when its options change', async () => {
    render(<App />);
    const panel = await startLesson('Linear regression');
    act(() =>
      documentStore.getState().update({ dataset: { id: 'linear', options: { a: -3, b: 0.5 } } }),
    );
    const table = within(panel).getByRole('table', { name: 'Learned and true line' });
    expect(within(table).getByRole('row', { name: /^w/ }).textContent).toMatch(/-3\.000$/);
    expect(within(table).getByRole('row', { name: /^b/ }).textContent).toMatch(/0\.500$/);
  });

  it('goes away when it is closed, or when another project is started', async () => {
    render(<App />);
    let panel = await startLesson('Perceptron: xor');
    expect(within(panel).getByText('Lesson 4: From perceptron to deep network')).toBeTruthy();
    expect(within(panel).queryByRole('table')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Close lesson' }));
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();

    panel = await startLesson('Deep network: spiral');
    expect(within(panel).getByRole('heading', { name: 'Deep network: spiral' })).toBeTruthy();
    const dialog = await openGallery();
    fireEvent.click(within(dialog).getByRole('button', { name: 'MLP for the spiral' }));
    await screen.findByRole('group', { name: 'Dense layer hidden_1' });
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();
  });

  it('is not shown for a template that is not a lesson', async () => {
    render(<App />);
    const dialog = await openGallery();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Perceptron' }));
    await screen.findByRole('group', { name: /Dense layer/ });
    expect(screen.queryByRole('complementary', { name: 'Lesson' })).toBeNull();
  });
});
