import type { FieldRole } from '../prompts/types';
import { EDITOR_ROOT_SELECTOR, isReplacedSource } from './editors';
import type { FieldLocator, SiteProfile } from './profile';
import {
  collectRoots,
  composedCompare,
  editingHost,
  frameDocument,
  isEditable,
  queryAll,
} from './roots';
import { fieldKind, readFieldText } from './text';
import type { LocatedField, LocatedFields, SearchRoot, SiteAdapter } from './types';

/**
 * The generic adapter: works on any page. A role is found by the profile's CSS selector or by its
 * visible label text (labels survive host redesigns better than ids). A profile without `fields`
 * finds narrative fields automatically (large textareas, editors, labels such as "circumstances")
 * and the other roles by their usual labels.
 */

/** Label words that mark a narrative field in automatic mode. */
const NARRATIVE_LABEL =
  /\b(narrative|circumstances|mo|m\.o\.|modus operandi|details|account|what happened|statement|description|incident summary|summary of (the )?(incident|offence|events))\b/;

/** Label words that mark a field as something other than the narrative. */
const NOT_NARRATIVE_LABEL =
  /\b(notes?|comments?|supervisor|review|rationale|reason|safety plan|address|contact|search|subject|title|name|summary for)\b/;

/**
 * Usual label texts per role, tried in automatic mode only (a profile without `fields`). A role
 * not found this way is not a health problem: the profile never named it.
 */
const DEFAULT_LABELS: Partial<Record<FieldRole, string[]>> = {
  crimeReference: ['crime reference', 'crime number', 'occurrence number', 'crime ref'],
  classification: ['hocr classification', 'classification', 'crime type'],
  daFlag: ['domestic abuse', 'domestic abuse flag', 'da flag'],
  stalkingFlag: ['stalking flag', 'stalking qualifier', 'stalking'],
  relationship: ['relationship of suspect to victim', 'relationship to victim', 'relationship'],
  riskScreen: ['s-dash', 'stalking screening', 'stalking screen'],
  dashRisk: ['dash risk level', 'dash risk', 'risk level'],
  spoDecision: ['spo decision', 'stalking protection order'],
  notes: ['notes', 'supervisor notes', 'officer notes', 'summary for supervisor'],
};

/** Lower-case, punctuation-light form for comparing labels. */
export function normaliseLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*:()\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of a label without the text of controls nested in it (a select's options, say). */
function labelText(label: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'OPTION' || tag === 'SCRIPT')
          continue;
        walk(c);
      }
    }
  };
  walk(label);
  return out;
}

function byId(root: SearchRoot, id: string): Element | null {
  if (!id) return null;
  const fn = (root as Document).getElementById;
  if (typeof fn === 'function') return fn.call(root, id);
  return root.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
}

function labelScore(text: string, wanted: string): number {
  const t = normaliseLabel(text);
  if (!t) return 0;
  if (t === wanted) return 3;
  if (t.startsWith(wanted)) return 2;
  if (t.includes(wanted)) return 1;
  return 0;
}

/**
 * Elements labelled with `text`, best match first: `<label for>`, a wrapping `<label>`,
 * `aria-labelledby` and `aria-label`. Returned elements may be containers; see `resolveField`.
 */
export function findByLabel(roots: readonly SearchRoot[], text: string): Element[] {
  const wanted = normaliseLabel(text);
  const scored: { el: Element; score: number }[] = [];
  for (const root of roots) {
    for (const label of Array.from(root.querySelectorAll('label'))) {
      const score = labelScore(labelText(label), wanted);
      if (score === 0) continue;
      const forId = label.getAttribute('for');
      const target = forId
        ? byId(root, forId)
        : label.querySelector('input, select, textarea, [contenteditable]');
      if (target) scored.push({ el: target, score });
    }
    for (const el of Array.from(root.querySelectorAll('[aria-labelledby]'))) {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      const t = ids.map((id) => byId(root, id)?.textContent ?? '').join(' ');
      const score = labelScore(t, wanted);
      if (score) scored.push({ el, score });
    }
    for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
      if (el.tagName === 'WAYMARK-OVERLAY') continue;
      const score = labelScore(el.getAttribute('aria-label') ?? '', wanted);
      if (score) scored.push({ el, score });
    }
  }
  // Stable: best score first, then document order (roots are in composed order already).
  return scored
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((s) => s.el);
}

