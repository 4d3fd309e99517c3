/**
 * The labelled corpora and who may read them. Development sets are read by rule authors and by the
 * judgement fit; holdout and unseen-writer sets only ever produce scores.
 */
export interface CorpusSet {
  name: string;
  dir: string;
  /** Rule authors read it and the judgement is fitted on it. */
  dev: boolean;
  /** The public-case corpus (real cases re-told), as opposed to the invented one. */
  publicCases: boolean;
  /** Written by people who never read the rules, outside the team's invented corpus. */
  independent?: boolean;
}

export const CORPUS_SETS: readonly CorpusSet[] = [
  { name: 'invented dev', dir: 'tests/corpus/dev', dev: true, publicCases: false },
  { name: 'invented holdout', dir: 'tests/corpus/holdout', dev: false, publicCases: false },
  { name: 'public dev', dir: 'tests/corpus/public/dev', dev: true, publicCases: true },
  { name: 'public holdout', dir: 'tests/corpus/public/holdout', dev: false, publicCases: true },
  { name: 'unseen writer', dir: 'tests/corpus/public/unseen', dev: false, publicCases: true },
  {
    name: 'independent narratives',
    dir: 'tests/corpus/probes/narratives',
    dev: true,
    publicCases: false,
    independent: true,
  },
  {
    name: 'independent narratives holdout',
    dir: 'tests/corpus/probes/narratives-holdout',
    dev: false,
    publicCases: false,
    independent: true,
  },
];

/**
 * Snippet probes (scripts/lib/snippets.ts), by writers who never read the rules: rule authors read
 * the dev set; the holdout set, by two further writers, only ever produces scores.
 */
export const SNIPPET_SETS = {
  dev: 'tests/corpus/probes/snippets-dev',
  holdout: 'tests/corpus/probes/snippets-holdout',
} as const;

export const DEV_DIRS = CORPUS_SETS.filter((s) => s.dev).map((s) => s.dir);

/** Registers of the public-case corpus, as its items name them. */
export const PUBLIC_REGISTERS = ['summary', 'terse', 'shorthand', 'statement', 'log'] as const;

/**
 * Writers of the public-case corpus whose cases were split between dev and the holdout: the first
 * five, and three later ones whose items were kept only where their case group (source, or place
 * and year) was new to the corpus, so no case already read for dev could reach the holdout. The
 * other writers wrote for dev only.
 */
export const HOLDOUT_WRITERS = ['A', 'B', 'C', 'D', 'E', 'AW', 'AX', 'AY'];

/** Writers of the public-case corpus who never read the rules: their items are the unseen set. */
export const UNSEEN_WRITERS = ['U', 'V'];

/**
 * Dev-only writers asked to re-tell cases already in dev, in the terse, shorthand and log
 * registers where course-of-conduct wording is scarcest: new wording of a case rule authors have
 * read, so their items join dev even though another writer told the source first. An item whose
 * case group is held out is still dropped.
 */
export const RETELL_WRITERS = [
  'BG',
  'BH',
  'BI',
  'BJ',
  'BK',
  'BL',
  'BM',
  'BN',
  'BO',
  'BP',
  'BQ',
  'BR',
  'BS',
  'BT',
  'BU',
  'BV',
  'BW',
  'BX',
  'BY',
  'BZ',
  'CA',
  'CB',
  'CC',
  'CD',
  'CE',
  'CF',
  'CG',
  'CH',
  'CI',
  'CJ',
  'CK',
  'CL',
  'CM',
  'CN',
  'CO',
  'CP',
  'CQ',
  'CR',
  'CS',
  'CT',
  'CU',
  'CV',
  'CW',
  'CX',
  'CY',
  'CZ',
  'DA',
  'DB',
  'DC',
  'DD',
  'DE',
  'DF',
  'DG',
  'DH',
  'DI',
  'DJ',
  'DK',
  'DL',
];
