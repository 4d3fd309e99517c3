import { describe, expect, it } from 'vitest';
import { analyse } from '../core/index';
import { PANEL_LIMITS, panelCopy } from './panel-view';

describe('panelCopy: what the panel frame is sent', () => {
  it('shortens long evidence lists and keeps the counts of the whole analysis', () => {
    const text = Array.from(
      { length: 60 },
      (_, i) => `On ${(i % 28) + 1}/${(i % 12) + 1} he followed her home and did not follow up.`,
    ).join(' ');
    const full = analyse(text);
    const following = full.behaviours.find((b) => b.id === 'following');
    expect(following?.evidence.length).toBeGreaterThan(PANEL_LIMITS.evidence);
    const { analysis, totals } = panelCopy(full);
    const copy = analysis.behaviours.find((b) => b.id === 'following');
    expect(copy?.evidence).toHaveLength(PANEL_LIMITS.evidence);
    expect(totals.mentions.following).toBe(following?.evidence.length);
    expect(totals.suppressed).toBe(full.suppressed.length);
    expect(analysis.suppressed.length).toBeLessThanOrEqual(PANEL_LIMITS.suppressed);
    expect(analysis.chronology.length).toBeLessThanOrEqual(PANEL_LIMITS.chronology);
    // Everything else is the same analysis.
    expect(analysis.stalking).toBe(full.stalking);
  });

  it('changes nothing in a short analysis', () => {
    const full = analyse('He followed her home on 3 March and again on 9 March.');
    expect(panelCopy(full).analysis.behaviours).toEqual(full.behaviours);
  });
});
