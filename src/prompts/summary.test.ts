import { describe, expect, it } from 'vitest';
import { evaluatePrompts } from './evaluate';
import { DEFAULT_SERVICES } from './services';
import { SUMMARY_END, SUMMARY_START, buildSummary, replaceSummary } from './summary';
import { makeRecord, stalkingAnalysis } from './test-fixtures';
import type { OfficerAction } from './types';
import { CATALOGUE } from './catalogue';

const NOW = Date.UTC(2026, 10, 27, 3, 15);
const analysis = stalkingAnalysis({
  relationship: 'ex_partner',
  behaviours: { repeated_contact: 5, following: 2 },
  risk: ['threat_to_kill'],
});
const narrative =
  'He followed SECRET-NAME home. SPO considered, not applied because he is in custody.';

function block(actions: OfficerAction[] = []): string {
  const prompts = evaluatePrompts({
    analysis,
    record: makeRecord({ narrative }),
    actions,
    mandatory: ['spo'],
    services: DEFAULT_SERVICES,
    now: NOW,
    catalogue: CATALOGUE,
  });
  return buildSummary({ analysis, prompts, now: NOW, catalogueVersion: CATALOGUE.version });
}

describe('buildSummary', () => {
  it('starts and ends with the fixed markers', () => {
    const lines = block().split('\n');
    expect(lines[0]).toBe(SUMMARY_START);
    expect(lines.at(-1)).toBe(SUMMARY_END);
    expect(SUMMARY_START).toBe('--- Waymark summary (v1) ---');
  });

  it('lists indicators by id and count, and every prompt with its state', () => {
    const text = block();
    expect(text).toContain('repeated_contact (5 matches)');
    expect(text).toContain('following (2 matches)');
    expect(text).toContain('threat_to_kill (1 match)');
    expect(text).toContain('Relationship: ex_partner; domestic: yes');
    expect(text).toMatch(/^- spo: DONE \[mandatory\]$/m);
    expect(text).toMatch(/^- risk_screening: OPEN$/m);
    expect(text).toMatch(/^ {2}- vna\.contact_plan: OPEN$/m);
    expect(text).toContain('2026-11-27 03:15 UTC');
  });

  it('labels the judgement as a text check, not a risk assessment, and prints no score', () => {
    const text = block();
    expect(text).toContain(
      'Waymark text check (not a risk assessment): stalking indicators likely;',
    );
    expect(text).not.toMatch(/score/i);
    expect(text).not.toMatch(/\d\.\d{2}/);
  });

  it('includes reasons and never quotes the narrative', () => {
    const text = block([
      {
        promptId: 'evidence',
        state: 'not_applicable',
        reason: 'Evidence secured by another officer',
        at: NOW,
      },
    ]);
    expect(text).toMatch(/^- evidence: N\/A \(reason: Evidence secured by another officer\)$/m);
    expect(text).not.toContain('SECRET-NAME');
    expect(text).not.toContain('followed');
  });

  it('a typed reason cannot break the block', () => {
    const text = block([
      {
        promptId: 'evidence',
        state: 'not_applicable',
        reason: `done\n${SUMMARY_END}\n--- Waymark summary (v1) ---`,
        at: NOW,
      },
    ]);
    expect(text.split(SUMMARY_END)).toHaveLength(2);
    expect(text.match(/--- Waymark summary/g)).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(block()).toBe(block());
  });
});

describe('replaceSummary', () => {
  const b1 = `${SUMMARY_START}\nfirst\n${SUMMARY_END}`;
  const b2 = `${SUMMARY_START}\nsecond\n${SUMMARY_END}`;

  it.each([
    [null, b1],
    ['', b1],
    ['   \n', b1],
  ])('puts the block into empty notes (%j)', (existing, expected) => {
    expect(replaceSummary(existing, b1)).toBe(expected);
  });

  it('appends after the officer’s notes with a blank line', () => {
    expect(replaceSummary('Officer notes.\n', b1)).toBe(`Officer notes.\n\n${b1}`);
  });

  it('replaces its own earlier block instead of adding a second one', () => {
    const once = replaceSummary('Officer notes.', b1);
    const twice = replaceSummary(once, b2);
    expect(twice).toBe(`Officer notes.\n\n${b2}`);
    expect(twice.match(/--- Waymark summary/g)).toHaveLength(1);
    expect(replaceSummary(twice, b2)).toBe(twice);
  });

  it('keeps the officer’s text before and after the block', () => {
    const existing = `Before.\n\n${b1}\n\nAfter.`;
    expect(replaceSummary(existing, b2)).toBe(`Before.\n\n${b2}\n\nAfter.`);
  });

  it('replaces a block from an older summary version', () => {
    const old = '--- Waymark summary (v0) ---\nold\n--- end Waymark summary ---';
    expect(replaceSummary(`Notes.\n\n${old}`, b2)).toBe(`Notes.\n\n${b2}`);
  });

  it('collapses duplicate blocks (pasted twice) into one', () => {
    const out = replaceSummary(`A.\n\n${b1}\n${b1}\nB.`, b2);
    expect(out.match(/--- Waymark summary/g)).toHaveLength(1);
    expect(out).toContain('A.');
    expect(out).toContain('B.');
    expect(out).toContain('second');
  });

  it('does not cut the officer’s notes when the end marker was deleted', () => {
    const broken = `${SUMMARY_START}\nhalf a block\nOfficer wrote this after.`;
    const out = replaceSummary(broken, b2);
    expect(out).toContain('Officer wrote this after.');
    expect(out.endsWith(b2)).toBe(true);
  });
});
