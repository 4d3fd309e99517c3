/**
 * SPO grounds draft: the three conditions of the Stalking Protection Act 2019
 * s1(1) laid out from the analysis, for the officer to check and complete. It is a draft only:
 * Waymark never sends it anywhere; the officer copies it. It does not quote the narrative: the
 * chronology gives dates and behaviours, and the officer adds the detail from the record.
 */
import type { BehaviourId, RiskId } from '../core/types';
import type { SpoDraftInput } from './spo-draft-input';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/runtime';

/** Marker at the top of every draft, in the active language. */
export const spoDraftMark = (): string => t('spo.mark');

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

/**
 * Plain words for a behaviour (`plain.<id>` in the messages), so the draft reads the same whatever
 * labels the rule pack carries.
 */
export const behaviourPlain = (id: BehaviourId): string => t(`plain.${id}`);

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

/** Risk markers that point to physical harm (`spo.harm.<id>`: themes by number, not form text). */
const PHYSICAL_RISK: readonly RiskId[] = [
  'threat_to_kill',
  'weapon',
  'strangulation',
  'sdash_6_threats',
  'sdash_8_violence_now',
  'sdash_11_past_violence',
];

/** Behaviours with a prohibition that addresses them (`spo.prohibit.<id>`; CPS examples). */
const PROHIBITIONS: readonly BehaviourId[] = [
  'following',
  'loitering_or_turning_up',
  'repeated_contact',
  'contacting_third_parties',
  'publishing_material',
  'watching_or_spying',
  'monitoring_online',
  'tracking_device',
  'fake_accounts',
  'gifts_or_items',
];

/** Behaviours with a requirement that addresses them (`spo.require.<id>`). */
const REQUIREMENTS: readonly BehaviourId[] = [
  'monitoring_online',
  'tracking_device',
  'fake_accounts',
];

const word = (key: string): string => t(key as MessageKey);

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
          when: o.when ?? t('chrono.noDate'),
          date: o.date,
          behaviours: acts.map(behaviourPlain),
          count: o.count,
        },
      ];
    });
}

function chronologyText(line: ChronologyLine): string {
  const when = line.date && line.date !== line.when ? `${line.when} (${line.date})` : line.when;
  const times = line.count > 1 ? t('spo.occasions', { count: line.count }) : '';
  return `${when}: ${line.behaviours.join('; ') || t('spo.noBehaviour')}${times}`;
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
      return `${behaviourPlain(b)}${para ? t('spo.pha', { para }) : ''}`;
    });
  const period = input.period;
  const occ = input.occasions;
  if (occ !== null)
    actsLines.push(t('spo.found', { count: occ, period: period ? ` (${period})` : '' }));
  const acts = {
    id: 'acts' as const,
    heading: t('spo.acts'),
    lines: actsLines,
    chronology,
    toCheck: [t('spo.acts.check1'), t('spo.acts.check2')],
  };

  const physical = input.risks
    .filter((r) => PHYSICAL_RISK.includes(r))
    .map((r) => word(`spo.harm.${r}`));
  const riskLines: string[] = [];
  if (physical.length)
    riskLines.push(t('spo.physical', { list: [...new Set(physical)].join('; ') }));
  if (ids.has('fear_alarm_distress') || risks.has('sdash_1_very_frightened')) {
    riskLines.push(t('spo.psychological'));
  }
  if (risks.has('escalation')) riskLines.push(t('spo.escalation'));
  if (ids.has('breach_of_order')) riskLines.push(t('spo.breach'));
  riskLines.push(t('spo.atRisk'));
  if (ids.has('contacting_third_parties') || risks.has('sdash_7_third_parties')) {
    riskLines.push(t('spo.alsoAtRisk'));
  }
  const risk: SpoDraftSection = {
    id: 'risk',
    heading: t('spo.risk'),
    lines: riskLines,
    toCheck: [t('spo.risk.check1'), t('spo.risk.check2')],
  };

  const prohibitions = [
    ...new Set(
      input.behaviours
        .filter((b) => PROHIBITIONS.includes(b))
        .map((b) => word(`spo.prohibit.${b}`)),
    ),
  ];
  const requirements = [
    ...new Set(
      input.behaviours.filter((b) => REQUIREMENTS.includes(b)).map((b) => word(`spo.require.${b}`)),
    ),
  ];
  const necessity = {
    id: 'necessity' as const,
    heading: t('spo.necessity'),
    lines: [t('spo.necessity.line1'), t('spo.necessity.line2')],
    prohibitions,
    requirements,
    toCheck: [t('spo.necessity.check1'), t('spo.necessity.check2')],
  };

  const notes = [t('spo.note1'), t('spo.note2'), t('spo.note3')];
  const mark = spoDraftMark();

  const crimeReference = input.crimeReference;
  const out: string[] = [
    mark,
    t('spo.textTitle'),
    t('spo.crimeReference', { ref: crimeReference ?? t('spo.noReference') }),
    '',
    acts.heading,
    ...acts.lines.map((l) => `- ${l}`),
    `${t('spo.chronology')}:`,
    ...(chronology.length
      ? chronology.map((c) => `- ${chronologyText(c)}`)
      : [`- ${t('spo.text.noDates')}`]),
    ...acts.toCheck.map((l) => `${t('spo.checkMark')} ${l}`),
    '',
    risk.heading,
    ...risk.lines.map((l) => `- ${l}`),
    ...risk.toCheck.map((l) => `${t('spo.checkMark')} ${l}`),
    '',
    necessity.heading,
    ...necessity.lines.map((l) => `- ${l}`),
    `${t('spo.prohibitions')}:`,
    ...(prohibitions.length
      ? prohibitions.map((p) => `- ${p}`)
      : [`- ${t('spo.text.noneSuggested')}`]),
    `${t('spo.requirements')}:`,
    ...(requirements.length
      ? requirements.map((r) => `- ${r}`)
      : [`- ${t('spo.text.noneSuggested')}`]),
    ...necessity.toCheck.map((l) => `${t('spo.checkMark')} ${l}`),
    '',
    `${t('spo.notes')}:`,
    ...notes.map((n) => `- ${n}`),
    mark,
  ];

  return {
    status: 'draft',
    mark,
    crimeReference,
    acts,
    risk,
    necessity,
    notes,
    text: out.join('\n'),
  };
}
