import { WordStarts } from '../../src/resources/word-starts';
import { randomWords } from '../support/random';

/** Every position `next` stops at, from 0 to the end. */
function stops(cues: WordStarts, text: string): number[] {
  const out: number[] = [];
  for (let i = cues.nextStart(text, 0); i < text.length; i = cues.nextStart(text, i + 1)) out.push(i);
  return out;
}

describe('WordStarts.nextStart over person cues', () => {
  const words = ['记者', '本报记者', '民警', '说', '指出', '表示'];
  const cues = new WordStarts(words);

  it('stops at every position where a cue starts, the last position included', () => {
    const text = '本报记者李明说，社区民警王强指出并表示…说';
    const at = stops(cues, text);
    for (let i = 0; i < text.length; i++) if (words.some((w) => text.startsWith(w, i))) expect(at).toContain(i);
    expect(at).toContain(text.length - 1);
  });

  it('passes over positions where nothing starts (first unit of no cue, or a pair of none)', () => {
    // 记 starts a cue only before 者; 李 starts none
    expect(stops(cues, '李记李记')).toEqual([]);
    // none: the text's length
    expect(cues.nextStart('他们在会上', 0)).toBe(5);
    expect(cues.nextStart('', 0)).toBe(0);
    expect(cues.nextStart('说', 5)).toBe(1);
    expect(cues.nextStart('说', -3)).toBe(0);
  });

  it('never misses a start among many random cues (hash collisions only add stops)', () => {
    const random = randomWords(400, 11);
    const many = new WordStarts(random);
    for (const w of random) {
      const text = `前${w}后`;
      expect(many.nextStart(text, 0)).toBeLessThanOrEqual(1);
      expect(many.nextStart(text, 1)).toBe(1);
      // the cue's own text, its last pair at the very end
      expect(many.nextStart(w, 0)).toBe(0);
    }
  });
});
