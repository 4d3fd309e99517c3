/**
 * Compile a rule pack once: every pattern (rules, their vetoes, ConText cues) into one pattern index,
 * plus the lookup tables the later steps need. A compiled pack is immutable and can be shared.
 */
import type { PossessiveWords } from './possessive';
import { compileTemporal, type TemporalPatterns } from './temporal';
import type { ContextRule, Rule, RulePack } from '../rules/types';
import { parsePattern, PatternError, PatternIndex } from './match';
import { compileShorthand, type ShorthandTable } from './shorthand';
import { stem } from './stem';

/** What a term id in the index stands for. */
export type Term =
  | { type: 'rule'; rule: number }
  | { type: 'unless'; rule: number }
  | { type: 'context'; context: number };

/** The role a person word gives the subject of a clause. */
export type PersonRole =
  'suspect' | 'victim' | 'police' | 'third_party' | 'organisation' | 'relation' | 'kin';

export interface CompiledPack {
  readonly pack: RulePack;
  /** `id@version`, as reported in `Analysis.pack`. */
  readonly label: string;
  readonly rules: readonly Rule[];
  readonly context: readonly ContextRule[];
  readonly index: PatternIndex;
  readonly terms: readonly Term[];
  readonly shorthand: ShorthandTable;
  /** Person words by stem (`suspect`, `officer`, `witness`, `bank`, `partner`, `mother` ...). */
  readonly persons: ReadonlyMap<string, PersonRole>;
  /** Per rule: do its patterns contain a negation word themselves ("would not leave her alone")? */
  readonly negationInPattern: readonly boolean[];
  readonly stem: (w: string) => string;
  /** Capitalised words that are not people's names (`words.notNames`), lower case. */
  readonly notNames: ReadonlySet<string>;
  /** Verb stems after which "I" is the recording officer (`words.policeVerbs`). */
  readonly policeVerbs: ReadonlySet<string>;
  /** Words after which "her" is an object, not a possessive (`words.afterObjectHer`). */
  readonly afterObjectHer: ReadonlySet<string>;
  /** The pack's grammar word lists (`words`), as sets. */
  readonly skipBeforeNoun: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  /** `words.subordinators`: "when", "after", "the day" ... before a clause's own subject. */
  readonly subordinators: ReadonlySet<string>;
  /** `words.governing`: prepositions whose noun group is their object ("to", "about"). */
  readonly governing: ReadonlySet<string>;
  /** `words.policeTitles`: ranks before a collar number or a name ("pc", "dc", "pcso"). */
  readonly policeTitles: ReadonlySet<string>;
  /** `words.messageHeads`: stems of written messages, after which a colon opens their words. */
  readonly messageHeads: ReadonlySet<string>;
  /** `words.vehicleWords`: words between a vehicle's owner and its name ("his old white van"). */
  readonly vehicleWords: ReadonlySet<string>;
  readonly verbish: ReadonlySet<string>;
  readonly afterSubject: ReadonlySet<string>;
  /** Words before "officer" that make it an officer of another service (`words.civilOfficers`). */
  readonly civilOfficers: ReadonlySet<string>;
  /** Words that give a person's sex (`words.sexWords`). */
  readonly sexWords: { readonly she: ReadonlySet<string>; readonly he: ReadonlySet<string> };
  /** Verbs that go on into another act (`words.leadingVerbs`). */
  readonly leadingVerbs: ReadonlySet<string>;
  /** Stems of verbs of perceiving (`words.perception`). */
  readonly perception: ReadonlySet<string>;
  /** Degree words before a feeling (`words.intensifiers`). */
  readonly intensifiers: ReadonlySet<string>;
  /** Adverbs that may stand between a subject or auxiliary and its verb (`words.adverbs`). */
  readonly adverbs: ReadonlySet<string>;
  /** Past participles not ending in -ed (`words.participles`). */
  readonly participles: ReadonlySet<string>;
  /** Possessives, places and the words between them, for {@link foldPossessives}. */
  readonly possessive: PossessiveWords;
  /** The temporal reader's patterns, from the pack's `temporal` sources. */
  readonly temporal: TemporalPatterns;
}

// Relationship nouns: a clause whose subject is one of these is the suspect when the relationship
// found in the text is of that kind ("her ex-partner followed her"), else a third party ("her new
// partner drove her to the station").
const RELATION_WORDS = [
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'ex',
  'fiance',
  'fiancee',
  'spouse',
  'neighbour',
  'neighbor',
  'colleague',
  'coworker',
  'manager',
  'boss',
  'customer',
  'client',
  'patient',
  'tenant',
  'landlord',
  'acquaintance',
  'stranger',
];
const KIN_WORDS = [
  'mother',
  'mum',
  'mom',
  'father',
  'dad',
  'brother',
  'sister',
  'son',
  'daughter',
  'cousin',
  'uncle',
  'aunt',
  'auntie',
  'nephew',
  'niece',
  'stepfather',
  'stepmother',
  'stepdad',
  'stepmum',
  'grandmother',
  'grandfather',
  'nan',
  'grandad',
  'sibling',
  'parent',
  'parents',
  'family',
];

