/**
 * Rich-text editors that own their DOM. Waymark reads what the editor shows, straight from the DOM:
 * the editor's JavaScript API lives in the page's world, which a content script cannot reach. Each
 * family lists where its editable root is, which parts of its DOM are editor furniture rather than
 * the officer's words, and which source element it hides when it replaces a textarea (that hidden
 * copy must not be read twice).
 */

export interface EditorFamily {
  id: string;
  /** Selectors for the element that holds the text (the editing host). */
  editable: string[];
  /** Subtrees that are editor UI or caret furniture, never the officer's text. */
  skip: string[];
  /** `<br>`s the editor adds to keep empty blocks open: they are not line breaks in the text. */
  silentBreaks: string[];
  /** Containers the editor inserts next to the textarea it replaces. */
  replaces: string[];
}

/** Ordered; the first family whose `editable` selector matches names the editor. */
export const EDITOR_FAMILIES: readonly EditorFamily[] = [
  {
    id: 'quill',
    editable: [
      // Quill 1 and 2: the editor root inside .ql-container
      '.ql-editor',
    ],
    skip: [
      // Quill 1 paste catcher: a hidden contenteditable that holds pasted HTML briefly
      '.ql-clipboard',
      // Quill 2 list markers and other UI nodes inside the editor
      '.ql-ui',
      // Quill cursor blot (a zero-width placeholder while formatting)
      '.ql-cursor',
    ],
    silentBreaks: [],
    replaces: [
      // Quill mounts on a container, leaving .ql-container in place of the original element
      '.ql-container',
    ],
  },
  {
    id: 'ckeditor5',
    editable: [
      // CKEditor 5 classic, inline, balloon and decoupled editing roots
      '.ck-editor__editable',
    ],
    skip: [
      // CKEditor 5 fake selection holder (copy of a selected widget's label)
      '.ck-fake-selection-container',
      // CKEditor 5 widget "type around" buttons and fake caret
      '.ck-widget__type-around',
      // CKEditor 5 widget resizer and selection handles
      '.ck-widget__resizer',
      '.ck-widget__selection-handle',
    ],
    silentBreaks: [
      // CKEditor 5 block filler keeping an empty paragraph open
      'br[data-cke-filler]',
    ],
    replaces: [
      // CKEditor 5 classic editor UI inserted after the hidden source textarea
      '.ck-editor',
    ],
  },
  {
    id: 'tinymce',
    editable: [
      // TinyMCE iframe mode: the body of the editing iframe
      'body#tinymce',
      // TinyMCE inline mode
      '.mce-content-body',
    ],
    skip: [
      // TinyMCE nodes it removes on save (selection markers, resize handles)
      '[data-mce-bogus="all"]',
      '[data-mce-type="bookmark"]',
      // TinyMCE offscreen selection clone
      '.mce-offscreen-selection',
    ],
    silentBreaks: [
      // TinyMCE padding <br> in empty blocks
      'br[data-mce-bogus]',
    ],
    replaces: [
      // TinyMCE 5-8 editor container inserted after the hidden textarea
      '.tox-tinymce',
    ],
  },
  {
    id: 'prosemirror',
    editable: [
      // ProseMirror and Tiptap (Tiptap adds .tiptap on the same element)
      '.ProseMirror',
    ],
    skip: [
      // ProseMirror decorations (placeholders, collaborator carets)
      '.ProseMirror-widget',
      // ProseMirror gap cursor
      '.ProseMirror-gapcursor',
    ],
    silentBreaks: [
      // ProseMirror break that keeps a trailing empty line visible
      'br.ProseMirror-trailingBreak',
    ],
    replaces: [],
  },
  {
    id: 'lexical',
    editable: [
      // Lexical root element (any Lexical-based editor, e.g. Meta's and the playground)
      '[data-lexical-editor="true"]',
    ],
    skip: [],
    silentBreaks: [],
    replaces: [],
  },
  {
    id: 'trix',
    editable: [
      // Trix (Basecamp / Rails Action Text) custom element
      'trix-editor',
    ],
    skip: [
      // Trix attachment toolbar and progress UI
      '.attachment__toolbar',
      '.attachment__progress',
      // Trix marks UI nodes it leaves out of the document
      '[data-trix-serialize="false"]',
    ],
    silentBreaks: [],
    replaces: [
      // Trix toolbar next to the editor
      'trix-toolbar',
    ],
  },
];

/** Elements that never hold record text in any editable field. */
const ALWAYS_SKIP = ['script', 'style', 'template', 'noscript', '[hidden]'];

/** One selector string for every family's furniture, built once. */
export const SKIP_SELECTOR = [...ALWAYS_SKIP, ...EDITOR_FAMILIES.flatMap((f) => f.skip)].join(',');

/** One selector string for every family's silent `<br>`s. */
export const SILENT_BREAK_SELECTOR = EDITOR_FAMILIES.flatMap((f) => f.silentBreaks).join(',');

/** Any family's editing host. */
export const EDITOR_ROOT_SELECTOR = EDITOR_FAMILIES.flatMap((f) => f.editable).join(',');

/** Any family's replacement container. */
export const EDITOR_REPLACES_SELECTOR = EDITOR_FAMILIES.flatMap((f) => f.replaces).join(',');

/** The family of an editing host, or null for a plain contenteditable. */
export function editorFamilyOf(el: Element): EditorFamily | null {
  for (const family of EDITOR_FAMILIES) {
    if (family.editable.some((s) => el.matches(s))) return family;
  }
  return null;
}

/**
 * Whether a textarea is the hidden source of an editor that replaced it (TinyMCE, CKEditor 5):
 * reading it would count the narrative twice, and it is stale until the form is saved.
 */
export function isReplacedSource(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const next = el.nextElementSibling;
  return next !== null && EDITOR_REPLACES_SELECTOR !== '' && next.matches(EDITOR_REPLACES_SELECTOR);
}
