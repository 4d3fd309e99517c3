/**
 * Deterministic generated narratives for the bench: officer-style sentences mixing stalking
 * indicators, shorthand, dates, negations and neutral text, so every pipeline step does work.
 */

const SENTENCES = [
  'On {d}/0{m} SUS att IP addr at {h}00hrs and banged on the door.',
  'IP states her ex-partner has sent her {n} messages on WhatsApp since {d} March.',
  'He followed her home from the bus stop and waited outside her house for an hour.',
  'She has not seen him since but he continues to call her from withheld numbers.',
  'The officer attended the address and spoke to the victim, who was very frightened.',
  'If he turns up again she has been advised to call 999.',
  'A witness followed the male to the car park and noted the registration.',
  'VIC rec approx {n} calls betw {d}/0{m} and {e}/0{m}, all from a new number.',
  'IP has changed her route to work and now gets a lift with a colleague.',
  'SUS left flowers and a card on her windscreen with the message "I see you".',
  'The weather was dry and the street lighting was working at the time.',
  'CCTV enquiries are ongoing and statements have been obtained from neighbours.',
  'He posted on Facebook that she was a liar and shared her home address.',
  'She found an AirTag taped under the rear bumper of her car on {d} April.',
  'He said he would kill her if she did not answer the phone.',
];

/** A narrative of about `chars` characters; the same seed always gives the same text. */
export function generateNarrative(chars: number, seed = 1): string {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const template = SENTENCES[Math.floor(next() * SENTENCES.length)] as string;
    const sentence = template
      .replace('{d}', String(1 + Math.floor(next() * 9)))
      .replace('{e}', String(10 + Math.floor(next() * 18)))
      .replaceAll('{m}', String(1 + Math.floor(next() * 9)))
      .replace('{h}', String(10 + Math.floor(next() * 13)))
      .replace('{n}', String(2 + Math.floor(next() * 60)));
    parts.push(sentence);
    length += sentence.length + 1;
    if (next() < 0.1) {
      parts.push('\n');
    }
  }
  return parts.join(' ').slice(0, Math.max(chars, 1));
}
