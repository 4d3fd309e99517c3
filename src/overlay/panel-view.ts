import type { Language } from '../config/schema';
import type { Analysis, BehaviourId, RelationshipId } from '../core/types';
import type { ReviewView } from '../prompts/review';
import type { SpoDraft } from '../prompts/spo-draft';
import type { OfficerAction, PromptView } from '../prompts/types';
import type { HealthNoticeProps } from './HealthNotice';
import type { HighlightHit } from './highlights';
import type { Placement } from './placement';

/**
 * Everything the panel shows, as plain data: the controller in the page builds it, the panel
 * frame draws it. It crosses to the frame through the extension's own ports, never the page.
 */
export interface PanelView {
  analysis: Analysis | null;
  prompts: PromptView[];
  spoDraft: SpoDraft | null;
  health: HealthNoticeProps;
  role: 'officer' | 'supervisor' | 'trainer';
  demo: boolean;
  relationshipLabels: Record<RelationshipId, string>;
  /** Where the panel and badge are, in the page's CSS pixels. */
  place: Placement;
  showSuppressed: boolean;
  /** The highlight under the pointer or caret, its box in the page's CSS pixels. */
  hover: HighlightHit | null;
  canInsertSummary: boolean;
  insertStatus: string | null;
  review: { view: ReviewView; status: string | null; canInsert: boolean } | null;
  canOpenReview: boolean;
  /** Plain names of the behaviour and risk ids in this view, from the rule pack. */
  names: Record<string, string>;
  /** The officer's language: the frame words the panel in it (its own copy of the tables). */
  language: Language;
  /**
   * Counts in the whole analysis when `analysis` is the panel's shortened copy (see
   * `panelCopy`): mentions per behaviour, and matches set aside.
   */
  totals?: { mentions: Record<string, number>; suppressed: number };
}

/**
 * Most evidence per finding, matches set aside and occasions the panel is sent. A pasted
 * statement can hold thousands; the panel shows counts and a readable list, and copying them all
 * to the panel's frame at every update held the page for over 100 ms.
 */
export const PANEL_LIMITS = { evidence: 25, suppressed: 100, chronology: 100 } as const;

/** The analysis shortened for the panel, with the counts of the whole. */
export function panelCopy(analysis: Analysis): {
  analysis: Analysis;
  totals: NonNullable<PanelView['totals']>;
} {
  const mentions: Record<string, number> = {};
  for (const b of analysis.behaviours) mentions[b.id] = b.evidence.length;
  return {
    analysis: {
      ...analysis,
      behaviours: analysis.behaviours.map((b) => ({
        ...b,
        evidence: b.evidence.slice(0, PANEL_LIMITS.evidence),
      })),
      risk: analysis.risk.map((r) => ({
        ...r,
        evidence: r.evidence.slice(0, PANEL_LIMITS.evidence),
      })),
      suppressed: analysis.suppressed.slice(0, PANEL_LIMITS.suppressed),
      chronology: analysis.chronology.slice(0, PANEL_LIMITS.chronology),
    },
    totals: { mentions, suppressed: analysis.suppressed.length },
  };
}

/** What the officer did in the panel, as the frame reports it to the controller. */
export type PanelIntent =
  | { kind: 'toggle'; keyboard: boolean }
  | { kind: 'escape' }
  | { kind: 'move' }
  /** The heading was pressed to drag the panel; where it is let go in the page picks the side. */
  | { kind: 'drag' }
  /** The heading was dragged and let go at `x` (the page's CSS pixels): that half gets the panel. */
  | { kind: 'drop'; x: number }
  | { kind: 'size' }
  /**
   * A resize handle asked for this width or height (the page's CSS pixels, unclamped); `final`
   * once the officer lets go or presses a key, when it is saved.
   */
  | { kind: 'resize'; axis: 'width' | 'height'; size: number; final: boolean }
  | { kind: 'suppressed' }
  | { kind: 'reveal'; id: BehaviourId }
  | { kind: 'action'; action: OfficerAction }
  | { kind: 'insert-summary' }
  | { kind: 'reviewed'; insert: boolean }
  | { kind: 'open-review' };

/**
 * Why a click on the panel was not acted on: the panel had only just come on screen (a page could
 * show it under the pointer at the moment of a click), or something hid or covered it.
 */
export const REFUSAL_REASONS = ['new', 'hidden'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Controller to frame. */
export type HostMessage =
  | { t: 'view'; view: PanelView }
  | { t: 'announce'; text: string }
  | { t: 'focus' }
  /** An action the frame sent was refused here: why, as the page-side check saw it. */
  | { t: 'refused'; reason: RefusalReason };

/** Frame to controller. */
export type FrameMessage =
  | { t: 'ready' }
  | { t: 'intent'; intent: PanelIntent }
  | { t: 'refused'; kind: PanelIntent['kind'] };
