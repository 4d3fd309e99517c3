import type { Locator, Page } from '@playwright/test';
import { VNA_STEP_IDS, type VnaStepId } from '../../src/prompts/types';
import { expect, overlayLocator, setProfiles, test } from './fixtures';
import {
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

/**
 * Prompts on the training record follow the record as the officer fills it in (rules in
 * src/prompts/evaluate.ts): VNA steps tick off from the victim care fields, risk screening needs
 * the stalking screen and (a former partner: domestic) DASH, and escalation when the risk is high;
 * the SPO prompt closes on a recorded decision; an officer's "Not applicable" with a reason is
 * kept for the record across a reload.
 */

/** How the officer fills each VNA step on the training record. */
const VNA_FILL: Record<VnaStepId, (page: Page) => Promise<unknown>> = {
  enhanced_rights: (p) =>
    p.locator('#vnaEnhanced').selectOption({ label: 'Persistently targeted' }),
  communication_needs: (p) => p.locator('#vnaComms').selectOption({ label: 'Interpreter needed' }),
  contact_plan: (p) => p.locator('#vnaContact').selectOption({ label: 'Text then call, weekly' }),
  support_referral: (p) =>
    p
      .locator('#vnaReferral')
      .selectOption({ label: 'Referred to stalking advocate (consent given)' }),
  written_confirmation: (p) => p.locator('#vnaWritten').check(),
  vps: (p) => p.locator('#vnaVps').check(),
  compensation: (p) => p.locator('#vnaComp').check(),
  special_measures: (p) => p.locator('#vnaSpecial').check(),
  bail_views: (p) => p.locator('#vnaBail').fill('Wants no contact and to stay away from her home'),
};

function prompt(page: Page, id: string): Locator {
  return overlayLocator(page).locator(`[data-prompt="${id}"]`);
}

async function startStalkingRecord(page: Page): Promise<void> {
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  await expect(
    overlayLocator(page).locator('[data-testid="waymark-stalking"][data-likely="true"]'),
  ).toHaveCount(1);
}

/** Append to the narrative at its end, as the officer typing more. */
async function appendNarrative(page: Page, text: string): Promise<void> {
  const field = page.locator('#narrative');
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

test.beforeEach(async ({ serviceWorker, page, baseURL }) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  // Wide enough for the panel to dock beside the narrative, so its buttons are on screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  await expect(overlayLocator(page)).toHaveCount(1);
});

test('VNA steps go from open to done as the victim care fields are set', async ({ page }) => {
  await startStalkingRecord(page);
  const vna = prompt(page, 'vna');
  await expect(vna).toHaveAttribute('data-state', 'open');
  const step = (id: VnaStepId) => vna.locator(`[data-vna-step="${id}"]`);
  for (const id of VNA_STEP_IDS) await expect(step(id)).toHaveAttribute('data-state', 'open');

  for (const [i, id] of VNA_STEP_IDS.entries()) {
    await VNA_FILL[id](page);
    await expect(step(id)).toHaveAttribute('data-state', 'done');
    // Steps not yet filled stay open, and the prompt stays open until the last one.
    for (const later of VNA_STEP_IDS.slice(i + 1)) {
      await expect(step(later)).toHaveAttribute('data-state', 'open');
    }
    if (i < VNA_STEP_IDS.length - 1) await expect(vna).toHaveAttribute('data-state', 'open');
  }
  await expect(vna).toHaveAttribute('data-state', 'done');
  // The referral with consent also satisfies the safeguarding prompt.
  await expect(prompt(page, 'safeguarding')).toHaveAttribute('data-state', 'done');

  // Un-ticking a checkbox reopens its step and the prompt: the record is read live.
  await page.locator('#vnaVps').uncheck();
  await expect(step('vps')).toHaveAttribute('data-state', 'open');
  await expect(vna).toHaveAttribute('data-state', 'open');
});

test('risk screening: S-DASH and DASH close it; a high risk reopens it until escalation', async ({
  page,
}) => {
  await startStalkingRecord(page);
  const risk = prompt(page, 'risk_screening');
  await expect(risk).toHaveAttribute('data-state', 'open');

  // "Not completed" is not a completed screen.
  await page.locator('#sdash').selectOption({ label: 'Not completed' });
  await page.locator('#dashRisk').selectOption({ label: 'Medium' });
  await expect(risk).toHaveAttribute('data-state', 'open');
  await expect(risk).toContainText('Missing: stalking screen');

  // A former partner makes it domestic: the stalking screen alone is not enough...
  await page.locator('#dashRisk').selectOption({ label: '-- Select --' });
  await page.locator('#sdash').selectOption({ label: 'Completed: medium' });
  await expect(risk).toHaveAttribute('data-state', 'open');
  await expect(risk).toContainText('DASH or DARA (domestic context)');
  await expect(risk).not.toContainText('Missing: stalking screen');
  // ...with DASH as well it is done.
  await page.locator('#dashRisk').selectOption({ label: 'Medium' });
  await expect(risk).toHaveAttribute('data-state', 'done');

  // A high risk asks for a supervisor review and a MARAC referral (domestic).
  await page.locator('#dashRisk').selectOption({ label: 'High' });
  await expect(risk).toHaveAttribute('data-state', 'open');
  await expect(risk).toContainText('supervisor review (high risk)');
  await expect(risk).toContainText('MARAC referral (high risk)');
  await appendNarrative(page, ' The duty sergeant has been informed.');
  await expect(risk).toContainText('MARAC referral (high risk)');
  await expect(risk).not.toContainText('supervisor review (high risk)');
  await expect(risk).toHaveAttribute('data-state', 'open');
  await appendNarrative(page, ' She has been referred to MARAC.');
  await expect(risk).toHaveAttribute('data-state', 'done');
});

test('the SPO prompt is done once a decision is recorded, and open again when cleared', async ({
  page,
}) => {
  await startStalkingRecord(page);
  const spo = prompt(page, 'spo');
  await expect(spo).toHaveAttribute('data-state', 'open');
  await page.locator('#spoDecision').selectOption({ label: 'Not applying (rationale recorded)' });
  await expect(spo).toHaveAttribute('data-state', 'done');
  await page.locator('#spoDecision').selectOption({ label: '-- Select --' });
  await expect(spo).toHaveAttribute('data-state', 'open');
  await page.locator('#spoDecision').selectOption({ label: 'Apply for interim SPO' });
  await expect(spo).toHaveAttribute('data-state', 'done');
});

test('"Not applicable" with a typed reason shows not_applicable and survives a reload', async ({
  page,
}) => {
  const reason = 'Evidence already secured by the response team under CR/40217/26';
  await startStalkingRecord(page);
  const evidence = prompt(page, 'evidence');
  await expect(evidence).toHaveAttribute('data-state', 'open');

  // Saving with no reason is refused.
  await evidence.getByRole('button', { name: /^Not applicable:/ }).click();
  const form = evidence.locator('form.wm-na-form');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Save reason' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(evidence).toHaveAttribute('data-state', 'open');

  await form.getByRole('combobox').selectOption({ label: 'Other (type below)' });
  await form.getByRole('textbox').pressSequentially(reason, { delay: 5 });
  await form.getByRole('button', { name: 'Save reason' }).click();
  await expect(evidence).toHaveAttribute('data-state', 'not_applicable');
  await expect(evidence).toContainText(`Reason: ${reason}`);

  // The decision is kept per record by the background: a reload brings it back.
  await page.reload();
  await expect(overlayLocator(page)).toHaveCount(1);
  await startStalkingRecord(page);
  await expect(prompt(page, 'evidence')).toHaveAttribute('data-state', 'not_applicable');
  await expect(prompt(page, 'evidence')).toContainText(`Reason: ${reason}`);
  // Other prompts were not touched.
  await expect(prompt(page, 'spo')).toHaveAttribute('data-state', 'open');
});
