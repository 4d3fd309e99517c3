/**
 * A light English stemmer for matching, not for display. Patterns and text go through the same
 * function, so it only has to be consistent: `follow`, `follows`, `followed`, `following` share a
 * stem, as do `message`, `messages`, `messaged`, `messaging`.
 */

// Irregular forms that matter for stalking narratives, mapped to their base form.
const IRREGULAR: Record<string, string> = {
  sent: 'send',
  rang: 'ring',
  rung: 'ring',
  came: 'come',
  left: 'leave',
  made: 'make',
  saw: 'see',
  seen: 'see',
  stood: 'stand',
  sat: 'sit',
  went: 'go',
  gone: 'go',
  told: 'tell',
  took: 'take',
  taken: 'take',
  kept: 'keep',
  found: 'find',
  got: 'get',
  gotten: 'get',
  bought: 'buy',
  brought: 'bring',
  drove: 'drive',
  driven: 'drive',
  wrote: 'write',
  written: 'write',
  broke: 'break',
  broken: 'break',
  hid: 'hide',
  hidden: 'hide',
  stole: 'steal',
  stolen: 'steal',
  threw: 'throw',
  thrown: 'throw',
  said: 'say',
  says: 'say',
  knew: 'know',
  known: 'know',
  caught: 'catch',
  spoke: 'speak',
  spoken: 'speak',
  ran: 'run',
  met: 'meet',
  paid: 'pay',
  put: 'put',
  hit: 'hit',
  cut: 'cut',
  slept: 'sleep',
  felt: 'feel',
  fled: 'flee',
  sought: 'seek',
  began: 'begin',
  begun: 'begin',
  became: 'become',
  heard: 'hear',
  shown: 'show',
  lay: 'lie',
  lain: 'lie',
  laid: 'lay',
  hung: 'hang',
  tore: 'tear',
  torn: 'tear',
  swore: 'swear',
  sworn: 'swear',
  woke: 'wake',
  rode: 'ride',
  ridden: 'ride',
  fell: 'fall',
  fallen: 'fall',
  drew: 'draw',
  drawn: 'draw',
  gave: 'give',
  given: 'give',
  wore: 'wear',
  worn: 'wear',
  dug: 'dig',
  stuck: 'stick',
  sold: 'sell',
  struck: 'strike',
  shook: 'shake',
  spat: 'spit',
  bitten: 'bite',
  flew: 'fly',
  flown: 'fly',
  children: 'child',
  men: 'man',
  women: 'woman',
  people: 'person',
  has: 'have',
  had: 'have',
  having: 'have',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  did: 'do',
  does: 'do',
  done: 'do',
  doing: 'do',
};

// Short words whose final e must stay: dropping it would make another word ("note" → "not").
const KEEP_E = new Set([
  'note',
  'here',
  'care',
  'hate',
  'bite',
  'cute',
  'site',
  'rate',
  'fire',
  'wine',
  'tape',
  'hope',
  'mate',
  'kite',
  'dine',
  'pine',
  'fine',
  'line',
  'mine',
  'nine',
  'gone',
  'done',
  'none',
  'some',
  'more',
  'sure',
  'were',
  'there',
  'where',
  'once',
  'lone',
  'bone',
  'tone',
  'cone',
  'wire',
  'tire',
  'dare',
  'hare',
  'ware',
  'bare',
  'fare',
  'rare',
  'cape',
  'plane',
  'scare',
  'whe',
  'bite',
  'spite',
]);

function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2]) {
    const c = w[n - 1];
    if (c !== 'l' && c !== 's' && c !== 'z' && c !== 'e' && c !== 'o') return w.slice(0, -1);
  }
  return w;
}

function regular(w: string): string {
  let s = w;
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  else if (/(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length >= 4 && !s.endsWith('ee') && !KEEP_E.has(s)) s = s.slice(0, -1);
  return s;
}

/** Is `word` one of the irregular verb forms or plurals the stemmer knows ("stood", "sent")? */
export function isIrregularForm(word: string): boolean {
  return Object.hasOwn(IRREGULAR, word);
}

// Stems of words already seen; bounded so a stream of unique noise cannot grow it without end.
const memo = new Map<string, string>();

/** The stem of a lower-case word. Pure and total: any string in, a string out. */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  const out = irregular !== undefined ? regular(irregular) : regular(word);
  if (memo.size >= 50_000) memo.clear();
  memo.set(word, out);
  return out;
}