/** The readable field an element stands for: itself, an editor inside it, or the editor next to it. */
export function resolveField(el: Element): HTMLElement | null {
  const tag = el.tagName;
  if (tag === 'IFRAME' || tag === 'FRAME') {
    const doc = frameDocument(el);
    if (doc?.body && isEditable(doc.body)) return doc.body;
    return doc ? findEditorWithin(doc.documentElement) : null;
  }
  if (tag === 'TEXTAREA' && isReplacedSource(el)) {
    for (let sib = el.nextElementSibling, n = 0; sib && n < 3; sib = sib.nextElementSibling, n++) {
      const inner = findEditorWithin(sib);
      if (inner) return inner;
    }
    return null;
  }
  if (isEditable(el)) return editingHost(el);
  if (fieldKind(el)) return el as HTMLElement;
  const inner = findEditorWithin(el);
  if (inner) return inner;
  for (let sib = el.nextElementSibling, n = 0; sib && n < 2; sib = sib.nextElementSibling, n++) {
    const found = findEditorWithin(sib);
    if (found) return found;
  }
  return null;
}

/** The first field inside a container: an editor root, a contenteditable, an iframe editor, a control. */
function findEditorWithin(container: Element): HTMLElement | null {
  const editor = container.matches(EDITOR_ROOT_SELECTOR)
    ? container
    : container.querySelector(EDITOR_ROOT_SELECTOR);
  if (editor && isEditable(editor)) return editingHost(editor);
  const ce = container.querySelector('[contenteditable]:not([contenteditable="false"])');
  if (ce && isEditable(ce)) return editingHost(ce);
  for (const frame of Array.from(container.querySelectorAll('iframe, frame'))) {
    const doc = frameDocument(frame);
    if (doc?.body && isEditable(doc.body)) return doc.body;
  }
  const control = container.querySelector('textarea, select, input');
  if (control && fieldKind(control) && !isReplacedSource(control)) return control as HTMLElement;
  return null;
}

function locate(
  roots: readonly SearchRoot[],
  loc: FieldLocator,
): { els: HTMLElement[]; via: 'selector' | 'label' } {
  if (loc.selector) {
    const els = queryAll(roots, loc.selector)
      .map(resolveField)
      .filter((e): e is HTMLElement => e !== null);
    if (els.length > 0 || !loc.label) return { els: unique(els), via: 'selector' };
  }
  if (loc.label) {
    const els = findByLabel(roots, loc.label)
      .map(resolveField)
      .filter((e): e is HTMLElement => e !== null);
    return { els: unique(els), via: 'label' };
  }
  return { els: [], via: 'selector' };
}

function unique<T>(xs: T[]): T[] {
  return Array.from(new Set(xs));
}

function asList(v: FieldLocator | FieldLocator[] | undefined): FieldLocator[] {
  if (!v) return [];
  return Array.isArray(v) ? v : [v];
}

function located(role: FieldRole, el: HTMLElement, via: LocatedField['via']): LocatedField {
  return { role, el, kind: fieldKind(el) ?? 'editable', via };
}

/** The label text an officer sees for a field (used by automatic discovery). */
export function labelOf(el: HTMLElement): string {
  const parts: string[] = [];
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const root = el.getRootNode() as SearchRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) parts.push(byId(root, id)?.textContent ?? '');
  }
  // <label for> on the field or on a container/source within three levels (editors wrap fields).
  const candidates: Element[] = [el];
  for (let p = el.parentElement, n = 0; p && n < 3; p = p.parentElement, n++) candidates.push(p);
  const prev = el.closest('.ck-editor, .tox-tinymce')?.previousElementSibling;
  if (prev) candidates.push(prev);
  // An editor in a frame: label the frame element instead.
  if (root.nodeType === 9) {
    try {
      const frame = (root as Document).defaultView?.frameElement;
      if (frame) {
        parts.push(frame.getAttribute('title') ?? '', frame.getAttribute('aria-label') ?? '');
        const outer = frame.getRootNode() as SearchRoot;
        if (frame.id) {
          outer
            .querySelectorAll(`label[for="${frame.id}"]`)
            .forEach((l) => parts.push(labelText(l)));
        }
        const tox = frame.closest('.tox-tinymce')?.previousElementSibling;
        if (tox?.id) {
          outer.querySelectorAll(`label[for="${tox.id}"]`).forEach((l) => parts.push(labelText(l)));
        }
      }
    } catch {
      // Cross-origin parent: the frame's own labels are all we have.
    }
  }
  for (const c of candidates) {
    if (c.id) {
      root.querySelectorAll(`label[for="${c.id.replace(/["\\]/g, '\\$&')}"]`).forEach((l) => {
        parts.push(labelText(l));
      });
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) parts.push(labelText(wrapping));
  const legend = el.closest('fieldset')?.querySelector('legend');
  if (legend) parts.push(legend.textContent ?? '');
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder');
  if (placeholder) parts.push(placeholder);
  return normaliseLabel(parts.join(' '));
}

