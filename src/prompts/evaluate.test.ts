import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types';
import { DEFAULT_SNOOZE_MS, classify, evaluatePrompts, isFilled, latestAction } from './evaluate';
import type { EvaluateInput } from './evaluate';
import { DEFAULT_SERVICES, withNationalDefaults } from './services';
import { makeAnalysis, makeRecord, stalkingAnalysis } from './test-fixtures';
import type { OfficerAction, PromptId, PromptView, RecordState, VnaStepId } from './types';
import { PROMPT_IDS, VNA_STEP_IDS } from './types';
import { CATALOGUE } from './catalogue';
import { useLanguage } from '../i18n/tables';

const NOW = Date.UTC(2026, 10, 27, 3, 0);

function run(
  analysis: Analysis,
  record: RecordState = makeRecord(),
  extra: Partial<EvaluateInput> = {},
): PromptView[] {
  return evaluatePrompts({
    analysis,
    record,
    actions: [],
    mandatory: [],
    services: DEFAULT_SERVICES,
    now: NOW,
    catalogue: CATALOGUE,
    ...extra,
  });
}

function get(views: PromptView[], id: PromptId): PromptView {
  const v = views.find((p) => p.id === id);
  if (!v) throw new Error(`prompt ${id} not shown; shown: ${views.map((p) => p.id).join(', ')}`);
  return v;
}

function step(view: PromptView, id: VnaStepId) {
  const s = view.steps.find((x) => x.id === id);
  if (!s) throw new Error(`step ${id} missing`);
  return s;
}

describe('evaluatePrompts: when prompts apply', () => {
  it('returns no prompts when there are no stalking indicators', () => {
    expect(run(makeAnalysis())).toEqual([]);
  });

  it('shows every prompt in catalogue order for a likely, domestic, s4A case', () => {
    const views = run(
      stalkingAnalysis({ relationship: 'ex_partner', fearOccasions: 2, risk: ['threat_to_kill'] }),
    );
    expect(views.map((v) => v.id)).toEqual([...PROMPT_IDS]);
    expect(views.every((v) => v.state === 'open')).toBe(true);
  });

  it('shows only evidence for a single behaviour that is not yet stalking', () => {
    const views = run(makeAnalysis({ behaviours: ['repeated_contact'], occasions: 1 }));
    expect(views.map((v) => v.id)).toEqual(['evidence']);
  });

  const TRIGGERS: { name: string; analysis: Analysis; shows: PromptId[]; hides: PromptId[] }[] = [
    {
      name: 'stalking likely',
      analysis: stalkingAnalysis(),
      shows: ['classification', 'risk_screening', 'vna', 'spo', 'safeguarding', 'evidence'],
      hides: ['s4a'],
    },
    {
      name: 's4A markers',
      analysis: stalkingAnalysis({ fearOccasions: 2 }),
      shows: ['s4a'],
      hides: [],
    },
    {
      name: 'serious alarm or distress',
      analysis: stalkingAnalysis({ seriousAlarm: true }),
      shows: ['s4a'],
      hides: [],
    },
    {
      name: 'former partner course of conduct, engine not yet sure it is stalking',
      analysis: makeAnalysis({
        relationship: 'ex_partner',
        behaviours: ['repeated_contact'],
        occasions: 3,
      }),
      shows: ['classification', 'risk_screening', 'vna', 'safeguarding', 'evidence'],
      hides: ['spo', 's4a'],
    },
    {
      name: 'behaviours with a very frightened victim on one occasion',
      analysis: makeAnalysis({
        behaviours: ['threats'],
        occasions: 1,
        risk: ['sdash_1_very_frightened'],
      }),
      shows: ['risk_screening', 'evidence'],
      hides: ['classification', 'spo', 'vna'],
    },
  ];

  it.each(TRIGGERS)('$name', ({ analysis, shows, hides }) => {
    const ids = run(analysis).map((v) => v.id);
    for (const id of shows) expect(ids).toContain(id);
    for (const id of hides) expect(ids).not.toContain(id);
  });

  it('s4A points name the limb the text shows', () => {
    const fear = get(run(stalkingAnalysis({ fearOccasions: 3 })), 's4a').points.join(' ');
    expect(fear).toMatch(/Fear of violence described on 3 occasion/);
    expect(fear).not.toMatch(/Serious alarm/);
    const alarm = get(run(stalkingAnalysis({ seriousAlarm: true })), 's4a').points.join(' ');
    expect(alarm).toMatch(/Serious alarm or distress described/);
    expect(alarm).not.toMatch(/Fear of violence described/);
  });

  it('a mandatory prompt shows on any indicator, even when stalking is not likely', () => {
    const analysis = makeAnalysis({ behaviours: ['repeated_contact'], occasions: 1 });
    const views = run(analysis, makeRecord(), { mandatory: ['spo'] });
    expect(get(views, 'spo').mandatory).toBe(true);
    expect(get(views, 'evidence').mandatory).toBe(false);
  });
});

