import { pickAdapter } from '../adapters/registry';
import {
  joinNarrative,
  MAX_RECORD_CHARS,
  readRecord,
  type JoinedNarrative,
} from '../adapters/read-record';
import type { SiteProfile } from '../adapters/profile';
import type { LocatedFields, SiteAdapter } from '../adapters/types';
import { watch, type WatchChange, type Watcher } from '../adapters/watch';
import { createAnalyser } from '../core/analyser';
import type { RulePack } from '../rules/types';
import type { Catalogue } from '../prompts/catalogue';
import type { Analysis, BehaviourId } from '../core/types';
import type { Language } from '../config/schema';
import type { Messages } from '../i18n/en';
import { language, setLanguage, t } from '../i18n/runtime';
import { evaluatePrompts } from '../prompts/evaluate';
import type { ServicesDirectory } from '../prompts/services';
import {
  EMPTY_RECORD,
  type OfficerAction,
  type PromptId,
  type PromptView,
  type RecordState,
} from '../prompts/types';
import { frameSurface } from '../overlay/frame-surface';
import { Highlighter, type HighlightHit } from '../overlay/highlights';
import { createOverlayHost, HOST_TAG, type OverlayHost } from '../overlay/host';
import { panelCopy, type PanelIntent, type PanelView } from '../overlay/panel-view';
import type { Placement, SavedPlacement } from '../overlay/placement';
import { isToggleShortcut } from '../overlay/shortcut';
import type { PanelSurface, SurfaceFactory } from '../overlay/surface';
import { AuditFeed } from './audit-feed';
import type { SaveState, WaymarkBridge } from './bridge';
import { FieldCache, isNarrativeTyping } from './field-cache';
import {
  RecordRequests,
  recordReviewed,
  writeSummary,
  type ActionContext,
} from './officer-actions';
import { PanelPlacement } from './panel-placement';
import { announcement, findingNamer, highlightSpans, panelNames, recordKeyOf } from './page-steps';

/**
 * The page controller: finds and watches the record's fields, and on each change runs its steps,
 *
 *   find fields ─► read ─► analyse (whole record) ─► evaluate (prompts) ─► publish
 *                                                    (highlights, panel view, audit events:
 *                                                     ids and states only, never the narrative)
 *
 * then acts on what the officer does in the panel (intents) and reports to the audit through the
 * bridge. It draws nothing itself: `src/overlay` is the view (the host element, highlights and
 * the panel's surface: an extension frame the page cannot read).
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

export { HOST_TAG };

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

/** Most officer actions kept per record; older ones are superseded by later ones anyway. */
const MAX_ACTIONS = 200;

/** Start Waymark on a page. Returns at once; all work is tied to `opts.signal`. */
export function startWaymark(opts: StartOptions): void {
  if (opts.signal.aborted) return;
  new PageController(opts).start();
}

/** What the panel shows besides the analysis and prompts, set by the officer's clicks. */
interface ViewState {
  showSuppressed: boolean;
  hover: HighlightHit | null;
  insertStatus: string | null;
  reviewStatus: string | null;
}

class PageController {
  private readonly signal: AbortSignal;
  private readonly doc: Document;
  private readonly bridge: WaymarkBridge;
  private readonly adapter: SiteAdapter;
  private readonly analyser: ReturnType<typeof createAnalyser>;
  private readonly nameOf: (id: string) => string;
  private readonly feed: AuditFeed;
  private readonly overlay: OverlayHost;
  private readonly surface: PanelSurface;
  private readonly placement: PanelPlacement;
  private readonly requests: RecordRequests;
  private readonly cache: FieldCache;
  private readonly watcher: Watcher;
  private highlighter: Highlighter | null = null;
  private saving: SaveState = { waiting: 0, lost: 0 };

