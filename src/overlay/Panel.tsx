import type { ComponentChildren } from 'preact';
import type { Analysis, BehaviourId, RelationshipId } from '../core/types';
import type { SpoDraft as SpoDraftData } from '../prompts/spo-draft';
import type { OfficerAction, PromptView } from '../prompts/types';
import { HealthNotice, type HealthNoticeProps } from './HealthNotice';
import { HighlightCard } from './HighlightCard';
import type { HighlightHit } from './highlights';
import { IndicatorList } from './IndicatorList';
import type { Placement } from './placement';
import { PromptList } from './prompts/PromptList';
import { ResizeHandle, type ResizeAxis } from './ResizeHandle';
import { SpoDraft } from './prompts/SpoDraft';
import { TOGGLE_SHORTCUT_LABEL } from './shortcut';
import { Summary } from './Summary';
import { SuppressedList } from './SuppressedList';
import { trusted, type TrustGate } from './trusted';
import { language, t } from '../i18n/runtime';

export interface PanelProps {
  analysis: Analysis | null;
  /** Counts in the whole analysis when `analysis` is the panel's shortened copy. */
  totals?: { mentions: Record<string, number>; suppressed: number };
  prompts: PromptView[];
  /** The SPO draft, when the SPO prompt applies to this record. */
  spoDraft: SpoDraftData | null;
  health: HealthNoticeProps;
  role: 'officer' | 'supervisor' | 'trainer';
  relationshipLabels: Record<RelationshipId, string>;
  /** Demo mode on a training environment: what happens here goes to the training log. */
  demo: boolean;
  /** Where the panel and badge are (placement.ts); the panel shows unless this is `badge`. */
  place: Placement;
  /** Draw the badge; by default whenever the panel is not docked. */
  showLauncher?: boolean;
  /** Why the last action was not taken (the panel was covered or hidden), as an alert. */
  notice?: string | null;
  showSuppressed: boolean;
  hover: HighlightHit | null;
  zoom: number;
  /** A notes field was found, so "Insert summary" can work. */
  canInsertSummary: boolean;
  /** Result of the last insert, shown next to the button. */
  insertStatus: string | null;
  /** Records whether the event being handled inside the prompt list is trusted. */
  gate: TrustGate;
  onToggleOpen(): void;
  /** Put the panel on the other side. */
  onMove(): void;
  /** Pointer pressed and released on the heading: where it is let go picks the side. */
  onDrag(e: PointerEvent): void;
  /** Switch between the standard and the larger size. */
  onSize(): void;
  /** A resize handle asked for this width or height; `final` when it is let go (saved then). */
  onResize(axis: ResizeAxis, size: number, final: boolean): void;
  onToggleSuppressed(): void;
  onReveal(id: BehaviourId): void;
  onAction(action: OfficerAction): void;
  onInsertSummary(e: Event): void;
  /** Plain name of a behaviour or risk id, from the rule pack. */
  nameOf(id: string): string;
  /** The supervisor's review of this record (Review.tsx), shown first; absent for other roles. */
  review?: ComponentChildren;
  /** Present for supervisors on a record with a crime reference: opens the review. */
  onOpenReview: ((e: Event) => void) | null;
}

