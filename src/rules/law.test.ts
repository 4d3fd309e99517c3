import { describe, expect, it } from 'vitest';
import corePack from './packs/core.json';
import type { RulePack } from './types';

/**
 * The citations the panel and cards show, checked against the statute wording the domain
 * reference quotes: PHA 1997 s2A(3) lists (a)–(g) as examples, (d) is monitoring the use of the
 * internet, email or electronic communication, and SPA 2019 s1 is about applying for an order.
 */
const pack = corePack as unknown as RulePack;
const texts = [
  ...Object.values(pack.behaviours).map((b) => b.law),
  ...pack.rules.map((r) => r.law ?? ''),
];

describe('legal citations in the pack', () => {
  it('does not put location trackers under s2A(3)(d)', () => {
    expect(pack.behaviours.tracking_device.law).not.toMatch(/\(d\)/);
    expect(pack.behaviours.tracking_device.law).toMatch(/s2A\(3\).*\(g\) watching or spying/);
    for (const r of pack.rules.filter((x) => x.id.startsWith('tracking.'))) {
      expect(r.law).not.toMatch(/\(d\)/);
    }
  });

  it('never calls SPA 2019 s1 the stalking-by-proxy section', () => {
    for (const t of texts)
      expect(t).not.toMatch(/SPA 2019 s1\b[^(]*\(stalking by proxy\)|SPA 2019 s1$/);
    expect(pack.behaviours.contacting_third_parties.law).toMatch(/PHA 1997 s7\(3A\)/);
  });

  it('points fear, alarm or distress to s4A only with its limbs, and to s7 otherwise', () => {
    const law = pack.behaviours.fear_alarm_distress.law;
    expect(law).toMatch(/s4A\(1\)\(b\)/);
    expect(law).toMatch(/two or more occasions/);
    expect(law).toMatch(/substantial adverse effect/);
    expect(law).toMatch(/\(s7\)/);
    const feelings = pack.rules.find((r) => r.id === 'fear.feelings')!;
    expect(feelings.law).not.toMatch(/s4A/);
  });

  it('shows no mnemonic in place of a law, and no bare "PHA 1997 s5" for restraining orders', () => {
    for (const t of texts) {
      expect(t).not.toMatch(/^FOUR/);
      expect(t).not.toMatch(/PHA 1997 s5(?!A)/);
    }
  });
});
