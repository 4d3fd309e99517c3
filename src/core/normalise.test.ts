import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

/** Map a span of the normalised text back to the original, as sentence.ts does. */
function back(src: string, needle: string): string {
  const n = normalise(src);
  const i = n.text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const a = n.starts[i] as number;
  const b = n.ends[i + needle.length - 1] as number;
  return src.slice(a, b);
}

describe('normalise', () => {
  it('straightens quotes and dashes and keeps case', () => {
    expect(normalise('He said \u201cI\u2019ll wait\u201d \u2013 IP').text).toBe(
      'He said "I\'ll wait" - IP',
    );
  });

  it('maps spans back to the original text across replaced characters', () => {
    const src = 'She\u2019s been followed\u00a0home \u2014 again';
    expect(back(src, "She's been")).toBe('She\u2019s been');
    expect(back(src, 'followed home')).toBe('followed\u00a0home');
  });

  it('drops invisible and direction marks so they cannot split a word', () => {
    const src = 'fol\u200blowed \u202eher\u202c';
    const n = normalise(src);
    expect(n.text).toBe('followed her');
    expect(back(src, 'followed')).toBe('fol\u200blowed');
  });

  it('strips accents and folds compatibility forms', () => {
    expect(normalise('caf\u00e9 \uff21\ufb01').text).toBe('cafe Afi');
  });

  it('turns emoji, lone surrogates and control characters into spaces within bounds', () => {
    const src = 'a\ud83d\ude00b\ud800c\u0007d';
    const n = normalise(src);
    expect(n.text).toBe('a b c d');
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i] as number);
      expect(n.ends[i]).toBeLessThanOrEqual(src.length);
    }
    // The emoji's space covers both UTF-16 units.
    expect(src.slice(n.starts[1], n.ends[1])).toBe('\ud83d\ude00');
  });

  it('normalises a slice with offsets relative to the slice', () => {
    const n = normalise('xx followed', 3, 11);
    expect(n.text).toBe('followed');
    expect(n.starts[0]).toBe(0);
    expect(n.ends[7]).toBe(8);
  });

  it('handles the empty string', () => {
    expect(normalise('').text).toBe('');
  });
});
