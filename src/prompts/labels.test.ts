import { describe, expect, it } from 'vitest';
import { defaultPack } from '../core/index';
import { BEHAVIOUR_IDS, RISK_IDS } from '../core/types';
import { behaviourLabel, promptLabel } from '../dashboard/format';
import { CATALOGUE } from './catalogue';
import { findingNames, promptNames } from './labels';
import { PROMPT_IDS, VNA_STEP_IDS } from './types';

describe('labels: one name for each id', () => {
  it('names every behaviour and risk marker from the rule pack', () => {
    const names = findingNames(defaultPack);
    for (const id of BEHAVIOUR_IDS)
      expect(names.behaviour[id]).toBe(defaultPack.behaviours[id].label);
    for (const id of RISK_IDS) expect(names.risk[id]).toBe(defaultPack.risks[id].label);
  });

  it('names every prompt and step from the catalogue, each name once', () => {
    const names = promptNames(CATALOGUE);
    const refs = [...PROMPT_IDS, ...VNA_STEP_IDS.map((s) => `vna.${s}` as const)];
    for (const ref of refs) expect(names[ref], ref).toMatch(/^[A-Z]/);
    expect(new Set(refs.map((r) => names[r])).size).toBe(refs.length);
  });

  it('gives the dashboard the same names as the panel and the summary', () => {
    const names = promptNames(CATALOGUE);
    for (const p of CATALOGUE.prompts) expect(promptLabel(p.id)).toBe(p.title);
    expect(promptLabel('vna.vps')).toBe(names['vna.vps']);
    for (const id of BEHAVIOUR_IDS)
      expect(behaviourLabel(id)).toBe(defaultPack.behaviours[id].label);
  });
});
