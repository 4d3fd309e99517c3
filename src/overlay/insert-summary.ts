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
 * synthetic events from the page are refused. The result is checked by reading the field back:
 * an editor may accept the edit event and then restore its own DOM, and the officer must not be
 * told the summary was saved when it was not.
 */
export async function insertSummary(
  field: HTMLElement | null,
  text: string,
  trigger: Event,
): Promise<InsertResult> {
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
  if (!isEditable(field)) return 'not-writable';

  const marker = text.split('\n').find((l) => l.trim() !== '') ?? text;
  const landed = async (): Promise<boolean> => {
    // Editors settle their DOM after the event (a microtask, an observer, a frame): wait two frames.
    await new Promise<void>((r) =>
      view.requestAnimationFrame(() => view.requestAnimationFrame(() => r())),
    );
    return field.isConnected && field.innerText.includes(marker);
  };
  if (!selectAll(field, doc)) return 'not-writable';
  // execCommand is deprecated but remains the way to make an edit that most editors treat as
  // typing (undo stack, model update); Harper applies its fixes the same way.
  doc.execCommand('insertText', false, text);
  if (await landed()) return 'inserted';

  // Editors that build their model from beforeinput (CKEditor 5) ignore execCommand's edit and
  // restore their DOM. All the editors we support take a plain-text paste through their own
  // clipboard pipeline, so try that once.
  if (!selectAll(field, doc)) return 'rejected';
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  field.dispatchEvent(
    new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
  return (await landed()) ? 'inserted' : 'rejected';
}

/** Select the whole contents of an editable field (in its shadow root's selection if it has one). */
function selectAll(field: HTMLElement, doc: Document): boolean {
  field.focus({ preventScroll: true });
  const root = field.getRootNode() as Document | ShadowRoot;
  const sel =
    (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ??
    doc.getSelection();
  if (!sel) return false;
  const range = doc.createRange();
  range.selectNodeContents(field);
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}
