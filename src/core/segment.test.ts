import { describe, expect, it } from 'vitest';
import { splitSentences, tokenise, MAX_SENTENCE_CHARS } from './segment';
import { stem } from './stem';

const sentences = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminators followed by a capital, and on line breaks', () => {
    expect(sentences('He followed her. She called 999!  Then he left\nNew line here')).toEqual([
      'He followed her.',
      'She called 999!',
      'Then he left',
      'New line here',
    ]);
  });

  it('does not split after abbreviations, initials or before lower case', () => {
    expect(
      sentences('PC. Smith met Mr. J. Jones approx. 3 times. It was e.g. late. ok then.'),
    ).toEqual(['PC. Smith met Mr. J. Jones approx. 3 times.', 'It was e.g. late. ok then.']);
  });

  it('splits after a month or day when a capital follows, not before a number', () => {
    expect(sentences('She left him in Jan. SUSP turned up at her gym on Sat. 3 times.')).toEqual([
      'She left him in Jan.',
      'SUSP turned up at her gym on Sat. 3 times.',
    ]);
  });

  it('splits after a record word such as "V." or "addr." when a capital follows', () => {
    expect(
      sentences('SPO cond 3 - not to contact V. New FB acct sent V msgs. Att IP addr. SUS left.'),
    ).toEqual([
      'SPO cond 3 - not to contact V.',
      'New FB acct sent V msgs.',
      'Att IP addr.',
      'SUS left.',
    ]);
    // not before a number or lower case, and not after a title or a name's initial
    expect(sentences('Seen at approx. 2 hrs. later by Mr. J. Smith at no. 4.')).toEqual([
      'Seen at approx. 2 hrs. later by Mr. J. Smith at no. 4.',
    ]);
  });

  it('splits a log pasted onto one line at each " / " before a four-digit time', () => {
    expect(sentences('1120 CALLER WANTS ADVICE / 1121 EX KEEPS PUTTING NOTES IN BAG')).toEqual([
      '1120 CALLER WANTS ADVICE',
      '1121 EX KEEPS PUTTING NOTES IN BAG',
    ]);
    expect(sentences('SUS NOT LOCATED. / 29/08 1410 VIC CALLS FROM AWAY')).toEqual([
      'SUS NOT LOCATED.',
      '29/08 1410 VIC CALLS FROM AWAY',
    ]);
    // not a slash in a date, a fraction or after a time
    expect(sentences('2114 / CALLER SAYS 1/2 OF IT ON 12/03')).toEqual([
      '2114 / CALLER SAYS 1/2 OF IT ON 12/03',
    ]);
  });

  it('keeps closing quotes with the sentence', () => {
    expect(sentences('He said "stop." She left.')).toEqual(['He said "stop."', 'She left.']);
  });

  it('cuts a run-on line at white space and hard-cuts a line with none', () => {
    const long = 'word '.repeat(1000);
    for (const s of splitSentences(long))
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    const noSpace = 'x'.repeat(5000);
    const parts = splitSentences(noSpace);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => noSpace.slice(p.start, p.end)).join('')).toBe(noSpace);
  });

  it('gives the same sentences when splitting from a sentence start', () => {
    const t = 'One thing. Two things happened here. Three!\nFour';
    const all = splitSentences(t);
    const from = splitSentences(t, (all[1] as { start: number }).start);
    expect(from).toEqual(all.slice(1));
  });
});

describe('tokenise', () => {
  const norms = (t: string): string[] => tokenise(t, stem).map((x) => x.norm);

  it('splits contractions the Penn Treebank way', () => {
    expect(norms("He didn't stop; he'll won't can't")).toEqual([
      'he',
      'did',
      'not',
      'stop',
      'he',
      'will',
      'will',
      'not',
      'can',
      'not',
    ]);
  });

  it('reads \'d after a pronoun as "would" and after any other word as a past tense', () => {
    expect(norms("I'd go, who'd know")).toEqual(['i', 'would', 'go', 'who', 'would', 'know']);
    expect(norms("SUS msg'd IP, rec'd 3 txts")).toEqual(['sus', 'msgd', 'ip', 'recd', '3', 'txts']);
  });

  it('reads a free-standing @ as "at", not one inside an email address', () => {
    expect(norms('SUS @ addr, seen @work')).toEqual(['sus', 'at', 'addr', 'seen', 'at', 'work']);
    expect(norms('jo@mail.com')).toEqual(['jo', 'mail', 'com']);
  });

  it('reads a free-standing & or + as "and", not one inside a word or after a number', () => {
    expect(norms('calls & txts + visits')).toEqual(['calls', 'and', 'txts', 'and', 'visits']);
    expect(norms('M&S, 40+ calls, C++')).toEqual(['m', 's', '40', 'calls', 'c']);
  });

  it('reads contractions typed without an apostrophe', () => {
    expect(norms('he dont care and wont stop')).toEqual([
      'he',
      'do',
      'not',
      'care',
      'and',
      'will',
      'not',
      'stop',
    ]);
  });

  it('reads a free-standing slash between log entries as a semicolon, not inside a word', () => {
    const toks = tokenise('RP CALLING / MALE O/S, 24/7', stem);
    expect(toks.map((t) => t.punct)).toEqual(['', '', ';', '', ',', '']);
    expect(toks[3]?.norm).toBe('o/s');
  });

  it('keeps short letter/letter shorthand whole and records punctuation on the next token', () => {
    const toks = tokenise('msgs on s/m, "stop"', stem);
    expect(toks.map((t) => t.norm)).toEqual(['msgs', 'on', 's/m', 'stop']);
    expect(toks[3]?.punct).toBe('"');
  });

  it('reads a plural possessive as "\'s" unless a single quotation is open', () => {
    const norms = (t: string) => tokenise(t, stem).map((x) => x.norm);
    expect(norms("her parents' house")).toEqual(['her', 'parents', "'s", 'house']);
    expect(norms("he wrote 'pay for your lies' on it")).not.toContain("'s");
  });

  it('counts each quote mark, so a quotation that closes and the next that opens are two', () => {
    const quotes = (t: string) => tokenise(t, stem).map((x) => x.quotes);
    expect(quotes("signed 'R': 'I know'")).toEqual([0, 1, 2, 0]);
    expect(quotes('he said "stop" and left')).toEqual([0, 0, 1, 1, 0]);
    expect(quotes("he didn't stop")).toEqual([0, 0, 0, 0]);
  });

  it('skips very long tokens (binary noise)', () => {
    expect(norms(`a ${'z'.repeat(100)} b`)).toEqual(['a', 'b']);
  });

  it('stems so inflections share a form', () => {
    const s = tokenise('follows followed following messaged messages', stem).map((t) => t.stem);
    expect(new Set(s.slice(0, 3)).size).toBe(1);
    expect(s[3]).toBe(s[4]);
  });
});
