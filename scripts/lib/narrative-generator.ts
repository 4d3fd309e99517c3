/**
 * Deterministic synthetic narratives for benchmarks: a mix of neutral record-keeping sentences and
 * sentences with stalking indicators, in prose and shorthand, so the engine does realistic work.
 * Not for quality measurement (that is the hand-written corpus in tests/corpus).
 */
import { mulberry32 } from '../../src/dashboard/seeded-random';

const NEUTRAL = [
  'Officers attended the address at {time} and spoke with the victim in the kitchen.',
  'The victim provided a detailed account and was calm throughout.',
  'House-to-house enquiries were made on the street with no further witnesses found.',
  'The victim works part time at a garden centre and has two children at primary school.',
  'PC {n} completed the initial investigation and updated the occurrence log.',
  'Details were passed to the Safeguarding Hub for review the following morning.',
  'The weather was dry and the street lighting was working at the time.',
  'A crime reference number was provided and the victim was given a leaflet.',
];

const INDICATORS = [
  'On {date} the suspect followed her from the bus stop to the supermarket.',
  'He sent {n} text messages over the weekend asking where she was.',
  'SUSP seen parked opp VIC addr on {date} approx {time}, sat in car watching the house.',
  'She found an AirTag hidden in the lining of her handbag on {date}.',
  'He turned up at her workplace again and waited by the staff entrance.',
  'Her sister received messages from a new account asking about the victim.',
  'He left flowers and a card on her doorstep despite being told to stop.',
  'The victim says she is terrified and has changed her route to work.',
  'He has been calling her mother daily to find out where she is living.',
  'Since {month} he has created three fake profiles to view her posts.',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
];

/** A narrative of about `words` words, the same for the same seed. */
export function generateNarrative(words: number, seed = 1): string {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const fill = (s: string) =>
    s
      .replace('{date}', `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/2026`)
      .replace(
        '{time}',
        `${String(Math.floor(rand() * 24)).padStart(2, '0')}${rand() < 0.5 ? '00' : '30'}hrs`,
      )
      .replace('{n}', String(2 + Math.floor(rand() * 40)))
      .replace('{month}', pick(MONTHS));
  const out: string[] = [];
  let count = 0;
  let sentences = 0;
  while (count < words) {
    const s = fill(rand() < 0.3 ? pick(INDICATORS) : pick(NEUTRAL));
    out.push(s);
    count += s.split(/\s+/).length;
    sentences += 1;
    if (sentences % 6 === 0) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}
