import { describe, expect, it } from 'vitest';
import { MAX_RECORD_REF_CHARS, parseRecordHash, recordLinkHash } from './deep-link';

describe('parseRecordHash', () => {
  it('reads an encoded crime reference', () => {
    expect(parseRecordHash('#record=CR%2F40217%2F26')).toBe('CR/40217/26');
    expect(parseRecordHash('record=CR%2F40217%2F26')).toBe('CR/40217/26');
    // Slashes need not be encoded in a fragment.
    expect(parseRecordHash('#record=CR/40217/26')).toBe('CR/40217/26');
  });

  it('decodes spaces and Unicode, keeps a literal plus, and trims', () => {
    expect(parseRecordHash('#record=WM%20100%2026')).toBe('WM 100 26');
    expect(parseRecordHash('#record=A+B')).toBe('A+B');
    expect(parseRecordHash('#record=%20%20CR%2F1%2F26%20')).toBe('CR/1/26');
    expect(parseRecordHash(`#record=${encodeURIComponent('Llŷn/7/26')}`)).toBe('Llŷn/7/26');
  });

  it('finds the record among other parts and takes the first', () => {
    expect(parseRecordHash('#view=table&record=CR%2F1%2F26&x=1')).toBe('CR/1/26');
    expect(parseRecordHash('#record=first&record=second')).toBe('first');
    // An = inside the value stays in the value.
    expect(parseRecordHash('#record=a%3Db')).toBe('a=b');
    expect(parseRecordHash('#record=a=b')).toBe('a=b');
  });

  it('gives null for no link, an empty one or another key', () => {
    for (const hash of [
      '',
      '#',
      null,
      undefined,
      '#record',
      '#record=',
      '#record=%20%20',
      '#records=CR1',
      '#Record=CR1',
      '#xrecord=CR1',
    ]) {
      expect(parseRecordHash(hash)).toBeNull();
    }
  });

  it('refuses bad encoding, control characters and over-long references', () => {
    expect(parseRecordHash('#record=%E0%A4%A')).toBeNull();
    expect(parseRecordHash('#record=%ZZ')).toBeNull();
    expect(parseRecordHash('#record=CR%0A1')).toBeNull();
    expect(parseRecordHash('#record=CR%001')).toBeNull();
    expect(parseRecordHash(`#record=${'A'.repeat(MAX_RECORD_REF_CHARS)}`)).toBe(
      'A'.repeat(MAX_RECORD_REF_CHARS),
    );
    expect(parseRecordHash(`#record=${'A'.repeat(MAX_RECORD_REF_CHARS + 1)}`)).toBeNull();
  });

  it('round-trips recordLinkHash', () => {
    for (const ref of ['CR/40217/26', 'WM 100/26', 'a&b=c#d', '100%', 'A+B', 'Llŷn/7/26']) {
      expect(parseRecordHash(recordLinkHash(ref))).toBe(ref);
    }
    expect(recordLinkHash('CR/40217/26')).toBe('#record=CR%2F40217%2F26');
  });
});
