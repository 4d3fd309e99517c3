import type { Locator, Page } from '@playwright/test';
import type { SiteProfile } from '../../src/adapters/profile';
import { SUMMARY_END, SUMMARY_START } from '../../src/prompts/summary';
import { parseSummary } from '../../src/prompts/summary-format';
import { expect, overlayLocator, setProfiles, test } from './fixtures';
import { fixtureReady, STALKING_NARRATIVE, STALKING_TAIL, typeNarrative } from './overlay-helpers';

/**
 * "Insert summary" into a notes field that is a rich editor owning its DOM (Quill, ProseMirror,
 * CKEditor 5): the block must arrive through input events, so the editor's own model holds it,
 * the officer's own notes stay, a second insert replaces the first block, and the narrative is
 * never quoted.
 */

interface EditorKind {
  name: string;
  /** The editor's editable element: what the profile maps as `notes`. */
  notes: string;
  /** How the edit reaches the editor: typed (`insertText` input events) or a plain-text paste. */
  via: 'insertText' | 'paste';
}

const EDITORS: EditorKind[] = [
  { name: 'quill', notes: '.ql-editor', via: 'insertText' },
  { name: 'prosemirror', notes: '.ProseMirror', via: 'insertText' },
  // CKEditor 5 builds its model from beforeinput and ignores execCommand: it gets a paste.
  { name: 'ckeditor5', notes: '.ck-editor__editable', via: 'paste' },
];

/** Words from the narrative that must never reach the summary. */
const NARRATIVE_PHRASES = ['withheld numbers', 'waiting outside my house', 'Daniel'];

const OFFICER_NOTE = 'Victim seen at home by PC 4417; neighbour spoken to.';

function profileFor(kind: EditorKind): SiteProfile {
  return {
    id: 'notes-editor',
    name: 'Notes in a rich editor',
    matches: ['http://127.0.0.1/*'],
    fields: {
      narrative: { selector: '#narrative' },
      notes: { selector: kind.notes },
    },
  };
}

/** The notes as the editor's model holds them (window.notesText in the fixture page). */
async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { notesText: () => string }).notesText());
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

async function insertSummary(page: Page): Promise<void> {
  await overlayLocator(page).locator('[data-testid="waymark-insert-summary"]').click();
}

for (const kind of EDITORS) {
  test(`Insert summary writes into a ${kind.name} notes field through the editor`, async ({
    page,
    serviceWorker,
    baseURL,
  }) => {
    await setProfiles(serviceWorker, [profileFor(kind)]);
    await page.goto(`${baseURL}/notes-editor.html?editor=${kind.name}`);
    await fixtureReady(page);
    const notes: Locator = page.locator(kind.notes);
    await expect(notes).toBeVisible();

    // The officer's own note, typed into the editor before any summary.
    await notes.click();
    await page.keyboard.type(OFFICER_NOTE);
    await expect.poll(() => modelText(page)).toContain(OFFICER_NOTE);

    const overlay = overlayLocator(page);
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
    await expect(
      overlay.locator('[data-testid="waymark-stalking"][data-likely="true"]'),
    ).toHaveCount(1);

    await page.evaluate(() => {
      (window as unknown as { notesInputTypes: string[] }).notesInputTypes.length = 0;
    });
    await insertSummary(page);

    // The editor's model (not just its DOM) holds the block, start to end.
    await expect.poll(() => modelText(page)).toContain(SUMMARY_END);
    const first = await modelText(page);
    expect(count(first, SUMMARY_START)).toBe(1);
    expect(first).toContain('Behaviours described: ');
    expect(first).toMatch(/Stalking indicators in the account: likely/);
    // What the editor hands back still parses: a supervisor's Waymark can read it.
    expect(parseSummary(first).status).toBe('found');
    expect(first.indexOf(SUMMARY_START)).toBeLessThan(first.indexOf(SUMMARY_END));
    // The officer's note is kept, before the block.
    expect(first).toContain(OFFICER_NOTE);
    expect(first.indexOf(OFFICER_NOTE)).toBeLessThan(first.indexOf(SUMMARY_START));
    // It arrived as an edit the editor saw as input, not as a DOM write.
    const inputTypes = await page.evaluate(
      () => (window as unknown as { notesInputTypes: string[] }).notesInputTypes,
    );
    expect(inputTypes).toContain(kind.via);
    // The narrative itself is never quoted.
    for (const phrase of NARRATIVE_PHRASES) expect(first).not.toContain(phrase);
    await expect(
      overlay.getByText('Summary written into the notes field.', { exact: false }),
    ).toBeVisible();

    // A second insert replaces the block instead of adding another.
    await insertSummary(page);
    await page.waitForTimeout(400);
    await expect.poll(() => modelText(page)).toContain(SUMMARY_END);
    const second = await modelText(page);
    expect(count(second, SUMMARY_START)).toBe(1);
    expect(count(second, SUMMARY_END)).toBe(1);
    expect(count(second, OFFICER_NOTE)).toBe(1);
    for (const phrase of NARRATIVE_PHRASES) expect(second).not.toContain(phrase);

    // The narrative was never written to.
    await expect(page.locator('#narrative')).toHaveValue(STALKING_NARRATIVE + STALKING_TAIL);
  });
}
