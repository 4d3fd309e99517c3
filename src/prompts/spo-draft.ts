/**
 * SPO grounds draft: the three conditions of the Stalking Protection Act 2019
 * s1(1) laid out from the analysis, for the officer to check and complete. It is a draft only:
 * Waymark never sends it anywhere; the officer copies it. It does not quote the narrative: the
 * chronology gives dates and behaviours, and the officer adds the detail from the record.
 */
import type { BehaviourId, RiskId } from '../core/types';
import type { SpoDraftInput } from './spo-draft-input';

/** Marker at the top of every draft. */
export const SPO_DRAFT_MARK =
  'DRAFT: for the officer to check. Not an application. Not sent anywhere.';

/** One line of the chronology. */
export interface ChronologyLine {
  /** As written ("4 March", "the next day") or "date not given". */
  when: string;
  /** ISO date when known. */
  date: string | null;
  /** Behaviours on that occasion, in plain words. */
  behaviours: string[];
  /** How many occasions this line stands for. */
  count: number;
}

/** One condition of s1(1). */
export interface SpoDraftSection {
  id: 'acts' | 'risk' | 'necessity';
  heading: string;
  /** Points drawn from the analysis. */
  lines: string[];
  /** What the officer still has to add or check. */
  toCheck: string[];
}

/** The whole draft. */
export interface SpoDraft {
  status: 'draft';
  mark: string;
  crimeReference: string | null;
  acts: SpoDraftSection & { chronology: ChronologyLine[] };
  risk: SpoDraftSection;
  necessity: SpoDraftSection & { prohibitions: string[]; requirements: string[] };
  /** Notes on the order that apply whatever the case. */
  notes: string[];
  /** The whole draft as plain text, for Copy. */
  text: string;
}

/** Plain-words labels, so the draft reads the same whatever labels the rule pack carries. */
export const BEHAVIOUR_PLAIN: Record<BehaviourId, string> = {
  following: 'following the victim',
  repeated_contact: 'contacting or trying to contact the victim',
  publishing_material: 'publishing material about the victim',
  monitoring_online: "monitoring the victim's online activity or accounts",
  loitering_or_turning_up: 'loitering or turning up where the victim lives, works or goes',
  interfering_with_property: "interfering with the victim's property",
  watching_or_spying: 'watching or spying on the victim',
  tracking_device: "tracking the victim's location",
  gifts_or_items: 'leaving unwanted gifts or items',
  contacting_third_parties: "contacting or using the victim's family, friends or colleagues",
  fake_accounts: 'using fake or new accounts or numbers',
  threats: 'making threats',
  breach_of_order: 'breaching an order or bail conditions',
  fear_alarm_distress: "causing fear, alarm or distress that changed the victim's daily life",
};

/** The PHA s2A(3) paragraph a behaviour falls under, where there is one. */
const S2A: Partial<Record<BehaviourId, string>> = {
  following: 's2A(3)(a)',
  repeated_contact: 's2A(3)(b)',
  publishing_material: 's2A(3)(c)',
  monitoring_online: 's2A(3)(d)',
  loitering_or_turning_up: 's2A(3)(e)',
  interfering_with_property: 's2A(3)(f)',
  watching_or_spying: 's2A(3)(g)',
};

/** Risk markers that point to physical harm, in plain words (themes by number, not form text). */
const PHYSICAL_RISK: Partial<Record<RiskId, string>> = {
  threat_to_kill: 'threat to kill',
  weapon: 'weapon used or mentioned',
  strangulation: 'strangulation or suffocation',
  sdash_6_threats: 'threats of physical or sexual violence (S-DASH theme 6)',
  sdash_8_violence_now: 'violence in the current incidents (S-DASH theme 8)',
  sdash_11_past_violence: 'known past violence (S-DASH theme 11)',
};

/** Prohibitions that address each behaviour (CPS examples, reference.md 1.2). */
const PROHIBITIONS: Partial<Record<BehaviourId, string>> = {
  following: 'Not to approach the victim, or come within a set distance of them',
  loitering_or_turning_up:
    "Not to enter a defined area around the victim's home and workplace (mark it on a map)",
  repeated_contact: 'Not to contact the victim by any means, directly or through anyone else',
  contacting_third_parties:
    "Not to contact the victim's family, friends or colleagues about the victim",
  publishing_material: 'Not to refer to the victim on social media, directly or indirectly',
  watching_or_spying:
    'Not to watch, photograph or film the victim, or keep them under surveillance',
  monitoring_online: "Not to access or monitor the victim's accounts, devices or online activity",
  tracking_device: "Not to track the victim's location by any device or app",
  fake_accounts:
    'Not to use any internet-capable device unless it keeps and shows its browsing history',
  gifts_or_items: 'Not to send or leave anything for the victim',
};

/** Requirements that address each behaviour (reference.md 1.2). */
const REQUIREMENTS: Partial<Record<BehaviourId, string>> = {
  monitoring_online:
    'Give police access to phones, computers and social media accounts, with passwords',
  tracking_device: 'Surrender tracking devices, and any device used to track the victim',
  fake_accounts:
    'Give police access to social media accounts and phones used, with passwords or codes',
};

/**
 * Effects on the victim, not acts by the suspect: shown under risk (s1(1)(b)), never under
 * acts associated with stalking (s1(1)(a)).
 */
const EFFECTS: ReadonlySet<BehaviourId> = new Set<BehaviourId>(['fear_alarm_distress']);

