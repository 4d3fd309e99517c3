import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { periodFromDates } from './period';

const d = (key: string, text: string) => ({ key, text });

describe('periodFromDates', () => {
  it('runs from a "since" date to the last dated occasion', () => {
    expect(
      periodFromDates(
        d('d:2026-1-9', '9 January 2026'),
        [d('d:2026-1-9', '9 January 2026'), d('d:2026-2-2', '2 February 2026')],
        2026,
      ),
    ).toEqual({ text: 'since 9 January 2026', days: 24 });
  });

  it('keeps a "since" date with no later date, without a length', () => {
    expect(periodFromDates(d('d:2026-1-9', '9 January 2026'), [], 2026)).toEqual({
      text: 'since 9 January 2026',
      days: null,
    });
  });

  it('runs from the first to the last dated occasion, whatever order they are told in', () => {
    expect(
      periodFromDates(
        null,
        [d('d:?-3-24', '24 March'), d('d:?-3-3', '3 March'), d('d:?-3-10', '10 March')],
        null,
      ),
    ).toEqual({ text: '3 March to 24 March', days: 21 });
  });

  it('moves to the next year when the dates go back past the new year', () => {
    expect(
      periodFromDates(null, [d('d:?-12-20', '20 December'), d('d:?-1-3', '3 January')], null),
    ).toEqual({ text: '20 December to 3 January', days: 14 });
  });

  it('says nothing from one date, undated occasions or times of day', () => {
    expect(periodFromDates(null, [d('d:2026-1-9', '9 January 2026')], 2026)).toBeNull();
    expect(
      periodFromDates(null, [{ key: null, text: null }, d('w:monday', 'Monday')], null),
    ).toBeNull();
  });
});

describe('the period of a narrative', () => {
  it.each([
    [
      'Since 9 January 2026 the suspect has sent the victim messages every day and turned up at her work.',
      'since 9 January 2026',
    ],
    [
      'On 3 March he followed her home. On 10 March he waited outside her work. On 17 March he sent her 20 messages. On 24 March he turned up at her gym.',
      '3 March to 24 March',
    ],
    [
      'Since 9 January 2026 he has been sending her messages. He turned up at her home on 14 January 2026 and again on 2 February 2026.',
      'since 9 January 2026',
    ],
    [
      'He followed her on 2 March 2026 and waited outside her work on 20 April 2026.',
      '2 March 2026 to 20 April 2026',
    ],
    [
      'He has been following her since 4 March. He waited outside her flat on 12 April.',
      'since 4 March',
    ],
  ])('%s → %s', (text, period) => {
    expect(analyse(text).stalking.period?.text).toBe(period);
  });

  it('leaves the period of stated lengths alone', () => {
    expect(
      analyse('For three weeks he has followed her to work every day.').stalking.period,
    ).toEqual({
      text: 'For three weeks',
      days: 21,
    });
  });
});
