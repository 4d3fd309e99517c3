import { pickAdapter } from '../adapters/registry';
import {
  joinNarrative,
  MAX_RECORD_CHARS,
  readRecord,
  type JoinedNarrative,
} from '../adapters/read-record';
import type { SiteProfile } from '../adapters/profile';
import type { FieldText, LocatedField, LocatedFields } from '../adapters/types';
import { watch, type WatchChange } from '../adapters/watch';
import { createAnalyser } from '../core/analyser';
import type { RulePack } from '../rules/types';
import type { Catalogue } from '../prompts/catalogue';
import type { Analysis, BehaviourId, RiskId } from '../core/types';
import { findingNames } from '../prompts/labels';
import type { Language } from '../config/schema';
import type { MessageKey, Messages } from '../i18n/en';
import { language, messages, setLanguage, t } from '../i18n/runtime';
import { evaluatePrompts } from '../prompts/evaluate';
import type { ServicesDirectory } from '../prompts/services';
import type { SpoDraft } from '../prompts/spo-draft';
import { spoDraftInput } from '../prompts/spo-draft-input';
import { findSummaryBlock, replaceSummary, SUMMARY_START } from '../prompts/summary';
import type { ReviewRequest, ReviewView } from '../prompts/review';
import { summaryDigests } from '../prompts/summary-digest';
import { summaryRequest } from '../prompts/summary-input';
import {
  EMPTY_RECORD,
  type OfficerAction,
  type PromptId,
  type PromptView,
  type RecordState,
} from '../prompts/types';
import { AuditFeed } from './audit-feed';
import type { SaveState, WaymarkBridge } from './bridge';
import { frameSurface } from './frame-surface';
import { frameShift, Highlighter, type HighlightHit, type HighlightSpan } from './highlights';
import highlightsCss from './highlights.css?inline';
import { insertSummary } from './insert-summary';
import type { PanelIntent, PanelView } from './panel-view';
import {
  DEFAULT_PLACEMENT,
  LARGE,
  place,
  STANDARD,
  type Placement,
  type Rect,
  type SavedPlacement,
} from './placement';
import { isToggleShortcut } from './shortcut';
import type { PanelSurface, SurfaceFactory } from './surface';

/**
 * The overlay's controller: mounts `<waymark-overlay>`, finds and watches the record's fields,
 * analyses the narrative on change (in the next animation frame), evaluates the prompts, draws
 * highlights, places the panel and sends it what to show, acts on what the officer does in it,
 * and reports to the audit through the bridge. The panel itself is drawn by a surface: an
 * extension frame the page cannot read (frame-surface.ts).
 *
 *   watch (one observer per document) ─► read fields ─► analyse (whole record) ─► prompts
 *        ─► highlights + panel view ─► audit events (ids and states only, never the narrative)
 *                         ▲ intents (the officer's clicks and keys in the panel)
 */

export interface StartOptions {
  /** Everything stops and is removed when this aborts (the content script's lifetime). */
  signal: AbortSignal;
  doc: Document;
  profile: SiteProfile;
  /** `closed` in production so the page cannot reach the host's parts; `open` in WAYMARK_TEST builds. */
  shadowMode: 'open' | 'closed';
  /** Where the panel is drawn; an extension frame unless a test draws it in place. */
  surface?: SurfaceFactory;
  role: 'officer' | 'supervisor' | 'trainer';
  /** Prompts that force policy makes mandatory. */
  mandatory: PromptId[];
  services: ServicesDirectory;
  bridge: WaymarkBridge;
  /**
   * The rule pack, already validated (and merged with any force extension) by the background.
   * It arrives by message rather than in the bundle: the content script stays small.
   */
  pack: RulePack;
  /** The prompt catalogue, sent by the background for the same reason as the pack. */
  catalogue: Catalogue;
  /** Demo mode on a training environment: the panel says nothing here reaches the real log. */
  demo?: boolean;
  /** Where the officer last left the panel on this site profile. */
  placement?: SavedPlacement | null;
  /** The language of the panel and its message table, sent by the background like the pack. */
  language?: Language;
  messages?: Messages;
}

