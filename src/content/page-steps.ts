import type { RecordState, PromptView } from '../prompts/types';
import type { ReviewRequest } from '../prompts/review';
import type { Analysis, BehaviourId, RiskId } from '../core/types';
import type { RulePack } from '../rules/types';
import { findingNames } from '../prompts/labels';
import type { MessageKey } from '../i18n/en';
import { messages, t } from '../i18n/runtime';
import type { HighlightSpan } from '../overlay/highlights';

/**
 * The pure parts of the page controller's steps: what is highlighted, which record the page is
 * on, what is announced and what the review is asked about. Plain data in, plain data out, so
 * each is tested without a page.
 */

/**
 * Which record the page shows: its crime reference, else the page's path (a new record has no
 * reference yet). The officer's decisions are kept under this key.
 */
export function recordKeyOf(record: RecordState, pathname: string | undefined): string {
  return record.crimeReference?.trim() || pathname || '/';
}

/**
 * The evidence to highlight: every behaviour's evidence, and the matches the context rules set
 * aside when the officer (or a trainer) asked to see them.
 */
export function highlightSpans(
  analysis: Analysis | null,
  showSuppressed: boolean,
): HighlightSpan[] {
  if (!analysis) return [];
  const out: HighlightSpan[] = [];
  for (const b of analysis.behaviours) {
    for (const e of b.evidence) {
      out.push({
        key: `b:${e.start}:${b.id}`,
        start: e.start,
        end: e.end,
        kind: 'behaviour',
        id: b.id,
      });
    }
  }
  if (showSuppressed) {
    for (const s of analysis.suppressed) {
      out.push({
        key: `s:${s.evidence.start}:${s.id}`,
        start: s.evidence.start,
        end: s.evidence.end,
        kind: 'suppressed',
        id: s.id,
      });
    }
  }
  return out;
}

/** What a screen reader hears when the verdict or the number of open prompts changes. */
export function announcement(analysis: Analysis, prompts: readonly PromptView[]): string {
  const openCount = prompts.filter((p) => p.state === 'open').length;
  return t('panel.announce', {
    verdict: t(analysis.stalking.likely ? 'panel.announce.likely' : 'panel.announce.notShown'),
    count: openCount,
  });
}

/** The prompt and VNA step states the supervisor's review compares with the summary's. */
export function reviewNow(prompts: readonly PromptView[]): ReviewRequest['now'] {
  return prompts.flatMap((p) => [
    { id: p.id, state: p.state, mandatory: p.mandatory },
    ...p.steps.map((st) => ({ id: `vna.${st.id}` as const, state: st.state, mandatory: false })),
  ]);
}

/**
 * Plain names of behaviour and risk ids: the message table's (the officer's language), else the
 * pack's. The table is the one active when this is called, as the panel is worded in it.
 */
export function findingNamer(pack: RulePack): (id: string) => string {
  const names = findingNames(pack);
  const table = messages();
  return (id) => {
    const key = (
      names.behaviour[id as BehaviourId] ? `behaviour.${id}` : `risk.${id}`
    ) as MessageKey;
    if (table?.[key] !== undefined) return t(key);
    return names.behaviour[id as BehaviourId] ?? names.risk[id as RiskId] ?? id;
  };
}

/** The names the panel needs for this analysis's behaviours, set-aside matches and risks. */
export function panelNames(
  analysis: Analysis | null,
  nameOf: (id: string) => string,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const b of analysis?.behaviours ?? []) names[b.id] = nameOf(b.id);
  for (const m of analysis?.suppressed ?? []) names[m.id] = nameOf(m.id);
  for (const r of analysis?.risk ?? []) names[r.id] = nameOf(r.id);
  return names;
}
