import { describe, expect, it } from 'vitest';
import { SUMMARY_END, SUMMARY_START, findSummaryBlock, replaceSummary } from './summary';

describe('findSummaryBlock', () => {
  const b = `${SUMMARY_START}\nbody\n${SUMMARY_END}`;

  it('finds the first block, markers included', () => {
    expect(findSummaryBlock(`Notes.\n\n${b}\n\nMore.`)).toBe(b);
  });

  it('says when there is none, or when the end marker is gone', () => {
    expect(findSummaryBlock('Just notes.')).toBeNull();
    expect(findSummaryBlock(`${SUMMARY_START}\nbody`)).toBe('unterminated');
  });

  it("reads an older build's versioned start marker", () => {
    const old = `--- Waymark summary (v1) ---\nold\n${SUMMARY_END}`;
    expect(findSummaryBlock(old)).toBe(old);
  });
});

describe('replaceSummary', () => {
  const b1 = `${SUMMARY_START}\nfirst\n${SUMMARY_END}`;
  const b2 = `${SUMMARY_START}\nsecond\n${SUMMARY_END}`;

  it.each([
    [null, b1],
    ['', b1],
    ['   \n', b1],
  ])('puts the block into empty notes (%j)', (existing, expected) => {
    expect(replaceSummary(existing, b1)).toBe(expected);
  });

  it('appends after the officer’s notes with a blank line', () => {
    expect(replaceSummary('Officer notes.\n', b1)).toBe(`Officer notes.\n\n${b1}`);
  });

  it('replaces its own earlier block instead of adding a second one', () => {
    const once = replaceSummary('Officer notes.', b1);
    const twice = replaceSummary(once, b2);
    expect(twice).toBe(`Officer notes.\n\n${b2}`);
    expect(twice.match(/--- Waymark summary/g)).toHaveLength(1);
    expect(replaceSummary(twice, b2)).toBe(twice);
  });

  it('keeps the officer’s text before and after the block', () => {
    const existing = `Before.\n\n${b1}\n\nAfter.`;
    expect(replaceSummary(existing, b2)).toBe(`Before.\n\n${b2}\n\nAfter.`);
  });

  it('replaces a block from an older summary version', () => {
    const old = '--- Waymark summary (v0) ---\nold\n--- end Waymark summary ---';
    expect(replaceSummary(`Notes.\n\n${old}`, b2)).toBe(`Notes.\n\n${b2}`);
  });

  it('collapses duplicate blocks (pasted twice) into one', () => {
    const out = replaceSummary(`A.\n\n${b1}\n${b1}\nB.`, b2);
    expect(out.match(/--- Waymark summary/g)).toHaveLength(1);
    expect(out).toContain('A.');
    expect(out).toContain('B.');
    expect(out).toContain('second');
  });

  it('does not cut the officer’s notes when the end marker was deleted', () => {
    const broken = `${SUMMARY_START}\nhalf a block\nOfficer wrote this after.`;
    const out = replaceSummary(broken, b2);
    expect(out).toContain('Officer wrote this after.');
    expect(out.endsWith(b2)).toBe(true);
  });
});
