/**
 * Names of the panel channel's ports (see panel-channel.ts): `waymark-panel:<end>:<nonce>`.
 * Kept apart from the schemas so the content script can name its port without carrying zod.
 */

export const PANEL_PORT = 'waymark-panel';
export type PanelEnd = 'host' | 'frame';

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

export function panelPortName(end: PanelEnd, nonce: string): string {
  return `${PANEL_PORT}:${end}:${nonce}`;
}

/** The end and nonce a port name claims, or null for anything else. */
export function parsePanelPortName(name: string): { end: PanelEnd; nonce: string } | null {
  const [prefix, end, nonce, ...rest] = name.split(':');
  if (prefix !== PANEL_PORT || rest.length > 0 || !nonce || !NONCE.test(nonce)) return null;
  return end === 'host' || end === 'frame' ? { end, nonce } : null;
}
