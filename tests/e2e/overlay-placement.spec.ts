import type { Locator, Page, Worker } from '@playwright/test';
import type { SiteProfile } from '../../src/adapters/profile';
import { expect, overlayLocator, setProfiles, test } from './fixtures';
import {
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

/**
 * The panel never covers the narrative: it docks beside it where a side has room, else it is a
 * badge at the field's corner. Checked on the training record (one centred column) and on a
 * two-column record page, at the screen sizes officers use; browser zoom shrinks the CSS viewport,
 * so 1366x768 at 200% and at 80% are 683x384 and 1708x960.
 */

const TWO_COLUMN_PROFILE: SiteProfile = {
  id: 'two-column',
  name: 'Two-column record',
  matches: ['http://127.0.0.1/*'],
  fields: {
    narrative: { selector: '#narrative' },
    crimeReference: { label: 'Crime reference' },
    classification: { label: 'HOCR classification' },
    relationship: { label: 'Relationship of suspect to victim' },
    spoDecision: { label: 'SPO decision' },
    notes: { selector: '#notes' },
  },
};

const PAGES = [
  { name: 'training record', path: '/training-record.html', profile: TRAINING_PROFILE },
  { name: 'two-column record', path: '/two-column.html', profile: TWO_COLUMN_PROFILE },
];

const SIZES = [
  { label: '1024x768', width: 1024, height: 768 },
  { label: '1366x768', width: 1366, height: 768 },
  { label: '1920x1080', width: 1920, height: 1080 },
  { label: '1366x768 at 200%', width: 683, height: 384 },
  { label: '1366x768 at 80%', width: 1708, height: 960 },
];

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** What `document.elementFromPoint` finds at the field's centre and right edge (visible part). */
async function hits(field: Locator): Promise<string[]> {
  return field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;
    return [
      [(r.left + r.right) / 2, y],
      [r.right - 3, y],
    ].map(([x, yy]) => {
      const at = document.elementFromPoint(x!, yy!);
      return at === el ? 'field' : (at?.tagName.toLowerCase() ?? 'nothing');
    });
  });
}

/** Neither the badge nor a shown panel covers the field. */
/** The two-column record at `size`, with the stalking narrative typed and the panel open. */
async function openTwoColumn(
  page: Page,
  serviceWorker: Worker,
  baseURL: string | undefined,
  size: { width: number; height: number },
): Promise<{ overlay: ReturnType<typeof overlayLocator>; panel: Locator; field: Locator }> {
  await setProfiles(serviceWorker, [TWO_COLUMN_PROFILE]);
  await page.setViewportSize(size);
  await page.goto(`${baseURL}/two-column.html`);
  const overlay = overlayLocator(page);
  const panel = overlay.locator('[data-testid="waymark-panel"]');
  const field = page.locator('#narrative');
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(panel).toHaveAttribute('data-open', 'true');
  return { overlay, panel, field };
}

async function clearOf(page: Page, field: Locator): Promise<void> {
  const f = (await field.boundingBox())!;
  const overlay = overlayLocator(page);
  for (const hook of ['waymark-launcher', 'waymark-panel']) {
    const el = overlay.locator(`[data-testid="${hook}"]`);
    if ((await el.count()) === 0 || !(await el.isVisible())) continue;
    expect(overlap((await el.boundingBox())!, f), `${hook} covers the narrative`).toBe(false);
  }
}

