import type { Locator, Page } from '@playwright/test';
import { expect, setProfiles, test } from './fixtures';
import {
  AUTO_PROFILE,
  EXPECTED_BEHAVIOURS,
  fixtureReady,
  NON_STALKING_NARRATIVE,
  NON_STALKING_TAIL,
  overlayIn,
  type OverlayScope,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  typeNarrative,
} from './overlay-helpers';

/**
 * One fixture page per field kind (issue 4, item 2), each in automatic mode: Waymark must find
 * the narrative with no configuration, read it as the officer types, and show the judgement.
 */
interface Kind {
  page: string;
  /** Anything the officer does before the field exists (SPA route, modal). */
  before?: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  overlay?: (page: Page) => OverlayScope;
  /** A single-line input scrolls to the caret: go back to the start to see the first evidence. */
  home?: boolean;
}

const KINDS: Kind[] = [
  { page: 'textarea.html', field: (p) => p.locator('#narrative') },
  { page: 'input.html', field: (p) => p.locator('#narrative'), home: true },
  { page: 'contenteditable.html', field: (p) => p.locator('#narrative') },
  { page: 'quill.html', field: (p) => p.locator('.ql-editor') },
  { page: 'ckeditor5.html', field: (p) => p.locator('.ck-editor__editable') },
  {
    page: 'tinymce.html',
    field: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
  },
  { page: 'prosemirror.html', field: (p) => p.locator('.ProseMirror') },
  { page: 'lexical.html', field: (p) => p.locator('#narrative') },
  { page: 'trix.html', field: (p) => p.locator('trix-editor') },
  { page: 'iframe.html', field: (p) => p.frameLocator('#record-frame').locator('#narrative') },
  {
    page: 'frameset.html',
    field: (p) => p.frameLocator('frame[name="main"]').locator('#narrative'),
    // A frameset document cannot show our panel: it mounts in the narrative's frame.
    overlay: (p) => p.frameLocator('frame[name="main"]'),
  },
  { page: 'shadow-root.html', field: (p) => p.locator('crime-narrative textarea') },
  {
    page: 'spa.html',
    before: async (p) => {
      await p.locator('#open-record').click();
      await expect(p.locator('#narrative')).toBeVisible();
    },
    field: (p) => p.locator('#narrative'),
  },
  {
    page: 'modal.html',
    before: async (p) => {
      await p.locator('#add-occasion').click();
      await expect(p.locator('#narrative')).toBeVisible();
    },
    field: (p) => p.locator('#narrative'),
  },
];

for (const kind of KINDS) {
  test.describe(kind.page, () => {
    test.beforeEach(async ({ serviceWorker }) => {
      await setProfiles(serviceWorker, [AUTO_PROFILE]);
    });

    test('a stalking narrative shows indicators, the judgement and prompts', async ({
      page,
      baseURL,
    }) => {
      await page.goto(`${baseURL}/${kind.page}`);
      if (kind.page !== 'frameset.html') await fixtureReady(page);
      await kind.before?.(page);
      const field = kind.field(page);
      await expect(field).toBeVisible();
      await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);

      const overlay = overlayIn(kind.overlay?.(page) ?? page);
      await expect(overlay).toHaveCount(1);
      await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
        'data-likely',
        'true',
      );
      for (const id of EXPECTED_BEHAVIOURS) {
        await expect(overlay.locator(`[data-indicator="${id}"]`)).toHaveCount(1);
      }
      await expect(overlay.locator('[data-prompt][data-state]').first()).toBeAttached();
      // Evidence is highlighted over the field, whatever kind of field it is.
      if (kind.home) await field.press('Home');
      await expect(
        overlay.locator(
          '[data-testid="waymark-highlight"][data-highlight="following"]:not([hidden])',
        ),
      ).not.toHaveCount(0);
      // The field keeps focus while the officer types: the panel never takes it.
      await expect(field).toBeFocused();
    });

    test('a narrative with no stalking shows none', async ({ page, baseURL }) => {
      await page.goto(`${baseURL}/${kind.page}`);
      if (kind.page !== 'frameset.html') await fixtureReady(page);
      await kind.before?.(page);
      const field = kind.field(page);
      await typeNarrative(page, field, NON_STALKING_NARRATIVE, NON_STALKING_TAIL);

      const overlay = overlayIn(kind.overlay?.(page) ?? page);
      await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
        'data-likely',
        'false',
      );
      await expect(overlay.locator('[data-indicator]')).toHaveCount(0);
    });
  });
}

test.describe('frameset.html with a slow form frame', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await setProfiles(serviceWorker, [AUTO_PROFILE]);
  });

  test('the panel follows the narrative into the form frame once it loads', async ({
    page,
    baseURL,
  }) => {
    // Under load the content script starts while the form frame still shows its first document
    // (or only the menu frame has loaded): the panel must end up beside the narrative anyway.
    await page.route('**/iframe-inner.html', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${baseURL}/frameset.html`, { waitUntil: 'commit' });
    const main = page.frameLocator('frame[name="main"]');
    const field = main.locator('#narrative');
    await expect(field).toBeVisible({ timeout: 10_000 });
    await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
    const overlay = overlayIn(main);
    await expect(overlay).toHaveCount(1);
    await expect(overlay.locator('[data-testid="waymark-panel"]')).toBeVisible();
    await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      'true',
    );
    await expect(page.frameLocator('frame[name="nav"]').locator('waymark-overlay')).toHaveCount(0);
  });
});