/** The custom element hosting the overlay (DESIGN.md, "Overlay test hooks"). */
export const HOST_TAG = 'waymark-overlay';

/** Wait before reporting missing fields to the audit: single-page apps draw fields late. */
export const HEALTH_AUDIT_DELAY_MS = 5000;

/**
 * While the officer types in a narrative field, the full update (analysis, prompts, highlights,
 * panel) waits until typing pauses this long, so each keystroke costs almost nothing. Typing
 * rhythm is 100–250 ms a key; a pause longer than this is read as "stopped to look".
 */
export const TYPING_SETTLE_MS = 300;

/** Most time one task spends analysing new sentences before yielding to the page. */
const WARM_SLICE_MS = 8;

/** An analysis slower than this hands the rest of the update to the next task. */
const SPLIT_AFTER_MS = 12;

/** How often snoozed prompts are checked for reopening. */
const REEVALUATE_MS = 60_000;

/** How long after the heading is pressed a release over the page still moves the panel. */
const DRAG_MS = 10_000;

/** Most officer actions kept per record; older ones are superseded by later ones anyway. */
const MAX_ACTIONS = 200;

interface UiState {
  /** What the officer chose: closed, side and size (saved per site profile). */
  saved: SavedPlacement;
  /** The officer opened the panel since it was last closed. */
  opened: boolean;
  /** Where the panel and badge are now. */
  at: Placement;
  showSuppressed: boolean;
  hover: HighlightHit | null;
  insertStatus: string | null;
  reviewStatus: string | null;
}