for (const pg of PAGES) {
  for (const size of SIZES) {
    test(`${pg.name} at ${size.label}: the narrative stays clear before and after "likely"`, async ({
      page,
      serviceWorker,
      baseURL,
    }) => {
      await setProfiles(serviceWorker, [pg.profile]);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${baseURL}${pg.path}`);
      const overlay = overlayLocator(page);
      const panel = overlay.locator('[data-testid="waymark-panel"]');
      const field = page.locator('#narrative');
      // Nothing to say yet: a badge, not a panel.
      await expect(panel).toHaveAttribute('data-open', 'false');
      await field.click();
      expect(await hits(field)).toEqual(['field', 'field']);
      await clearOf(page, field);

      await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
      await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
        'data-likely',
        'true',
      );
      const f = (await field.boundingBox())!;
      // A side with room for the panel (360 px and two 8 px gaps) gets it; otherwise a badge.
      const room = Math.max(f.x, size.width - f.x - f.width) >= 376;
      await expect(panel).toHaveAttribute('data-open', room ? 'true' : 'false');
      await expect(overlay.locator('[data-testid="waymark-launcher"]')).toHaveCount(room ? 0 : 1);
      expect(await hits(field)).toEqual(['field', 'field']);
      await clearOf(page, field);
      if (room) {
        // Fixed height: more typing does not grow the panel.
        const before = (await panel.boundingBox())!.height;
        await field.pressSequentially(' He said he would never leave me alone.', { delay: 5 });
        await page.waitForTimeout(500);
        expect((await panel.boundingBox())!.height).toBe(before);
      }
      await page.screenshot({
        path: `test-results/placement-${pg.path.slice(1, -5)}-${size.width}x${size.height}.png`,
      });
    });
  }
}

test('where no side has room the badge opens a popover off the caret; Escape returns to the field', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  const field = page.locator('#narrative');
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  const badge = overlay.getByRole('button', { name: /^Waymark: \d+ indicators, \d+ to do$/ });
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await expect(badge).not.toHaveText('W');
  await badge.click();
  const panel = overlay.locator('[data-testid="waymark-panel"]');
  await expect(panel).toHaveAttribute('data-open', 'true');
  // The panel's frame covers only the popover: its close button stands in for the badge.
  await expect(overlay.locator('[data-testid="waymark-close"]')).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(overlay.locator('#wm-title')).toBeFocused();
  // The caret was at the end of the text, in the lower part of the field: the popover is above it.
  const caretY = await field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.top +
      r.height *
        ((el as HTMLTextAreaElement).selectionEnd / (el as HTMLTextAreaElement).value.length)
    );
  });
  const p = (await panel.boundingBox())!;
  expect(caretY < p.y || caretY > p.y + p.height).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(STALKING_NARRATIVE + STALKING_TAIL);
});

test('side and closed state are kept across a reload', async ({ page, serviceWorker, baseURL }) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  const panel = overlay.locator('[data-testid="waymark-panel"]');
  const field = page.locator('#narrative');
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect(panel).toHaveAttribute('data-side', 'right');

  // Drag the heading to the left half: the panel docks left, still clear of the field.
  const hb = (await overlay.locator('#wm-title').boundingBox())!;
  await page.mouse.move(hb.x + 10, hb.y + 5);
  await page.mouse.down();
  await page.mouse.move(300, 200, { steps: 5 });
  await page.mouse.up();
  await expect(panel).toHaveAttribute('data-side', 'left');
  expect((await panel.boundingBox())!.x).toBeLessThan(20);
  await clearOf(page, field);

  await page.reload();
  await expect(overlayLocator(page)).toHaveCount(1);
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect(panel).toHaveAttribute('data-side', 'left');

  // Closed stays closed after a reload, though there is something to say.
  await overlay.locator('[data-testid="waymark-close"]').click();
  await expect(panel).toHaveAttribute('data-open', 'false');
  await expect(field).toBeFocused();
  await page.reload();
  await expect(overlayLocator(page)).toHaveCount(1);
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  await expect(panel).toHaveAttribute('data-open', 'false');
  // The badge opens it again, on the side chosen.
  await overlay.locator('[data-testid="waymark-launcher"]').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect(panel).toHaveAttribute('data-side', 'left');
});

test('the size is kept per site profile across a reload', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay, panel, field } = await openTwoColumn(page, serviceWorker, baseURL, {
    width: 1920,
    height: 1080,
  });
  expect((await panel.boundingBox())!).toMatchObject({ width: 360, height: 520 });
  await overlay.getByRole('button', { name: 'Make the panel larger' }).press('Enter');
  await expect.poll(async () => (await panel.boundingBox())?.width).toBe(480);
  expect((await panel.boundingBox())!.height).toBe(720);
  await clearOf(page, field);

  await page.reload();
  await expect(overlayLocator(page)).toHaveCount(1);
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(panel).toHaveAttribute('data-open', 'true');
  expect((await panel.boundingBox())!).toMatchObject({ width: 480, height: 720 });
  await expect(overlay.getByRole('button', { name: 'Make the panel smaller' })).toHaveCount(1);
});

test('the panel is resized by keyboard, its width only as far as the narrative allows, and keeps its size across a reload', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay, panel, field } = await openTwoColumn(page, serviceWorker, baseURL, {
    width: 1366,
    height: 768,
  });
  await expect(panel).toHaveAttribute('data-side', 'right');
  const handle = overlay.getByRole('separator', { name: 'Panel width' });
  await expect(handle).toHaveAttribute('aria-valuenow', '360');
  await expect(handle).toHaveAttribute('aria-orientation', 'vertical');

  // The arrow keys move the panel's inner edge: left widens a panel docked on the right.
  await handle.focus();
  await handle.press('ArrowLeft');
  await handle.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '392');
  await expect.poll(async () => (await panel.boundingBox())?.width).toBe(392);
  await handle.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '376');

  // End asks for the widest: no wider than the room right of the narrative, less two gaps.
  const f = (await field.boundingBox())!;
  const widest = Math.floor(Math.min(720, 1366 - (f.x + f.width) - 16));
  expect(widest).toBeLessThan(720);
  await handle.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', String(widest));
  await expect(handle).toHaveAttribute('aria-valuemax', String(widest));
  await expect.poll(async () => (await panel.boundingBox())?.width).toBe(widest);
  expect(await hits(field)).toEqual(['field', 'field']);
  await clearOf(page, field);

  // The bottom edge sets the height the same way: down makes the panel taller.
  const tall = overlay.getByRole('separator', { name: 'Panel height' });
  await expect(tall).toHaveAttribute('aria-valuenow', '520');
  await tall.focus();
  await tall.press('ArrowDown');
  await tall.press('ArrowDown');
  await expect(tall).toHaveAttribute('aria-valuenow', '552');
  await expect.poll(async () => (await panel.boundingBox())?.height).toBe(552);

  await page.reload();
  await expect(overlayLocator(page)).toHaveCount(1);
  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect.poll(async () => (await panel.boundingBox())?.width).toBe(widest);
  await expect(handle).toHaveAttribute('aria-valuenow', String(widest));
  expect((await panel.boundingBox())!.height).toBe(552);
  expect(await hits(field)).toEqual(['field', 'field']);
  await clearOf(page, field);
});
