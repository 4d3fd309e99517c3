import type { Analysis, BehaviourId } from '../core/types';
import { classify } from '../prompts/evaluate';
import type { PromptId, PromptState, PromptView, RecordState } from '../prompts/types';
import type { Scenario } from './scenarios';
import { t } from '../i18n/runtime';

/**
 * Practice mode: a trainee reads a scenario's brief, writes the narrative and completes the
 * training record, then gets a score and feedback. Scoring is pure: it takes the record the
 * trainee left, the engine's analysis of their narrative and the prompts as evaluated on it.
 */

/** A fact the trainee's narrative should capture. */
export interface KeyFact {
  /** The fact, as feedback shows it. */
  fact: string;
  /**
   * How to recognise it: every group must have one of its terms in the narrative (lower case,
   * as a substring), so "followed" + "college" needs both ideas, in the trainee's own words.
   */
  match: string[][];
}

/** What a scenario offers for practice. */
export interface PracticeBrief {
  /** What the trainee is told: the caller's account, not a record to copy. */
  brief: string;
  keyFacts: KeyFact[];
}

/** One part of the score, with its weight. */
export interface ScorePart {
  label: string;
  got: number;
  outOf: number;
}

/** The score and feedback for one practice attempt. No narrative text unless asked for. */
export interface PracticeResult {
  exerciseId: string;
  title: string;
  /** 0..100, rounded. */
  score: number;
  parts: ScorePart[];
  facts: { fact: string; captured: boolean }[];
  /** The behaviours the scenario depends on, and whether the narrative made each visible. */
  behaviours: { id: BehaviourId; visible: boolean }[];
  /** The engine's judgement on the trainee's narrative, and the one the scenario expects. */
  judgement: { likely: boolean; expected: boolean };
  classification: { chosen: string; expected: 'stalking' | 'not stalking'; correct: boolean };
  /** Every prompt shown on the finished record, with its state. */
  prompts: { id: PromptId; state: PromptState }[];
  narrative?: string;
}

const WEIGHTS = { facts: 40, behaviours: 20, classification: 20, prompts: 20 } as const;

/** True when every group of the fact has one of its terms in `text`. */
export function captures(text: string, fact: KeyFact): boolean {
  const t = text.toLowerCase();
  return fact.match.every((group) => group.some((term) => t.includes(term.toLowerCase())));
}

const CLOSED: readonly PromptState[] = ['done', 'not_applicable'];

/** Score a practice attempt on `scenario` (which must have a practice brief). */
export function scorePractice(
  scenario: Scenario,
  record: RecordState,
  analysis: Analysis,
  prompts: readonly PromptView[],
): PracticeResult {
  const practice = scenario.practice;
  if (!practice) throw new Error(`scenario ${scenario.id} has no practice brief`);
  const facts = practice.keyFacts.map((f) => ({
    fact: f.fact,
    captured: captures(record.narrative, f),
  }));
  const found = new Set(analysis.behaviours.map((b) => b.id));
  const behaviours = scenario.expect.behaviours.map((id) => ({ id, visible: found.has(id) }));
  const expectedLikely = scenario.expect.stalkingLikely;
  const kind = classify(record.classification);
  const classification = {
    chosen: record.classification ?? '',
    expected: expectedLikely ? ('stalking' as const) : ('not stalking' as const),
    correct: expectedLikely ? kind === 'stalking' : kind !== 'stalking',
  };
  const shown = prompts.map((p) => ({ id: p.id, state: p.state }));
  const closed = shown.filter((p) => CLOSED.includes(p.state)).length;

  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  const parts: ScorePart[] = [
    {
      label: t('practice.part.facts'),
      got: WEIGHTS.facts * share(facts.filter((f) => f.captured).length, facts.length),
      outOf: WEIGHTS.facts,
    },
    // For a scenario that is not stalking, what counts is that the account does not read as
    // stalking; for stalking, that each behaviour the teaching depends on is visible.
    expectedLikely
      ? {
          label: t('practice.part.behaviours'),
          got:
            WEIGHTS.behaviours *
            share(behaviours.filter((b) => b.visible).length, behaviours.length),
          outOf: WEIGHTS.behaviours,
        }
      : {
          label: t('practice.part.notStalking'),
          got: analysis.stalking.likely ? 0 : WEIGHTS.behaviours,
          outOf: WEIGHTS.behaviours,
        },
    {
      label: t('practice.part.classification'),
      got: classification.correct ? WEIGHTS.classification : 0,
      outOf: WEIGHTS.classification,
    },
    {
      label: t('practice.part.prompts'),
      got: WEIGHTS.prompts * share(closed, shown.length),
      outOf: WEIGHTS.prompts,
    },
  ];
  return {
    exerciseId: scenario.id,
    title: scenario.title,
    score: Math.round(parts.reduce((sum, p) => sum + p.got, 0)),
    parts: parts.map((p) => ({ ...p, got: Math.round(p.got) })),
    facts,
    behaviours,
    judgement: { likely: analysis.stalking.likely, expected: expectedLikely },
    classification,
    prompts: shown,
  };
}

/**
 * The result as plain text to download or print. The narrative is left out unless the trainee
 * chooses to keep it: a practice narrative is the trainee's work, not something to file.
 */
export function resultText(
  r: PracticeResult,
  opts: { narrative?: string; when: Date; label: (id: BehaviourId) => string },
): string {
  const tick = (ok: boolean) => (ok ? '[x]' : '[ ]');
  const lines = [
    t('practice.file.title'),
    t('practice.file.exercise', { title: r.title }),
    t('practice.file.completed', { when: opts.when.toISOString().slice(0, 16).replace('T', ' ') }),
    t('practice.score', { score: r.score }),
    ...r.parts.map(
      (p) => `  ${t('practice.part', { label: p.label, got: p.got, outOf: p.outOf })}`,
    ),
    '',
    t('practice.facts'),
    ...r.facts.map((f) => `  ${tick(f.captured)} ${f.fact}`),
    '',
    t(r.judgement.expected ? 'practice.file.behaviours' : 'practice.judgement'),
    ...(r.judgement.expected
      ? r.behaviours.map((b) => `  ${tick(b.visible)} ${opts.label(b.id)}`)
      : [
          `  ${t('practice.file.expectedNot', { verdict: t(r.judgement.likely ? 'demo.verdict.likely' : 'demo.verdict.not') })}`,
        ]),
    '',
    t('field.classification'),
    `  ${t('practice.file.chosen', {
      chosen: r.classification.chosen || t('practice.file.none'),
      expected: t(
        r.classification.expected === 'stalking'
          ? 'practice.expected.stalking'
          : 'practice.expected.not',
      ),
      mark: t(r.classification.correct ? 'practice.file.right' : 'practice.file.check'),
    })}`,
    '',
    t('counts.prompts'),
    // Prompt ids and states are data, the same in every language.
    ...(r.prompts.length > 0
      ? r.prompts.map((p) => `  ${p.id}: ${p.state.replace('_', ' ')}`)
      : [`  ${t('practice.file.noneShown')}`]),
  ];
  if (opts.narrative !== undefined) lines.push('', t('practice.file.narrative'), opts.narrative);
  return `${lines.join('\n')}\n`;
}