describe('evaluatePrompts: item 2 examples', () => {
  it.each(['Harassment', '8L Harassment', 'Malicious Communications'])(
    'stalking recorded as "%s" gets the classification prompt',
    (classification) => {
      const p = get(run(stalkingAnalysis(), makeRecord({ classification })), 'classification');
      expect(p.state).toBe('open');
      expect(p.title).toMatch(/stalking/i);
      expect(p.points.join(' ')).toContain(`Recorded as "${classification}"`);
      expect(p.points.join(' ')).toMatch(/8Q/);
    },
  );

  it('a former-partner course of conduct gets the April 2020 recording rule', () => {
    const p = get(
      run(
        stalkingAnalysis({ relationship: 'ex_partner' }),
        makeRecord({ classification: 'Harassment' }),
      ),
      'classification',
    );
    expect(p.points.join(' ')).toMatch(/April 2020/);
    expect(p.why).toMatch(/April 2020/);
  });

  it('likely stalking on one occasion asks for earlier occasions; a course of conduct does not', () => {
    const one = get(run(stalkingAnalysis({ occasions: 1 })), 'classification').points.join(' ');
    expect(one).toMatch(/describes one occasion/);
    expect(one).toMatch(/PHA 1997 s7/);
    const course = get(run(stalkingAnalysis({ occasions: 3 })), 'classification');
    expect(course.points.join(' ')).not.toMatch(/describes one occasion/);
    // Not said where the engine does not judge stalking likely (the prompt may show for a
    // former partner alone).
    const notLikely = run(
      stalkingAnalysis({ likely: false, occasions: 1, relationship: 'ex_partner' }),
    ).find((v) => v.id === 'classification');
    expect(notLikely?.points.join(' ') ?? '').not.toMatch(/describes one occasion/);
  });

  it('stalking under another principal crime gets the included-classification prompt', () => {
    const p = get(
      run(
        stalkingAnalysis(),
        makeRecord({
          classification: 'Criminal damage',
          flags: { domesticAbuse: null, stalking: false },
        }),
      ),
      'classification',
    );
    expect(p.state).toBe('open');
    expect(p.points.join(' ')).toMatch(/included classification/);
    expect(p.points.join(' ')).toMatch(/intelligence report/);
    expect(p.points.join(' ')).toMatch(/stalking flag/);
  });

  it('stalking indicators and no SPO decision: "SPO consideration missing" with interim, proxy and no-prosecution points', () => {
    const p = get(
      run(
        stalkingAnalysis({
          behaviours: ['repeated_contact', 'contacting_third_parties', 'threats'],
          risk: ['threat_to_kill'],
        }),
      ),
      'spo',
    );
    expect(p.state).toBe('open');
    expect(p.title).toBe('SPO consideration missing');
    const text = p.points.join(' ');
    expect(text).toMatch(/interim SPO/);
    expect(text).toMatch(/stalking by proxy/i);
    expect(text).toMatch(/does not depend on a prosecution/);
    expect(p.why).toMatch(/Stalking Protection Act 2019/);
  });

  it("a domestic context brings DASH/DARA, Clare's Law and DAPN/DAPO", () => {
    const views = run(stalkingAnalysis({ relationship: 'ex_partner' }));
    expect(get(views, 'risk_screening').points.join(' ')).toMatch(/DASH or DARA/);
    const safeguarding = get(views, 'safeguarding').points.join(' ');
    expect(safeguarding).toMatch(/Clare's Law/);
    expect(safeguarding).toMatch(/DAPN\/DAPO/);
  });

  it('a domestic context read from the record (DA flag) counts too', () => {
    const views = run(
      stalkingAnalysis(),
      makeRecord({ flags: { domesticAbuse: true, stalking: null } }),
    );
    expect(get(views, 'safeguarding').points.join(' ')).toMatch(/Clare's Law/);
  });

  it.each([
    ['domestic', 'ex_partner', /MARAC/],
    ['non-domestic', 'stranger', /stalking clinic/],
  ] as const)(
    'high risk markers (%s) bring supervisor review and %s',
    (_n, relationship, referral) => {
      const p = get(
        run(stalkingAnalysis({ relationship, risk: ['threat_to_kill'] })),
        'risk_screening',
      );
      const text = p.points.join(' ');
      expect(text).toMatch(/supervisor/);
      expect(text).toMatch(referral);
    },
  );

  it('high risk recorded on the record also brings escalation', () => {
    const p = get(run(stalkingAnalysis(), makeRecord({ riskScreen: 'High' })), 'risk_screening');
    expect(p.points.join(' ')).toMatch(/supervisor review/);
  });
});

describe('evaluatePrompts: satisfaction from the record and narrative', () => {
  const domestic = () => stalkingAnalysis({ relationship: 'ex_partner' });
  const highDomestic = () =>
    stalkingAnalysis({ relationship: 'ex_partner', risk: ['strangulation'] });

  const CASES: {
    name: string;
    id: PromptId;
    analysis: () => Analysis;
    record: Partial<RecordState>;
    done: boolean;
  }[] = [
    {
      name: 'classification 8Q',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: { classification: '8Q Stalking' },
      done: true,
    },
    {
      name: 'classification s4A',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: { classification: 'Stalking s4A' },
      done: true,
    },
    {
      name: 'harassment with no reason',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: { classification: 'Harassment' },
      done: false,
    },
    {
      name: 'harassment with a reason in the narrative',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: {
        classification: 'Harassment',
        narrative: 'Recorded as harassment because the dispute is about a boundary fence.',
      },
      done: true,
    },
    {
      name: 'other principal, stalking flag set',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: { classification: 'Criminal damage', flags: { domesticAbuse: null, stalking: true } },
      done: true,
    },
    {
      name: 'other principal, included classification in narrative',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: {
        classification: 'Assault',
        narrative: 'Stalking added as an included classification.',
      },
      done: true,
    },
    {
      name: 'classification placeholder',
      id: 'classification',
      analysis: stalkingAnalysis,
      record: { classification: 'Select...' },
      done: false,
    },
    {
      name: 's4A in classification',
      id: 's4a',
      analysis: () => stalkingAnalysis({ fearOccasions: 2 }),
      record: { classification: 'Stalking s4A' },
      done: true,
    },
    {
      name: 's4A considered in narrative',
      id: 's4a',
      analysis: () => stalkingAnalysis({ fearOccasions: 2 }),
      record: { classification: '8Q', narrative: 's4A considered, limbs met.' },
      done: true,
    },
    {
      name: 's4A not considered',
      id: 's4a',
      analysis: () => stalkingAnalysis({ fearOccasions: 2 }),
      record: { classification: '8Q' },
      done: false,
    },
    {
      name: 'risk screen field filled, not domestic',
      id: 'risk_screening',
      analysis: stalkingAnalysis,
      record: { riskScreen: 'Medium' },
      done: true,
    },
    {
      name: 'S-DASH in narrative, not domestic',
      id: 'risk_screening',
      analysis: stalkingAnalysis,
      record: { narrative: 'S-DASH completed, medium.' },
      done: true,
    },
    {
      name: 'domestic: S-DASH but no DASH/DARA',
      id: 'risk_screening',
      analysis: domestic,
      record: { riskScreen: 'Standard' },
      done: false,
    },
    {
      name: 'domestic: S-DASH and DARA',
      id: 'risk_screening',
      analysis: domestic,
      record: { narrative: 'S-DASH completed. DARA completed, medium.' },
      done: true,
    },
    {
      name: 'domestic: both fields filled',
      id: 'risk_screening',
      analysis: domestic,
      record: { riskScreen: 'Medium', dashRisk: 'Medium' },
      done: true,
    },
    {
      name: 'high risk, screens done, not escalated',
      id: 'risk_screening',
      analysis: highDomestic,
      record: { riskScreen: 'High', dashRisk: 'High' },
      done: false,
    },
    {
      name: 'high risk, escalated to supervisor and MARAC',
      id: 'risk_screening',
      analysis: highDomestic,
      record: {
        riskScreen: 'High',
        dashRisk: 'High',
        narrative: 'Sgt Khan informed. Referred to MARAC.',
      },
      done: true,
    },
    {
      name: 'high risk non-domestic, stalking clinic',
      id: 'risk_screening',
      analysis: () => stalkingAnalysis({ relationship: 'stranger', risk: ['weapon'] }),
      record: {
        riskScreen: 'High',
        narrative: 'Duty inspector informed. Referred to the stalking clinic.',
      },
      done: true,
    },
    {
      name: 'SPO decision field',
      id: 'spo',
      analysis: stalkingAnalysis,
      record: { spoDecision: 'Applying - interim' },
      done: true,
    },
    {
      name: 'SPO field says not considered',
      id: 'spo',
      analysis: stalkingAnalysis,
      record: { spoDecision: 'Not considered' },
      done: false,
    },
    {
      name: 'SPO considered, not applied because',
      id: 'spo',
      analysis: stalkingAnalysis,
      record: { narrative: 'SPO considered, not applied because suspect is remanded.' },
      done: true,
    },
    {
      name: 'interim SPO applied for',
      id: 'spo',
      analysis: stalkingAnalysis,
      record: { narrative: 'Interim SPO applied for today.' },
      done: true,
    },
    {
      name: 'SPO not yet considered',
      id: 'spo',
      analysis: stalkingAnalysis,
      record: { narrative: 'SPO not yet considered.' },
      done: false,
    },
    {
      name: 'referred to ISAC with consent',
      id: 'safeguarding',
      analysis: stalkingAnalysis,
      record: { narrative: 'Referred to ISAC with consent.' },
      done: true,
    },
    {
      name: 'referred to ISAC, no consent recorded',
      id: 'safeguarding',
      analysis: stalkingAnalysis,
      record: { narrative: 'Referred to ISAC.' },
      done: false,
    },
    {
      name: 'consent in another sentence does not tie',
      id: 'safeguarding',
      analysis: stalkingAnalysis,
      record: { narrative: 'Referred to ISAC. Photos taken with consent.' },
      done: false,
    },
    {
      name: 'victim declined support',
      id: 'safeguarding',
      analysis: stalkingAnalysis,
      record: { narrative: 'Victim declined referral to ISAC.' },
      done: true,
    },
    {
      name: 'evidence secured',
      id: 'evidence',
      analysis: stalkingAnalysis,
      record: { narrative: 'Screenshots obtained of all messages.' },
      done: true,
    },
    {
      name: 'tech: evidence but no device check',
      id: 'evidence',
      analysis: () => stalkingAnalysis({ behaviours: ['tracking_device'] }),
      record: { narrative: 'Screenshots obtained.' },
      done: false,
    },
    {
      name: 'tech: evidence and device check',
      id: 'evidence',
      analysis: () => stalkingAnalysis({ behaviours: ['tracking_device'] }),
      record: { narrative: 'Screenshots obtained. Car checked for trackers.' },
      done: true,
    },
  ];

  it.each(CASES)('$id: $name', ({ id, analysis, record, done }) => {
    const p = get(run(analysis(), makeRecord(record)), id);
    expect(p.state).toBe(done ? 'done' : 'open');
    if (done) expect(p.doneBecause).toMatch(/\S/);
    else expect(p.doneBecause).toBeNull();
  });

  it('shows what is recorded and what is missing on a partly done prompt', () => {
    const p = get(run(domestic(), makeRecord({ riskScreen: 'Standard' })), 'risk_screening');
    expect(p.points[0]).toMatch(/^Recorded: the risk screen field is filled/);
    expect(p.points[1]).toMatch(/^Missing: DASH or DARA/);
  });

  it('words what is recorded and what is missing in the active language', () => {
    useLanguage('cy', null);
    try {
      const p = get(run(domestic(), makeRecord({ riskScreen: 'Standard' })), 'risk_screening');
      expect(p.points[0]).toMatch(/^Wedi’i gofnodi: /);
      expect(p.points[1]).toMatch(/^Ar goll: /);
    } finally {
      useLanguage('en', null);
    }
  });

  it('never puts narrative text into doneBecause or points', () => {
    const narrative = 'SPO considered, not applied because SECRET-NAME lives abroad.';
    const views = run(stalkingAnalysis(), makeRecord({ narrative }));
    expect(JSON.stringify(views)).not.toContain('SECRET-NAME');
  });
});

describe('evaluatePrompts: VNA checklist', () => {
  it('lists every VNA sub-step from the taxonomy, open by default', () => {
    const p = get(run(stalkingAnalysis()), 'vna');
    expect(p.steps.map((s) => s.id)).toEqual([...VNA_STEP_IDS]);
    expect(p.steps.every((s) => s.state === 'open')).toBe(true);
  });

  it('asks for a safe contact method because the stalker may monitor the phone', () => {
    const p = get(run(stalkingAnalysis()), 'vna');
    expect(step(p, 'contact_plan').ask).toMatch(/watching their phone/);
    expect(step(p, 'support_referral').ask).toMatch(/2 working days/);
    expect(step(p, 'written_confirmation').ask).toMatch(/crime reference/);
    expect(step(p, 'enhanced_rights').ask).toMatch(/persistently targeted/);
  });

  it('domestic cases are also most serious crime for Enhanced Rights', () => {
    const p = get(run(stalkingAnalysis({ relationship: 'partner' })), 'vna');
    expect(p.points.join(' ')).toMatch(/most serious crime/);
  });

  const STEP_NARRATIVES: [VnaStepId, string][] = [
    ['enhanced_rights', 'Enhanced rights explained.'],
    ['communication_needs', 'No communication needs.'],
    ['contact_plan', 'Contact plan agreed: safe mobile only.'],
    ['support_referral', 'Referred to ISAC with consent.'],
    ['written_confirmation', 'Written confirmation sent by email.'],
    ['vps', 'VPS offered, declined for now.'],
    ['compensation', 'Compensation information given.'],
    ['special_measures', 'Special measures discussed.'],
    ['bail_views', "Victim's views on bail conditions recorded."],
  ];

  it.each(STEP_NARRATIVES)('%s is done from the narrative "%s"', (id, narrative) => {
    const p = get(run(stalkingAnalysis(), makeRecord({ narrative })), 'vna');
    expect(step(p, id).state).toBe('done');
    expect(step(p, id).doneBecause).toMatch(/narrative/);
  });

  it.each(VNA_STEP_IDS.map((id) => [id]))('%s is done from its record field', (id) => {
    const p = get(run(stalkingAnalysis(), makeRecord({ vna: { [id]: 'Yes - see notes' } })), 'vna');
    expect(step(p, id).state).toBe('done');
  });

  it('a field reading "No" or a false checkbox does not count', () => {
    const p = get(
      run(stalkingAnalysis(), makeRecord({ vna: { vps: 'No', compensation: false } })),
      'vna',
    );
    expect(step(p, 'vps').state).toBe('open');
    expect(step(p, 'compensation').state).toBe('open');
  });

  it('the VNA prompt is done when every step is done or not applicable', () => {
    const narrative = STEP_NARRATIVES.filter(([id]) => id !== 'bail_views')
      .map(([, t]) => t)
      .join(' ');
    const actions: OfficerAction[] = [
      {
        promptId: 'vna.bail_views',
        state: 'not_applicable',
        reason: 'No arrest or bail yet',
        at: NOW - 1000,
      },
    ];
    const p = get(run(stalkingAnalysis(), makeRecord({ narrative }), { actions }), 'vna');
    expect(step(p, 'bail_views').state).toBe('not_applicable');
    expect(step(p, 'bail_views').reason).toBe('No arrest or bail yet');
    expect(p.state).toBe('done');
  });
});

describe('evaluatePrompts: officer actions', () => {
  const analysis = stalkingAnalysis();
  const spoState = (actions: OfficerAction[], now = NOW) =>
    get(run(analysis, makeRecord(), { actions, now }), 'spo');

  it('done by the officer', () => {
    const p = spoState([{ promptId: 'spo', state: 'done', at: NOW - 5 }]);
    expect(p.state).toBe('done');
    expect(p.doneBecause).toBeNull();
    expect(p.title).toBe('Record an SPO decision');
  });

  it('not applicable with a reason', () => {
    const p = spoState([
      { promptId: 'spo', state: 'not_applicable', reason: 'SPO already in force', at: NOW - 5 },
    ]);
    expect(p.state).toBe('not_applicable');
    expect(p.reason).toBe('SPO already in force');
  });

  it('not applicable without a reason is ignored', () => {
    expect(
      spoState([{ promptId: 'spo', state: 'not_applicable', reason: '  ', at: NOW - 5 }]).state,
    ).toBe('open');
    expect(spoState([{ promptId: 'spo', state: 'not_applicable', at: NOW - 5 }]).state).toBe(
      'open',
    );
  });

  it('snoozed until `until`, then open again', () => {
    const actions: OfficerAction[] = [
      { promptId: 'spo', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
    ];
    expect(spoState(actions).state).toBe('snoozed');
    expect(spoState(actions, NOW + 1000).state).toBe('open');
  });

  it('a snooze without `until` lasts the default hour', () => {
    const actions: OfficerAction[] = [{ promptId: 'spo', state: 'snoozed', at: NOW }];
    expect(spoState(actions, NOW + DEFAULT_SNOOZE_MS - 1).state).toBe('snoozed');
    expect(spoState(actions, NOW + DEFAULT_SNOOZE_MS).state).toBe('open');
  });

  it('the latest action wins, whatever the array order', () => {
    const actions: OfficerAction[] = [
      { promptId: 'spo', state: 'done', at: NOW - 5 },
      { promptId: 'spo', state: 'snoozed', at: NOW - 50, until: NOW + 1000 },
    ];
    expect(spoState(actions).state).toBe('done');
  });

  it('the record beats the officer: a step done on the record shows done', () => {
    const p = get(
      run(analysis, makeRecord({ spoDecision: 'Not applying: rationale in log' }), {
        actions: [{ promptId: 'spo', state: 'snoozed', at: NOW, until: NOW + 1000 }],
      }),
      'spo',
    );
    expect(p.state).toBe('done');
  });

  it('actions on other prompts do not leak', () => {
    expect(latestAction([{ promptId: 'evidence', state: 'done', at: 1 }], 'spo', NOW)).toBeNull();
  });
});

describe('evaluatePrompts: policy-mandatory prompts', () => {
  const analysis = stalkingAnalysis();
  const mandatorySpo = (actions: OfficerAction[], now = NOW) =>
    get(run(analysis, makeRecord(), { actions, now, mandatory: ['spo'] }), 'spo');

  it('a snooze on a mandatory prompt is ignored: it stays open', () => {
    const p = mandatorySpo([
      { promptId: 'spo', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
    ]);
    expect(p.mandatory).toBe(true);
    expect(p.state).toBe('open');
  });

  it('an ignored snooze does not hide an earlier decision', () => {
    const p = mandatorySpo([
      { promptId: 'spo', state: 'not_applicable', reason: 'SPO already in force', at: NOW - 50 },
      { promptId: 'spo', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
    ]);
    expect(p.state).toBe('not_applicable');
    expect(p.reason).toBe('SPO already in force');
  });

  it('not applicable still needs a reason', () => {
    expect(mandatorySpo([{ promptId: 'spo', state: 'not_applicable', at: NOW - 5 }]).state).toBe(
      'open',
    );
    expect(
      mandatorySpo([{ promptId: 'spo', state: 'not_applicable', reason: 'Remanded', at: NOW - 5 }])
        .state,
    ).toBe('not_applicable');
  });

  it('a snooze on a step of a mandatory VNA prompt is ignored too', () => {
    const actions: OfficerAction[] = [
      { promptId: 'vna.vps', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
      { promptId: 'vna', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
    ];
    const mandatory = get(run(analysis, makeRecord(), { actions, mandatory: ['vna'] }), 'vna');
    expect(step(mandatory, 'vps').state).toBe('open');
    expect(mandatory.state).toBe('open');
    const optional = get(run(analysis, makeRecord(), { actions }), 'vna');
    expect(step(optional, 'vps').state).toBe('snoozed');
    expect(optional.state).toBe('snoozed');
  });

  it('other prompts can still be snoozed', () => {
    const actions: OfficerAction[] = [
      { promptId: 'evidence', state: 'snoozed', at: NOW - 10, until: NOW + 1000 },
    ];
    const views = run(analysis, makeRecord(), { actions, mandatory: ['spo'] });
    expect(get(views, 'evidence').state).toBe('snoozed');
  });

  it('latestAction drops snoozes only when told the prompt is mandatory', () => {
    const actions: OfficerAction[] = [
      { promptId: 'spo', state: 'snoozed', at: NOW, until: NOW + 5 },
    ];
    expect(latestAction(actions, 'spo', NOW)?.state).toBe('snoozed');
    expect(latestAction(actions, 'spo', NOW, true)).toBeNull();
  });
});

describe('evaluatePrompts: services in prompt text', () => {
  it('uses national defaults when no local service is set', () => {
    const text = get(run(stalkingAnalysis()), 'safeguarding').points.join(' ');
    expect(text).toContain('National Stalking Helpline (Suzy Lamplugh Trust): 0808 802 0300');
    expect(text).toContain('Paladin');
    expect(text).toContain(
      'Stalking advocacy: no local service set; ask your force stalking lead.',
    );
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('names the local services when set', () => {
    const services = withNationalDefaults({
      stalkingAdvocacy: { name: 'Shire Stalking Advocacy', phone: '01234 567890', note: null },
      idva: { name: 'Shire IDVA Service', phone: null, note: null },
      perpetratorProgramme: { name: 'Shire MASP', phone: null, note: null },
    });
    const text = get(
      run(stalkingAnalysis({ relationship: 'ex_partner' }), makeRecord(), { services }),
      'safeguarding',
    ).points.join(' ');
    expect(text).toContain('Shire Stalking Advocacy: 01234 567890');
    expect(text).toContain('Shire IDVA Service');
    expect(text).toContain('Shire MASP');
  });
});

describe('helpers', () => {
  it.each([
    ['8Q Stalking', 'stalking'],
    ['Stalking involving fear of violence (s4A)', 'stalking'],
    ['8L Harassment', 'harassment'],
    ['Malicious Communications', 'malcomms'],
    ['Criminal damage', 'other'],
    ['', 'unknown'],
    ['-- Select --', 'unknown'],
  ] as const)('classify(%j) is %s', (value, kind) => {
    expect(classify(value)).toBe(kind);
  });

  it('classify(null) is unknown', () => expect(classify(null)).toBe('unknown'));

  it.each([
    [true, true],
    [false, false],
    [null, false],
    ['Yes', true],
    ['No', false],
    ['Pending', false],
    ['Not yet done', false],
    ['Referred to Paladin 27/11', true],
  ] as const)('isFilled(%j) is %s', (value, filled) => {
    expect(isFilled(value)).toBe(filled);
  });

  it('is deterministic', () => {
    const input = {
      analysis: stalkingAnalysis({ relationship: 'ex_partner' }),
      record: makeRecord(),
    };
    expect(run(input.analysis, input.record)).toEqual(run(input.analysis, input.record));
  });
});
