import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CONDITIONS } from './catalogue';
import { catalogueSchema, parseCatalogue } from './catalogue.schema';
import { PROMPT_IDS, VNA_STEP_IDS } from './types';

describe('prompt catalogue', () => {
  it('passes its zod schema', () => {
    expect(() => parseCatalogue(CATALOGUE)).not.toThrow();
  });

  it('has every taxonomy prompt id and VNA step id exactly once', () => {
    expect(CATALOGUE.prompts.map((p) => p.id).sort()).toEqual([...PROMPT_IDS].sort());
    expect(CATALOGUE.vnaSteps.map((s) => s.id)).toEqual([...VNA_STEP_IDS]);
  });

  it.each(CATALOGUE.prompts.map((p) => [p.id, p] as const))(
    '%s has ask, why and satisfiedBy',
    (_id, p) => {
      expect(p.ask.length).toBeGreaterThan(20);
      expect(p.why.length).toBeGreaterThan(20);
      expect(p.satisfiedBy.length).toBeGreaterThan(10);
      expect(p.naReasons.length).toBeGreaterThan(0);
    },
  );

  it.each(CATALOGUE.vnaSteps.map((s) => [s.id, s] as const))(
    'vna.%s names its Code right or law',
    (_id, s) => {
      expect(s.why).toMatch(/Victims' Code|Act \d{4}/);
    },
  );

  it('names a source in every why', () => {
    for (const p of CATALOGUE.prompts) {
      expect(p.why).toMatch(/Act \d{4}|Rules|Code|College of Policing|S-DASH|guidance/);
    }
  });

  it('uses only known conditions', () => {
    for (const p of CATALOGUE.prompts) {
      for (const c of [...p.appliesWhen.flat(), ...p.points.flatMap((x) => x.when)]) {
        expect(CONDITIONS).toContain(c);
      }
    }
  });

  it('does not assert items the reference marks VERIFY', () => {
    const all = JSON.stringify(CATALOGUE);
    // Malicious communications and CCB code letters, and the standard of proof, are unverified.
    expect(all).not.toMatch(/\b8R\b|\b8U\b|balance of probabilities/);
  });

  it('offers only s4A-specific reasons for setting s4A aside', () => {
    const s4a = CATALOGUE.prompts.find((p) => p.id === 's4a')!;
    expect(s4a.naReasons).not.toContain('Victim could not be contacted yet');
  });

  it('keeps Enhanced Rights for stalking victims: the only reason is not stalking', () => {
    const er = CATALOGUE.vnaSteps.find((s) => s.id === 'enhanced_rights')!;
    expect(er.naReasons).toEqual(['Not stalking after review: reason in narrative']);
    expect(er.ask).toMatch(/within 1 working day \(not 5\)/);
  });

  it('refuses a catalogue with a missing prompt, a duplicate step or an unknown placeholder', () => {
    const missing = { ...CATALOGUE, prompts: CATALOGUE.prompts.slice(1) };
    expect(catalogueSchema.safeParse(missing).success).toBe(false);
    const dupe = { ...CATALOGUE, vnaSteps: [...CATALOGUE.vnaSteps, CATALOGUE.vnaSteps[0]] };
    expect(catalogueSchema.safeParse(dupe).success).toBe(false);
    const first = CATALOGUE.prompts[0]!;
    const typo = {
      ...CATALOGUE,
      prompts: [{ ...first, ask: 'Call {advocacyy}' }, ...CATALOGUE.prompts.slice(1)],
    };
    expect(catalogueSchema.safeParse(typo).success).toBe(false);
    expect(catalogueSchema.safeParse({ ...CATALOGUE, version: 'one' }).success).toBe(false);
  });
});

describe('content-script budget', () => {
  // The content script imports these; zod would blow its 60 KB gzip budget.
  it.each([
    'catalogue.ts',
    'evaluate.ts',
    'narrative-cues.ts',
    'summary.ts',
    'spo-draft.ts',
    'services.ts',
    'index.ts',
    '../overlay/prompts/PromptList.tsx',
    '../overlay/prompts/SpoDraft.tsx',
  ])('%s does not import zod or a schema module', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    expect(source).not.toMatch(/from '(?:zod|[^']*\.schema)'/);
  });
});
