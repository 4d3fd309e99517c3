import { describe, expect, it } from 'vitest';
import { formatEventTime, plainText } from './format';

describe('plainText', () => {
  it('shows bidi overrides, embeddings, isolates and marks as visible codes', () => {
    // "CR/12/26" followed by an override that would display "fdp.exe" backwards.
    expect(plainText('CR/12/26\u202Eexe.fdp')).toBe('CR/12/26[U+202E]exe.fdp');
    expect(plainText('\u2066a\u2069 \u200Fb\u200E \u202Ac\u202C \u061C')).toBe(
      '[U+2066]a[U+2069] [U+200F]b[U+200E] [U+202A]c[U+202C] [U+061C]',
    );
  });

  it('leaves ordinary text, Welsh and right-to-left letters alone', () => {
    for (const text of ['Victim declined', 'Dioddefwr ŵyr ŷd', 'שלום', 'مرحبا', 'a\u200Bb']) {
      expect(plainText(text)).toBe(text);
    }
  });
});

describe('formatEventTime', () => {
  it('gives the date and the local time to the second, with the zone, as the review does', () => {
    // 2 December 2026, 22:41:07 UTC: GMT in London.
    expect(formatEventTime(Date.UTC(2026, 11, 2, 22, 41, 7, 900), 'Europe/London')).toBe(
      '2 December 2026 at 22:41:07 GMT',
    );
    // British Summer Time: an hour ahead of UTC, and the date follows the local clock.
    expect(formatEventTime(Date.UTC(2026, 5, 30, 23, 5, 3), 'Europe/London')).toBe(
      '1 July 2026 at 00:05:03 BST',
    );
  });

  it('tells apart events seconds apart that a minute-only time would merge', () => {
    const t = Date.UTC(2026, 10, 2, 9, 0, 0);
    expect(formatEventTime(t + 1_000, 'Europe/London')).not.toBe(
      formatEventTime(t + 59_000, 'Europe/London'),
    );
  });
});
