import highlightsCss from './highlights.css?inline';

/** The custom element hosting the overlay (DESIGN.md, "Overlay test hooks"). */
export const HOST_TAG = 'waymark-overlay';

/**
 * The overlay's element in the page: `<waymark-overlay>` with a shadow root holding the
 * highlight layer (and, once a surface adds it, the panel's frame). It only draws: which
 * document it belongs in is the page controller's decision.
 */
export interface OverlayHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Fixed, full-viewport layer the highlights are drawn in. */
  readonly layer: HTMLElement;
  /**
   * Keep the host in `target` (null: wherever it is now) and above the page's modals. True when
   * it was put into a document just now, false when it stayed or there is nowhere to go yet.
   */
  mount(target: Document | null): boolean;
  /** The CSS zoom the host page applies to us (a page that zooms <html> zooms us too). */
  zoom(): number;
}

export function createOverlayHost(doc: Document, mode: 'open' | 'closed'): OverlayHost {
  // A copy whose world the browser destroyed (Firefox, when the add-on is updated) cannot take
  // its own panel down, and a live copy never reaches this line twice: any host here is stale.
  doc.querySelectorAll(HOST_TAG).forEach((stale) => stale.remove());
  // Styles are a <style> in the root: nothing leaks either way.
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = highlightsCss;
  const layer = doc.createElement('div');
  layer.className = 'wm-layer';
  layer.setAttribute('aria-hidden', 'true');
  shadow.append(style, layer);

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

  return {
    host,
    shadow,
    layer,
    mount(target) {
      // A frame's first document (about:blank, or the menu frame while the form frame still
      // loads) is replaced when the frame navigates; the host stays "connected" to that dead
      // document, so follow the narrative's current document instead of trusting isConnected.
      const current = host.isConnected && host.ownerDocument.defaultView !== null;
      if (current && (target === null || host.ownerDocument === target)) {
        raise(false);
        return false;
      }
      if (!target?.documentElement) return false;
      target.documentElement.append(host);
      raise(true);
      return true;
    },
    zoom() {
      const z = (layer as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      return z > 0 ? z : 1;
    },
  };
}
