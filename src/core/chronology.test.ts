import { describe, expect, it } from 'vitest';
import { analyse } from './index';

const course = (t: string) => {
  const s = analyse(t).stalking;
  return {
    course: s.courseOfConduct,
    occasions: s.occasions,
    bases: s.courseBasis.map((b) => b.kind),
  };
};

describe('course of conduct from language, not only numbers', () => {
  it.each([
    ['Constant calls and texts from her ex since she ended it.', 'repetition'],
    ['He has bombarded her with letters.', 'repetition'],
    ['He has sent her thousands of emails.', 'quantity'],
    ['He sent her dozens of messages.', 'quantity'],
    ['He would wait outside her work.', 'habitual'],
    ['He now watches her from his back bedroom.', 'habitual'],
    ['Same male has been hanging around her office.', 'habitual'],
    ['SUS has started turning up at her work.', 'habitual'],
    ['He took to waiting outside her flat.', 'habitual'],
    ['SUS cont to msg IP despite being told to stop.', 'repetition'],
    ['He has been texting me calling me names.', 'habitual'],
    ['He would ring my buzzer. The first time I went to the police they did nothing.', 'habitual'],
    ['For several months he has turned up wherever she went.', 'period'],
    ['He followed her home. The campaign lasted about a year.', 'repetition'],
    ['Since then an unbroken pattern: he comes to their gate and spits.', 'repetition'],
    ['He has sent her messages and left notes on her car.', 'plural'],
    ['He was outside her house again.', 'again'],
    // The same man seen before, or another note found, is another occasion.
    ['A man followed her home from the station. The same male followed her last Tuesday.', 'again'],
    ['He left a note on her car. Another note was left on her car today.', 'again'],
    ['He has photographed her at the till on several Saturdays.', 'quantity'],
    ['He was parked opposite her shop on most Fridays.', 'repetition'],
    ['Breach of the restraining order. He has pleaded to 3 breaches of it.', 'number'],
    ['3rd call from this address this month. Ex outside banging on her bedroom window.', 'number'],
    // An earlier occasion told after the current one.
    ['He posted threats in the chat. Previously he sat outside her address all day.', 'again'],
    ['He left flowers at her work. The last time he did this he followed her home.', 'again'],
    ['He turned up at her flat today. Few weeks ago he told her he would stab her.', 'dates'],
    [
      "Neighbour staring in through IP's windows, driving slowly past, parking up outside, following her.",
      'habitual',
    ],
    ['Ex phoning her, texting, turning up at work.', 'habitual'],
    // the same list after a record's header ("Since split:")
    [
      'Since split: SUS following IP, taking photos of her, sitting in car at end of her road.',
      'habitual',
    ],
    ['Since then he is always asking her colleagues about her.', 'habitual'],
    [
      'A man got into her flat last night. He is believed to be the man who has harassed her for around seven years.',
      'period',
    ],
    [
      'He waited outside her flat. She reports constant harassment over the better part of three years.',
      'period',
    ],
    [
      'He waited for her after work. Since she said no he has not let her alone: six years of pursuit.',
      'period',
    ],
    ['He rang her at night and hung up. Contact has gone on for around 20 years.', 'period'],
    ['The cameras on his shed record her comings and goings.', 'plural'],
    // conduct said to recur, told before the act it goes with
    ['He keeps harassing her. Today he threatened to kill her.', 'repetition'],
    ['She is being harassed by her ex. Today he threatened to kill her.', 'habitual'],
    ['I got the locks changed but it carried on. He let himself in with a key.', 'repetition'],
    // earlier reports of the same conduct, told before it
    ['PREV REPORT ON SYSTEM SAME SUS. HE IS HANGING ABOUT AT THE END OF HER ROAD.', 'repetition'],
    ['Multiple previous logs. He waited outside her house.', 'repetition'],
  ])('%s (%s)', (text, basis) => {
    const c = course(text);
    expect(c.course).toBe(true);
    expect(c.bases).toContain(basis);
  });

  it('does not make one act a course from words that only name or fear one', () => {
    // A record asking whether there is a course of conduct does not say there is one.
    expect(
      course('Harassment - course of conduct query. 3 abusive calls in the night, within minutes.')
        .course,
    ).toBe(false);
    // A simile, or a fear of what may happen, is not a report that it is happening.
    for (const t of [
      'He sent her one message with her address in it. She says it felt like being stalked.',
      'She is afraid of being harassed. Today he threatened to kill her.',
      // One walk can be followed in progress: "being followed" is not a course.
      'She was being followed by a man in a car. He threatened to kill her.',
    ])
      expect(course(t).course).toBe(false);
  });

  it('reads harassment named over a period, with no act told, as the course itself', () => {
    for (const [t, basis] of [
      ['His uncle has been harassing him and his parents for almost three years.', 'period'],
      ['Member of public harassing and intimidating him for about 18 months.', 'period'],
      ['He waged a three year hate campaign against her.', 'repetition'],
    ] as const) {
      const a = analyse(t);
      expect(a.stalking.courseOfConduct).toBe(true);
      expect(a.stalking.courseBasis.map((b) => b.kind)).toContain(basis);
      expect(a.stalking.score).toBeGreaterThan(0);
    }
    // Not harassment he is said to do, or not over time: nothing to judge.
    for (const t of [
      'He denies harassing her for years.',
      'She feels harassed by the calls from the bank.',
      'SUS convicted of harassment 2013, RO for 5 yrs, complied.',
      'Harassment reports rose by over a fifth in a year.',
      'He harassed her at the party last night.',
    ]) {
      const s = analyse(t).stalking;
      expect(s.courseOfConduct).toBe(false);
      expect(s.score).toBe(0);
    }
  });

  it('reads log entries hours apart as different occasions, minutes apart as one', () => {
    expect(
      course('1532 CALLER STATES EX AT HER ADDRESS. 2348 REPORT EX HAS FORCED ENTRY TO HER FLAT.')
        .course,
    ).toBe(true);
    expect(
      course('2130 CALLER STATES EX AT HER DOOR. 2135 HE HAS FORCED ENTRY TO HER FLAT.').course,
    ).toBe(false);
    // What an entry tells after its opening line was told at the entry's time.
    expect(
      course(
        '1410 VIC CALLS FROM AWAY. STATES EX WAS AT HER FLAT EARLIER. 2024 REPORT VIC ATTACKED AT HOME. EX FORCED ENTRY TO HER FLAT.',
      ).course,
    ).toBe(true);
    expect(
      course(
        '1410 VIC CALLS FROM AWAY. STATES EX WAS AT HER FLAT EARLIER. 1415 UPDATE. EX FORCED ENTRY TO HER FLAT.',
      ).course,
    ).toBe(false);
    // Round midnight, 2314 and 0005 are 51 minutes apart.
    expect(
      course('2314 CALLER STATES EX AT HER DOOR. 0005 HE HAS FORCED ENTRY TO HER FLAT.').course,
    ).toBe(false);
    // The time a call was logged is not the time of what it tells.
    expect(
      course('1123 STATES HE MSGD HER APPROX 1700. 1124 HE ASKED HER TO DROP THE ORDER.').course,
    ).toBe(false);
  });

  it('counts different acts said one after another as different occasions', () => {
    const c = course(
      'He put an AirTag on her car, left flowers and a note on her windscreen, and followed her home in his van.',
    );
    expect(c.course).toBe(true);
    expect(c.bases).toContain('distinct_acts');
    expect(c.occasions).toBeGreaterThanOrEqual(3);
    // Across sentences too.
    expect(
      course('He fitted a tracker to her car. He sent flowers to her office.').bases,
    ).toContain('distinct_acts');
    // A year or month dates a stretch of time, not one episode; a day does.
    const acts = 'he put a tracker on her car, sent flowers to her office and followed her home.';
    expect(course(`In 2019 ${acts}`).bases).toContain('distinct_acts');
    expect(course(`On 4 March ${acts}`).course).toBe(false);
    // A day said after the first act dates only the acts that follow it.
    const later = course(
      'He put a tracker on her car, sent flowers to her office, and on 4 March followed her home.',
    );
    expect(later.bases).toContain('distinct_acts');
    expect(later.occasions).toBeGreaterThanOrEqual(2);
    // "then" after a run of different acts ties only what follows it to the last of them...
    expect(
      course('Ex will not accept it: flowers, car damaged, then used a stolen key to get in.')
        .bases,
    ).toContain('distinct_acts');
    // ...and before them it makes one episode.
    expect(course('He left flowers on her car, then followed her home.').course).toBe(false);
    // "and" or "&" before a new act of another kind opens its own clause...
    expect(
      course('He fitted a tracking device to her car & put a listening device in the house.').bases,
    ).toContain('distinct_acts');
    // ...but acts of one outing stay one occasion.
    expect(course('He followed her home and sent her a text.').course).toBe(false);
    // Contact from afar told in a sentence of its own is not part of a visit told before it;
    // what is said or done face to face there is.
    expect(
      course('He turned up at her house. He sent her a friend request on Facebook.').bases,
    ).toContain('distinct_acts');
    expect(course('He turned up at her house. He shouted at her and threatened her.').course).toBe(
      false,
    );
    expect(course('He turned up at her house, then sent her a text.').course).toBe(false);
  });

  it('reads earlier reports as earlier occasions only when they are reports, and not denied', () => {
    expect(course('No previous incidents. He waited outside her house.').course).toBe(false);
    expect(
      course('Harassment - course of conduct query. He waited outside her house.').course,
    ).toBe(false);
  });

  it.each([
    // one sitting
    ['He sent her two messages in one evening.'],
    ['He rang her six times within minutes.'],
    // one confrontation told step by step
    [
      'Her ex turned up drunk at her house, threatened her and damaged the bedroom door. One incident, approx 30 mins.',
    ],
    // clock times in a log are one call, not occasions
    ['2130 CALLER STATES EX AT HER DOOR. 2135 HE HAS KICKED THE DOOR. 2140 UNITS DEPLOYED.'],
    // a header line, then the day it happened
    [
      'Threats and criminal damage. On Saturday at 2130 the suspect came to her door and damaged it.',
    ],
    // a stretch of time, not repeated acts
    ['He has been sitting outside her house for an hour.'],
    ['He started following her down the street, so she ran into a shop.'],
    ['A man followed her down the road and kept staring at her.'],
    ['Today 1415 + 1426 two FB msgs from her ex asking to see their son.'],
    ['He was shouting, swearing, banging on the door.'],
    ['Last night: he was shouting, swearing, banging on the door.'],
    ['He said if she did not reply he would send the pictures to her boss.'],
    ['It was the first time he had come to the house. He knocked and left.'],
    // acts tied together by "then"
    ['He followed her into the shop, then waited outside and shouted at her.'],
  ])('is not a course: %s', (text) => {
    expect(course(text).course).toBe(false);
  });

  it('says which words made the course of conduct in the reason', () => {
    const r = analyse('Since March he has bombarded her with messages.').stalking.reasons[0] ?? '';
    expect(r).toMatch(/^Course of conduct: .*shown by repetition words \("bombarded"\)/);
  });
});

