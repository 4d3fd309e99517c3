import { describe, expect, it } from 'vitest';
import { defaultPack } from './index';
import { tokenise } from './segment';
import { compileShorthand, expandShorthand } from './shorthand';
import { stem } from './stem';

const table = compileShorthand(defaultPack.shorthand);
const read = (t: string): string =>
  expandShorthand(tokenise(t, stem), table, stem)
    .map((x) => x.norm)
    .join(' ');

describe('police shorthand', () => {
  it.each([
    ['IP states SUS att addr', 'victim states suspect attended address'],
    ['VIC rec 40 msgs on s/m', 'victim received 40 messages on social media'],
    ['AP seen o/s IP addr w/e', 'suspect seen outside victim address weekend'],
    ['OIC PC 4471 approx 2 occs', 'officer officer 4471 approximately 2 occasions'],
    ['SUSP txt IP from w/h nos', 'suspect text victim from withheld numbers'],
    ['DOB and RTC and TWOC', 'date of birth and road traffic collision and taking without consent'],
    ['SUS sent 3 friend reqs', 'suspect sent 3 friend requests'],
    ['NOTE PUSHED THRU LETTERBOX', 'note pushed through letterbox'],
    ['NIL CONTACT SINCE SAT', 'no contact since sat'],
  ])('%s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it('respects capitals and the following word', () => {
    expect(read('the ip address')).toBe('the ip address');
    expect(read('IP data logged')).toBe('ip data logged');
    expect(read('an ap of sus behaviour')).toBe('an ap of sus behaviour');
    expect(read('sus rang her')).toBe('suspect rang her');
    expect(read('S using son to pass notes')).toBe('suspect using son to pass notes');
    // "V" is the victim, except before a word where "victim" would mislead ("V GOOD"); before a
    // fear word either reading says the same ("CALLER V DISTRESSED")
    expect(read("SUS followed V home, posted V's address")).toBe(
      "suspect followed victim home posted victim 's address",
    );
    expect(read('CALLER V DISTRESSED')).toBe('caller victim distressed');
    expect(read('RELATIONSHIP V GOOD')).toBe('relationship very good');
    expect(read('v scared')).toBe('very scared');
  });

  it('reads "ill" as "I will" only with a word after it in the clause', () => {
    expect(read('ill find u')).toBe('i will find you');
    expect(read('it has made her ill.')).toBe('it has made her ill');
    expect(read('she felt ill, then he rang')).toBe('she felt ill then he rang');
  });

  it('reads "off" as "from" only before the person it came from', () => {
    expect(read('she has had calls off him')).toBe('she has had calls from him');
    expect(read('texts off SUS')).toBe('texts from suspect');
    expect(read('she took time off work')).toBe('she took time off work');
    expect(read('he got off the bus')).toBe('he got off the bus');
    expect(read('he told her off')).toBe('he told her off');
  });

  it('keeps the abbreviation span on every expanded word', () => {
    const toks = expandShorthand(tokenise('on s/m', stem), table, stem);
    expect(toks.map((t) => [t.norm, t.s, t.e])).toEqual([
      ['on', 0, 2],
      ['social', 3, 6],
      ['media', 3, 6],
    ]);
  });

  it('splits other a/b tokens into words', () => {
    expect(read('he and/or she')).toBe('he and or she');
  });
});
