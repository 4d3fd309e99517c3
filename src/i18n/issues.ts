/**
 * A zod issue as a refusal: a message id per issue code (or per message our own schemas give),
 * with its parameters, so a page words the detail of a refused value in its own language. The
 * English of each id repeats zod's own English (or ours), and an issue whose English would not
 * come out exactly as zod or our schema gave it keeps its text as written: the logged lines, the
 * CLI's output and the tests read that English unchanged.
 */
import type { z } from 'zod';
import type { MessageKey } from './en';
import { ownMessageOf } from './issue-messages';
import { refusal, refusalEnglish, type Refusal } from './refusal';

export type Issue = z.ZodError['issues'][number];

/** zod's type and origin names ("number", "array"...), worded as messages. */
const TYPE: Record<string, MessageKey> = {
  string: 'issue.type.string',
  number: 'issue.type.number',
  int: 'issue.type.int',
  bigint: 'issue.type.bigint',
  boolean: 'issue.type.boolean',
  object: 'issue.type.object',
  array: 'issue.type.array',
  record: 'issue.type.record',
  map: 'issue.type.map',
  set: 'issue.type.set',
  date: 'issue.type.date',
  file: 'issue.type.file',
  null: 'issue.type.null',
  undefined: 'issue.type.undefined',
  function: 'issue.type.function',
  symbol: 'issue.type.symbol',
  NaN: 'issue.type.nan',
  value: 'issue.type.value',
};

/** The unit zod counts a sized value's length in. */
const UNIT: Record<string, MessageKey> = {
  string: 'issue.unit.characters',
  file: 'issue.unit.bytes',
  array: 'issue.unit.items',
  set: 'issue.unit.items',
  map: 'issue.unit.entries',
};

/** The formats zod names in "Invalid ..." that Waymark's schemas could meet. */
const FORMAT: Record<string, MessageKey> = {
  email: 'issue.format.email',
  url: 'issue.format.url',
  uuid: 'issue.format.uuid',
  datetime: 'issue.format.datetime',
  date: 'issue.format.date',
  time: 'issue.format.time',
  base64: 'issue.format.base64',
};

/** A type name as a message, or as written when it has none. */
function typeWord(name: string): Refusal | string {
  const key = TYPE[name];
  return key ? refusal(key) : name;
}

/** What follows `prefix` in zod's message (a value list zod has already quoted), or ''. */
function after(message: string, prefix: string): string {
  return message.startsWith(prefix) ? message.slice(prefix.length) : '';
}

/** The refusal for an issue of zod's own wording, by its code. */
function byCode(issue: Issue): Refusal {
  const m = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return refusal('issue.invalidType', {
        expected: typeWord(issue.expected),
        received: typeWord(/, received (.*)$/.exec(m)?.[1] ?? ''),
      });
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const n = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const bound = refusal(
        issue.exact
          ? 'issue.bound.exactly'
          : small
            ? issue.inclusive
              ? 'issue.bound.atLeast'
              : 'issue.bound.above'
            : issue.inclusive
              ? 'issue.bound.atMost'
              : 'issue.bound.below',
        { n },
      );
      const origin = typeWord(issue.origin ?? 'value');
      const unit = UNIT[issue.origin ?? ''];
      if (unit)
        return refusal(small ? 'issue.tooSmall.size' : 'issue.tooBig.size', {
          origin,
          bound,
          unit: refusal(unit),
        });
      return refusal(small ? 'issue.tooSmall' : 'issue.tooBig', { origin, bound });
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? refusal('issue.invalidValue', { value: after(m, 'Invalid input: expected ') })
        : refusal('issue.invalidOption', { values: after(m, 'Invalid option: expected one of ') });
    case 'invalid_format':
      switch (issue.format) {
        case 'regex':
          return refusal('issue.pattern', {
            pattern: after(m, 'Invalid string: must match pattern '),
          });
        case 'starts_with':
          return refusal('issue.startsWith', {
            text: after(m, 'Invalid string: must start with '),
          });
        case 'ends_with':
          return refusal('issue.endsWith', { text: after(m, 'Invalid string: must end with ') });
        case 'includes':
          return refusal('issue.includes', { text: after(m, 'Invalid string: must include ') });
        default: {
          const key = FORMAT[issue.format];
          return refusal('issue.invalidFormat', {
            format: key ? refusal(key) : after(m, 'Invalid '),
          });
        }
      }
    case 'not_multiple_of':
      return refusal('issue.multipleOf', { divisor: String(issue.divisor) });
    case 'unrecognized_keys':
      return refusal('issue.unrecognizedKeys', {
        count: issue.keys.length,
        keys: m.replace(/^[^:]*: /, ''),
      });
    case 'invalid_key':
      return refusal('issue.invalidKey', { origin: typeWord(issue.origin) });
    case 'invalid_element':
      return refusal('issue.invalidElement', { origin: typeWord(issue.origin) });
    case 'invalid_union':
      if (m.startsWith('Invalid discriminator value. Expected '))
        return refusal('issue.discriminator', {
          options: after(m, 'Invalid discriminator value. Expected '),
        });
      return refusal(
        m === 'Invalid input: more than one option matched'
          ? 'issue.unionAmbiguous'
          : 'issue.invalidInput',
      );
    default:
      return refusal('issue.invalidInput');
  }
}

/**
 * The detail of one issue (what is wrong, without where) as a refusal. Its English is always the
 * issue's own message: when neither our schemas nor zod's codes give that exact text back, the
 * text is kept as written.
 */
export function issueRefusal(issue: Issue): Refusal {
  const own = ownMessageOf(
    issue.message,
    issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined,
  );
  for (const r of [own && refusal(own.id, own.params), byCode(issue)])
    if (r && refusalEnglish(r) === issue.message) return r;
  return refusal('refusal.issue', { issue: issue.message });
}

/** One issue with where it is, `path: detail` (the path as the schema's keys, joined by dots). */
export function issueLine(prefix: string, issue: Issue): Refusal {
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return refusal('issue.at', { path, issue: issueRefusal(issue) });
}
