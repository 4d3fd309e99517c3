import { collectRoots, OVERLAY_TAG } from './roots';
import type { SearchRoot } from './types';

/**
 * The one watcher (uBlock's pattern): a single MutationObserver per document plus capturing
 * input/change listeners. Callbacks only mark what changed; the work runs once in the next
 * animation frame, and not at all while the tab is hidden (it runs when the tab is shown again).
 */

/** What changed since the last frame's work. */
export interface WatchChange {
  /** Elements were added or removed outside known fields: fields must be found again. */
  structure: boolean;
  /** Text may have changed in these nodes (fields, or nodes inside them). */
  targets: Set<Node>;
  /** Attributes or layout changed: highlights must be placed again. */
  layout: boolean;
}

export interface WatchOptions {
  signal: AbortSignal;
  onChange(change: WatchChange): void;
}

/** Handle to the running watcher. */
export interface Watcher {
  /** Tell the watcher which elements are fields, so edits inside them count as text, not structure. */
  setFields(fields: readonly HTMLElement[]): void;
  /** Observe roots found since (new frames, shadow roots); called after fields are found again. */
  observe(roots: readonly SearchRoot[]): void;
  /** Queue a frame of work as if something changed. */
  poke(change?: Partial<WatchChange>): void;
}

/** Attributes that show or hide a field or make it editable (tabs, modals, editors starting). */
const WATCHED_ATTRIBUTES = ['contenteditable', 'hidden', 'style', 'class', 'aria-hidden', 'open'];

/** More mutation targets than this in one frame: treat as "everything changed". */
const MAX_TARGETS = 500;

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === OVERLAY_TAG;
}

/** Start watching `doc` and its same-origin frames and open shadow roots. */
export function watch(doc: Document, opts: WatchOptions): Watcher {
  const { signal } = opts;
  const win = doc.defaultView as Window;
  const observers = new Map<Document, MutationObserver>();
  const listened = new WeakSet<SearchRoot>();
  let fields: readonly HTMLElement[] = [];
  let pending: WatchChange | null = null;
  let frame = 0;

  const inField = (node: Node): boolean => fields.some((f) => f === node || f.contains(node));

  const mark = (change: Partial<WatchChange>): void => {
    if (signal.aborted) return;
    pending ??= { structure: false, targets: new Set(), layout: false };
    if (change.structure) pending.structure = true;
    if (change.layout) pending.layout = true;
    if (change.targets) {
      for (const t of change.targets) {
        if (pending.targets.size >= MAX_TARGETS) {
          pending.structure = true;
          break;
        }
        pending.targets.add(t);
      }
    }
    schedule();
  };

  const schedule = (): void => {
    if (frame || signal.aborted || doc.hidden) return;
    frame = win.requestAnimationFrame(run);
  };

  const run = (): void => {
    frame = 0;
    if (signal.aborted || !pending) return;
    if (doc.hidden) return; // visibilitychange will schedule again
    const change = pending;
    pending = null;
    opts.onChange(change);
  };

  const onMutations = (records: MutationRecord[]): void => {
    const change: Partial<WatchChange> = { targets: new Set() };
    for (const r of records) {
      if (r.type === 'characterData') {
        change.targets!.add(r.target);
      } else if (r.type === 'childList') {
        const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
        if (nodes.length > 0 && nodes.every(isOwn)) continue;
        if (inField(r.target)) change.targets!.add(r.target);
        else if (nodes.some((n) => n.nodeType === 1)) change.structure = true;
        else change.targets!.add(r.target);
      } else if (r.type === 'attributes') {
        if (isOwn(r.target)) continue;
        change.layout = true;
        // An element turning editable (an editor starting up) is a new field.
        if (r.attributeName === 'contenteditable') change.structure = true;
      }
    }
    if (change.structure || change.layout || change.targets!.size > 0) mark(change);
  };

  const onInput = (e: Event): void => {
    const path = e.composedPath?.() ?? [];
    const target = (path[0] as Node | undefined) ?? (e.target as Node | null);
    if (target) mark({ targets: new Set([target]) });
  };

  const onLoad = (e: Event): void => {
    const t = e.target as Element | null;
    if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) mark({ structure: true });
  };

  const listenOn = (root: SearchRoot): void => {
    if (listened.has(root)) return;
    listened.add(root);
    const o = { capture: true, passive: true, signal };
    root.addEventListener('input', onInput, o);
    // `change` is not composed: it must be caught inside each shadow root too.
    root.addEventListener('change', onInput, o);
    if (root.nodeType === 9) {
      root.addEventListener('load', onLoad, o);
      // Editors that swap their DOM on focus (TinyMCE inline, Trix) show up as a late field.
      root.addEventListener('focusin', () => mark({ layout: true }), o);
    }
  };

  const observe = (roots: readonly SearchRoot[]): void => {
    if (signal.aborted) return;
    const docs = new Set<Document>();
    for (const root of roots) {
      const owner = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
      docs.add(owner);
      let mo = observers.get(owner);
      if (!mo) {
        const MO =
          (owner.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ??
          MutationObserver;
        mo = new MO(onMutations);
        observers.set(owner, mo);
      }
      mo.observe(root.nodeType === 9 ? (root as Document) : root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
      listenOn(root);
    }
    // Frames that navigated away or were removed: stop their observers.
    for (const [d, mo] of observers) {
      if (!docs.has(d)) {
        mo.disconnect();
        observers.delete(d);
      }
    }
  };

  doc.addEventListener(
    'visibilitychange',
    () => {
      if (!doc.hidden && pending) schedule();
    },
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      for (const mo of observers.values()) mo.disconnect();
      observers.clear();
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      pending = null;
    },
    { once: true },
  );

  observe(collectRoots(doc));

  return {
    setFields(next) {
      fields = next;
    },
    observe,
    poke(change = {}) {
      mark(change);
    },
  };
}
