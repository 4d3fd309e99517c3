import { isEditable } from '../adapters/roots';

/**
 * The one write Waymark makes to the host page, and only when the officer clicks "Insert
 * summary": the summary block goes into the record's notes field through the same paths typing
 * takes, so the host application (and a rich editor's own model) sees an ordinary edit.
 * - textarea/input: the native value setter, then `input` and `change` events (React and other
 *   frameworks that track the value see the change);
 * - contenteditable editors: select the field's contents and `execCommand('insertText')`, which
 *   editors handle as typing. Never `innerHTML`.
 */

/** Why an insert did not happen. */
export type InsertResult = 'inserted' | 'untrusted' | 'no-field' | 'not-writable' | 'rejected';

/**
 * Write `text` into `field`, replacing its contents. `trigger` is the click that asked for it;
 * synthetic events from the page are refused.
 */
export function insertSummary(
  field: HTMLElement | null,
  text: string,
  trigger: Event,
): InsertResult {
  if (!trigger.isTrusted) return 'untrusted';
  if (!field || !field.isConnected) return 'no-field';
  const doc = field.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return 'no-field';
  if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') {
    const el = field as HTMLTextAreaElement | HTMLInputElement;
    if (el.readOnly || el.disabled) return 'not-writable';
    // The frame's own prototype: a field in an iframe has that window's constructors.
    const proto =
      field.tagName === 'TEXTAREA'
        ? view.HTMLTextAreaElement.prototype
        : view.HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (!setter) return 'not-writable';
    setter.call(el, text);
    el.dispatchEvent(new view.Event('input', { bubbles: true }));
    el.dispatchEvent(new view.Event('change', { bubbles: true }));
    return el.value === text ? 'inserted' : 'rejected';
  }
  if (isEditable(field)) {
    field.focus({ preventScroll: true });
    const root = field.getRootNode() as Document | ShadowRoot;
    const sel =
      (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ??
      doc.getSelection();
    if (!sel) return 'not-writable';
    const range = doc.createRange();
    range.selectNodeContents(field);
    sel.removeAllRanges();
    sel.addRange(range);
    // execCommand is deprecated but remains the only way to make an edit the editor treats as
    // typing (undo stack, model update); Harper applies its fixes the same way.
    const ok = doc.execCommand('insertText', false, text);
    return ok ? 'inserted' : 'rejected';
  }
  return 'not-writable';
}
