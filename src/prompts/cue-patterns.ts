/**
 * What the narrative cues look for, as pattern sources: data the background sends with the
 * prompt catalogue, so the content script's bundle does not carry them (narrative-cues.ts compiles
 * and runs them).
 */
import type { CueId } from './narrative-cues';

/**
 * Filler allowed between the parts of a cue. It may not contain a negator or a future marker,
 * so "SPO not yet considered" never matches "SPO ... considered".
 */
const gap = (max: number): string =>
  `(?:(?!\\b(?:not|no|never|yet|to be|will|pending|awaiting|should|need|needs)\\b)[^.;!?\\n]){0,${max}}?`;

/** The source of a pattern from parts joined by `gap(max)` (compiled case-insensitive, global). */
const seq = (max: number, ...parts: string[]): string =>
  parts.map((p) => `(?:${p})`).join(gap(max));

const SPO = String.raw`\bSPO\b|stalking protection order`;
const DONE = String.raw`\b(?:completed?|done|submitted|carried out|undertaken|conducted|finished)\b`;
const REFERRED = String.raw`\b(?:referred|referral (?:made|sent|submitted|completed|done)|signposted)\b`;
const ADVOCATE = String.raw`\bISACs?\b|\bISAs?\b|stalking advoca(?:te|cy)|paladin`;

/**
 * Pattern sources per cue, compiled case-insensitive and global. Each is tested on the whole
 * narrative; matches are then negation-checked.
 */
export const CUE_SOURCES: Record<CueId, string[]> = {
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
    String.raw`(?:${SPO})[^.;!?\n]{0,30}?\bnot\s+(?:being\s+)?(?:applied(?: for)?|applying|sought|pursued|appropriate|necessary|proportionate|required|needed)\b[^.;!?\n]{0,30}?\b(?:because|as|since|due to|reason|rationale)\b`,
    String.raw`\bnot\s+(?:applying|seeking)\s+for\s+(?:an?\s+)?(?:${SPO})[^.;!?\n]{0,30}?\b(?:because|as|since|due to)\b`,
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
    String.raw`\bwith (?:the victim's |(?:her|his|their) )?(?:full |verbal |written )?consent\b|\bconsent (?:given|obtained|recorded|provided)\b|\b(?:victim|IP|she|he|they) (?:consented|agreed to (?:the |a )?referral)\b`,
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
    String.raw`\bno (?:communication|language|interpreter|additional) needs\b|\binterpreter not (?:required|needed)\b`,
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
