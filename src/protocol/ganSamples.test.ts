import { describe, expect, it } from 'vitest';
import { parseTrainerMessage } from './parse';
import { trainerMessages } from './testing/messages';

const good = () => trainerMessages().ganSamples;

describe('ganSamples messages', () => {
  it('pass with images, points and the collapse check', () => {
    expect(parseTrainerMessage(good()).ok).toBe(true);
  });

  const bad: { why: string; change: (m: ReturnType<typeof good>) => unknown; words: RegExp }[] = [
    {
      why: 'pixels that do not fill the images',
      change: (m) => ({ ...m, images: { ...m.images!, data: new Uint8Array(7) } }),
      words: /images\.data/,
    },
    {
      why: 'an odd number of point values',
      change: (m) => ({ ...m, points: { ...m.points!, made: new Float32Array(3) } }),
      words: /x, y pairs need an even number/,
    },
    {
      why: 'too many points',
      change: (m) => ({ ...m, points: { ...m.points!, real: new Float32Array(2 * 2_049) } }),
      words: /at most 2048/,
    },
    {
      why: 'too many images',
      change: (m) => ({
        ...m,
        images: { ...m.images!, count: 65, data: new Uint8Array(65 * 4) },
      }),
      words: /images\.count/,
    },
    {
      why: 'a coverage above 1',
      change: (m) => ({ ...m, check: { ...m.check, coverage: 1.5 } }),
      words: /check\.coverage/,
    },
    {
      why: 'numbers sent as plain lists',
      change: (m) => ({ ...m, points: { made: [1, 2], real: [3, 4] } }),
      words: /points\.made/,
    },
  ];
  it.each(bad)('refuse $why, saying where', ({ change, words }) => {
    const parsed = parseTrainerMessage(change(good()));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(words);
  });
});
