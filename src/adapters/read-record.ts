import { VNA_STEP_IDS, type RecordState, type VnaStepId } from '../prompts/types';
import { readFieldText } from './text';
import type { FieldText, LocatedField, LocatedFields } from './types';

/**
 * Turning located fields into the record the prompts read. Checkboxes become booleans, selects
 * their visible option text, text fields their value, editors their visible text. A role that was
 * not found reads as `null` (unknown), never as empty.
 */

/** Most text Waymark analyses per record: beyond this, typing would lag on slow machines. */
export const MAX_RECORD_CHARS = 200_000;

/** Blank line between narrative fields, so a sentence never runs from one field into the next. */
export const FIELD_SEPARATOR = '\n\n';

/** One narrative field's place in the joined record text. */
export interface NarrativePart {
  field: LocatedField;
  /** Offsets in the joined text. */
  start: number;
  end: number;
  content: FieldText;
}

/** All narrative fields joined in document order, with the map back to each field. */
export interface JoinedNarrative {
  text: string;
  parts: NarrativePart[];
  /** True when the record was longer than MAX_RECORD_CHARS and was cut. */
  truncated: boolean;
}

/**
 * Join narrative field texts. `read` lets a caller reuse texts it has cached since the last
 * change; by default each field is read afresh.
 */
export function joinNarrative(
  fields: readonly LocatedField[],
  read: (f: LocatedField) => FieldText = (f) => readFieldText(f.el),
  max = MAX_RECORD_CHARS,
): JoinedNarrative {
  const parts: NarrativePart[] = [];
  let text = '';
  let truncated = false;
  for (const field of fields) {
    const content = read(field);
    if (content.text.length === 0) continue;
    if (text.length > 0) text += FIELD_SEPARATOR;
    const start = text.length;
    let piece = content.text;
    if (start + piece.length > max) {
      piece = piece.slice(0, Math.max(0, max - start));
      truncated = true;
    }
    text += piece;
    parts.push({ field, start, end: text.length, content });
    if (truncated) break;
  }
  return { text, parts, truncated };
}

/** The value of a non-narrative field as the record holds it. */
export function readValue(field: LocatedField): string | boolean {
  if (field.kind === 'checkbox') return (field.el as HTMLInputElement).checked;
  return readFieldText(field.el).text.trim();
}

function asString(field: LocatedField | undefined): string | null {
  if (!field) return null;
  const v = readValue(field);
  return typeof v === 'boolean' ? (v ? 'Yes' : 'No') : v;
}

/** Yes/no from a checkbox, or from a select or text field reading yes/no. Unknown stays null. */
function asFlag(field: LocatedField | undefined): boolean | null {
  if (!field) return null;
  const v = readValue(field);
  if (typeof v === 'boolean') return v;
  const t = v.toLowerCase();
  if (/^(y|yes|true|1|flagged|on)$/.test(t)) return true;
  if (t === '' || /^(n|no|false|0|not flagged|off|none)$/.test(t)) return false;
  return null;
}

/**
 * The record state for the prompts. `narrative` is passed in when the caller has joined it
 * already (with its cache); otherwise the narrative fields are read and joined here.
 */
export function readRecord(fields: LocatedFields, narrative?: string): RecordState {
  const r = fields.roles;
  const vna: Partial<Record<VnaStepId, string | boolean | null>> = {};
  for (const step of VNA_STEP_IDS) {
    const f = r[`vna.${step}`];
    if (f) vna[step] = readValue(f);
  }
  return {
    crimeReference: asString(r.crimeReference),
    classification: asString(r.classification),
    flags: { domesticAbuse: asFlag(r.daFlag), stalking: asFlag(r.stalkingFlag) },
    relationship: asString(r.relationship),
    riskScreen: asString(r.riskScreen),
    dashRisk: asString(r.dashRisk),
    spoDecision: asString(r.spoDecision),
    notes: asString(r.notes),
    vna,
    narrative: narrative ?? joinNarrative(fields.narrative).text,
  };
}