/** Where in a pack a pattern that does not compile sits. */
export type PatternPlace =
  { kind: 'rule'; rule: string } | { kind: 'unless'; rule: string } | { kind: 'cue'; cue: string };

/**
 * Thrown when a pack's patterns cannot be compiled; the message names the rule. `place` and
 * `problem` say the same as data, so a page can word it in its own language.
 */
export class PackCompileError extends Error {
  constructor(
    message: string,
    readonly place: PatternPlace | null = null,
    readonly problem: PatternError | null = null,
  ) {
    super(message);
  }
}

/**
 * Compile `pack`. Throws {@link PackCompileError} naming the rule and pattern at fault; a pack
 * that passed `loadPack` (src/rules/load.ts) always compiles.
 */
function temporalOf(pack: RulePack): TemporalPatterns {
  try {
    return compileTemporal(pack.temporal);
  } catch (e) {
    throw new PackCompileError(e instanceof Error ? e.message : String(e));
  }
}

export function compilePack(pack: RulePack): CompiledPack {
  const index = new PatternIndex();
  const terms: Term[] = [];
  const add = (pattern: string, term: Term, place: PatternPlace): void => {
    try {
      index.add(parsePattern(pattern, pack.lexicon, stem));
      terms.push(term);
    } catch (e) {
      const problem = e instanceof PatternError ? e : null;
      const where =
        place.kind === 'rule'
          ? `rule ${place.rule}`
          : place.kind === 'unless'
            ? `rule ${place.rule} (unless)`
            : `context cue "${place.cue}"`;
      throw new PackCompileError(
        `${where}: ${problem ? problem.message : String(e)}`,
        place,
        problem,
      );
    }
  };
  pack.rules.forEach((rule, i) => {
    for (const p of rule.patterns)
      add(p, { type: 'rule', rule: i }, { kind: 'rule', rule: rule.id });
    for (const p of rule.unless ?? [])
      add(p, { type: 'unless', rule: i }, { kind: 'unless', rule: rule.id });
  });
  pack.context.forEach((c, i) =>
    add(c.pattern, { type: 'context', context: i }, { kind: 'cue', cue: c.pattern }),
  );

  const persons = new Map<string, PersonRole>();
  const put = (words: readonly string[], role: PersonRole): void => {
    for (const w of words) persons.set(stem(w.toLowerCase()), role);
  };
  put(RELATION_WORDS, 'relation');
  put(KIN_WORDS, 'kin');
  put(pack.actors.organisation, 'organisation');
  put(pack.actors.thirdParty, 'third_party');
  put(pack.actors.police, 'police');
  put(pack.actors.victim, 'victim');
  put(pack.actors.suspect, 'suspect');

  const negationInPattern = pack.rules.map((r) =>
    r.patterns.some((p) => /(?:^|[\s|=])(?:not|no|never|without|nor)(?:$|[\s|?])/.test(p)),
  );
  return {
    negationInPattern,
    pack,
    label: `${pack.id}@${pack.version}`,
    rules: pack.rules,
    context: pack.context,
    index,
    terms,
    shorthand: compileShorthand(pack.shorthand),
    persons,
    stem,
    notNames: new Set(pack.words.notNames),
    policeVerbs: new Set(pack.words.policeVerbs),
    afterObjectHer: new Set(pack.words.afterObjectHer),
    skipBeforeNoun: new Set(pack.words.skipBeforeNoun),
    prepositions: new Set(pack.words.prepositions),
    clauseOpeners: new Set(pack.words.clauseOpeners),
    subordinators: new Set(pack.words.subordinators),
    governing: new Set(pack.words.governing),
    policeTitles: new Set(pack.words.policeTitles),
    messageHeads: new Set(pack.words.messageHeads),
    vehicleWords: new Set(pack.words.vehicleWords),
    verbish: new Set(pack.words.verbish),
    afterSubject: new Set(pack.words.afterSubject),
    civilOfficers: new Set(pack.words.civilOfficers),
    sexWords: { she: new Set(pack.words.sexWords.she), he: new Set(pack.words.sexWords.he) },
    leadingVerbs: new Set(pack.words.leadingVerbs),
    perception: new Set(pack.words.perception),
    intensifiers: new Set(pack.words.intensifiers),
    adverbs: new Set(pack.words.adverbs),
    participles: new Set(pack.words.participles),
    temporal: temporalOf(pack),
    possessive: {
      possessives: new Set((pack.lexicon.POSS ?? []).map((w) => w.replace(/^=/, ''))),
      places: new Set((pack.lexicon.PLACE ?? []).map((w) => stem(w))),
      placeModifiers: new Set(pack.words.placeModifiers),
      victims: new Set(pack.actors.victim.map((w) => w.toLowerCase())),
      personModifiers: new Set((pack.lexicon.PMOD ?? []).map((w) => w.replace(/^=/, ''))),
    },
  };
}
