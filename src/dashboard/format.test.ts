import { describe, expect, it } from 'vitest';
import { plainText } from './format';

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
