import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { columnWhyText, notesText } from './noteText';

const ru = translator('ru');

type Codes = { code: string; values: Record<string, number> }[] | undefined;

describe('notes on the data in the user’s language', () => {
  const notes = ['The inputs are bytes from 0 to 255; they are divided by 255.', 'As written.'];

  it.each<{ what: string; codes: Codes; want: string[] }>([
    {
      what: 'every note by its code',
      codes: [
        { code: 'arrays-bytes', values: {} },
        { code: 'penguins-dropped', values: { dropped: 11, total: 344, count: 333 } },
      ],
      want: [
        'Входы — байты от 0 до 255; они делятся на 255.',
        'У 11 из 344 пингвинов пропущено какое-то измерение, они исключены; осталось 333.',
      ],
    },
    {
      what: 'a code the page does not know, or a value missing, as written',
      codes: [
        { code: 'from-a-later-version', values: {} },
        { code: 'penguins-dropped', values: {} },
      ],
      want: notes,
    },
    { what: 'no codes, as written', codes: undefined, want: notes },
    { what: 'codes that do not match the notes, as written', codes: [], want: notes },
  ])('$what', ({ codes, want }) => {
    expect(notesText(ru, notes, codes)).toEqual(want);
  });

  it('words why a column is not used, else keeps the host’s words', () => {
    const texts = { why: 'english', whyCode: { code: 'texts', values: { count: 234 } } };
    expect(columnWhyText(ru, texts)).toBe(
      'в нём 234 разных текста (например, имена или идентификаторы) — слишком много, чтобы закодировать их как категории',
    );
    expect(columnWhyText(ru, { why: 'english' })).toBe('english');
    expect(columnWhyText(ru, {})).toBeUndefined();
  });
});
