/**
 * Month and weekday names as records write them: the one list the sentence splitter, the
 * temporal reader and its expressions all read.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Short forms of the months with their numbers ("sept" before "sep"; May has none). */
export const MONTH_SHORT: readonly [string, number][] = MONTH_NAMES.flatMap(
  (m, i): [string, number][] =>
    m === 'may'
      ? []
      : m === 'september'
        ? [
            ['sept', 9],
            ['sep', 9],
          ]
        : [[m.slice(0, 3), i + 1]],
);

/** Month names, then their short forms, with their numbers (January is 1). */
export const MONTH_FORMS: readonly [string, number][] = [
  ...MONTH_NAMES.map((m, i): [string, number] => [m, i + 1]),
  ...MONTH_SHORT,
];

/** Weekday names, Monday first. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Short forms of the weekdays ("tues", "thurs" as well as "tue", "thu"). */
export const WEEKDAY_SHORT = [
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];