/** Start Waymark on a page. Returns at once; all work is tied to `opts.signal`. */
export function startWaymark(opts: StartOptions): void {
  const { signal, doc, profile, bridge } = opts;
  if (signal.aborted) return;

  const adapter = pickAdapter(doc, profile);
  const analyser = createAnalyser(opts.pack);
  if (opts.language && opts.messages) setLanguage(opts.language, opts.messages);
  const names = findingNames(opts.pack);
  const table = messages();
  /** Plain name of a behaviour or risk id: the message table's, else the pack's. */
  const nameOf = (id: string): string => {
    const key = (
      names.behaviour[id as BehaviourId] ? `behaviour.${id}` : `risk.${id}`
    ) as MessageKey;
    if (table?.[key] !== undefined) return t(key);
    return names.behaviour[id as BehaviourId] ?? names.risk[id as RiskId] ?? id;
  };
  const feed = new AuditFeed(bridge);
  let saving: SaveState = { waiting: 0, lost: 0 };

  // A copy whose world the browser destroyed (Firefox, when the add-on is updated) cannot take
  // its own panel down, and a live copy never reaches this line twice: any host here is stale.
  doc.querySelectorAll(HOST_TAG).forEach((stale) => stale.remove());
  // Host element and shadow root: the highlight layer and the panel's frame. Styles are a <style>
  // in the root: nothing leaks either way.
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: opts.shadowMode });
  const style = doc.createElement('style');
  style.textContent = highlightsCss;
  const layer = doc.createElement('div');
  layer.className = 'wm-layer';
  layer.setAttribute('aria-hidden', 'true');
  shadow.append(style, layer);
  const surface: PanelSurface = (opts.surface ?? frameSurface)({
    doc,
    shadow,
    signal,
    onIntent: (intent) => onIntent(intent),
  });

  let highlighter: Highlighter | null = null;

  let fields: LocatedFields = { narrative: [], roles: {}, missing: [], roots: [doc] };
  const cache = new Map<HTMLElement, FieldText>();
  let joined: JoinedNarrative = { text: '', parts: [], truncated: false };
  let record: RecordState = EMPTY_RECORD;
  let analysis: Analysis | null = null;
  let analysedText: string | null = null;
  let prompts: PromptView[] = [];
  /** The SPO grounds draft, built by the bridge, and the input it was built from. */
  let spoDraft: SpoDraft | null = null;
  let spoDraftKey = '';
  let actions: OfficerAction[] = [];
  let recordKey: string | null = null;
  let officerNow = new Map<OfficerAction['promptId'], OfficerAction>();
  let lastAnnounced: string | null = null;
  let returnFocus: HTMLElement | null = null;
  const revealIndex = new Map<BehaviourId, number>();
  const shortcutDocs = new WeakSet<Document>();
  const ui: UiState = {
    saved: opts.placement ?? DEFAULT_PLACEMENT,
    opened: false,
    at: place({
      field: null,
      caretY: null,
      vw: 0,
      vh: 0,
      saved: DEFAULT_PLACEMENT,
      wanted: false,
      opened: false,
    }),
    showSuppressed: opts.role === 'trainer',
    hover: null,
    insertStatus: null,
    reviewStatus: null,
  };
  /** The supervisor's review of this record, and the request it answers. */
  let review: ReviewView | null = null;
  let reviewKey = '';

  /** Framesets cannot show our panel in the top document: mount in the narrative's frame. */
  const mountTarget = (): Document | null => {
    if (doc.body?.tagName !== 'FRAMESET') return doc;
    const first = fields.narrative[0]?.el.ownerDocument;
    if (first && first !== doc && first.body) return first;
    for (const root of fields.roots) {
      if (root !== doc && root.nodeType === 9 && (root as Document).body?.tagName === 'BODY') {
        return root as Document;
      }
    }
    return null;
  };

  let modalOpen = false;
  /**
   * Keep the overlay in the top layer, above the page's own modal dialogs (which no z-index can
   * beat): a manual popover, shown again whenever the page opens a modal.
   */
  const raise = (force: boolean): void => {
    const target = host.ownerDocument;
    let modal = false;
    try {
      modal = target.querySelector('dialog:modal') !== null;
    } catch {
      // Engines without :modal: stay where we are.
    }
    const opened = modal && !modalOpen;
    modalOpen = modal;
    if (!force && !opened) return;
    const pop = host as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
    if (typeof pop.showPopover !== 'function') return;
    try {
      if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
      if (host.matches(':popover-open')) pop.hidePopover?.();
      pop.showPopover();
    } catch {
      // A page that blocks popovers leaves us below its modal; the panel still works around it.
    }
  };

  const ensureMounted = (): void => {
    const target = mountTarget();
    // A frame's first document (about:blank, or the menu frame while the form frame still
    // loads) is replaced when the frame navigates; the host stays "connected" to that dead
    // document, so follow the narrative's current document instead of trusting isConnected.
    const current = host.isConnected && host.ownerDocument.defaultView !== null;
    if (current && (target === null || host.ownerDocument === target)) {
      raise(false);
      return;
    }
    if (!target?.documentElement) return;
    target.documentElement.append(host);
    raise(true);
    highlighter ??= new Highlighter({
      layer,
      signal,
      onHover: (hit) => {
        ui.hover = hit;
        draw();
      },
      onLayout: () => {
        if (JSON.stringify(measure()) !== JSON.stringify(ui.at)) draw();
      },
    });
  };

  const readCached = (f: LocatedField): FieldText => {
    let t = cache.get(f.el);
    if (!t) {
      t = adapter.readText(f.el);
      cache.set(f.el, t);
    }
    return t;
  };

  const refind = (): void => {
    fields = adapter.findFields(doc, profile);
    w.observe(fields.roots);
    const all = [
      ...fields.narrative.map((f) => f.el),
      ...Object.values(fields.roles).map((f) => f.el),
    ];
    w.setFields(all);
    cache.clear();
    for (const root of fields.roots) {
      if (root.nodeType === 9 && !shortcutDocs.has(root as Document)) {
        shortcutDocs.add(root as Document);
        root.addEventListener('keydown', onDocKey as EventListener, { capture: true, signal });
      }
    }
  };

  const invalidate = (targets: Set<Node>): void => {
    if (targets.size === 0) return;
    for (const el of Array.from(cache.keys())) {
      for (const t of targets) {
        if (t === el || el.contains(t)) {
          cache.delete(el);
          break;
        }
      }
    }
  };

  const spans = (): HighlightSpan[] => {
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
    if (ui.showSuppressed) {
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
  };

  const evaluate = (): void => {
    if (!analysis) return;
    prompts = evaluatePrompts({
      analysis,
      record,
      actions,
      mandatory: opts.mandatory,
      services: opts.services,
      now: Date.now(),
      catalogue: opts.catalogue,
    });
    feed.update({
      recordKey: recordKey ?? '',
      recordRef: record.crimeReference || null,
      analysis,
      prompts,
      officer: officerNow,
    });
    officerNow = new Map();
    const openCount = prompts.filter((p) => p.state === 'open').length;
    const message = t('panel.announce', {
      verdict: t(analysis.stalking.likely ? 'panel.announce.likely' : 'panel.announce.notShown'),
      count: openCount,
    });
    if (lastAnnounced !== null && message !== lastAnnounced) surface.announce(message);
    lastAnnounced = message;
  };

  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  signal.addEventListener('abort', () => {
    if (settleTimer) clearTimeout(settleTimer);
  });

  /** True when the change is text typed into a narrative field (not a select or flag). */
  const isNarrativeTyping = (change: WatchChange): boolean => {
    for (const t of change.targets) {
      if (fields.narrative.some((f) => f.el === t || f.el.contains(t))) return true;
    }
    return false;
  };

  const update = (change: WatchChange | null): void => {
    if (signal.aborted) return;
    if (change && !change.structure && change.targets.size === 0) {
      // Only layout moved (scroll containers, tabs, focus): place the boxes again, nothing else.
      ensureMounted();
      highlighter?.schedule();
      return;
    }
    if (!change || change.structure) refind();
    else invalidate(change.targets);
    ensureMounted();
    if (change && !change.structure && isNarrativeTyping(change)) {
      highlighter?.suspend();
      if (settleTimer) clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settleTimer = null;
        if (!signal.aborted && !doc.hidden) refresh();
      }, TYPING_SETTLE_MS);
      return;
    }
    if (settleTimer) {
      clearTimeout(settleTimer);
      settleTimer = null;
    }
    refresh();
  };

  /** Read the record, analyse it (per-sentence cache), evaluate prompts, draw. */
  const refresh = (): void => {
    joined = joinNarrative(fields.narrative, readCached, MAX_RECORD_CHARS);
    record = readRecord(fields, joined.text);
    const key = record.crimeReference?.trim() || doc.location?.pathname || '/';
    if (key !== recordKey) {
      recordKey = key;
      actions = [];
      const asked = key;
      bridge
        .loadActions(key)
        .then((loaded) => {
          if (signal.aborted || recordKey !== asked) return;
          actions = loaded;
          evaluate();
          draw();
        })
        .catch(() => {
          // No saved actions (or the background is restarting): start from none.
        });
    }
    let analysisMs = 0;
    if (joined.text !== analysedText) {
      // A pasted statement has hundreds of new sentences: analyse them a slice per task, then
      // aggregate, so no single task blocks the page.
      if (!analyser.warm(joined.text, WARM_SLICE_MS)) {
        setTimeout(() => {
          if (!signal.aborted) refresh();
        }, 0);
        return;
      }
      const started = performance.now();
      analysis = analyser.analyse(joined.text);
      analysedText = joined.text;
      analysisMs = performance.now() - started;
    }
    // A long first analysis (a pasted statement) and the prompts, panel and highlights together
    // could block the page past 50 ms: give the rest its own task so input stays responsive.
    if (analysisMs > SPLIT_AFTER_MS) {
      const text = analysedText;
      setTimeout(() => {
        if (!signal.aborted && analysedText === text) publish();
      }, 0);
    } else publish();
  };

  /** Prompts, highlights and panel for the current analysis. */
  const publish = (): void => {
    evaluate();
    highlighter?.setSpans(joined, spans());
    refreshSpoDraft();
    refreshReview();
    draw();
  };

  /**
   * Supervisors: ask the background for the review of the record as it is now (the block as
   * found, digests and prompt states; never the narrative) whenever any of those changes.
   */
  const refreshReview = (): void => {
    const ask = opts.role === 'supervisor' ? bridge.review : undefined;
    if (!ask) return;
    const at = record;
    const found = findSummaryBlock(at.notes ?? '');
    // An unterminated block is sent as its start line alone: the background reports it as cut.
    const block = found === 'unterminated' ? SUMMARY_START : found;
    const now: ReviewRequest['now'] = prompts.flatMap((p) => [
      { id: p.id, state: p.state, mandatory: p.mandatory },
      ...p.steps.map((st) => ({ id: `vna.${st.id}` as const, state: st.state, mandatory: false })),
    ]);
    void summaryDigests(at)
      .then((digest) => {
        const req: ReviewRequest = { block, digest, now };
        const key = JSON.stringify(req);
        if (key === reviewKey || signal.aborted) return;
        reviewKey = key;
        return ask.call(bridge, req).then((view) => {
          if (signal.aborted || reviewKey !== key) return;
          review = view;
          draw();
        });
      })
      .catch((err: unknown) =>
        console.warn('Waymark: review failed:', err instanceof Error ? err.message : err),
      );
  };

  /** Ask for the SPO draft when the SPO prompt shows and what it is built from has changed. */
  const refreshSpoDraft = (): void => {
    if (!analysis || !prompts.some((p) => p.id === 'spo')) {
      spoDraft = null;
      spoDraftKey = '';
      return;
    }
    const input = spoDraftInput(analysis, record);
    const key = JSON.stringify(input);
    if (key === spoDraftKey) return;
    spoDraftKey = key;
    opts.bridge
      .spoDraft(input)
      .then((draft) => {
        if (signal.aborted || spoDraftKey !== key) return;
        spoDraft = draft;
        draw();
      })
      .catch((err: unknown) =>
        console.warn('Waymark: SPO draft failed:', err instanceof Error ? err.message : err),
      );
  };

  /**
   * Where the panel goes now, clear of the narrative being typed in, in our own CSS pixels (a
   * host page that zooms <html> zooms us too; browser zoom shrinks the viewport instead).
   */
  const measure = (): Placement => {
    const target = host.ownerDocument;
    const win = target.defaultView;
    const z = zoomOf();
    // The field to keep clear: the narrative being typed in, else the first one.
    const active = fields.narrative.find((f) => f.el.ownerDocument.activeElement === f.el)?.el;
    const el = active ?? fields.narrative[0]?.el;
    const shift = el && frameShift(el.ownerDocument, target);
    const r = el?.getBoundingClientRect();
    const box: Rect | null =
      shift && r?.width
        ? {
            left: (r.left + shift.x) / z,
            top: (r.top + shift.y) / z,
            right: (r.right + shift.x) / z,
            bottom: (r.bottom + shift.y) / z,
          }
        : null;
    // Where the caret is, near enough: as far down the field as it is through the text.
    const { selectionEnd, value } = (el ?? {}) as HTMLTextAreaElement;
    return place({
      field: box,
      caretY:
        box && value && el === active
          ? box.top + ((box.bottom - box.top) * selectionEnd) / value.length
          : null,
      vw: (win?.innerWidth ?? 0) / z,
      vh: (win?.innerHeight ?? 0) / z,
      saved: ui.saved,
      // Something to say: any prompt that applies to this record.
      wanted: ui.opened || (!ui.saved.closed && prompts.length > 0),
      opened: ui.opened,
    });
  };

  const zoomOf = (): number => {
    const z = (layer as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    return z > 0 ? z : 1;
  };

  const save = (): void => bridge.savePlacement?.(ui.saved);

  const draw = (): void => {
    if (signal.aborted) return;
    ui.at = measure();
    const names: Record<string, string> = {};
    for (const b of analysis?.behaviours ?? []) names[b.id] = nameOf(b.id);
    for (const m of analysis?.suppressed ?? []) names[m.id] = nameOf(m.id);
    for (const r of analysis?.risk ?? []) names[r.id] = nameOf(r.id);
    const view: PanelView = {
      analysis,
      prompts,
      spoDraft,
      health: {
        missing: fields.missing,
        narrativeCount: fields.narrative.length,
        truncated: joined.truncated,
        maxChars: MAX_RECORD_CHARS,
        saving,
      },
      role: opts.role,
      demo: opts.demo === true,
      relationshipLabels: opts.catalogue.relationshipLabels,
      place: ui.at,
      showSuppressed: ui.showSuppressed,
      hover: ui.hover,
      canInsertSummary: Boolean(fields.roles.notes),
      insertStatus: ui.insertStatus,
      review: review
        ? { view: review, status: ui.reviewStatus, canInsert: Boolean(fields.roles.notes) }
        : null,
      canOpenReview: Boolean(
        opts.role === 'supervisor' && opts.bridge.openReview && record.crimeReference,
      ),
      names,
      language: language(),
    };
    surface.show(view);
  };

  /** Dragged by the heading and let go at `x`: the panel docks on that half of the screen. */
  const dropAt = (x: number): void => {
    const half = (host.ownerDocument.defaultView?.innerWidth ?? 0) / zoomOf() / 2;
    ui.saved = { ...ui.saved, side: x < half ? 'left' : 'right' };
  };

  /** The heading was pressed: a person's release over the page, soon, picks the side. */
  const onDrag = (): void => {
    const target = host.ownerDocument;
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), DRAG_MS);
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    target.addEventListener(
      'pointerup',
      (e) => {
        clearTimeout(timer);
        stop.abort();
        if (!e.isTrusted) return;
        dropAt(e.clientX / zoomOf());
        save();
        draw();
      },
      { capture: true, signal: stop.signal },
    );
  };

  /** What the officer did in the panel (the surface reports only a person's clicks and keys). */
  const onIntent = (intent: PanelIntent): void => {
    if (signal.aborted) return;
    switch (intent.kind) {
      case 'toggle':
        toggle(intent.keyboard);
        return;
      case 'escape':
        if (ui.at.mode !== 'badge') toggle(true);
        return;
      case 'move':
        ui.saved = { ...ui.saved, side: ui.at.side === 'right' ? 'left' : 'right' };
        break;
      case 'drag':
        onDrag();
        return;
      case 'drop':
        dropAt(intent.x);
        break;
      case 'size':
        ui.saved = { ...ui.saved, ...(ui.saved.width > STANDARD.width ? STANDARD : LARGE) };
        break;
      case 'suppressed':
        ui.showSuppressed = !ui.showSuppressed;
        highlighter?.setSpans(joined, spans());
        draw();
        return;
      case 'reveal':
        onReveal(intent.id);
        return;
      case 'action':
        onAction(intent.action);
        return;
      case 'insert-summary':
        onInsertSummary();
        return;
      case 'reviewed':
        onReviewed(intent.insert);
        return;
      case 'open-review':
        if (opts.role === 'supervisor' && record.crimeReference) {
          opts.bridge.openReview?.(record.crimeReference);
        }
        return;
    }
    save();
    draw();
  };

  const toggle = (byKeyboard: boolean): void => {
    const open = ui.at.mode === 'badge';
    ui.opened = open;
    ui.saved = { ...ui.saved, closed: !open };
    save();
    const inside = surface.hasFocus();
    if (open && byKeyboard) {
      const active = doc.activeElement as HTMLElement | null;
      returnFocus = active && active !== host ? active : null;
    }
    draw();
    if (!byKeyboard) return;
    // Only the officer's own key or click moves focus: into the panel on open, back on close
    // (to the narrative when the panel was opened from its badge).
    if (open) surface.focus();
    else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    else if (inside) fields.narrative[0]?.el.focus({ preventScroll: true });
  };

  function onShortcut(e: KeyboardEvent): void {
    e.preventDefault();
    toggle(true);
  }

  function onDocKey(e: KeyboardEvent): void {
    if (isToggleShortcut(e)) onShortcut(e);
  }

  const onReveal = (id: BehaviourId): void => {
    const b = analysis?.behaviours.find((x) => x.id === id);
    if (!b || b.evidence.length === 0 || !highlighter) return;
    const i = (revealIndex.get(id) ?? -1) + 1;
    const e = b.evidence[i % b.evidence.length]!;
    revealIndex.set(id, i % b.evidence.length);
    highlighter.reveal({
      key: `b:${e.start}:${id}`,
      start: e.start,
      end: e.end,
      kind: 'behaviour',
      id,
    });
  };

  /** A request the officer made in the panel: the surface passes on only a person's clicks. */
  const OFFICER = { isTrusted: true } as const;

  const onAction = (action: OfficerAction): void => {
    if (recordKey === null) return;
    actions = [...actions, action].slice(-MAX_ACTIONS);
    officerNow.set(action.promptId, action);
    bridge.saveActions(recordKey, actions);
    evaluate();
    draw();
  };

  const onInsertSummary = (): void => {
    if (!analysis) return;
    // A supervisor's insert would replace the officer's summary (and its decisions) with theirs.
    if (review?.summary === 'found') {
      ui.insertStatus = t('insert.wouldReplace');
      draw();
      return;
    }
    const notes = fields.roles.notes?.el ?? null;
    const shown = analysis;
    const at = record;
    const recordRef = at.crimeReference || null;
    const write = async (): Promise<string | null> => {
      const digest = await summaryDigests(at);
      const block = await bridge.summary(
        summaryRequest(shown, prompts, actions, {
          now: Date.now(),
          catalogue: opts.catalogue.version,
          digest,
        }),
      );
      if (signal.aborted) return null;
      const result = await insertSummary(notes, replaceSummary(record.notes, block), OFFICER);
      if (result === 'inserted') feed.summaryInserted(recordRef);
      return result === 'inserted'
        ? t('insert.done')
        : result === 'untrusted'
          ? null
          : t('insert.notWritten');
    };
    void write()
      .catch((err: unknown) => {
        console.warn('Waymark: summary failed:', err instanceof Error ? err.message : err);
        return t('insert.failed');
      })
      .then((status) => {
        if (signal.aborted) return;
        ui.insertStatus = status;
        draw();
      });
  };

  /** Log "reviewed" (the supervisor's audit) and, when asked, add the review line to the notes. */
  const onReviewed = (insert: boolean): void => {
    const shown = review;
    if (!shown || !bridge.recordReview) return;
    const notes = fields.roles.notes?.el ?? null;
    const outstanding = shown.prompts.filter((p) => p.outstanding).map((p) => p.id);
    const go = async (): Promise<string | null> => {
      const line = await bridge.recordReview!(record.crimeReference || null, {
        summary: shown.summary,
        changed: shown.changed,
        outstanding,
      });
      if (!insert) return t('reviewed.logged');
      if (signal.aborted) return null;
      const before = (record.notes ?? '').replace(/\s+$/, '');
      const result = await insertSummary(notes, before ? `${before}\n${line}` : line, OFFICER);
      return result === 'inserted' ? t('reviewed.lineAdded') : t('reviewed.lineFailed');
    };
    void go()
      .catch((err: unknown) => {
        console.warn('Waymark: review not recorded:', err instanceof Error ? err.message : err);
        return t('reviewed.failed');
      })
      .then((status) => {
        if (signal.aborted || status === null) return;
        ui.reviewStatus = status;
        draw();
      });
  };

  const w = watch(doc, { signal, onChange: update });

  // A tab closed or left within the indicators debounce must still log what the panel showed.
  const view = doc.defaultView;
  view?.addEventListener('pagehide', () => feed.flush(), { signal });
  doc.addEventListener('visibilitychange', () => doc.hidden && feed.flush(), { signal });
  bridge.watchSaving?.((state) => {
    saving = state;
    draw();
  });

  const healthTimer = setTimeout(() => {
    if (!signal.aborted) feed.health(fields.missing, record.crimeReference || null);
  }, HEALTH_AUDIT_DELAY_MS);
  const snoozeTimer = setInterval(() => {
    if (signal.aborted || doc.hidden || !analysis) return;
    evaluate();
    draw();
  }, REEVALUATE_MS);

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(healthTimer);
      clearInterval(snoozeTimer);
      feed.stop();
      host.remove();
      cache.clear();
    },
    { once: true },
  );

  update(null);
}