  private fields: LocatedFields;
  private joined: JoinedNarrative = { text: '', parts: [], truncated: false };
  private record: RecordState = EMPTY_RECORD;
  private analysis: Analysis | null = null;
  private analysedText: string | null = null;
  private prompts: PromptView[] = [];
  private actions: OfficerAction[] = [];
  private recordKey: string | null = null;
  private officerNow = new Map<OfficerAction['promptId'], OfficerAction>();
  private lastAnnounced: string | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly revealIndex = new Map<BehaviourId, number>();
  private readonly shortcutDocs = new WeakSet<Document>();
  private readonly view: ViewState;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: StartOptions) {
    const { signal, doc, profile, bridge } = opts;
    this.signal = signal;
    this.doc = doc;
    this.bridge = bridge;
    this.adapter = pickAdapter(doc, profile);
    this.analyser = createAnalyser(opts.pack);
    if (opts.language && opts.messages) setLanguage(opts.language, opts.messages);
    this.nameOf = findingNamer(opts.pack);
    this.feed = new AuditFeed(bridge);
    this.overlay = createOverlayHost(doc, opts.shadowMode);
    this.surface = (opts.surface ?? frameSurface)({
      doc,
      shadow: this.overlay.shadow,
      signal,
      onIntent: (intent) => this.onIntent(intent),
    });
    this.fields = { narrative: [], roles: {}, missing: [], roots: [doc] };
    this.cache = new FieldCache((el) => this.adapter.readText(el));
    this.placement = new PanelPlacement(opts.placement, (p) => bridge.savePlacement?.(p), signal);
    this.view = {
      showSuppressed: opts.role === 'trainer',
      hover: null,
      insertStatus: null,
      reviewStatus: null,
    };
    this.requests = new RecordRequests(this.actionContext(), opts.role, () => this.draw());
    signal.addEventListener('abort', () => {
      if (this.settleTimer) clearTimeout(this.settleTimer);
    });
    this.watcher = watch(doc, { signal, onChange: (change) => this.update(change) });
  }

  /** Listen, start the timers and run the steps once for the page as it is. */
  start(): void {
    const { signal, doc, bridge, feed } = this;
    // A tab closed or left within the indicators debounce must still log what the panel showed.
    doc.defaultView?.addEventListener('pagehide', () => feed.flush(), { signal });
    doc.addEventListener('visibilitychange', () => doc.hidden && feed.flush(), { signal });
    bridge.watchSaving?.((state) => {
      this.saving = state;
      this.draw();
    });

    const healthTimer = setTimeout(() => {
      if (!signal.aborted) feed.health(this.fields.missing, this.record.crimeReference || null);
    }, HEALTH_AUDIT_DELAY_MS);
    const snoozeTimer = setInterval(() => {
      if (signal.aborted || doc.hidden || !this.analysis) return;
      this.evaluate();
      this.draw();
    }, REEVALUATE_MS);

    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(healthTimer);
        clearInterval(snoozeTimer);
        feed.stop();
        this.overlay.host.remove();
        this.cache.clear();
      },
      { once: true },
    );

    this.update(null);
  }

  // ── The steps ────────────────────────────────────────────────────────────────────────────

  /**
   * Step 1, find fields: the page's structure changed (or we just started), so the record's
   * fields may be new elements. The watcher learns them (edits inside them are text, not
   * structure), their cached text is dropped, and each new document gets the toggle shortcut.
   */
  private findFields(): void {
    const { signal } = this;
    this.fields = this.adapter.findFields(this.doc, this.opts.profile);
    this.watcher.observe(this.fields.roots);
    const all = [
      ...this.fields.narrative.map((f) => f.el),
      ...Object.values(this.fields.roles).map((f) => f.el),
    ];
    this.watcher.setFields(all);
    this.cache.clear();
    for (const root of this.fields.roots) {
      if (root.nodeType === 9 && !this.shortcutDocs.has(root as Document)) {
        this.shortcutDocs.add(root as Document);
        root.addEventListener('keydown', this.onDocKey as EventListener, { capture: true, signal });
      }
    }
  }

  /**
   * Step 2, read: join the narrative fields into one text (cached per field, so one keystroke
   * re-reads one field) and read the record's other fields. A different record (crime reference
   * or page) starts with none of the officer's decisions until its saved ones load.
   */
  private read(): void {
    const { signal } = this;
    this.joined = joinNarrative(this.fields.narrative, (f) => this.cache.read(f), MAX_RECORD_CHARS);
    this.record = readRecord(this.fields, this.joined.text);
    const key = recordKeyOf(this.record, this.doc.location?.pathname);
    if (key === this.recordKey) return;
    this.recordKey = key;
    this.actions = [];
    const asked = key;
    this.bridge
      .loadActions(key)
      .then((loaded) => {
        if (signal.aborted || this.recordKey !== asked) return;
        // Decisions the officer made while the saved ones loaded are newer: they stay, after
        // the saved ones, and the whole list is saved again.
        const made = this.actions;
        this.actions = [...loaded, ...made].slice(-MAX_ACTIONS);
        if (made.length > 0) this.bridge.saveActions(asked, this.actions);
        this.evaluate();
        this.draw();
      })
      .catch(() => {
        // No saved actions (or the background is restarting): start from none.
      });
  }

  /**
   * Step 3, analyse the whole record (the analyser caches per sentence). A pasted statement has
   * hundreds of new sentences: they are analysed, then resolved under the reading of the whole
   * text, a slice per task, and the step runs again, so no single task blocks the page. Answers
   * how long the analysis took, or null when it yielded.
   */
  private analyse(): number | null {
    if (this.joined.text === this.analysedText) return 0;
    if (!this.analyser.warm(this.joined.text, WARM_SLICE_MS)) {
      setTimeout(() => {
        if (!this.signal.aborted) this.refresh();
      }, 0);
      return null;
    }
    const started = performance.now();
    this.analysis = this.analyser.analyse(this.joined.text);
    this.analysedText = this.joined.text;
    return performance.now() - started;
  }

  /**
   * Step 4, evaluate the prompts against the analysis, the record and the officer's decisions
   * (also when a decision or the clock, for snoozes, changes them). The audit feed hears what is
   * shown, and screen readers hear when the verdict or the open count changes.
   */
  private evaluate(): void {
    const { analysis, record } = this;
    if (!analysis) return;
    this.prompts = evaluatePrompts({
      analysis,
      record,
      actions: this.actions,
      mandatory: this.opts.mandatory,
      services: this.opts.services,
      now: Date.now(),
      catalogue: this.opts.catalogue,
    });
    this.feed.update({
      recordKey: this.recordKey ?? '',
      recordRef: record.crimeReference || null,
      analysis,
      prompts: this.prompts,
      officer: this.officerNow,
    });
    this.officerNow = new Map();
    const message = announcement(analysis, this.prompts);
    if (this.lastAnnounced !== null && message !== this.lastAnnounced) {
      this.surface.announce(message);
    }
    this.lastAnnounced = message;
  }

  /**
   * Step 5, publish: highlights for the evidence, the background's asks that depend on the
   * record (SPO draft, supervisor's review; each only when its input changed), and the panel.
   */
  private publish(): void {
    this.highlighter?.setSpans(
      this.joined,
      highlightSpans(this.analysis, this.view.showSuppressed),
    );
    this.requests.refreshSpoDraft(this.analysis, this.prompts, this.record);
    this.requests.refreshReview(this.record, this.prompts);
    this.draw();
  }

  /** Read, analyse, then evaluate and publish: in the next task when the analysis was long. */
  private refresh(): void {
    this.read();
    const analysisMs = this.analyse();
    if (analysisMs === null) return;
    // A long first analysis (a pasted statement) and the prompts, panel and highlights together
    // could block the page past 50 ms: the prompts and the drawing get a task each, so input
    // stays responsive.
    if (analysisMs > SPLIT_AFTER_MS) {
      const text = this.analysedText;
      const current = (): boolean => !this.signal.aborted && this.analysedText === text;
      setTimeout(() => {
        if (!current()) return;
        this.evaluate();
        setTimeout(() => {
          if (current()) this.publish();
        }, 0);
      }, 0);
    } else {
      this.evaluate();
      this.publish();
    }
  }

  /** What the watcher saw change: decides which steps run, and when. */
  private update(change: WatchChange | null): void {
    const { signal } = this;
    if (signal.aborted) return;
    if (change && !change.structure && change.targets.size === 0) {
      // Only layout moved (scroll containers, tabs, focus): place the boxes again, nothing else.
      this.ensureMounted();
      this.highlighter?.schedule();
      return;
    }
    if (!change || change.structure) this.findFields();
    else this.cache.invalidate(change.targets);
    this.ensureMounted();
    if (change && !change.structure && isNarrativeTyping(change, this.fields.narrative)) {
      this.highlighter?.suspend();
      if (this.settleTimer) clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        this.settleTimer = null;
        if (!signal.aborted && !this.doc.hidden) this.refresh();
      }, TYPING_SETTLE_MS);
      return;
    }
    if (this.settleTimer) {
      clearTimeout(this.settleTimer);
      this.settleTimer = null;
    }
    this.refresh();
  }

  // ── Drawing through the view ─────────────────────────────────────────────────────────────

  /** Framesets cannot show our panel in the top document: mount in the narrative's frame. */
  private mountTarget(): Document | null {
    const { doc, fields } = this;
    if (doc.body?.tagName !== 'FRAMESET') return doc;
    const first = fields.narrative[0]?.el.ownerDocument;
    if (first && first !== doc && first.body) return first;
    for (const root of fields.roots) {
      if (root !== doc && root.nodeType === 9 && (root as Document).body?.tagName === 'BODY') {
        return root as Document;
      }
    }
    return null;
  }

  private ensureMounted(): void {
    if (!this.overlay.mount(this.mountTarget())) return;
    this.highlighter ??= new Highlighter({
      layer: this.overlay.layer,
      signal: this.signal,
      onHover: (hit) => {
        this.view.hover = hit;
        this.draw();
      },
      onLayout: () => {
        if (JSON.stringify(this.measure()) !== JSON.stringify(this.placement.at)) this.draw();
      },
    });
  }

  private measure(): Placement {
    return this.placement.measure({
      target: this.overlay.host.ownerDocument,
      zoom: this.overlay.zoom(),
      narrative: this.fields.narrative,
      hasPrompts: this.prompts.length > 0,
    });
  }

  private draw(): void {
    const { opts, fields, analysis, record, view } = this;
    if (this.signal.aborted) return;
    this.placement.at = this.measure();
    const review = this.requests.review;
    const copy = analysis ? panelCopy(analysis) : null;
    const panel: PanelView = {
      analysis: copy?.analysis ?? null,
      totals: copy?.totals,
      prompts: this.prompts,
      spoDraft: this.requests.spoDraft,
      health: {
        missing: fields.missing,
        narrativeCount: fields.narrative.length,
        truncated: this.joined.truncated,
        maxChars: MAX_RECORD_CHARS,
        saving: this.saving,
      },
      role: opts.role,
      demo: opts.demo === true,
      relationshipLabels: opts.catalogue.relationshipLabels,
      place: this.placement.at,
      showSuppressed: view.showSuppressed,
      hover: view.hover,
      canInsertSummary: Boolean(fields.roles.notes),
      insertStatus: view.insertStatus,
      review: review
        ? { view: review, status: view.reviewStatus, canInsert: Boolean(fields.roles.notes) }
        : null,
      canOpenReview: Boolean(
        opts.role === 'supervisor' && opts.bridge.openReview && record.crimeReference,
      ),
      names: panelNames(analysis, this.nameOf),
      language: language(),
    };
    this.surface.show(panel);
  }

  // ── What the officer does ────────────────────────────────────────────────────────────────

  /** What the officer did in the panel (the surface reports only a person's clicks and keys). */
  private onIntent(intent: PanelIntent): void {
    const { placement } = this;
    if (this.signal.aborted) return;
    switch (intent.kind) {
      case 'toggle':
        this.toggle(intent.keyboard);
        return;
      case 'escape':
        if (placement.at.mode !== 'badge') this.toggle(true);
        return;
      case 'move':
        placement.move();
        break;
      case 'drag':
        placement.drag(this.overlay.host.ownerDocument, this.pageView(), () => this.draw());
        return;
      case 'drop':
        placement.dropAt(intent.x, this.viewportWidth());
        break;
      case 'size':
        placement.resize();
        break;
      case 'resize':
        placement.resizeTo(intent.axis, intent.size, this.measure());
        // While the handle is dragged the panel follows; only where it is let go is saved.
        if (!intent.final) {
          const target = this.overlay.host.ownerDocument;
          placement.followResize(intent.axis, target, this.pageView(), (size, final) => {
            placement.resizeTo(intent.axis, size, this.measure());
            if (final) placement.save();
            this.draw();
          });
          this.draw();
          return;
        }
        placement.endResize();
        break;
      case 'suppressed':
        this.view.showSuppressed = !this.view.showSuppressed;
        this.highlighter?.setSpans(
          this.joined,
          highlightSpans(this.analysis, this.view.showSuppressed),
        );
        this.draw();
        return;
      case 'reveal':
        this.onReveal(intent.id);
        return;
      case 'action':
        this.onAction(intent.action);
        return;
      case 'insert-summary':
        this.onInsertSummary();
        return;
      case 'reviewed':
        this.onReviewed(intent.insert);
        return;
      case 'open-review':
        if (this.opts.role === 'supervisor' && this.record.crimeReference) {
          this.bridge.openReview?.(this.record.crimeReference);
        }
        return;
    }
    placement.save();
    this.draw();
  }

  /** The viewport's width in our CSS pixels. */
  private viewportWidth(): number {
    return (this.overlay.host.ownerDocument.defaultView?.innerWidth ?? 0) / this.overlay.zoom();
  }

  /** The page's zoom and viewport width, as placement reads them when the pointer is let go. */
  private pageView(): { zoom(): number; width(): number } {
    return { zoom: () => this.overlay.zoom(), width: () => this.viewportWidth() };
  }

  private toggle(byKeyboard: boolean): void {
    const open = this.placement.at.mode === 'badge';
    this.placement.toggled(open);
    const inside = this.surface.hasFocus();
    if (open && byKeyboard) {
      const active = this.doc.activeElement as HTMLElement | null;
      this.returnFocus = active && active !== this.overlay.host ? active : null;
    }
    this.draw();
    if (!byKeyboard) return;
    // Only the officer's own key or click moves focus: into the panel on open, back on close
    // (to the narrative when the panel was opened from its badge).
    if (open) this.surface.focus();
    else if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    else if (inside) this.fields.narrative[0]?.el.focus({ preventScroll: true });
  }

  private readonly onDocKey = (e: KeyboardEvent): void => {
    if (!isToggleShortcut(e)) return;
    e.preventDefault();
    this.toggle(true);
  };

  /** Scroll to the behaviour's next piece of evidence, round and round. */
  private onReveal(id: BehaviourId): void {
    const b = this.analysis?.behaviours.find((x) => x.id === id);
    if (!b || b.evidence.length === 0 || !this.highlighter) return;
    const i = (this.revealIndex.get(id) ?? -1) + 1;
    const e = b.evidence[i % b.evidence.length]!;
    this.revealIndex.set(id, i % b.evidence.length);
    this.highlighter.reveal({
      key: `b:${e.start}:${id}`,
      start: e.start,
      end: e.end,
      kind: 'behaviour',
      id,
    });
  }

  private onAction(action: OfficerAction): void {
    if (this.recordKey === null) return;
    this.actions = [...this.actions, action].slice(-MAX_ACTIONS);
    this.officerNow.set(action.promptId, action);
    this.bridge.saveActions(this.recordKey, this.actions);
    this.evaluate();
    this.draw();
  }

  private onInsertSummary(): void {
    // A supervisor's insert would replace the officer's summary (and its decisions) with theirs.
    if (this.requests.review?.summary === 'found') {
      this.view.insertStatus = t('insert.wouldReplace');
      this.draw();
      return;
    }
    const shown = this.analysis;
    // A click before the first analysis has arrived says so rather than doing nothing.
    if (!shown) {
      this.view.insertStatus = t('insert.notReady');
      this.draw();
      return;
    }
    const notes = this.fields.roles.notes?.el ?? null;
    const ctx = {
      ...this.actionContext(),
      feed: this.feed,
      catalogueVersion: this.opts.catalogue.version,
    };
    void writeSummary(ctx, shown, notes).then((status) => {
      if (this.signal.aborted) return;
      this.view.insertStatus = status;
      this.draw();
    });
  }

  private onReviewed(insert: boolean): void {
    const shown = this.requests.review;
    if (!shown || !this.bridge.recordReview) return;
    const notes = this.fields.roles.notes?.el ?? null;
    void recordReviewed(this.actionContext(), shown, notes, insert).then((status) => {
      if (this.signal.aborted || status === null) return;
      this.view.reviewStatus = status;
      this.draw();
    });
  }

  private actionContext(): ActionContext {
    return {
      signal: this.signal,
      bridge: this.bridge,
      now: () => ({ record: this.record, prompts: this.prompts, actions: this.actions }),
    };
  }
}
