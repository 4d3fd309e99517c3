import type { Catalogue } from '../prompts/catalogue';
import type { CueId } from '../prompts/narrative-cues';
import type { PromptId, VnaStepId } from '../prompts/types';

/** Message keys whose English comes from the prompt catalogue. */
export type CatalogueMessageKey =
  | `prompt.${PromptId}.title`
  | `prompt.${PromptId}.missing`
  | `prompt.${PromptId}.ask`
  | `vna.${VnaStepId}.title`
  | `vna.${VnaStepId}.ask`
  | `cue.${CueId}`;

/**
 * The catalogue's names, asks and "done because" words as messages: the catalogue stays their one
 * English source, and the Welsh table gives the same keys.
 */
export function catalogueMessages(catalogue: Catalogue): Record<CatalogueMessageKey, string> {
  const out: Record<string, string> = {};
  for (const p of catalogue.prompts) {
    out[`prompt.${p.id}.title`] = p.title;
    out[`prompt.${p.id}.missing`] = p.missingTitle;
    out[`prompt.${p.id}.ask`] = p.ask;
  }
  for (const s of catalogue.vnaSteps) {
    out[`vna.${s.id}.title`] = s.title;
    out[`vna.${s.id}.ask`] = s.ask;
  }
  for (const [id, label] of Object.entries(catalogue.cueLabels)) out[`cue.${id}`] = label;
  return out as Record<CatalogueMessageKey, string>;
}

/**
 * The catalogue worded from `words` (a message table): names, asks, "done because" words and
 * relationship names. The longer guidance (why, when it counts as done, points) stays the
 * catalogue's own.
 */
export function localiseCatalogue(
  catalogue: Catalogue,
  words: Record<CatalogueMessageKey | `relationship.${string}`, unknown>,
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
    })),
    vnaSteps: catalogue.vnaSteps.map((s) => ({
      ...s,
      title: word(`vna.${s.id}.title`, s.title),
      ask: word(`vna.${s.id}.ask`, s.ask),
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
