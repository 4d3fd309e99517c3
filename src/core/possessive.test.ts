import { describe, expect, it } from 'vitest';
import { compilePack } from './compile';
import { analyse, defaultPack } from './index';
import { foldPossessives } from './possessive';
import { tokenise } from './segment';

const c = compilePack(defaultPack);
const folded = (t: string) =>
  foldPossessives(tokenise(t, c.stem), c.possessive)
    .map((x) => x.norm)
    .join(' ');

describe('foldPossessives', () => {
  it('drops the article before a one-word possessor and words between a possessive and a place', () => {
    expect(folded("outside the victim's home address")).toBe("outside victim 's address");
    expect(folded('appeared at her new flat')).toBe('appeared at her flat');
    expect(folded("at the IP's former matrimonial home")).toBe("at ip 's home");
  });

  it('drops the article before the victim named as a person', () => {
    expect(folded('trailing the victim along the towpath')).toBe(
      'trailing victim along the towpath',
    );
    expect(folded('the complainant said')).toBe('complainant said');
    // Not before other nouns, nor across punctuation.
    expect(folded('the victim, the suspect')).toBe('victim the suspect');
    expect(folded('the, victim')).toBe('the victim');
  });

  it('keeps words that say who a person is, and sentences with nothing to fold', () => {
    expect(folded('her new partner drove her home')).toBe('her new partner drove her home');
    expect(folded('the new house on the corner')).toBe('the house on the corner');
    const plain = tokenise('He followed her home.', c.stem);
    expect(foldPossessives(plain, c.possessive)).toBe(plain);
  });

  it('lets the rules find turning up written with these phrases', () => {
    for (const t of [
      "The suspect attended the victim's home address.",
      "The defendant went to the complainant's home.",
      'Her former husband appeared at her new address.',
    ])
      expect(analyse(t).behaviours.map((b) => b.id)).toContain('loitering_or_turning_up');
    // Evidence still covers the words as written.
    const e = analyse('Her former husband appeared at her new address.').behaviours[0]?.evidence[0];
    expect(e?.text).toBe('appeared at her new address');
  });
});
