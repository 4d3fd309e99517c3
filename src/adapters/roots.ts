import type { SearchRoot } from './types';

/**
 * Walking the page as the officer sees it: the document, same-origin frames (iframes and legacy
 * framesets) and open shadow roots. Closed shadow roots and cross-origin frames are unreachable by
 * design; a profile whose fields live there reports them missing.
 */

/** Our own host element: never searched, never observed. */
export const OVERLAY_TAG = 'WAYMARK-OVERLAY';

/** The document inside a frame element, or null when it is cross-origin or not loaded. */
export function frameDocument(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc && doc.documentElement ? doc : null;
  } catch {
    // Cross-origin frames throw on some engines instead of returning null.
    return null;
  }
}

function isFrame(el: Element): boolean {
  return el.tagName === 'IFRAME' || el.tagName === 'FRAME';
}

/**
 * Every searchable root under `doc`, in composed document order (a frame's document or a shadow
 * root comes right where its host element is). The first entry is `doc` itself.
 */
export function collectRoots(doc: Document): SearchRoot[] {
  const out: SearchRoot[] = [];
  const seen = new Set<SearchRoot>();
  const visit = (root: SearchRoot): void => {
    if (seen.has(root)) return;
    seen.add(root);
    out.push(root);
    const ownerDoc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const start = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (!start) return;
    const walker = ownerDoc.createTreeWalker(start, 1 /* SHOW_ELEMENT */);
    let node: Node | null = walker.currentNode;
    while (node) {
      const el = node as Element;
      if (el.nodeType === 1) {
        if (el.tagName === OVERLAY_TAG) {
          // Skip our own subtree: jump to the next sibling or an ancestor's sibling.
          node = nextSkippingChildren(walker);
          continue;
        }
        const shadow = (el as HTMLElement).shadowRoot;
        if (shadow) visit(shadow);
        if (isFrame(el)) {
          const inner = frameDocument(el);
          if (inner) visit(inner);
        }
      }
      node = walker.nextNode();
    }
  };
  visit(doc);
  return out;
}

function nextSkippingChildren(walker: TreeWalker): Node | null {
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  while (walker.parentNode()) {
    const up = walker.nextSibling();
    if (up) return up;
  }
  return null;
}

/** All matches of a selector across roots, in root order. Bad selectors match nothing. */
export function queryAll(roots: readonly SearchRoot[], selector: string): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    try {
      out.push(...Array.from(root.querySelectorAll(selector)));
    } catch {
      // An invalid selector in a profile must not stop the overlay; health reports the role.
      return [];
    }
  }
  return out;
}

/** The element that hosts `node`'s root one level up: a shadow host or a frame element. */
export function composedParentHost(node: Node): Element | null {
  const root = node.getRootNode();
  if ((root as ShadowRoot).host) return (root as ShadowRoot).host;
  if (root.nodeType === 9) {
    try {
      return ((root as Document).defaultView?.frameElement as Element | null) ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Chain of elements from the top document down to `el`, one per root crossed. */
function composedChain(el: Element): Element[] {
  const chain: Element[] = [el];
  let host = composedParentHost(el);
  while (host) {
    chain.unshift(host);
    host = composedParentHost(host);
  }
  return chain;
}

/** Sort comparator for composed document order across frames and shadow roots. */
export function composedCompare(a: Element, b: Element): number {
  if (a === b) return 0;
  const ca = composedChain(a);
  const cb = composedChain(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i] as Element;
    const y = cb[i] as Element;
    if (x === y) continue;
    const pos = x.compareDocumentPosition(y);
    if (pos & 4 /* FOLLOWING */) return -1;
    if (pos & 2 /* PRECEDING */) return 1;
    return 0;
  }
  return ca.length - cb.length;
}

/** Whether the element is in an editable region (contenteditable or a designMode document). */
export function isEditable(el: Element): boolean {
  if ((el.ownerDocument as Document).designMode === 'on') return true;
  const host = el.closest('[contenteditable]');
  if (!host) return false;
  const v = (host.getAttribute('contenteditable') ?? '').toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/** The outermost editable ancestor of an editable element (the editing host). */
export function editingHost(el: Element): HTMLElement {
  let host = el as HTMLElement;
  let parent = host.parentElement;
  while (parent && isEditable(parent)) {
    host = parent;
    parent = host.parentElement;
  }
  return host;
}
