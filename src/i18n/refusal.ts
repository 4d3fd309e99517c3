/**
 * A refusal (a policy value, a rule pack or an imported file that was not accepted) as a message
 * id with parameters, so each page words it in its own language. The English line is kept too:
 * it is what the background logs and what the tests and the CLI read.
 */
import { en, type MessageKey } from './en';
import { format, t, type Params } from './runtime';

/** A refusal's id and parameters; a parameter may be a refusal of its own, worded first. */
export interface Refusal {
  id: MessageKey;
  params: Record<string, string | number | Refusal>;
}

export function refusal(id: MessageKey, params: Refusal['params'] = {}): Refusal {
  return { id, params };
}

function render(r: Refusal, word: (id: MessageKey, params: Params) => string): string {
  const params: Params = {};
  for (const [k, v] of Object.entries(r.params))
    params[k] = typeof v === 'object' ? render(v, word) : v;
  return word(r.id, params);
}

/** The refusal in English, whatever the active language. */
export function refusalEnglish(r: Refusal): string {
  return render(r, (id, params) => {
    const entry = en[id] as string | { other: string; one?: string };
    if (typeof entry === 'string') return format(entry, params);
    const one = Number(params.count) === 1 && entry.one !== undefined;
    return format(one ? entry.one! : entry.other, params);
  });
}

/** The refusal in the active language. */
export function refusalText(r: Refusal): string {
  return render(r, t);
}