function chronologyOf(input: SpoDraftInput): ChronologyLine[] {
  return [...input.chronology]
    .sort((a, b) => a.start - b.start)
    .flatMap((o) => {
      const acts = o.behaviours.filter((b) => !EFFECTS.has(b));
      // An occasion that only records an effect is not an act: leave it out of the chronology.
      if (acts.length === 0 && o.behaviours.length > 0) return [];
      return [
        {
          when: o.when ?? 'date not given',
          date: o.date,
          behaviours: acts.map((b) => BEHAVIOUR_PLAIN[b]),
          count: o.count,
        },
      ];
    });
}

function chronologyText(line: ChronologyLine): string {
  const when = line.date && line.date !== line.when ? `${line.when} (${line.date})` : line.when;
  const times = line.count > 1 ? ` (${line.count} occasions)` : '';
  return `${when}: ${line.behaviours.join('; ') || 'behaviour not identified'}${times}`;
}

/**
 * Build the draft of the three SPO conditions from the analysis and the record (as
 * `spoDraftInput` gives them). Deterministic; contains no narrative text.
 */
export function buildSpoDraft(input: SpoDraftInput): SpoDraft {
  const ids = new Set(input.behaviours);
  const risks = new Set(input.risks);
  const chronology = chronologyOf(input);

  const actsLines = input.behaviours
    .filter((b) => !EFFECTS.has(b))
    .map((b) => {
      const para = S2A[b];
      return `${BEHAVIOUR_PLAIN[b]}${para ? ` (PHA 1997 ${para})` : ''}`;
    });
  const period = input.period;
  const occ = input.occasions;
  if (occ !== null) actsLines.push(`${occ} occasion(s) found${period ? ` (${period})` : ''}.`);
  const acts = {
    id: 'acts' as const,
    heading: '1. Acts associated with stalking (s1(1)(a))',
    lines: actsLines,
    chronology,
    toCheck: [
      'Add dates, places and detail for each occasion from the record and the victim’s account.',
      'Add earlier reports and intelligence about this suspect.',
    ],
  };

  const physical = input.risks.flatMap((r) => PHYSICAL_RISK[r] ?? []);
  const riskLines: string[] = [];
  if (physical.length)
    riskLines.push(`Physical harm: indicated by ${[...new Set(physical)].join('; ')}.`);
  if (ids.has('fear_alarm_distress') || risks.has('sdash_1_very_frightened')) {
    riskLines.push(
      'Psychological harm: the victim’s fear, alarm or distress and its effect on daily life.',
    );
  }
  if (risks.has('escalation')) riskLines.push('The behaviour is getting worse or more frequent.');
  if (ids.has('breach_of_order'))
    riskLines.push('An earlier order or bail condition has been breached.');
  riskLines.push('At risk: the victim.');
  if (ids.has('contacting_third_parties') || risks.has('sdash_7_third_parties')) {
    riskLines.push(
      'Also at risk: family, friends or colleagues the suspect contacts or uses (stalking by proxy).',
    );
  }
  const risk: SpoDraftSection = {
    id: 'risk',
    heading: '2. Risk associated with stalking, physical or psychological, and to whom (s1(1)(b))',
    lines: riskLines,
    toCheck: [
      'Record the risk assessment result (stalking screen, and DASH or DARA if domestic).',
      'Name each person the order should protect.',
    ],
  };

  const prohibitions = [...new Set(input.behaviours.flatMap((b) => PROHIBITIONS[b] ?? []))];
  const requirements = [...new Set(input.behaviours.flatMap((b) => REQUIREMENTS[b] ?? []))];
  const necessity = {
    id: 'necessity' as const,
    heading: '3. Why an order is necessary to protect the person from that risk (s1(1)(c))',
    lines: [
      'Explain why the order is necessary to protect the person from that risk. Where the charging threshold is met, an SPO is not an alternative to prosecution: it can go alongside one.',
      'Each prohibition or requirement must be needed to protect the person from a stalking risk.',
    ],
    prohibitions,
    requirements,
    toCheck: [
      'Check each term against the suspect’s work, education and religious beliefs.',
      'Consider requirements such as an assessment or a perpetrator programme.',
    ],
  };

  const notes = [
    'An SPO does not depend on a prosecution, and the protected person need not be the victim of the original acts.',
    'An interim SPO (s5) can be sought with the full application, or later by the same chief officer, where protection is needed now.',
    'A full order is made for a fixed period of at least 2 years, or until further order (s3).',
  ];

  const crimeReference = input.crimeReference;
  const out: string[] = [
    SPO_DRAFT_MARK,
    'Stalking Protection Order: grounds (Stalking Protection Act 2019 s1(1))',
    `Crime reference: ${crimeReference ?? 'not read from the record'}`,
    '',
    acts.heading,
    ...acts.lines.map((l) => `- ${l}`),
    'Chronology:',
    ...(chronology.length
      ? chronology.map((c) => `- ${chronologyText(c)}`)
      : ['- no dated occasions found']),
    ...acts.toCheck.map((l) => `[check] ${l}`),
    '',
    risk.heading,
    ...risk.lines.map((l) => `- ${l}`),
    ...risk.toCheck.map((l) => `[check] ${l}`),
    '',
    necessity.heading,
    ...necessity.lines.map((l) => `- ${l}`),
    'Proposed prohibitions:',
    ...(prohibitions.length ? prohibitions.map((p) => `- ${p}`) : ['- none suggested']),
    'Proposed requirements:',
    ...(requirements.length ? requirements.map((r) => `- ${r}`) : ['- none suggested']),
    ...necessity.toCheck.map((l) => `[check] ${l}`),
    '',
    'Notes:',
    ...notes.map((n) => `- ${n}`),
    SPO_DRAFT_MARK,
  ];

  return {
    status: 'draft',
    mark: SPO_DRAFT_MARK,
    crimeReference,
    acts,
    risk,
    necessity,
    notes,
    text: out.join('\n'),
  };
}
