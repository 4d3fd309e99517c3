/**
 * zod schema for rule packs and force pack extensions. Used where packs enter Waymark (tests,
 * CLI, extension background); `src/core` never imports this at runtime, only the plain types in
 * `types.ts`, which this schema is checked against at compile time.
 */
import { z } from 'zod';
import {
  BEHAVIOUR_IDS,
  COURSE_BASES,
  FOUR_ELEMENTS,
  PLAIN_REASON_IDS,
  RELATIONSHIP_IDS,
  RISK_IDS,
} from '../core/types';
import { FEATURE_IDS } from '../core/judgement';
import { SIGNAL_IDS, type PackExtension, type RulePack, type ShorthandEntry } from './types';
import { ownIssue, ownMessage } from '../i18n/issue-messages';

const id = z.string().regex(/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/, ownMessage('issue.own.ruleId'));
/** Lower-case words or stems, as the engine compares token norms and stems. */
const wordList = z.array(
  z.string().regex(/^[a-z0-9'][a-z0-9'-]*$/, ownMessage('issue.own.lowerWords')),
);
/** Stems matched against `Token.stem` ("attend", "notic"). */
const stemList = z.array(z.string().regex(/^[a-z]+$/, ownMessage('issue.own.lowerStems')));
const pattern = z.string().trim().min(1, ownMessage('issue.own.patternEmpty')).max(300);
const words = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[^\s-]+$/, ownMessage('issue.own.lexiconWord')),
  )
  .min(1);

export const ruleSchema = z
  .object({
    id,
    kind: z.enum(['behaviour', 'risk', 'relationship', 'signal']),
    target: z.string(),
    four: z.array(z.enum(FOUR_ELEMENTS)),
    explanation: z.string().min(3),
    law: z.string(),
    patterns: z.array(pattern).min(1),
    unless: z.array(pattern).optional(),
    actor: z.enum(['suspect', 'victim', 'any']).optional(),
    nominal: z.boolean().optional(),
    contextExempt: z.array(z.enum(['negated', 'hypothetical'])).optional(),
    implies: z.array(z.enum(RISK_IDS)).optional(),
    s4a: z.enum(['fear_of_violence', 'adverse_effect']).optional(),
    examples: z.object({
      positive: z.array(z.string().min(1)).min(1, ownMessage('issue.own.positiveExample')),
      negative: z.array(z.string().min(1)).min(1, ownMessage('issue.own.negativeExample')),
    }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const allowed: Record<string, readonly string[]> = {
      behaviour: BEHAVIOUR_IDS,
      risk: RISK_IDS,
      relationship: RELATIONSHIP_IDS,
      signal: SIGNAL_IDS,
    };
    if (!allowed[r.kind]?.includes(r.target)) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        // Worded from the value, so the message id travels in the issue's params.
        ...ownIssue('issue.own.ruleTarget', { target: r.target, kind: r.kind }),
      });
    }
  });

export const contextRuleSchema = z
  .object({
    pattern,
    category: z.enum(['negated', 'hypothetical', 'other_actor', 'pseudo', 'terminate']),
    direction: z.enum(['forward', 'backward', 'both']).optional(),
    maxScope: z.number().int().min(0).max(60).optional(),
    consented: z.boolean().optional(),
  })
  .strict();

export const shorthandSchema = z
  .object({
    abbr: z.string().min(1).max(20).regex(/^\S+$/, ownMessage('issue.own.abbreviation')),
    expansion: z.string().regex(/^[a-z0-9' -]+$/, ownMessage('issue.own.expansion')),
    caseSensitive: z.boolean().optional(),
    notBefore: z.array(z.string()).optional(),
    onlyBefore: z.array(z.string()).min(1).optional(),
    midClause: z.boolean().optional(),
  })
  .strict();

const behaviourInfo = z
  .object({ label: z.string().min(1), law: z.string(), why: z.string() })
  .strict();

export const rulePackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, ownMessage('issue.own.semver')),
    description: z.string().optional(),
    lexicon: z.record(
      z.string().regex(/^[A-Z][A-Z0-9_]*$/, ownMessage('issue.own.className')),
      words,
    ),
    shorthand: z.array(shorthandSchema),
    actors: z
      .object({
        suspect: z.array(z.string()),
        victim: z.array(z.string()),
        police: z.array(z.string()),
        thirdParty: z.array(z.string()),
        organisation: z.array(z.string()),
      })
      .strict(),
    behaviours: z.record(z.enum(BEHAVIOUR_IDS), behaviourInfo),
    risks: z.record(z.enum(RISK_IDS), z.object({ label: z.string().min(1) }).strict()),
    context: z.array(contextRuleSchema),
    rules: z.array(ruleSchema).min(1),
    words: z
      .object({
        notNames: z.array(
          z.string().regex(/^[a-z0-9][a-z0-9'-]*$/, ownMessage('issue.own.lowerWords')),
        ),
        policeVerbs: stemList,
        afterObjectHer: wordList,
        skipBeforeNoun: wordList,
        prepositions: wordList,
        clauseOpeners: wordList,
        subordinators: wordList,
        governing: wordList,
        policeTitles: wordList,
        messageHeads: wordList,
        vehicleWords: wordList,
        verbish: wordList,
        afterSubject: wordList,
        placeModifiers: wordList,
        civilOfficers: wordList,
        sexWords: z.object({ she: wordList, he: wordList }).strict(),
        leadingVerbs: wordList,
        perception: stemList,
        intensifiers: wordList,
        adverbs: wordList,
        participles: wordList,
        // Every feature and every basis has its words, and nothing else does.
        features: z.record(z.enum(FEATURE_IDS as [string, ...string[]]), z.string().min(1)),
        courseBasis: z.record(z.enum(COURSE_BASES), z.string().min(1)),
        reasons: z.record(z.enum(PLAIN_REASON_IDS), z.string().min(1)),
      })
      .strict(),
    judgement: z
      .object({
        bias: z.number().finite(),
        threshold: z.number().gt(0).lt(1),
        // Every feature has a weight, and nothing else does.
        weights: z.record(z.enum(FEATURE_IDS as [string, ...string[]]), z.number().finite()),
        fitted: z
          .object({
            items: z.number().int().positive(),
            folds: z.number().int().min(2),
            repeats: z.number().int().min(1),
            l2: z.number().nonnegative(),
            positiveWeight: z.number().positive(),
            cvPrecision: z.number().min(0).max(1),
            cvRecall: z.number().min(0).max(1),
          })
          .strict(),
      })
      .strict(),
    // Added to the shipped pack at load (src/core/temporal-sources.ts); absent in core.json.
    temporal: z.array(z.string()).optional(),
  })
  .strict();

export const packExtensionSchema = z
  .object({
    extends: z.string().min(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, ownMessage('issue.own.semver')),
    lexicon: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), words).optional(),
    shorthand: z.array(shorthandSchema).optional(),
    context: z.array(contextRuleSchema).optional(),
    rules: z.array(ruleSchema).optional(),
  })
  .strict();

// Compile-time checks that the schemas and the plain types agree.
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type PackShapeMatches = Assert<
  Same<z.infer<typeof rulePackSchema>['rules'][number]['kind'], RulePack['rules'][number]['kind']>
>;
export type ExtensionAssignable = Assert<
  z.infer<typeof packExtensionSchema> extends Omit<PackExtension, 'rules'> ? true : false
>;
export type ShorthandMatches = Assert<
  Same<Required<z.infer<typeof shorthandSchema>>, Required<ShorthandEntry>>
>;