/** The whole overlay UI: badge, panel and highlight card (the live region is the controller's). */
export function Panel(p: PanelProps) {
  const openCount = p.prompts.filter((x) => x.state === 'open').length;
  const likely = p.analysis?.stalking.likely ?? false;
  const gateProps = {
    onClickCapture: p.gate.capture,
    onChangeCapture: p.gate.capture,
    onInputCapture: p.gate.capture,
    onKeyDownCapture: p.gate.capture,
    onSubmitCapture: p.gate.capture,
  };
  const { mode, x, y, width, height } = p.place;
  const open = mode !== 'badge';
  const found = p.analysis?.behaviours.length ?? 0;
  return (
    <div class="wm-root" lang={language()}>
      {(p.showLauncher ?? mode !== 'dock') && (
        <button
          type="button"
          class={likely ? 'wm-launcher wm-launcher-likely' : 'wm-launcher'}
          data-testid="waymark-launcher"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="wm-panel"
          aria-label={t('panel.launcher', { found, count: openCount })}
          style={`left:${p.place.badgeX}px;top:${p.place.badgeY}px`}
          onClick={trusted(p.onToggleOpen)}
        >
          {openCount || 'W'}
        </button>
      )}
      <aside
        id="wm-panel"
        class="wm-panel"
        data-testid="waymark-panel"
        data-open={open ? 'true' : 'false'}
        data-side={p.place.side}
        hidden={!open}
        aria-labelledby="wm-title"
        style={`left:${x}px;top:${y}px;width:${width}px;height:${height}px`}
      >
        <header class="wm-head" onPointerDown={p.onDrag} onPointerUp={p.onDrag}>
          <h1 id="wm-title" tabIndex={-1}>
            {t('panel.title')} <span class="wm-role">{t(`panel.role.${p.role}`)}</span>
          </h1>
          <div class="wm-head-actions">
            <button
              type="button"
              class="wm-icon"
              onClick={trusted(p.onSize)}
              aria-label={t(width > 360 ? 'panel.smaller' : 'panel.larger')}
            >
              {'\u2922'}
            </button>
            <button
              type="button"
              class="wm-icon"
              onClick={trusted(p.onMove)}
              title={t('panel.move')}
              aria-label={t('panel.move.now', { side: t(`panel.side.${p.place.side}`) })}
            >
              {'\u21c4'}
            </button>
            <button
              type="button"
              class="wm-icon"
              data-testid="waymark-close"
              onClick={trusted(p.onToggleOpen)}
              aria-expanded="true"
              title={t('panel.close', { shortcut: TOGGLE_SHORTCUT_LABEL })}
              aria-label={t('panel.close.label', { shortcut: TOGGLE_SHORTCUT_LABEL })}
            >
              {'\u00d7'}
            </button>
          </div>
        </header>
        <div class="wm-body">
          {p.notice && (
            <p class="wm-refused" role="alert" data-testid="waymark-refused">
              {p.notice}
            </p>
          )}
          {p.demo && (
            <p class="wm-demo" role="note" data-testid="waymark-demo-banner">
              {t('panel.demo')}
            </p>
          )}
          <HealthNotice {...p.health} />
          {p.review}
          {/* What to do comes first; the analysis behind it follows. */}
          <section aria-labelledby="wm-prompts-h" class="wm-prompts" {...gateProps}>
            <h2 id="wm-prompts-h">
              {openCount > 0 ? t('panel.todo.open', { count: openCount }) : t('panel.todo')}
            </h2>
            <PromptList prompts={p.prompts} onAction={p.onAction} />
            {p.spoDraft && <SpoDraft draft={p.spoDraft} />}
          </section>
          {p.analysis && (
            <Summary
              analysis={p.analysis}
              relationshipLabels={p.relationshipLabels}
              nameOf={p.nameOf}
            />
          )}
          {p.analysis && (
            <section aria-labelledby="wm-ind-h">
              <h2 id="wm-ind-h">{t('panel.behaviours')}</h2>
              <IndicatorList
                behaviours={p.analysis.behaviours}
                mentions={p.totals?.mentions}
                onReveal={p.onReveal}
                nameOf={p.nameOf}
              />
              <SuppressedList
                analysis={p.analysis}
                total={p.totals?.suppressed}
                shown={p.showSuppressed}
                onToggle={p.onToggleSuppressed}
                nameOf={p.nameOf}
              />
            </section>
          )}
          <div class="wm-insert">
            <button
              type="button"
              data-testid="waymark-insert-summary"
              data-action="insert-summary"
              disabled={!p.canInsertSummary || !p.analysis}
              onClick={trusted(p.onInsertSummary)}
              title={p.canInsertSummary ? t('panel.insert.title') : t('panel.insert.none')}
            >
              {t('panel.insert')}
            </button>
            {p.insertStatus && (
              <span class="wm-insert-status" data-testid="waymark-insert-status">
                {p.insertStatus}
              </span>
            )}
            {p.onOpenReview && (
              <button
                type="button"
                data-testid="waymark-open-review"
                onClick={trusted(p.onOpenReview)}
              >
                {t('panel.openReview')}
              </button>
            )}
          </div>
        </div>
        {/* Last in the panel, so Tab from the heading still reaches its buttons first. */}
        {mode === 'dock' && (
          <>
            <ResizeHandle
              axis="width"
              side={p.place.side}
              size={width}
              max={p.place.maxWidth}
              onResize={p.onResize}
            />
            <ResizeHandle
              axis="height"
              side={p.place.side}
              size={height}
              max={p.place.maxHeight}
              onResize={p.onResize}
            />
          </>
        )}
      </aside>
      {p.hover && p.analysis && (
        <HighlightCard hit={p.hover} analysis={p.analysis} zoom={p.zoom} nameOf={p.nameOf} />
      )}
    </div>
  );
}
