import type { Analysis, BehaviourFinding, BehaviourId, Evidence } from '../core/types';

/**
 * A small stand-in for the engine in overlay unit tests: finds a few phrases and builds a full
 * Analysis, so the overlay is tested on its own (the engine has its own tests and corpus).
 */
const PHRASES: { re: RegExp; id: BehaviourId; label: string; four: BehaviourFinding['four'] }[] = [
  { re: /\bfollowed\b/g, id: 'following', label: 'Following', four: ['fixated', 'repeated'] },
  {
    re: /\bwaited outside\b/g,
    id: 'loitering_or_turning_up',
    label: 'Loitering or turning up',
    four: ['fixated'],
  },
  {
    re: /\btext messages\b/g,
    id: 'repeated_contact',
    label: 'Repeated contact',
    four: ['obsessive'],
  },
];

export function fakeAnalysis(text: string): Analysis {
  const behaviours: BehaviourFinding[] = [];
  const suppressed: Analysis['suppressed'] = [];
  for (const p of PHRASES) {
    const evidence: Evidence[] = [];
    for (const m of text.matchAll(p.re)) {
      const ev = { start: m.index, end: m.index + m[0].length, text: m[0], rule: `${p.id}.test` };
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (/not $/.test(before)) {
        suppressed.push({
          kind: 'behaviour',
          id: p.id,
          evidence: ev,
          reason: 'negated',
          cue: { start: m.index - 4, end: m.index - 1, text: 'not' },
          actor: 'suspect',
        });
      } else evidence.push(ev);
    }
    if (evidence.length > 0) {
      behaviours.push({
        id: p.id,
        evidence,
        four: p.four,
        label: p.label,
        law: `PHA 1997 s2A (${p.id})`,
        why: `Why ${p.label}.`,
      });
    }
  }
  const likely = behaviours.length >= 2;
  const none = { fixated: [], obsessive: [], unwanted: [], repeated: [] };
  return {
    schema: 1,
    pack: 'test@1.0.0',
    stalking: {
      likely,
      score: likely ? 0.8 : behaviours.length ? 0.3 : 0,
      occasions: behaviours.length ? behaviours.length : null,
      period: likely ? { text: 'since January', days: 60 } : null,
      courseBasis: [],
      features: {},
      courseOfConduct: behaviours.length >= 2,
      four: { fixated: likely, obsessive: false, unwanted: likely, repeated: likely },
      fourEvidence: none,
      reasons: likely ? ['Two or more behaviours on separate occasions.'] : [],
      named: [],
      reasonIds: likely ? [{ id: 'reason.course', params: { occasions: 2 } }] : [],
    },
    behaviours,
    chronology: behaviours.map((b) => ({
      when: null,
      date: null,
      start: b.evidence[0]!.start,
      end: b.evidence[0]!.end,
      behaviours: [b.id],
      count: 1,
    })),
    relationship: /\bex-partner\b/.test(text) ? 'ex_partner' : 'unknown',
    relationshipEvidence: [],
    domestic: /\bex-partner\b/.test(text),
    risk: [],
    s4a: {
      fearOfViolenceOccasions: 0,
      fearOfViolence: [],
      seriousAlarmDistress: false,
      seriousAlarmDistressEvidence: [],
      indicated: false,
    },
    suppressed,
  };
}
