import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { describeDays, readTemporal } from './occasions';

function facts(t: string) {
  return readTemporal(t.toLowerCase(), (a, b) => [a, b], t);
}

describe('readTemporal', () => {
  it('reads dates in the forms officers write', () => {
    const f = facts('On 4 March 2024, then 14/03, then March 20th and 02/04/25 and the 12th.');
    expect(new Set(f.times.map((t) => t.key))).toEqual(
      new Set(['d:2024-3-4', 'd:?-3-14', 'd:?-3-20', 'd:2025-4-2', 'd:?-?-12']),
    );
  });

  it('does not read shorthand or rates as dates', () => {
    expect(
      facts('sep 2 months ago he may 2 things; 24/7').times.filter((t) => t.key.startsWith('d:')),
    ).toEqual([]);
  });

  it.each([
    ['on 4 occasions', 4],
    ['on at least six occasions', 6],
    ['approx 15 times', 15],
    ['twice', 2],
    ['txt x40', 40],
    ['on 2 occs', 2],
    ['sent over 100 messages', 100],
    ['from 9 diff nos', 9],
  ])('counts: %s', (t, n) => {
    expect(facts(t).counts[0]?.n).toBe(n);
  });

  it.each([
    ['daily', 1],
    ['every day', 1],
    ['3x/wk', 3 / 7],
    ['up to 30x/day', 30],
    ['most days', 1],
    ['repeatedly', null],
    ['keeps texting', null],
  ])('frequency: %s', (t, perDay) => {
    expect(facts(t).frequencies[0]?.perDay).toBe(perDay);
  });

  it('reads periods and ranges', () => {
    expect(facts('for three weeks').periods[0]?.days).toBe(21);
    expect(facts('over the past 6 months').periods[0]?.days).toBe(180);
    expect(facts('since March').periods[0]?.sinceMonth).toBe(3);
    const range = facts('approx 15 times betw 20/10 and 27/10');
    expect(range.periods[0]?.days).toBe(7);
    expect(range.times).toEqual([]);
  });

  it('says "again"', () => {
    expect(facts('He was there again').again?.text).toBe('again');
    expect(facts('He came back on Monday').again?.text).toBe('came back');
  });
});

describe('chronology and course of conduct', () => {
  it('makes one occasion per date and counts the course of conduct', () => {
    const a = analyse(
      'SUS att IP addr 01/10, 04/10 and 09/10. On 09/10 he shouted through the letterbox.',
    );
    expect(a.chronology.map((o) => o.when)).toEqual(['01/10', '04/10', '09/10']);
    expect(a.stalking.occasions).toBe(3);
    expect(a.stalking.courseOfConduct).toBe(true);
  });

  it('estimates frequency × period', () => {
    const a = analyse('He has messaged her every day for three weeks.');
    expect(a.stalking.occasions).toBe(21);
    expect(a.stalking.period?.days).toBe(21);
    expect(a.stalking.reasons[0]).toMatch(/at least 21 occasions over 3 weeks/);
  });

  it('gives a period from dates and resolves years from the text', () => {
    const a = analyse(
      'On 3 March 2025 he followed her home. On 24 March he turned up at her work.',
    );
    expect(a.chronology.map((o) => o.date)).toEqual(['2025-03-03', '2025-03-24']);
    expect(a.stalking.period?.days).toBe(21);
  });

  it('treats "again" as a new occasion and a single incident as one', () => {
    expect(
      analyse('He followed her home. He followed her again the next day.').stalking.occasions,
    ).toBe(2);
    expect(analyse('He followed her home from the bus stop last night.').stalking.occasions).toBe(
      1,
    );
  });

  it('does not take the length of a relationship as the period of the conduct', () => {
    const a = analyse('We were together for four years. Since we split he messages me every day.');
    expect(a.stalking.period).toEqual({ text: 'Since we split', days: null });
    expect(a.stalking.occasions).toBe(2);
  });

  it('reads a weekday with its date as one occasion', () => {
    const a = analyse('On Saturday 14/03 he followed me home. On 20/03 he followed me again.');
    expect(a.chronology.map((o) => o.when)).toEqual(['14/03', '20/03']);
    expect(a.stalking.occasions).toBe(2);
  });

  it('describes lengths in plain words', () => {
    expect(describeDays(21)).toBe('3 weeks');
    expect(describeDays(90)).toBe('3 months');
    expect(describeDays(1)).toBe('1 day');
  });
});
