import { expect, overlayLocator, setProfiles, test } from './fixtures';
import {
  hoverCard,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

/**
 * The training crime record with a full profile: prompts follow the record, highlights sit over
 * the evidence, missing fields are reported, and the page cannot press the panel's buttons.
 */

test.beforeEach(async ({ serviceWorker, page, baseURL }) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.goto(`${baseURL}/training-record.html`);
  await expect(overlayLocator(page)).toHaveCount(1);
});

test('prompts follow the record: classification and SPO decision close their prompts', async ({
  page,
}) => {
  const overlay = overlayLocator(page);
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  await expect(overlay.locator('[data-prompt="spo"]')).toHaveAttribute('data-state', 'open');
  await page.locator('#spoDecision').selectOption({ label: 'Apply for full SPO' });
  await expect(overlay.locator('[data-prompt="spo"]')).toHaveAttribute('data-state', 'done');

  await page.locator('#classification').selectOption({ label: 'Harassment (8L)' });
  await expect(overlay.locator('[data-prompt="classification"]')).toHaveAttribute(
    'data-state',
    'open',
  );
  await page.locator('#classification').selectOption({ label: 'Stalking (8Q)' });
  await expect(overlay.locator('[data-prompt="classification"]')).not.toHaveAttribute(
    'data-state',
    'open',
  );
  // No mapped field is missing on the training record.
  await expect(overlay.locator('[data-testid="waymark-health"]')).toHaveCount(0);
});

test('highlight boxes sit over the evidence, and hovering one opens its card', async ({ page }) => {
  // The card is drawn in the panel's frame, so the panel docks beside the narrative.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const overlay = overlayLocator(page);
  const field = page.locator('#narrative');
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  const boxes = overlay.locator('[data-testid="waymark-highlight"]:not([hidden])');
  await expect(boxes.first()).toBeAttached();
  const fieldBox = (await field.boundingBox())!;
  const count = await boxes.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) {
    const b = (await boxes.nth(i).boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(fieldBox.x - 1);
    expect(b.y).toBeGreaterThanOrEqual(fieldBox.y - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(fieldBox.x + fieldBox.width + 1);
    expect(b.y + b.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height + 1);
  }
  const following = overlay.locator(
    '[data-testid="waymark-highlight"][data-highlight="following"]',
  );
  const card = await hoverCard(page, overlay, 'following');
  await expect(card).toContainText('FOUR');
  await expect(card).toContainText('Law');
  // No engine internals on the card: rule ids stay in the audit and tests.
  await expect(card).not.toContainText(/\(rule |[a-z]+\.[a-z_]+/);

  // Scrolling the page moves the boxes with the text.
  const before = (await following.first().boundingBox())!.y;
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await following.first().boundingBox())?.y).not.toBe(before);
});

test('a mapped field that is missing is named, and the rest keeps working', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [
    {
      ...TRAINING_PROFILE,
      fields: {
        ...TRAINING_PROFILE.fields,
        riskScreen: { label: 'Stalking Screening Tool score' },
      },
    },
  ]);
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  const health = overlay.locator('[data-testid="waymark-health"]');
  await expect(health.locator('[data-missing-role="riskScreen"]')).toHaveCount(1);
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-indicator="following"]')).toHaveCount(1);
});

test('synthetic clicks from the page do nothing; real ones work', async ({ page }) => {
  // Wide enough for the panel to dock beside the narrative.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const overlay = overlayLocator(page);
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  const spo = overlay.locator('[data-prompt="spo"]');
  await expect(spo).toHaveAttribute('data-state', 'open');

  // The page reaches into the (test-build, open) shadow root and the panel's frame, and clicks
  // whatever buttons it can get at: the frame is another origin, so none.
  await page.evaluate(() => {
    const root = document.querySelector('waymark-overlay')!.shadowRoot!;
    const frame = root.querySelector('iframe');
    let inFrame: HTMLButtonElement[] = [];
    try {
      inFrame = Array.from(frame?.contentDocument?.querySelectorAll('button') ?? []);
    } catch {
      // Cross-origin: the page cannot look in.
    }
    const buttons = [...Array.from(root.querySelectorAll<HTMLButtonElement>('button')), ...inFrame];
    for (const b of buttons.filter((x) =>
      /Mark done|Close|Insert summary/i.test(x.textContent + (x.getAttribute('aria-label') ?? '')),
    )) {
      b.click();
      b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
  });
  await page.waitForTimeout(300);
  await expect(spo).toHaveAttribute('data-state', 'open');
  await expect(overlay.locator('[data-testid="waymark-panel"]')).toHaveAttribute(
    'data-open',
    'true',
  );
  await expect(page.locator('#notes')).toHaveValue('');

  // The officer's own click inserts the summary through input events.
  await overlay.locator('[data-action="insert-summary"]').click();
  const notes = page.locator('#notes');
  await expect(notes).toHaveValue(
    /^--- Waymark summary ---\n[^]*\nWAYMARK-DATA v2 [\w-]+\n--- end/,
  );
  // Plain words for a reader who has never seen Waymark: names, and the time with its zone.
  await expect(notes).toHaveValue(/Suspect's relationship to the victim: Ex-partner/);
  await expect(notes).toHaveValue(
    /^Written by Waymark on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d \S+/m,
  );
  await expect(notes).not.toHaveValue(/repeated_contact|ex_partner|vna\.|officer unset/);
  // The officer's own click on a prompt records the decision.
  await spo.getByRole('button', { name: /^Mark done/ }).click();
  await expect(spo).toHaveAttribute('data-state', 'done');
  // The narrative itself was never written to.
  await expect(page.locator('#narrative')).toHaveValue(STALKING_NARRATIVE + STALKING_TAIL);
});

test('Alt+Shift+W opens and closes the panel; focus returns to the field', async ({ page }) => {
  const overlay = overlayLocator(page);
  const panel = overlay.locator('[data-testid="waymark-panel"]');
  const field = page.locator('#narrative');
  await field.click();
  // Nothing to say yet on an empty record: a badge until the officer opens it.
  await expect(panel).toHaveAttribute('data-open', 'false');
  await page.keyboard.press('Alt+Shift+KeyW');
  await expect(panel).toHaveAttribute('data-open', 'true');
  await page.keyboard.press('Alt+Shift+KeyW');
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(field).toBeFocused();
});
