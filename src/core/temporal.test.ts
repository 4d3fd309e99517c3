import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import { describeDays } from './chronology';
import { compilePack } from './compile';
import { defaultPack } from './index';
import { readTemporal } from './temporal';

const patterns = compilePack(defaultPack).temporal;

function facts(t: string) {
  return readTemporal(t.toLowerCase(), (a, b) => [a, b], t, patterns);
}

/** Each of `course` is read as a course of conduct, and none of `notCourse` is. */
function expectCourse(course: readonly string[], notCourse: readonly string[] = []): void {
  for (const t of course) expect(analyse(t).stalking.courseOfConduct, t).toBe(true);
  for (const t of notCourse) expect(analyse(t).stalking.courseOfConduct, t).toBe(false);
}

describe('readTemporal', () => {
  it('reads dates in the forms officers write', () => {
    const f = facts('On 4 March 2024, then 14/03, then March 20th and 02/04/25 and the 12th.');
    expect(new Set(f.times.map((t) => t.key))).toEqual(
      new Set(['d:2024-3-4', 'd:?-3-14', 'd:?-3-20', 'd:2025-4-2', 'd:?-?-12']),
    );
  });

  it('reads a count after "x" with or without a space, and skips sentences no gate passes', () => {
    expect(facts('called x 3').counts[0]?.n).toBe(3);
    expect(facts('called x3').counts[0]?.n).toBe(3);
    // Nothing here passes any gate (no digit, no time or count word, no plural act).
    const none = facts('He hid behind a tree');
    expect(none.times.length + none.counts.length + none.frequencies.length).toBe(0);
    expect(none.periods.length + none.plurals.length + none.habitual.length).toBe(0);
    expect(none.again ?? none.otherTime).toBeNull();
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
    ['att on mult occs', 2],
    ['sent sev msgs', 3],
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

  it('reads a numbered list of occasions ("Breach 2:") as an ordinal, not a count of times', () => {
    expect(facts('Breach 2: 08/16 SUS tweeted').counts.map((c) => [c.n, c.ordinal])).toEqual([
      [2, true],
    ]);
    expect(facts('Incident 3) he followed her').counts[0]?.n).toBe(3);
    expect(facts('He said the breach 2 weeks ago was a mistake').counts).toEqual([]);
  });

  it('reads a month of a year as a time, and a day-month pair only where it can be one', () => {
    expect(facts('in November 2021 he sent flowers').times.map((t) => t.key)).toEqual([
      'd:2021-11-?',
    ]);
    // No month 16: month and year.
    expect(facts('Breach 2: 08/16 SUS tweeted').times.map((t) => t.key)).toEqual(['d:2016-8-?']);
    // A day stays a day, and a fraction or a day and month is not a year.
    expect(facts('on 4 March 2024 he came').times.map((t) => t.key)).toEqual(['d:2024-3-4']);
    expect(facts('on 3/4 he came').times.map((t) => t.key)).toEqual(['d:?-4-3']);
    expect(facts('since October 2013 he has').times).toEqual([]);
    expectCourse(
      ['In November 2021 he sent her flowers. In June 2023 he sent her flowers.'],
      ['In February 2025 he rang her. On 12 February he rang her.'],
    );
  });

  it('reads a range of days in one month, and a start said roughly', () => {
    for (const [t, days] of [
      ['4-27 Feb pc texted ip', 23],
      ['from 4 to 27 feb he texted her', 23],
      ['between 4 and 27 feb he texted her', 23],
      ['from 28 to 3 feb', 6],
      ['chgd stalking ip 15/09-14/12 via mobile', 90],
      ['22/07 - 28/07 at her work', 6],
    ] as const) {
      const f = facts(t);
      expect(
        f.periods.map((p) => p.days),
        t,
      ).toEqual([days]);
      expect(f.times, t).toEqual([]);
    }
    // A dash between two full dates is not a range of day and month ("15/09-14" is no year).
    expect(facts('he rang on 15/09/14 and again on 16/09/14').times).toHaveLength(2);
    // Two days named with "and" are two dates, not a range.
    expect(facts('on 4 and 27 feb he texted her').periods).toEqual([]);
    for (const t of [
      'since about october 2013 they have had cameras',
      'since around 2019 he has',
      'since roughly march he has',
      'since late last year he has',
    ])
      expect(facts(t).periods, t).toHaveLength(1);
    // Without "since", "late last year" is a time.
    const late = facts('late last year he came');
    expect(late.periods).toEqual([]);
    expect(late.times.map((t) => t.text)).toEqual(['last year']);
  });

  it('reads "a period of", "the course of" and "the space of" before a length', () => {
    expect(facts('over the course of two years').periods[0]?.days).toBe(730);
    expect(facts('within the space of a week').periods[0]?.days).toBe(7);
    // "months" with no number is a period whose length the text does not give
    const p = facts('over a period of months');
    expect(p.periods).toHaveLength(1);
    expect(p.periods[0]?.days).toBeNull();
    expect(facts('the period of mourning').periods).toEqual([]);
  });

  it('reads "over a period", "over time" and "over the years" as a period of unstated length', () => {
    for (const t of ['over a period', 'over a long period', 'over time', 'over the years']) {
      const p = facts(`he kept turning up ${t}`).periods;
      expect(p, t).toHaveLength(1);
      expect(p[0]?.days, t).toBeNull();
    }
    // A stated length is still read as one.
    expect(facts('over a period of three weeks').periods.map((p) => p.days)).toEqual([21]);
    expect(facts('the time he came over').periods).toEqual([]);
    expect(facts('a period piece').periods).toEqual([]);
  });

  it('reads "kept up" conduct as going on, but not keeping up with something', () => {
    expect(facts('he kept up the unwanted attention').frequencies).toHaveLength(1);
    expect(facts('he keeps up the messages').frequencies).toHaveLength(1);
    expect(facts('she kept up with her studies').frequencies).toEqual([]);
  });

  it('reads a refusal to stop as conduct that goes on', () => {
    expect(facts("he won't leave her alone").frequencies).toHaveLength(1);
    expect(facts('he refuses to stop messaging').frequencies).toHaveLength(1);
    expect(facts('he will not be at the hearing').frequencies).toEqual([]);
  });

  it('reads "forever", "rptdly", "account after account" and a refusal to stop as repetition', () => {
    for (const t of [
      "he's forever turning up at her work",
      'he is always outside her house',
      'sus rptdly att ip addr',
      'he set up account after account',
      "he just won't stop.",
      'he has done this before',
    ])
      expect(facts(t).frequencies.length + facts(t).habitual.length, t).toBeGreaterThan(0);
    for (const t of [
      'he is always welcome at the club',
      "the bus won't stop here",
      'he has done his best',
      'he has done this course before',
    ])
      expect(facts(t).frequencies.length + facts(t).habitual.length, t).toBe(0);
  });

  it('reads the shorthand of repetition and of periods', () => {
    expect(facts('sus calling ip non stop').frequencies).toHaveLength(1);
    expect(facts('sus txting ip all hrs').frequencies).toHaveLength(1);
    expect(facts('sus keeps att ip work').frequencies).toHaveLength(1);
    expect(facts("sus won't leave ip alone").frequencies).toHaveLength(1);
    expect(facts('sus spotted near ip addr several x').counts[0]).toMatchObject({ vague: true });
    expect(facts('sus back o/s ip addr').again?.text).toBe('back o/s');
    expect(facts('prev incs re same sus').frequencies).toHaveLength(1);
    expect(facts('repeat victim').frequencies).toHaveLength(1);
    expect(facts('ex msging ip for 6 mths').periods[0]?.days).toBe(180);
    expect(facts('calls over 2 wks').periods[0]?.days).toBe(14);
    // neighbours
    expect(facts('sus attended court').frequencies).toEqual([]);
    expect(facts('ip 2 x flat tyres').counts[0]?.vague).not.toBe(true);
    expect(facts('she went back to work').again).toBeNull();
    expect(facts('no repeat of the incident').frequencies).toEqual([]);
  });

  it('reads "wherever she goes", "always there" and recent periods as a course of conduct', () => {
    expectCourse(
      [
        'She sees him everywhere she goes.',
        'He turns up wherever she is.',
        'He is always there when she finishes work.',
        'For the past few weeks he has been outside her house.',
        'Over recent weeks he has turned up at her work.',
        'Over the last year he has contacted her friends.',
        'Throughout their separation he has messaged her.',
        'Ever since she moved he has turned up.',
      ],
      [
        'He turned up at her work last year.',
        'He was there when she finished work.',
        'She spent a few weeks away; he turned up at her flat.',
      ],
    );
  });

  it('reads repetition said as an adverb or a phrase of occasions, and not their neighbours', () => {
    for (const t of [
      'he phoned her on repeated occasions',
      'he followed her on separate occasions',
      'he drove past her house from time to time',
      'he turned up now and then',
      'he rang her more than once',
      'he routinely checked her location',
      'she was called morning, noon and night',
      'the calls came without let-up',
      'he occasionally left notes on her car',
      'he knew where she was at all times',
      'he watches her 24/7',
    ])
      expect(facts(t).frequencies, t).toHaveLength(1);
    for (const t of [
      'on the occasion of her birthday he sent a card',
      'once he had been told to stop',
      'at noon he sent a text',
      'he let her know by text',
      'now he lives in Leeds',
    ])
      expect(facts(t).frequencies, t).toEqual([]);
  });

  it('reads "more than one occasion" as two, and new quantity words as vague counts', () => {
    expect(facts('on more than one occasion he waited outside').counts[0]?.n).toBe(2);
    expect(facts('on one occasion he waited outside').counts[0]?.n).toBe(1);
    expect(facts('he sent umpteen texts').counts[0]).toMatchObject({ n: 10, vague: true });
    expect(facts('a handful of letters arrived').counts[0]).toMatchObject({ n: 3, vague: true });
    expect(facts('he has rung her heaps of times').counts[0]?.vague).toBe(true);
  });

  it('reads a season or a year gone through as a period, not a season named', () => {
    expect(facts('he phoned her throughout the summer').periods).toHaveLength(1);
    expect(facts('the calls went on all through the year').periods).toHaveLength(1);
    expect(facts('he phoned her in the summer').periods).toEqual([]);
    expect(facts('he called all through the night').periods).toEqual([]);
  });

  it('reads "the best part of" and "most of" a period', () => {
    expect(facts('over the best part of two years').periods[0]?.days).toBe(730);
    expect(facts('for most of the past two years').periods[0]?.days).toBe(730);
    // the words alone are not a period
    expect(facts('the best part of the day out was the beach').periods).toEqual([]);
  });

  it('takes "on one occasion" as one of several times, "in one incident" as one sitting', () => {
    expect(facts('He followed her and on one occasion parked outside her flat.').sameOccasion).toBe(
      false,
    );
    expect(facts('He sent six texts in one incident.').sameOccasion).toBe(true);
    expect(facts('He called on a single occasion.').sameOccasion).toBe(true);
    expect(facts('The profile and the group were created in one go.').sameOccasion).toBe(true);
    expect(facts('He sent her a series of messages in one conversation.').sameOccasion).toBe(true);
    expect(facts('It was one occasion only.').sameOccasion).toBe(true);
  });

  it('reads a list of -ing acts after a header colon as conduct that recurs', () => {
    expect(
      facts(
        'Reported conduct: standing outside her house, peering in, driving past, following her.',
      ).habitual,
    ).toHaveLength(1);
    // a scene told with an auxiliary stays one scene
    expect(
      facts('Incident: he was shouting, swearing, banging on the door.').habitual,
    ).toHaveLength(0);
    // ...and so does one told with no auxiliary, when its acts are those of one outburst
    expect(
      facts('Agitated - shouting, swearing, banging on doors and windows.').habitual,
    ).toHaveLength(0);
    // two items are not a list
    expect(facts('Actions: calling the victim, checking intel.').habitual).toHaveLength(0);
  });

  it('says "again"', () => {
    expect(facts('He was there again').again?.text).toBe('again');
    expect(facts('He came back on Monday').again?.text).toBe('came back');
  });
});

describe('chronology and course of conduct', () => {
  it('reads "has ... before" at the end of a clause as an earlier occasion', () => {
    expect(analyse('He has followed her before.').stalking.occasions).toBe(2);
    expect(analyse('He has been to her house before.').stalking.occasions).toBe(2);
    for (const t of [
      'she had never seen him before.',
      'he has not been there before.',
      'he had followed her the day before.',
      'he had left before she arrived.',
    ])
      expect(facts(t).again, t).toBeNull();
  });

  it('does not take a window or "the first ... in" as how long the conduct went on', () => {
    expect(facts('this is the first inspection in 14 mths').periods).toEqual([]);
    expect(facts('the only call in two years').periods).toEqual([]);
    expect(facts('he has texted her for two years').periods[0]?.days).toBe(730);
    // A short sentence after the conduct lends it a length, not a window something else fell in.
    expect(analyse('He turned up at her house. For months.').stalking.courseOfConduct).toBe(true);
    expect(
      analyse('SUS smashed a deer ornament. Replaced both items within a wk.').stalking
        .courseOfConduct,
    ).toBe(false);
  });

  it('takes a day said to come after undated conduct as a later occasion, not its date', () => {
    for (const t of [
      'Her ex followed her home. A week later he followed her again.',
      'He smashed her car window. Two days later he followed her home.',
      'He followed her home. The next day he was outside her house.',
    ])
      expect(analyse(t).stalking.occasions, t).toBe(2);
    // A date given for the same act is its date; an hour later is the same episode.
    expect(analyse('He followed her home. This was on 3 March.').stalking.occasions).toBe(1);
    expect(
      analyse('He followed her home. An hour later he was outside her house.').stalking.occasions,
    ).toBe(1);
  });

  it('reads "has been checking" and "more flowers" as conduct that recurs', () => {
    expect(analyse('He has been checking her location online.').stalking.courseOfConduct).toBe(
      true,
    );
    expect(analyse('Officers have been checking CCTV.').stalking.courseOfConduct).toBe(false);
    expect(facts('more flowers left on her car').again?.text).toBe('more flowers');
    expect(facts('no more calls since may').again).toBeNull();
  });

  it('takes "he has done this before" and "he won\'t stop" after an act as a course of conduct', () => {
    expectCourse(
      [
        'Her ex-partner turned up at her work on Monday. He has done this before.',
        'Her ex rang her on Monday. He just will not stop.',
        'He phoned her on repeated occasions.',
        'He has followed her on more than one occasion.',
      ],
      [
        'Her ex-partner turned up at her work on Monday. He has done his best to stay away since.',
        'Her ex rang her on Monday to arrange contact. The bus would not stop.',
        'He has followed her on one occasion.',
      ],
    );
  });

  it('reads "since last year" as a period and "last year" alone as a time', () => {
    expect(facts('Ongoing since last year despite takedowns.').periods[0]?.text).toBe(
      'since last year',
    );
    expect(facts('He has texted her since last week.').periods[0]?.text).toBe('since last week');
    const alone = facts('Last year he texted her.');
    expect(alone.periods).toEqual([]);
    expect(alone.times[0]?.key).toBe('r:last year');
    expect(
      analyse('Since last year he has posted videos about her.').stalking.courseOfConduct,
    ).toBe(true);
    expect(analyse('He has not contacted her since last week.').stalking.courseOfConduct).toBe(
      false,
    );
  });

  it('reads a log\'s "Day 1", "Day 2" as different days, not "day 1 of" or a clock time', () => {
    expect(
      analyse('Day 1: he sent her a threatening text. Day 2: he turned up at her house.').stalking
        .courseOfConduct,
    ).toBe(true);
    expect(facts('DAY 3 1640 IP REPORTS SUSP HAS TAKEN THE KEYS').times[0]?.key).toBe('r:day 3');
    expect(facts('on day 28 of her bail').times).toEqual([]);
    expect(facts('the first day 1:30 in the morning').times.some((t) => t.key === 'r:day 1')).toBe(
      false,
    );
  });

  it('reads a count after a log time the count reader turned down', () => {
    expect(facts('0837 SEVERAL BREACHES SAME YEAR PER CALLER.').counts.map((c) => c.n)).toEqual([
      3,
    ]);
    expect(facts('0941 BOTH CALLS FROM HIM').counts).toEqual([]);
  });

  it('reads two clock times close together as one sitting, and "kept following" as one walk', () => {
    expect(
      facts('23/11/15 at 1415 and 1426 he posted two messages on her page.').sameOccasion,
    ).toBe(true);
    expect(facts('He rang her at 0900 and again at 2100.').sameOccasion).toBe(false);
    expect(facts('MALE KEPT FOLLOWING UNTIL SHE STOPPED').frequencies).toEqual([]);
    expect(facts('He keeps following her home from work.').frequencies.length).toBe(1);
    expect(facts('He kept texting her after she blocked him.').frequencies.length).toBe(1);
  });

  it('reads a headline present with no time as what he has been doing, not one moment', () => {
    expectCourse(
      [
        'Ex-p texting IP despite NMO.',
        "SUS hanging around IP's street.",
        'IP reports ex turning up at her work.',
      ],
      [
        'MALE WATCHING HER FROM HIS WINDOW NOW.',
        'SUS following IP on 3/4 from the station.',
        'Ex is texting IP.',
        'Officers watching the address.',
      ],
    );
  });

  it('reads videos and articles put online as more than one', () => {
    expect(analyse('Videos about her have been put online.').stalking.courseOfConduct).toBe(true);
    expect(analyse('He filmed her and posted the video online.').stalking.courseOfConduct).toBe(
      false,
    );
  });

  it('reads "it happened again" and "it didn\'t stop" after an act as a further occasion', () => {
    expectCourse(
      [
        'He damaged my car. It happened again.',
        "He turned up at my work. It didn't stop.",
        'He turned up at my work. This went on for a while.',
        'He sent me messages. I blocked him but it continued.',
        '6 alleged breaches last year, several caught on CCTV.',
      ],
      [
        "He followed her in his car. It didn't stop at the lights.",
        'He turned up at her work. If it happens again she will call 999.',
        'He turned up at her work. She is worried it will happen again.',
        'He turned up at her work. It has not happened again.',
        'He followed her home. The bus went on to Leeds.',
      ],
    );
  });

  it('reads contact said to be too much, and messages said to carry on, as repeated', () => {
    expectCourse(
      [
        'SUS contacting her far too much by email and phone.',
        'He texts her too often.',
        'He emailed her on 19/11. Emails carried on after she asked him to stop.',
      ],
      [
        'He had too much to drink and rang her once.',
        'He rang her once. It was too much for her.',
        'He emailed her on 19/11. Her emails to the council carried on.',
      ],
    );
  });

  it('lends a course said to run over a period, told before its acts, to the first act', () => {
    expectCourse(
      [
        'MP REPORTING MALE WHO HAS HARASSED HER SINCE 2007. HE SENT HER A LETTER.',
        'Ongoing harassment over the last 2 years. He texted her on Monday.',
      ],
      [
        'Relationship lasted 4 years. He sent her a letter.',
        'Between 2020 and 2023 she reported harassment to the landlord. He sent her a letter.',
      ],
    );
  });

  it('reads "2x breach", "gone on about a year", "keep staring" and "he carried on"', () => {
    expect(facts('Arrested, PG to 2x breach of RO.').counts.map((c) => c.n)).toEqual([2]);
    expect(facts('He drives a 4x4.').counts).toEqual([]);
    expect(facts('Calls 3x/wk.').counts).toEqual([]);
    expect(facts('Gone on about a year.').periods[0]?.days).toBe(365);
    expect(facts('Both of them keep staring at her through her window.').frequencies.length).toBe(
      1,
    );
    expect(facts('He kept staring at her until she left the bus.').frequencies).toEqual([]);
    expect(
      analyse('After the split he hung around her school. Police warned him, he carried on.')
        .stalking.courseOfConduct,
    ).toBe(true);
  });

  it('reads "has not stopped contacting her", "carried on regardless" and communications counted', () => {
    expect(facts('HE HAS NOT STOPPED CONTACTING HER SINCE.').frequencies.length).toBe(1);
    expect(facts('He has not stopped at her house.').frequencies).toEqual([]);
    expect(facts('Suspect carried on regardless.').frequencies.length).toBe(1);
    expect(facts('About 400 communications to the receiver.').counts[0]?.n).toBe(400);
  });

  it('reads an ordinal time as a count, not as a date', () => {
    expect(analyse('CALLER SAYS THIS IS THE 4TH TIME HE HAS TURNED UP.').stalking.occasions).toBe(
      4,
    );
    expect(
      analyse('This is the seventh time he has turned up at her house.').stalking.occasions,
    ).toBe(7);
    expect(facts('He came to her house on the 4th.').times[0]?.key).toBe('d:?-?-4');
  });

  it('reads "carried on", "numerous dates" and "ongoing issues" as repetition', () => {
    expectCourse(
      [
        'He has carried on contacting her.',
        'SUS seen outside her flat on numerous dates in May.',
        'Ongoing issues with ex-partner turning up at her address.',
        'Further breach of RO - SUS txtd IP.',
      ],
      [
        'He carried on walking past her without stopping.',
        'He was warned that a further breach would lead to his arrest. He texted her.',
        'There has been no further breach since he texted her on Monday.',
        'Any further breach of bail should be reported. He texted her.',
      ],
    );
  });

  it('reads acts carried on after a request to stop, contact that became regular, and one act at both of two places', () => {
    expectCourse(
      [
        'Photographers followed him by car. He asked them to stop, they did not.',
        'Her ex texted her. She told him to stop contacting her but he would not.',
        'He turned up at her work. He was warned but carried on regardless.',
        'Since the victim moved in he has blocked her drive.',
        'He started calling into the shop and his visits became regular.',
        'SUS sent IP a txt. Told to stop, didnt.',
        'The ex turned up at both viewings.',
      ],
      [
        'He texted her. She asked him to stop and he did.',
        'He texted her. He told her to stop, she did not want to.',
        'He turned up at her work. He was warned but carried on with his shift.',
        'He blocked her drive on Monday. Since the victim moved in the road has been resurfaced.',
        'He called into the shop. His hours became regular after the new rota.',
        'He texted her. She told her son to stop, she did not want him hurt.',
        'He turned up at the viewing. He threatened both of them.',
      ],
    );
  });

  it('reads "a three-year campaign against her" as the length of the acts told after it', () => {
    expect(facts('Three-year campaign against her.').periods[0]?.text).toBe('Three-year');
    expect(facts('A year-long campaign.').periods[0]?.text).toBe('A year-long');
    expectCourse(
      [
        'Three-year campaign against her. He took her underwear off the washing line.',
        'A campaign of harassment lasting two years. He poured salt over her car.',
      ],
      [
        'He ran a three-year election campaign against her. He took her underwear off the line.',
        'A three-year campaign to save the library. He poured salt over her car.',
      ],
    );
  });

  it('reads "another FB msg" and other shorthand kinds of message as a further one', () => {
    expect(facts('ANOTHER FB MSG FROM SUS SINCE THE WARNING.').again?.text).toBe('ANOTHER FB MSG');
    expect(facts('Another abusive txt from him.').again?.text).toBe('Another abusive txt');
    expect(facts('He asked another man for directions.').again).toBeNull();
    expect(facts('She opened another FB account.').again).toBeNull();
  });

  it('takes an act of another kind, added in a sentence of its own, as another occasion', () => {
    expectCourse(
      [
        'On Sat he followed her from the shop to the bus station. He has also messaged her on Insta.',
        '1109 HE FOLLOWED HER FROM THE SHOP. 1112 HE HAS ALSO MESSAGED HER ON INSTA.',
        'He waited outside her work. In addition he sent her a text.',
      ],
      [
        'On Sat he followed her from the shop to the bus station. He messaged her on Insta.',
        'He followed her from the shop. He also followed her to the bus station.',
        'He followed her from the shop. He has also been rude to staff.',
        'He waited outside her work. She also got a text from her mum.',
      ],
    );
  });

  it('takes an act told as later than the one before as another occasion', () => {
    expectCourse(
      [
        'He followed her home. Later he texted her.',
        'SUS att IP addr. SUS subsequently sent msg to IP.',
        'He sat outside her house. Afterwards he posted about her online.',
      ],
      [
        'He followed her home. Later she went to bed.',
        'He followed her home. He texted her later to say sorry.',
        'He sat outside her house. Later that day officers spoke to him.',
      ],
    );
  });

  it('reads an act told by its -ing form with no subject, as shorthand does, as ongoing', () => {
    expectCourse(
      ['Msging her on social media, VIC uncomfortable.', '1410 RINGING HER FROM WITHHELD NOS.'],
      [
        'Texting her now, officers en route.',
        'Ringing her to say sorry was the last contact.',
        'He sent her a message. Following her complaint, police spoke to him.',
      ],
    );
  });

  it('reads a year after "since" or "between" as a year, not a time of day', () => {
    expect(facts('Between 2018 and 2020 he sent her 300 messages.').sameOccasion).toBe(false);
    expect(facts('Since 2019 he has sent her 40 texts.').sameOccasion).toBe(false);
    expect(facts('6 calls since 2230.').sameOccasion).toBe(true);
    expect(facts('5 calls since 2015hrs.').sameOccasion).toBe(true);
    expect(facts('Between 2312 and 0041 he sent six texts.').sameOccasion).toBe(true);
    expectCourse(['Between 2018 and 2020 he sent her 300 messages.'], ['6 calls since 2230.']);
  });

  it('does not read "her daily routine" or "daily life" as something done daily', () => {
    expectCourse(
      ['He texts her daily.', 'Calls daily since June.', 'He rings her on a daily basis.'],
      [
        'He followed her home. Her daily life is affected.',
        'He followed her home. She has changed her daily routine.',
        'He followed her on her daily run.',
      ],
    );
    expect(facts('Constant racist and sexual abuse plus threats.').frequencies[0]?.text).toBe(
      'Constant racist and sexual abuse',
    );
  });

  it('does not count how often the victim or the police do something, or how long they were together, as his conduct', () => {
    expectCourse(
      [
        'Ex rang IP. IP says every day.',
        'He sat outside her house. He is there every night.',
        'He followed her. This happens every week.',
        'I am the above named person and I live alone in Leeds. My ex-girlfriend followed me home from work. I was scared and I called my brother. She is there every night.',
      ],
      [
        'He sent her a text. She walks her dog every morning.',
        'He followed her home. She now checks her locks every night.',
        'He followed her home. She is scared every day.',
        'He turned up at her work. She works there most days.',
        'Her ex followed her home from work. Officers have spoken to him twice.',
        'Her ex followed her home from work. They were together for 3 years.',
        'Her ex followed her home from work. The couple had been married for 20 years.',
      ],
    );
    expect(facts('He has followed her for 3 years.').periods[0]?.text).toBe('for 3 years');
    expect(facts('Friends for years, then he started texting her.').periods).toEqual([]);
  });

  it('reads calls counted in one evening or a few minutes as one sitting, but not visits', () => {
    expectCourse(
      ['He came to her house three times today.', 'He rang her on 3 occasions last night.'],
      [
        'He rang her 6 times in 10 minutes.',
        'He rang her six times last night.',
        'Tonight he rang her 15 times.',
      ],
    );
  });

  it('takes one act at two of her places as more than one act', () => {
    expectCourse(
      [
        "He turned up at her work and at her mum's house.",
        'He waited outside her house and her work.',
        'He followed her to the gym and to her work.',
      ],
      [
        'He came to her house and banged on the door and the windows.',
        'He lives near her house and her work.',
        'He did not turn up at her home and her work.',
        'He turned up at her house and her house lights were on.',
      ],
    );
  });

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

  it('reads "sat", "sun" and "wed" as days only when written as days', () => {
    const keys = (t: string) => facts(t).times.map((x) => x.key);
    expect(keys('She has sat on my doorstep for hours. Out in the sun. They wed in May.')).toEqual(
      [],
    );
    expect(keys('Sat 12th he came back')).toContain('w:sat');
    expect(keys('SAT AM SUS SEEN')).toContain('w:sat');
    expect(keys('on sat he rang')).toContain('w:sat');
    expect(keys('sun night calls')).toContain('w:sun-night');
  });

  it('takes "the first time" as one occasion only when said of the conduct', () => {
    expect(facts('This is the first time he has come to the house.').single).toBe(true);
    // Meeting once says the suspect is a near stranger, not that the conduct happened once.
    expect(facts('That is the only time I have ever met him.').single).toBe(false);
    expect(facts('She had never met him before.').single).toBe(false);
    expect(facts('That was the only time he came to the house.').single).toBe(true);
    expect(facts('I had never seen the man before.').single).toBe(true);
    expect(facts('He turned up for the first time today.').single).toBe(true);
    expect(facts('The first time I went to the police they did nothing.').single).toBe(false);
    expect(facts('The first time he followed me was in May.').single).toBe(false);
    // One message of many is not a single message.
    expect(facts('He sent her one message on her birthday.').single).toBe(true);
    expect(facts('There was only one msg, at 2300.').single).toBe(true);
    expect(facts('Then one message mentioned a suit I used to wear.').single).toBe(false);
    // Advice to send a one-off email is not a one-off incident.
    expect(facts('This was a one-off.').single).toBe(true);
    expect(facts('Advised to send one clear msg from a new one-off email.').single).toBe(false);
    // Said not to be a one-off, or "only once" meaning "only when", it is not one.
    expect(facts('The demands have been regular rather than a one-off.').single).toBe(false);
    expect(facts('This was not a one-off.').single).toBe(false);
    expect(facts('He let her go only once satisfied she would stay.').single).toBe(false);
    expect(facts('He has contacted her only once.').single).toBe(true);
    // One post, said so in the words a log or statement uses; "just this one" ends the clause.
    expect(facts('Asked if any other posts; states no, just this one.').single).toBe(true);
    expect(facts('This was the one post.').single).toBe(true);
    expect(facts('S127 crime. Single post.').single).toBe(true);
    expect(facts('He said just this one man knew her address.').single).toBe(false);
    expect(facts('That was the one message that scared her most, of many.').single).toBe(false);
  });

  it('reads counts between two clock times, or since one, as one sitting', () => {
    expect(facts('Between 2312 and 0041 he sent six texts.').sameOccasion).toBe(true);
    expect(facts('Between about eleven and midnight he sent me eight messages.').sameOccasion).toBe(
      true,
    );
    expect(facts('He has txtd her 6 times since 2230.').sameOccasion).toBe(true);
    expect(facts('He has texted her 6 times since March.').sameOccasion).toBe(false);
  });

  it('does not read acts said not to have happened as acts in the plural', () => {
    expect(facts('No further msgs or contact since.').plurals).toHaveLength(0);
    expect(facts('She has not had any calls from him.').plurals).toHaveLength(0);
    expect(facts('He keeps sending her messages.').plurals).toHaveLength(1);
  });

  it('does not count a log time before counted things as their number', () => {
    expect(facts('0941 both calls came from the same number.').counts).toHaveLength(0);
    expect(facts('2215 more txts received.').counts).toHaveLength(0);
    expect(facts('He sent 1200 messages in a month.').counts[0]?.n).toBe(1200);
  });

  it('reads "continued texting" as repetition and "not the first time" as another occasion', () => {
    expect(facts('He continued texting her for approx 3 weeks.').frequencies).toHaveLength(1);
    expect(facts('She continued working at the shop.').frequencies).toHaveLength(0);
    expect(facts('She says this is not the first time he has done it.').otherTime).not.toBeNull();
    expect(facts('This is the first time he has done it.').otherTime).toBeNull();
  });

  it('reads "some time after", "he\'d been following" and "for a while" for what they say', () => {
    expect(facts('Some time after, suspect turned up at her house.').otherTime).not.toBeNull();
    expect(facts('Some time, suspect turned up at her house.').otherTime).toBeNull();
    expect(facts("He said he'd been following her for a while.").habitual).toHaveLength(1);
    expect(facts("I'd been meaning to call her.").habitual).toHaveLength(0);
    // "a while" is a length of time, not "while" joining what happened at once.
    expect(facts('He has been following her for a while.').linkAt).toBeNull();
    expect(facts('He sat outside while she was at work.').linkAt).not.toBeNull();
  });

  it('reads a length said to run up to now, and a range of years, as a period', () => {
    expect(facts('Around two years now.').periods[0]?.days).toBe(730);
    expect(facts('Has pursued him 6 yrs since, been jailed, no change.').periods[0]?.days).toBe(
      2190,
    );
    expect(facts('For 4-5 years SUS has flown banners about her.').periods[0]?.days).toBe(1460);
    expect(facts('For 4 to 5 years he sent letters.').periods[0]?.days).toBe(1460);
    // Not a length told of something else, nor a date range.
    expect(facts('She is 6 months pregnant now.').periods).toHaveLength(0);
    expect(facts('It is 3 years since they split up with each other.').periods[0]?.days).toBe(null);
  });

  it('does not read what the victim sent, or one pursuit told step by step, as repetition', () => {
    expect(facts('He found explicit texts she had sent another male.').plurals).toHaveLength(0);
    expect(facts('He sent her texts she did not want.').plurals).toHaveLength(1);
    expect(
      facts('MALE AHEAD KEPT SLOWING NEARLY TO A STOP AND LOOKING OVER'.toLowerCase()).frequencies,
    ).toHaveLength(0);
    expect(facts('He kept sending her flowers.').frequencies).toHaveLength(1);
  });

  it('does not read a course of conduct said not to be one as repetition', () => {
    expect(facts('One act only, not a course of conduct.').frequencies).toHaveLength(0);
    expect(facts('There is no pattern of behaviour here.').frequencies).toHaveLength(0);
    expect(facts('Nothing showed a course of conduct.').frequencies).toHaveLength(0);
    expect(
      facts('Recorded as voyeurism, not a stalking course of conduct.').frequencies,
    ).toHaveLength(0);
    // What the law needs is not what happened.
    expect(
      facts('Harassment needs a course of conduct, two or more occasions.').frequencies,
    ).toHaveLength(0);
    expect(facts('This is a course of conduct.').frequencies).toHaveLength(1);
  });

  it('reads "always" opening a clause before an -ing act as habitual', () => {
    expect(facts('Gets near him at events, always trying to talk to him.').habitual).toHaveLength(
      1,
    );
    expect(facts('SUS always texting her late at night.').habitual).toHaveLength(1);
    expect(facts('She said he is always nice to her.').habitual).toHaveLength(0);
  });

  it('describes lengths in plain words', () => {
    expect(describeDays(21)).toBe('3 weeks');
    expect(describeDays(90)).toBe('3 months');
    expect(describeDays(1)).toBe('1 day');
    // Two years or more in years: "almost three years" is not "37 months".
    expect(describeDays(1095)).toBe('3 years');
    expect(describeDays(540)).toBe('18 months');
  });
});

describe('counts attach to the behaviours in their own clause', () => {
  const brief =
    'Since we split up in January my ex-partner Daniel has followed me to work on three occasions. He has sent me over 60 text messages a day and keeps calling me from withheld numbers after I blocked him. On 3 March he was waiting outside my house when I got home, and on 10 March he turned up at my gym. I am scared to go out on my own.';

  it('keeps "on three occasions" with following and "60 texts" with contact', () => {
    const a = analyse(brief);
    const rows = a.chronology.map((o) => `${o.when ?? '-'} x${o.count}: ${o.behaviours.join(',')}`);
    expect(rows).toEqual([
      '- x3: following',
      '- x60: repeated_contact,fake_accounts',
      '3 March x1: loitering_or_turning_up',
      '10 March x1: loitering_or_turning_up',
    ]);
    expect(a.stalking.reasons).toContain(
      'Following the victim on at least 3 occasions since January (s2A(3)(a))',
    );
    expect(a.stalking.period?.text).toBe('since January');
  });

  it.each([
    // [text, expected "behaviours:count" per occasion]
    [
      'He followed me home on three occasions and he has sent me 40 messages.',
      ['following:3', 'repeated_contact:40'],
    ],
    // an act of another kind added in a sentence of its own is its own occasion, not the count's
    [
      'On four occasions, he followed me home. He also rang me.',
      ['following:4', 'repeated_contact:1'],
    ],
    ['On four occasions, he followed me home. He rang me.', ['following,repeated_contact:4']],
    // different acts each said once: a plural counts for its own act only
    [
      'He sent me abusive tweets, put a tracker on my car, and left flowers on my step.',
      ['repeated_contact:2', 'tracking_device:1', 'gifts_or_items:1'],
    ],
    // one clause, two acts: the count is said of both
    [
      'He turned up at my work and followed me home on 4 occasions.',
      ['loitering_or_turning_up,following:4'],
    ],
    // a count with one behaviour, another behaviour in its own clause without a count joins it
    [
      'He texted me 40 times, calling me names and threatening to hurt me.',
      ['repeated_contact,threats:40'],
    ],
    // a dated occasion keeps its later undated detail of the same behaviour
    [
      'On 3 March he followed me home. He followed me again on 4 occasions after that.',
      ['following:1', 'following:4'],
    ],
  ])('%s', (t, want) => {
    const a = analyse(t);
    expect(a.chronology.map((o) => `${o.behaviours.join(',')}:${o.count}`)).toEqual(want);
  });

  it.each([
    ['Since we split up in January he has texted me daily.', 'since January', 1],
    ['Since the break-up in March he has texted me daily.', 'since March', 3],
    ['Since they separated in early June he has followed her daily.', 'since June', 6],
    ['Since we split he messages me every day.', 'Since we split', null],
    ['Since March he has followed her every week.', 'since March', 3],
  ])('period anchor: %s', (t, text, month) => {
    const p = facts(t).periods[0];
    expect(p?.text.toLowerCase()).toBe(text.toLowerCase());
    expect(p?.sinceMonth).toBe(month);
  });
});
