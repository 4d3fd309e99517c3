import { isEditable } from '../adapters/roots';

/**
 * The one write Waymark makes to the host page, and only when the officer clicks "Insert
 * summary": the summary block goes into the record's notes field through the same paths typing
 * takes, so the host application (and a rich editor's own model) sees an ordinary edit.
 * - textarea/input: the native value setter, then `input` and `change` events (React and other
 *   frameworks that track the value see the change);
 * - contenteditable editors: select the field's contents and offer the text as a plain-text
 *   paste, which each editor takes through its own clipboard pipeline (so its model sees it); a
 *   plain contenteditable gets `execCommand('insertText')` instead. Never `innerHTML`. The field
 *   is read back afterwards: the officer is told it worked only when it did.
 */

/** Why an insert did not happen. */
export type InsertResult = 'inserted' | 'untrusted' | 'no-field' | 'not-writable' | 'rejected';

/**
 * Write `text` into `field`, replacing its contents. `trigger` is the officer's request: a click
 * in the panel, relayed from the panel frame, which only ever reports a person's clicks; anything
 * the page synthesised is refused. The result is checked by reading the field back:
 * an editor may accept the edit event and then restore its own DOM, and the officer must not be
 * told the summary was saved when it was not.
 */
export async function insertSummary(
  field: HTMLElement | null,
  text: string,
  trigger: Pick<Event, 'isTrusted'>,
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
  // Editors settle after an event (a microtask, an observer, a frame), and some read the DOM
  // selection only on selectionchange: wait two frames between steps.
  const settle = () =>
    new Promise<void>((r) =>
      view.requestAnimationFrame(() => view.requestAnimationFrame(() => r())),
    );
  const landed = async (): Promise<boolean> => {
    await settle();
    return field.isConnected && field.innerText.includes(marker);
  };
  const paste = async (): Promise<boolean> => {
    // Some editors read the DOM selection only on selectionchange, and CKEditor 5 takes focus
    // about 50 ms after the focus event: let both settle, or the paste goes to the old caret.
    if (!selectAll(field, doc)) return false;
    await settle();
    await new Promise<void>((r) => view.setTimeout(r, EDITOR_FOCUS_MS));
    if (!selectAll(field, doc)) return false;
    await settle();
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    field.dispatchEvent(
      new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return landed();
  };
  const type = async (): Promise<boolean> => {
    if (!selectAll(field, doc)) return false;
    // execCommand is deprecated but remains the way to make an edit that editors and host apps
    // see as typing (input events, an undo step); Harper applies its fixes the same way.
    doc.execCommand('insertText', false, text);
    return landed();
  };
  // Editors that build their model from beforeinput ignore execCommand's edit (and CKEditor 5 is
  // left in a state where a paste no longer lands), so they get the paste first; every other
  // field is typed into, with a paste as the fallback.
  const pasteFirst = PASTE_FIRST_EDITORS.some((s) => field.matches(s));
  const ok = pasteFirst ? (await paste()) || (await type()) : (await type()) || (await paste());
  return ok ? 'inserted' : 'rejected';
}

/** How long an editor may take to treat a focused field as focused (CKEditor 5 waits 50 ms). */
const EDITOR_FOCUS_MS = 120;

/** Editable roots of editors whose model ignores execCommand edits (their own markers). */
const PASTE_FIRST_EDITORS = [
  // CKEditor 5 editable root.
  '.ck-editor__editable',
  // Lexical root element.
  '[data-lexical-editor]',
  // Slate editable.
  '[data-slate-editor]',
];

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
