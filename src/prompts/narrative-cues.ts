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

/**
 * Filler allowed between the parts of a cue. It may not contain a negator or a future marker,
 * so "SPO not yet considered" never matches "SPO ... considered".
 */
const gap = (max: number): string =>
  `(?:(?!\\b(?:not|no|never|yet|to be|will|pending|awaiting|should|need|needs)\\b)[^.;!?\\n]){0,${max}}?`;

/** Build a case-insensitive global pattern from parts joined by `gap(max)`. */
const seq = (max: number, ...parts: string[]): RegExp =>
  new RegExp(parts.map((p) => `(?:${p})`).join(gap(max)), 'gi');

const SPO = String.raw`\bSPO\b|stalking protection order`;
const DONE = String.raw`\b(?:completed?|done|submitted|carried out|undertaken|conducted|finished)\b`;
const REFERRED = String.raw`\b(?:referred|referral (?:made|sent|submitted|completed|done)|signposted)\b`;
const ADVOCATE = String.raw`\bISACs?\b|\bISAs?\b|stalking advoca(?:te|cy)|paladin`;

/** Patterns per cue. Each is tested on the whole narrative; matches are then negation-checked. */
const CUE_PATTERNS: Record<CueId, RegExp[]> = {
  spo_considered: [
    seq(30, SPO, String.raw`\b(?:considered|discussed|reviewed|assessed)\b`),
    seq(20, String.raw`\b(?:considered|discussed|reviewed)\b`, SPO),
  ],
  spo_applied: [
    seq(
      25,
      SPO,
      String.raw`\b(?:applied for|application (?:made|submitted|sent|lodged)|granted|obtained|sought)\b`,
    ),
    seq(
      20,
      String.raw`\b(?:applied|applying|application)\b`,
      String.raw`\bfor (?:an? )?(?:full )?(?:SPO|stalking protection order)\b`,
    ),
  ],
  spo_interim: [
    seq(
      20,
      String.raw`\binterim\b`,
      SPO,
      String.raw`\b(?:applied for|sought|granted|obtained|application)\b`,
    ),
    seq(
      20,
      String.raw`\b(?:applied|applying|application)\b`,
      String.raw`\bfor (?:an )?interim (?:SPO|stalking protection order)\b`,
    ),
    seq(20, String.raw`\bISPO\b`, String.raw`\b(?:applied for|sought|granted|obtained)\b`),
  ],
  spo_not_applied: [
    // The "not" is the decision itself here, so the pattern spells it out instead of using gap().
    new RegExp(
      String.raw`(?:${SPO})[^.;!?\n]{0,30}?\bnot\s+(?:being\s+)?(?:applied(?: for)?|applying|sought|pursued|appropriate|necessary|proportionate|required|needed)\b[^.;!?\n]{0,30}?\b(?:because|as|since|due to|reason|rationale)\b`,
      'gi',
    ),
    new RegExp(
      String.raw`\bnot\s+(?:applying|seeking)\s+for\s+(?:an?\s+)?(?:${SPO})[^.;!?\n]{0,30}?\b(?:because|as|since|due to)\b`,
      'gi',
    ),
  ],
  classification_rationale: [
    seq(30, String.raw`\bnot stalking\b`, String.raw`\b(?:because|as|since|due to)\b`),
    seq(
      30,
      String.raw`\b(?:recorded|classified|crimed|kept) as harassment\b`,
      String.raw`\b(?:because|as|since|due to)\b`,
    ),
    seq(20, String.raw`\bharassment only\b`, String.raw`\b(?:because|as|since|due to)\b`),
  ],
  included_classification: [
    seq(
      30,
      String.raw`\bstalking\b`,
      String.raw`\b(?:added|recorded) as (?:an )?included (?:classification|crime|offence)\b`,
    ),
    seq(
      20,
      String.raw`\bincluded classification\b`,
      String.raw`\b(?:added|recorded|of stalking)\b`,
    ),
    seq(
      25,
      String.raw`\bintel(?:ligence)? (?:report|log)\b`,
      String.raw`\b(?:submitted|completed|done|created)\b`,
    ),
  ],
  s4a_considered: [
    seq(
      20,
      String.raw`\b(?:s\.?\s?4A|section 4A)\b`,
      String.raw`\b(?:considered|applies|met|recorded|crimed)\b`,
    ),
  ],
  sdash_completed: [
    seq(20, String.raw`\bS-?DASH\b|\bstalking screening tool\b|\bSST\b|\bstalking screen\b`, DONE),
  ],
  dash_completed: [seq(20, String.raw`(?<![\w-])DASH\b`, DONE)],
  dara_completed: [seq(20, String.raw`\bDARA\b`, DONE)],
  risk_high: [
    seq(5, String.raw`\bhigh\b`, String.raw`\brisk\b`),
    seq(15, String.raw`\b(?:risk|graded|assessed as|S-?DASH|DASH|DARA)\b`, String.raw`\bhigh\b`),
  ],
  supervisor_informed: [
    seq(
      25,
      String.raw`\b(?:supervisor|sergeant|sgt|PS|inspector|insp|duty officer)\b`,
      String.raw`\b(?:informed|notified|made aware|updated|reviewed|aware)\b`,
    ),
    seq(
      25,
      String.raw`\b(?:discussed with|reviewed by|escalated to)\b`,
      String.raw`\b(?:supervisor|sergeant|sgt|PS|inspector|insp)\b`,
    ),
  ],
  marac_referral: [
    seq(20, REFERRED, String.raw`\bMARAC\b`),
    seq(
      20,
      String.raw`\bMARAC\b`,
      String.raw`\breferral\b[^.;!?\n]{0,5}\b(?:made|sent|submitted|completed|done)\b|\breferred\b`,
    ),
  ],
  stalking_clinic: [
    seq(20, REFERRED, String.raw`\bstalking clinic\b|\bMASIP\b|\bMASP\b|\bstalking panel\b`),
    seq(
      20,
      String.raw`\bstalking clinic\b`,
      String.raw`\breferral\b[^.;!?\n]{0,5}\b(?:made|sent|submitted|completed|done)\b`,
    ),
  ],
  advocate_referral: [seq(25, REFERRED, ADVOCATE)],
  idva_referral: [seq(25, REFERRED, String.raw`\bIDVAs?\b`)],
  support_referral: [
    seq(
      25,
      REFERRED,
      String.raw`\bvictim support\b|\bvictim (?:care|services?)\b|\bsupport service\b`,
    ),
  ],
  referral_consent: [
    new RegExp(
      String.raw`\bwith (?:the victim's |(?:her|his|their) )?(?:full |verbal |written )?consent\b|\bconsent (?:given|obtained|recorded|provided)\b|\b(?:victim|IP|she|he|they) (?:consented|agreed to (?:the |a )?referral)\b`,
      'gi',
    ),
  ],
  referral_declined: [
    seq(
      25,
      String.raw`\b(?:victim|IP|she|he|they)\b`,
      String.raw`\b(?:declined|refused|did not want|does not want|doesn't want)\b`,
      String.raw`\b(?:referral|support|ISAC|ISA|IDVA|advoca)`,
    ),
  ],
  enhanced_rights: [
    seq(
      25,
      String.raw`\benhanced (?:rights|service|entitlements?)\b`,
      String.raw`\b(?:explained|confirmed|applied|offered|given|recorded|eligible|entitled)\b`,
    ),
    seq(25, String.raw`\b(?:eligible|entitled|qualifies)\b`, String.raw`\benhanced\b`),
  ],
  communication_needs: [
    new RegExp(
      String.raw`\bno (?:communication|language|interpreter|additional) needs\b|\binterpreter not (?:required|needed)\b`,
      'gi',
    ),
    seq(
      25,
      String.raw`\bcommunication needs\b`,
      String.raw`\b(?:checked|assessed|discussed|recorded|identified|none)\b`,
    ),
    seq(
      20,
      String.raw`\binterpreter\b|\bintermediary\b|\bBSL\b`,
      String.raw`\b(?:booked|arranged|provided|requested)\b`,
    ),
  ],
  contact_plan: [
    seq(
      25,
      String.raw`\bcontact (?:plan|preferences?|arrangements?)\b`,
      String.raw`\b(?:agreed|recorded|confirmed|discussed|set)\b`,
    ),
    seq(
      25,
      String.raw`\bsafe (?:number|phone|email|contact|method)\b`,
      String.raw`\b(?:agreed|confirmed|obtained|recorded|given)\b`,
    ),
    seq(
      30,
      String.raw`\bupdates?\b`,
      String.raw`\b(?:daily|weekly|fortnightly|monthly|every)\b`,
      String.raw`\bagreed\b`,
    ),
    seq(30, String.raw`\bagreed\b`, String.raw`\bupdates?\b`),
    seq(
      20,
      String.raw`\b(?:daily|weekly|fortnightly|monthly)\b`,
      String.raw`\bupdates?\b`,
      String.raw`\bagreed\b`,
    ),
  ],
  written_confirmation: [
    seq(
      30,
      String.raw`\bwritten confirmation\b|\bconfirmation (?:letter|email)\b|\bVC letter\b|\bcrime (?:ref(?:erence)?|number)\b`,
      String.raw`\b(?:sent|given|provided|emailed|posted|handed)\b`,
    ),
  ],
  vps: [
    seq(
      25,
      String.raw`\bVPS\b|\bvictim personal statement\b`,
      String.raw`\b(?:offered|explained|taken|obtained|declined|deferred|refused|made|completed|recorded)\b`,
    ),
    seq(
      25,
      String.raw`\b(?:offered|declined|refused|took|taken)\b`,
      String.raw`\b(?:a |the )?(?:VPS|victim personal statement)\b`,
    ),
  ],
  compensation: [
    seq(
      30,
      String.raw`\bcompensation\b|\bCICA\b`,
      String.raw`\b(?:explained|discussed|given|provided|information|info|leaflet|advised)\b`,
    ),
  ],
  special_measures: [
    seq(
      25,
      String.raw`\bspecial measures\b`,
      String.raw`\b(?:discussed|explained|considered|requested|noted|applied|identified|recorded|eligible)\b`,
    ),
  ],
  bail_views: [
    seq(30, String.raw`\bviews?\b|\bconsulted\b|\bwishes\b`, String.raw`\bbail\b`),
    seq(
      30,
      String.raw`\bbail conditions?\b`,
      String.raw`\b(?:discussed with|agreed with|explained to)\b`,
      String.raw`\b(?:victim|IP|her|him|them)\b`,
    ),
  ],
  clares_law: [
    seq(
      25,
      String.raw`\bClare'?s Law\b|\bDVDS\b`,
      String.raw`\b(?:considered|discussed|application|applied|disclosure|explained|made|submitted|referral)\b`,
    ),
  ],
  dapn_dapo: [
    seq(
      25,
      String.raw`\bDAPN\b|\bDAPO\b|\bDVPN\b|\bDVPO\b`,
      String.raw`\b(?:considered|issued|served|applied|sought|authorised|granted)\b`,
    ),
  ],
  safety_plan: [
    seq(
      25,
      String.raw`\bsafety (?:plan|planning|advice)\b`,
      String.raw`\b(?:agreed|completed|given|done|discussed|provided|in place)\b`,
    ),
  ],
  evidence_preserved: [
    seq(
      30,
      String.raw`\b(?:screenshots?|messages|call logs?|texts|voicemails?|emails|CCTV|doorbell|ring footage|footage|phone)\b`,
      String.raw`\b(?:seized|secured|obtained|saved|captured|downloaded|exhibited|requested|preserved|taken|viewed)\b`,
    ),
    seq(
      25,
      String.raw`\b(?:diary|log)\b`,
      String.raw`\b(?:started|given|provided|explained|advised|issued)\b`,
    ),
  ],
  device_check: [
    seq(
      30,
      String.raw`\b(?:checked|examined|searched|swept)\b`,
      String.raw`\b(?:trackers?|tracking devices?|airtags?|spyware|stalkerware)\b`,
    ),
    seq(
      30,
      String.raw`\b(?:trackers?|tracking devices?|airtags?|spyware|stalkerware)\b`,
      String.raw`\b(?:check|checks|sweep|search)\b[^.;!?\n]{0,10}\b(?:done|completed|carried out|negative|positive)\b|\bfound\b`,
    ),
  ],
};

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
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  for (const id of CUE_IDS) {
    for (const pattern of CUE_PATTERNS[id]) {
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
export function cueSet(text: string): Set<CueId> {
  return new Set(findCues(text).map((c) => c.id));
}

/** True when the narrative shows this cue (not negated). */
export function hasCue(text: string, id: CueId): boolean {
  return cueSet(text).has(id);
}

/** Plain-words description of each cue, for "done because" text. Never quotes the narrative. */