function rows(el: HTMLElement): number {
  const r = Number(el.getAttribute('rows'));
  return Number.isFinite(r) ? r : 0;
}

/** Automatic narrative discovery: large textareas, editors and inputs labelled as the narrative. */
function autoNarrative(roots: readonly SearchRoot[], exclude: Set<HTMLElement>): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const root of roots) {
    const candidates: HTMLElement[] = [];
    for (const el of Array.from(root.querySelectorAll('textarea, input, [contenteditable]'))) {
      const f = resolveField(el);
      if (f) candidates.push(f);
    }
    if (root.nodeType === 9 && (root as Document).body && isEditable((root as Document).body)) {
      candidates.push((root as Document).body);
    }
    for (const el of candidates) {
      if (exclude.has(el) || found.has(el)) continue;
      if (el.getAttribute('data-waymark') === 'off') continue;
      if (el.hasAttribute('readonly') || el.hasAttribute('disabled')) continue;
      if (el.getAttribute('type') === 'hidden') continue;
      const role = el.getAttribute('role');
      if (role === 'combobox' || role === 'searchbox') continue;
      if (el.getAttribute('aria-multiline') === 'false') continue;
      const label = labelOf(el);
      const positive = NARRATIVE_LABEL.test(label);
      const negative =
        NOT_NARRATIVE_LABEL.test(label) && !/\bnarrative|circumstances\b/.test(label);
      const kind = fieldKind(el);
      if (el.tagName === 'TEXTAREA') {
        const big = rows(el) >= 4 || (el.clientHeight ?? 0) >= 80;
        if (positive ? !negative || big : !negative && big) found.add(el);
      } else if (el.tagName === 'INPUT') {
        if (kind === 'value' && positive && !negative) found.add(el);
      } else if (!negative) {
        found.add(el);
      }
    }
  }
  return Array.from(found);
}

/** Find every role of a profile. Exported for adapters that only add to what generic does. */
export function findFieldsGeneric(doc: Document, profile: SiteProfile): LocatedFields {
  const roots = collectRoots(doc);
  const roles: LocatedFields['roles'] = {};
  const missing: FieldRole[] = [];
  const taken = new Set<HTMLElement>();
  const auto = profile.fields === undefined;

  for (const [roleKey, spec] of Object.entries(profile.fields ?? {})) {
    const role = roleKey as FieldRole;
    if (role === 'narrative') continue;
    let hit: LocatedField | null = null;
    for (const loc of asList(spec as FieldLocator | FieldLocator[])) {
      const { els, via } = locate(roots, loc);
      const el = els.find((e) => !taken.has(e));
      if (el) {
        hit = located(role, el, via);
        break;
      }
    }
    if (hit) {
      roles[role as Exclude<FieldRole, 'narrative'>] = hit;
      taken.add(hit.el);
    } else missing.push(role);
  }

  if (auto) {
    for (const [roleKey, labels] of Object.entries(DEFAULT_LABELS)) {
      const role = roleKey as Exclude<FieldRole, 'narrative'>;
      for (const label of labels ?? []) {
        const el = findByLabel(roots, label)
          .map(resolveField)
          .find((e): e is HTMLElement => e !== null && !taken.has(e));
        if (el && labelScore(labelOf(el), normaliseLabel(label)) > 0) {
          roles[role] = located(role, el, 'label');
          taken.add(el);
          break;
        }
      }
    }
  }

  let narrative: LocatedField[];
  const narrativeSpec = asList(profile.fields?.narrative);
  if (narrativeSpec.length > 0) {
    const els: { el: HTMLElement; via: 'selector' | 'label' }[] = [];
    for (const loc of narrativeSpec) {
      const { els: found, via } = locate(roots, loc);
      for (const el of found) if (!taken.has(el)) els.push({ el, via });
    }
    const seen = new Set<HTMLElement>();
    narrative = els
      .filter(({ el }) => (seen.has(el) ? false : (seen.add(el), true)))
      .map(({ el, via }) => located('narrative', el, via));
    if (narrative.length === 0) missing.unshift('narrative');
  } else {
    narrative = autoNarrative(roots, taken).map((el) => located('narrative', el, 'auto'));
  }
  narrative.sort((a, b) => composedCompare(a.el, b.el));
  return { narrative, roles, missing, roots };
}

/** The generic adapter: last in the registry, matches every page. */
export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findFields: findFieldsGeneric,
  readText: readFieldText,
};

/*
Fixtures: src/demo/training-record.html (every role by label), textarea.html, input.html,
contenteditable.html, quill.html, ckeditor5.html, tinymce.html (iframe mode), prosemirror.html,
lexical.html, trix.html, iframe.html, frameset.html, shadow-root.html, spa.html, modal.html;
unit fixtures in generic.test.ts.
*/
