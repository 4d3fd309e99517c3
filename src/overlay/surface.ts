import type { PanelIntent, PanelView } from './panel-view';

/**
 * Where the panel is drawn, seen from the controller: an extension frame in web pages
 * (frame-surface.ts), drawn in place in unit tests. The controller keeps highlights, placement,
 * reading the fields and analysis; the surface only shows views and reports intents.
 */
export interface PanelSurface {
  /** Show this view at `view.place`. */
  show(view: PanelView): void;
  /** Say this to screen readers (the surface's live region throttles). */
  announce(text: string): void;
  /** Move focus into the panel's heading. */
  focus(): void;
  /** True while focus is inside the panel. */
  hasFocus(): boolean;
}

export interface SurfaceParts {
  doc: Document;
  /** The overlay's shadow root, where the surface puts its element. */
  shadow: ShadowRoot;
  signal: AbortSignal;
  /** Called for each thing the officer did in the panel. */
  onIntent(intent: PanelIntent): void;
}

export type SurfaceFactory = (parts: SurfaceParts) => PanelSurface;
