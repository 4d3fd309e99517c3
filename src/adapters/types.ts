import type { FieldRole } from '../prompts/types';
import type { SiteProfile } from './profile';

/**
 * The adapter contract: how Waymark finds and reads a record's fields on a host page. Adapters
 * only read; the one write Waymark ever makes (insert summary) lives in src/overlay and runs on an
 * officer's click. Nothing here touches `browser.*`, the audit store or the overlay.
 */

/** A place fields are searched: the page, a same-origin frame's document, or an open shadow root. */
export type SearchRoot = Document | ShadowRoot;

/**
 * How a field's content is read:
 * - `value`: textarea and text-like input, read from `.value`;
 * - `editable`: contenteditable hosts and rich-text editors that own their DOM, read from the DOM;
 * - `select`: the selected option's visible text;
 * - `checkbox`: checked state (also radio).
 */
export type FieldKind = 'value' | 'editable' | 'select' | 'checkbox';

/** One field found on the page for one role. */
export interface LocatedField {
  role: FieldRole;
  el: HTMLElement;
  kind: FieldKind;
  /** How it was found: the profile's selector, its label text, or automatic discovery. */
  via: 'selector' | 'label' | 'auto';
}

/** Everything an adapter found for a profile on a page. */
export interface LocatedFields {
  /** Narrative fields in document order (composed: frames and shadow roots at their place). */
  narrative: LocatedField[];
  /** One field per other role the adapter found. */
  roles: Partial<Record<Exclude<FieldRole, 'narrative'>, LocatedField>>;
  /** Roles the profile names that could not be found on the page (for the health notice). */
  missing: FieldRole[];
  /** Documents and open shadow roots that were searched, for the watcher. */
  roots: SearchRoot[];
}

/** A mapping from one text node into the text an editable field reads as (see text.ts). */
export interface TextSegment {
  node: Text;
  /** Offset in `node.data` where this segment starts. */
  nodeStart: number;
  /** Offsets in the field's text, start inclusive, end exclusive. */
  start: number;
  end: number;
}

/** A field's text plus, for DOM-read fields, where each character came from. */
export interface FieldText {
  text: string;
  /** `null` for value-read fields, whose offsets are offsets into `.value`. */
  segments: TextSegment[] | null;
}

/**
 * One adapter per host system (or the generic one). The registry picks the first whose `matches`
 * says yes; `generic` is last and matches everything.
 */
export interface SiteAdapter {
  /** Equals the file name (`generic` lives in generic.ts). */
  id: string;
  /** Whether this adapter knows the page. Called once per start. */
  matches(doc: Document, profile: SiteProfile): boolean;
  /** Find the record's fields. Pure read of the DOM; safe to call on every structural change. */
  findFields(doc: Document, profile: SiteProfile): LocatedFields;
  /** The text a field holds, with offsets that highlights can map back into the field. */
  readText(el: HTMLElement): FieldText;
}
