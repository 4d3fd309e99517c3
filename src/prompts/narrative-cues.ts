/**
 * Recognise, in the officer's own narrative, that a step was already done ("SPO considered, not
 * applied because ...", "referred to ISAC with consent", "S-DASH completed, high"), so a prompt
 * shows as done instead of nagging. A cue that is negated or still in the future ("SPO not yet
 * considered", "DASH to be completed", "will refer to ISAC") does not count.
 *
 * Pure and small: no zod, no DOM; the content script imports it.
 */

export const CUE_IDS = [
  'spo_considered',
  'spo_applied',
  'spo_interim',
  'spo_not_applied',
  'classification_rationale',
  'included_classification',
  's4a_considered',
  'sdash_completed',
  'dash_completed',
  'dara_completed',
  'risk_high',
  'supervisor_informed',
  'marac_referral',
  'stalking_clinic',
  'advocate_referral',
  'idva_referral',
  'support_referral',
  'referral_consent',
  'referral_declined',
  'enhanced_rights',
  'communication_needs',
  'contact_plan',
  'written_confirmation',
  'vps',
  'compensation',
  'special_measures',
  'bail_views',
  'clares_law',
  'dapn_dapo',
  'safety_plan',
  'evidence_preserved',
  'device_check',
] as const;
/** Id of something the narrative can show was done. */
export type CueId = (typeof CUE_IDS)[number];

/** Where a cue matched. Offsets only: callers must not copy narrative text into audit or notes. */
export interface CueMatch {
  id: CueId;
  start: number;
  end: number;
}

/** Compiled cue patterns, as {@link compileCues} makes them from the catalogue's sources. */
export type CompiledCues = Readonly<Record<CueId, readonly RegExp[]>>;

/** Compile the catalogue's cue sources (case-insensitive, global). */
export function compileCues(sources: Readonly<Record<CueId, readonly string[]>>): CompiledCues {
  const out = {} as Record<CueId, RegExp[]>;
  for (const id of CUE_IDS) out[id] = (sources[id] ?? []).map((src) => new RegExp(src, 'gi'));
  return out;
}

/** Words before a cue, in the same clause, that mean it did not (yet) happen. */
const NEGATED_BEFORE =
  /\b(?:not|no|never|yet to|still to|needs? to|need|should|will|to be|awaiting|pending|unable to|failed to|didn'?t|hasn'?t|haven'?t|wasn'?t|won'?t|can'?t|cannot|plan to|intend to|going to|consider(?:ing)? whether)\b[^.;!?\n]*$/i;

/** Words straight after a cue that undo it ("DASH completed? No", "VPS offered - pending"). */
const NEGATED_AFTER = /^\s*[?:-]?\s*(?:no\b|not yet\b|to follow\b|pending\b|tbc\b|outstanding\b)/i;

/** Clause boundaries: a cue's negation window does not cross these. */
const CLAUSE_BREAK = /[.,;!?\n]|\bbut\b|\bhowever\b|\band\b/gi;

/** The start of the clause that contains `index`. */
function clauseStart(text: string, index: number): number {
  let start = Math.max(0, index - 80);
  CLAUSE_BREAK.lastIndex = start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < index; m = CLAUSE_BREAK.exec(text)) {
    start = m.index + m[0].length;
  }
  return start;
}

/**
 * The words just before a match in its own clause. Kept short (40 characters) so a negation
 * about something else earlier in a long clause ("she is not sleeping and was referred ...")
 * does not cancel the cue.
 */
function beforeWindow(text: string, start: number): string {
  return text.slice(Math.max(clauseStart(text, start), start - 40), start);
}

/** True when the text around a match says the step was not (or not yet) done. */
export function isNegated(text: string, start: number, end: number): boolean {
  if (NEGATED_BEFORE.test(beforeWindow(text, start))) return true;
  return NEGATED_AFTER.test(text.slice(end, end + 20));
}

/** Cues that are a decision recorded in negative form; their own "not" must not cancel them. */
const NEGATIVE_FORM: ReadonlySet<CueId> = new Set(['spo_not_applied', 'referral_declined']);

/**
 * All cue matches in the narrative, in text order, negated ones left out.
 * Deterministic: same text, same result.
 */
export function findCues(text: string, cues: CompiledCues): CueMatch[] {
  const out: CueMatch[] = [];
  for (const id of CUE_IDS) {
    for (const pattern of cues[id]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        // Negative-form cues carry their negation inside the match; only the words before count.
        const negated = NEGATIVE_FORM.has(id)
          ? NEGATED_BEFORE.test(beforeWindow(text, start))
          : isNegated(text, start, end);
        if (!negated) out.push({ id, start, end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** The set of cue ids present (not negated) in the narrative. */
export function cueSet(text: string, cues: CompiledCues): Set<CueId> {
  return new Set(findCues(text, cues).map((c) => c.id));
}

/** True when the narrative shows this cue (not negated). */
export function hasCue(text: string, id: CueId, cues: CompiledCues): boolean {
  return cueSet(text, cues).has(id);
}

/** Plain-words description of each cue, for "done because" text. Never quotes the narrative. */
