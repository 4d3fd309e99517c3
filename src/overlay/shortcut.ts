/**
 * The keyboard shortcut that opens and closes the panel. Alt+Shift+W: not used by Chrome, Edge,
 * Firefox or the screen readers officers use (NVDA, JAWS, Narrator), and W for Waymark. Matched
 * on `code`, because Alt changes `key` on some layouts (macOS gives "„").
 */
export const TOGGLE_SHORTCUT = {
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  code: 'KeyW',
} as const;

/** How the shortcut is written for people (button titles, help text). */
export const TOGGLE_SHORTCUT_LABEL = 'Alt+Shift+W';

/** Whether a key event is the toggle shortcut, pressed by a person (never a page's synthetic event). */
export function isToggleShortcut(e: KeyboardEvent): boolean {
  return (
    e.isTrusted &&
    e.altKey === TOGGLE_SHORTCUT.altKey &&
    e.shiftKey === TOGGLE_SHORTCUT.shiftKey &&
    e.ctrlKey === TOGGLE_SHORTCUT.ctrlKey &&
    !e.metaKey &&
    e.code === TOGGLE_SHORTCUT.code
  );
}