describe('advice text is not an incident', () => {
  it('judges second-person advice as not likely', () => {
    const a = analyse(
      'If you think someone is following you, spying on you or sending you messages, you should report it. You are not alone.',
    );
    expect(a.stalking.likely).toBe(false);
  });
});

describe('an earlier occasion named in passing', () => {
  it('is the occasion it is said of, not one more', () => {
    expect(course('He previously sat outside her address all day.').occasions).toBe(1);
    expect(
      course('He has previously been cautioned for assault. Today he sat outside her address.')
        .occasions,
    ).toBe(1);
  });
});

describe('a stranger seen once', () => {
  it("dates conduct by a time said alone, but not by the time of the victim's reaction", () => {
    // The victim's night at her sister's is not a second time he followed her.
    const t =
      "He followed her home on Friday night. She stayed at her sister's the following night. " +
      'She had never met him before. He admits following her.';
    expect(course(t).occasions).toBe(1);
    expect(
      course('On 3 March. He followed her home. On 9 March. He followed her again.').occasions,
    ).toBe(2);
    // A sentence between the date and the conduct does not undate it.
    expect(
      course(
        'On 3 May I went to the gym. I was on the treadmill. He walked in and stared at me. ' +
          'On 9 May I was at work. I was on the till. He came in and stared at me.',
      ).occasions,
    ).toBe(2);
  });

  it('is one incident when the text says so', () => {
    const a = analyse(
      'A man pulled out in front of me, got out and hit my windscreen, shouting. I had never seen this man before and I have not seen him since. I keep my doors locked all the time now.',
    );
    expect(a.stalking.courseOfConduct).toBe(false);
  });
});
