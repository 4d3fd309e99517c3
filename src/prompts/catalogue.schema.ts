/**
 * zod schema for the prompt catalogue. Runs in tests and in the background (and for any
 * catalogue a force supplies); never imported by the content script, which must stay under its
 * 60 KB gzip budget.
 */
import { z } from 'zod';
import { CONDITIONS } from './catalogue';
import type { Catalogue } from './catalogue';
import { PROMPT_IDS, VNA_STEP_IDS } from './types';
import { CUE_IDS } from './narrative-cues';
import { RELATIONSHIP_IDS } from '../core/types';

const text = z.string().trim().min(1);

/** Placeholders the engine knows how to fill; anything else in braces is a typo. */
export const PLACEHOLDERS = [
  'advocacy',
  'idva',
  'perpetrator',
  'helplines',
  'occasions',
  'fearOccasions',
  'classification',
] as const;

const prose = text.refine(
  (s) =>
    [...s.matchAll(/\{(\w*)\}/g)].every((m) =>
      (PLACEHOLDERS as readonly string[]).includes(m[1] ?? ''),
    ),
  { message: `Unknown placeholder; allowed: ${PLACEHOLDERS.join(', ')}` },
);

const condition = z.enum(CONDITIONS);

const pointSchema = z.strictObject({ when: z.array(condition), text: prose });

const promptSchema = z.strictObject({
  id: z.enum(PROMPT_IDS),
  title: text.max(80),
  missingTitle: text.max(80),
  ask: prose,
  why: text,
  satisfiedBy: text,
  appliesWhen: z.array(z.array(condition).min(1)).min(1),
  points: z.array(pointSchema),
  naReasons: z.array(text.max(80)).min(1),
});

const stepSchema = z.strictObject({
  id: z.enum(VNA_STEP_IDS),
  title: text.max(80),
  ask: prose,
  why: text,
  satisfiedBy: text,
  naReasons: z.array(text.max(80)).min(1),
});

/** The catalogue: every prompt id and every VNA step id exactly once. */
export const catalogueSchema = z
  .strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Version must be semantic (1.2.3)'),
    prompts: z.array(promptSchema),
    vnaSteps: z.array(stepSchema),
    // Every cue has its words, and nothing else does.
    cueLabels: z.record(z.enum(CUE_IDS), z.string().min(1)),
    cues: z.record(
      z.enum(CUE_IDS),
      z.array(
        z.string().refine((src) => {
          try {
            new RegExp(src, 'gi');
            return true;
          } catch {
            return false;
          }
        }, 'not a valid pattern'),
      ),
    ),
    relationshipLabels: z.record(z.enum(RELATIONSHIP_IDS), z.string().min(1)),
  })
  .superRefine((c, ctx) => {
    const check = (ids: string[], expected: readonly string[], path: string) => {
      const missing = expected.filter((id) => !ids.includes(id));
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (missing.length || dupes.length || ids.length !== expected.length) {
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: `Ids must match the taxonomy once each (missing: ${missing.join(', ') || 'none'}; duplicated: ${dupes.join(', ') || 'none'})`,
        });
      }
    };
    check(
      c.prompts.map((p) => p.id),
      PROMPT_IDS,
      'prompts',
    );
    check(
      c.vnaSteps.map((s) => s.id),
      VNA_STEP_IDS,
      'vnaSteps',
    );
  }) satisfies z.ZodType<Catalogue>;

/** Validate a catalogue; throws a zod error with every problem listed. */
export function parseCatalogue(input: unknown): Catalogue {
  return catalogueSchema.parse(input);
}
