import type { Catalogue } from '../prompts/catalogue';
import type { CueId } from '../prompts/narrative-cues';
import type { PromptId, VnaStepId } from '../prompts/types';

/** Message keys whose English comes from the prompt catalogue. */
export type CatalogueMessageKey =
  | `prompt.${PromptId}.${'title' | 'missing' | 'ask' | 'why' | 'done'}`
  | `vna.${VnaStepId}.${'title' | 'ask' | 'why' | 'done'}`
  | `cue.${CueId}`;

/**
 * Keys of the catalogue's listed texts: a prompt's points and the not-applicable reasons it offers,
 * by position. Their number varies, so the i18n test, not the type, checks both languages have
 * each one.
 */
export type CatalogueListKey =
  | `prompt.${PromptId}.point.${number}`
  | `prompt.${PromptId}.na.${number}`
  | `vna.${VnaStepId}.na.${number}`;

/**
 * The catalogue's names, asks and "done because" words as messages: the catalogue stays their one
 * English source, and the Welsh table gives the same keys.
 */
export function catalogueMessages(
  catalogue: Catalogue,
): Record<CatalogueMessageKey, string> & Record<CatalogueListKey, string> {
  const out: Record<string, string> = {};
  for (const p of catalogue.prompts) {
    out[`prompt.${p.id}.title`] = p.title;
    out[`prompt.${p.id}.missing`] = p.missingTitle;
    out[`prompt.${p.id}.ask`] = p.ask;
    out[`prompt.${p.id}.why`] = p.why;
    out[`prompt.${p.id}.done`] = p.satisfiedBy;
    p.points.forEach((pt, i) => (out[`prompt.${p.id}.point.${i}`] = pt.text));
    p.naReasons.forEach((r, i) => (out[`prompt.${p.id}.na.${i}`] = r));
  }
  for (const s of catalogue.vnaSteps) {
    out[`vna.${s.id}.title`] = s.title;
    out[`vna.${s.id}.ask`] = s.ask;
    out[`vna.${s.id}.why`] = s.why;
    out[`vna.${s.id}.done`] = s.satisfiedBy;
    s.naReasons.forEach((r, i) => (out[`vna.${s.id}.na.${i}`] = r));
  }
  for (const [id, label] of Object.entries(catalogue.cueLabels)) out[`cue.${id}`] = label;
  return out as Record<CatalogueMessageKey, string> & Record<CatalogueListKey, string>;
}

/**
 * The catalogue worded from `words` (a message table): every text a prompt or step shows, the
 * "done because" words and relationship names. A text the table lacks stays the catalogue's own.
 */
export function localiseCatalogue(
  catalogue: Catalogue,
  words: Readonly<Record<string, unknown>>,
): Catalogue {
  const word = (key: string, fallback: string): string => {
    const w = (words as Record<string, unknown>)[key];
    return typeof w === 'string' ? w : fallback;
  };
  return {
    ...catalogue,
    prompts: catalogue.prompts.map((p) => ({
      ...p,
      title: word(`prompt.${p.id}.title`, p.title),
      missingTitle: word(`prompt.${p.id}.missing`, p.missingTitle),
      ask: word(`prompt.${p.id}.ask`, p.ask),
      why: word(`prompt.${p.id}.why`, p.why),
      satisfiedBy: word(`prompt.${p.id}.done`, p.satisfiedBy),
      points: p.points.map((pt, i) => ({
        ...pt,
        text: word(`prompt.${p.id}.point.${i}`, pt.text),
      })),
      naReasons: p.naReasons.map((r, i) => word(`prompt.${p.id}.na.${i}`, r)),
    })),
    vnaSteps: catalogue.vnaSteps.map((s) => ({
      ...s,
      title: word(`vna.${s.id}.title`, s.title),
      ask: word(`vna.${s.id}.ask`, s.ask),
      why: word(`vna.${s.id}.why`, s.why),
      satisfiedBy: word(`vna.${s.id}.done`, s.satisfiedBy),
      naReasons: s.naReasons.map((r, i) => word(`vna.${s.id}.na.${i}`, r)),
    })),
    cueLabels: Object.fromEntries(
      Object.entries(catalogue.cueLabels).map(([id, l]) => [id, word(`cue.${id}`, l)]),
    ) as Catalogue['cueLabels'],
    relationshipLabels: Object.fromEntries(
      Object.entries(catalogue.relationshipLabels).map(([id, l]) => [
        id,
        word(`relationship.${id}`, l),
      ]),
    ) as Catalogue['relationshipLabels'],
  };
}
