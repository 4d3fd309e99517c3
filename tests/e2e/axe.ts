import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type * as Axe from 'axe-core';
import { ROOT } from './paths';

/** axe-core, injected into the page under test (no network: it comes from node_modules). */
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * Serious and critical axe violations in `include` (a selector path; arrays pierce shadow roots),
 * in a page or a frame (the panel's extension frame: panelFrameOf in overlay-helpers.ts).
 */
export async function seriousViolations(
  page: Page | Frame,
  include?: string[][],
): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const result = await axe.run(include ? { include } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      }));
    },
    { tags: WCAG_TAGS, include },
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
