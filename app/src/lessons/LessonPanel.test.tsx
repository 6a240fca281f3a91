// @vitest-environment jsdom
import '../test/flowShims';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LECTURE_TOPICS, lessonGroups } from '../../../src/lessons';
import { App } from '../App';
import { documentStore } from '../stores/documentStore';
import { resetStores } from '../test/resetStores';

beforeEach(() => resetStores());
afterEach(cleanup);

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
    expect(lists[0]!.getAttribute('aria-label')).toBe(`Lesson 2: ${LECTURE_TOPICS[2]}`);
    const titles = lists.map((l) =>
      within(l)
        .getAllByRole('button')
        .map((b) => b.textContent),
    );
    expect(titles.flat()).toEqual(
      lessonGroups().flatMap((g) => g.lessons.map((l) => l.text.title)),
    );
    const alexnet = within(dialog).getByRole('button', { name: 'AlexNet (2012)' });
    expect(document.getElementById(alexnet.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /17 layers · no dataset · 61,100,840 parameters/,
    );
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
