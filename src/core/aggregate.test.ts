import { describe, expect, it } from 'vitest';
import { THIRD_PARTY_CONTACT_RULE } from './aggregate';
import { analyse, defaultPack } from './index';

describe('stalking judgement', () => {
  it.each([
    'He followed her home from the station on 3 March. On 10 March he turned up at her work. She told him to stop and is now scared to go out.',
    'Ex-p SUS txt IP x40 o/n 03/06, att addr 04/06 0200hrs, again 06/06. VIC scared.',
    'Since we split up he messages me every day and has turned up at my house three times. I have blocked him but he uses new numbers.',
    'IP states SUS has been parked outside her home on at least 6 occasions since 01/09 and watches her. IP now gets a lift to work.',
  ])('likely: %s', (t) => {
    const a = analyse(t);
    expect(a.stalking.likely).toBe(true);
    expect(a.stalking.courseOfConduct).toBe(true);
    expect(a.stalking.score).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    // one-off incidents
    'He followed her home from the bus stop last night. She was shaken.',
    'Ex-p sent IP one msg on her birthday. No further contact.',
    // advice and training text
    'Stalking can include following someone, repeatedly calling or messaging them, turning up at their home or work.',
    // fraud, business and legitimate contact
    'IP recvd approx 20 calls over 2 days purporting to be from HMRC stating IP owes tax. Advised re scam calls.',
    'Caller receives 3-4 sales calls a day from a company selling solar panels. Calls come from different numbers.',
    // other actors
    'Security guard followed the male along the High Street. Officers followed the vehicle for a mile.',
    'The victim followed up with her bank on several occasions and called the bank four times this week.',
    // negated
    'She states her ex-partner has not contacted her since June and she has not seen him near the address.',
  ])('not likely: %s', (t) => {
    expect(analyse(t).stalking.likely).toBe(false);
  });

  it('takes the sex of the victim from a title beside the victim word', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    // "RP MR ...": the victim is "he", so "she" is the one filming him.
    expect(
      ids('RP MR KEITH HALL / NEIGHBOUR MRS JOY BELL - SHE STANDS IN THE STREET FILMING HIM.'),
    ).toContain('watching_or_spying');
    expect(
      ids('RP MRS JOY BELL / NEIGHBOUR MR HALL - SHE STANDS IN THE STREET FILMING HIM.'),
    ).not.toContain('watching_or_spying');
    // A sex said of the suspect before a semicolon is not the victim's.
    expect(ids('SUS male; VIC female. He made threats to her.')).toContain('threats');
    expect(ids('SUS 17yo male; VIC girl, 16. He made threats to her.')).toContain('threats');
  });

  it('does not take "his wife" after the husband named on his own as the victim\'s pronoun', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(
      ids('Husband suspected his wife was seeing someone. He fitted CCTV cameras in the home.'),
    ).toContain('watching_or_spying');
    // "His wife" with no husband named before it still says the victim is "he".
    expect(ids('His wife has been following him to work. She watches him from her car.')).toContain(
      'following',
    );
  });

  it('reads a thing written "to her" as sent to the victim, not by her', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(
      ids('VIC (MP) targeted by a prisoner - letters written to her from inside prison.'),
    ).toContain('repeated_contact');
  });

  it("reads a log's possessive without its apostrophe", () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(ids('NEIGHBOUR AND 2 VISITORS ON CALLERS DRIVE, SWEARING.')).toContain(
      'loitering_or_turning_up',
    );
    expect(ids('SUS outside vics house again.')).toContain('loitering_or_turning_up');
  });

  it('does not take a "her" the victim acted on for the victim', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    // "IP told her to stop": "her" is the suspect, so the victim is "he".
    expect(
      ids(
        'IP is a singer. When IP told her to stop, she sent him abusive emails. Since then she has been hanging about outside his house.',
      ),
    ).toContain('loitering_or_turning_up');
    // "IP and her son": a possessive is still the victim's own.
    expect(
      ids(
        'IP and her son moved last year. Since then he has been hanging about outside her house.',
      ),
    ).toContain('loitering_or_turning_up');
  });

  it('reads a suspect of the same sex as the victim as the one who turns up or follows', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    const turnedUp = (t: string) =>
      analyse(t).suppressed.some((s) => s.id === 'loitering_or_turning_up');
    // Both "he": being where the victim is, told of "he", is the suspect's.
    expect(
      ids('VIC is a 45 year old male. SUS male, ex colleague. He turned up at his allotment.'),
    ).toContain('loitering_or_turning_up');
    expect(ids('IP 34 F. SUS 40 F. She turned up at her house.')).toContain(
      'loitering_or_turning_up',
    );
    // Only the suspect's sex given: the victim is the other pronoun.
    expect(
      ids('VIC is a sportsman. Female SUS, not known to him. She turned up outside his house.'),
    ).toContain('loitering_or_turning_up');
    // With no sex given for the suspect, "he" is still the male victim.
    expect(
      turnedUp('VIC is a 45 year old male. He turned up at his allotment to find it burnt.'),
    ).toBe(true);
    // Not what was going on at the time, nor acts that victims do too.
    expect(
      turnedUp('IP elderly F. SUS = F neighbour. SUS shouted at IP while she was in her garden.'),
    ).toBe(true);
    expect(
      ids('The victim is a woman. The suspect is female. She made a complaint to her employer.'),
    ).not.toContain('contacting_third_parties');
  });

  it('finds the subject of an act past a question asked or a clause describing a thing', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(
      ids('SUS would ring her wanting to know where she was + who with; turned up at her work.'),
    ).toContain('loitering_or_turning_up');
    expect(ids('He found out where she lives and turned up at her house.')).toContain(
      'loitering_or_turning_up',
    );
    expect(
      ids('Former patient unhappy with the diagnosis she gave came to the hospital.'),
    ).toContain('loitering_or_turning_up');
    // The question's own act stays hers ("whether she went to his house"); a verb that goes on
    // into the act keeps its subject.
    expect(ids('He asked the neighbours whether she went to his house.')).not.toContain(
      'loitering_or_turning_up',
    );
    expect(ids('The day she kept following him she was stopped by police.')).toContain('following');
    // "both of them" is a subject, as "they" is.
    expect(
      ids('Daughter (18) says both of them keep staring at her through her bedroom window.'),
    ).toContain('watching_or_spying');
  });

  it('gives readable reasons, most important first', () => {
    const a = analyse(
      'Since 1 March he has turned up at her workplace on 4 occasions and waited outside. On 20 March he followed her home. She is terrified.',
    );
    expect(a.stalking.reasons[0]).toMatch(/^Course of conduct: at least \d+ occasions/);
    expect(a.stalking.reasons.some((r) => r.includes('s2A(3)(e)'))).toBe(true);
  });

  it('says why a one-off is not a course of conduct', () => {
    const a = analyse('He turned up at her work yesterday.');
    expect(a.stalking.likely).toBe(false);
    expect(a.stalking.reasons[0]).toMatch(/single incident/);
    // "rather than a one-off" says the opposite.
    const regular = analyse(
      'He has kept demanding money from her. The demands have been regular rather than a one-off.',
    );
    expect(regular.stalking.features.single ?? 0).toBe(0);
  });
});

describe('FOUR, relationship, risk and s4A', () => {
  const text =
    'VIC ex-partner. On 2 May he turned up at her house. On 9 May he sent her 30 messages saying he would kill her. ' +
    'She told him to stop. She is terrified he will hurt her and has moved in with her mum. He put his hands around her neck in 2024.';
  const a = analyse(text);

  it('FOUR elements come with evidence', () => {
    expect(a.stalking.four).toEqual({
      fixated: true,
      obsessive: false,
      unwanted: true,
      repeated: true,
    });
    for (const f of ['fixated', 'unwanted', 'repeated'] as const)
      expect(a.stalking.fourEvidence[f].length).toBeGreaterThan(0);
  });

  it('relationship and domestic', () => {
    expect(a.relationship).toBe('ex_partner');
    expect(a.domestic).toBe(true);
    expect(a.relationshipEvidence[0]?.text).toMatch(/ex-partner/);
  });

  it('risk markers by S-DASH theme and the high-risk markers', () => {
    const ids = a.risk.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'threat_to_kill',
        'strangulation',
        'sdash_6_threats',
        'sdash_5_loitering',
        'sdash_1_very_frightened',
      ]),
    );
  });

  it('s4A: serious alarm or distress with an effect on daily life', () => {
    expect(a.s4a.seriousAlarmDistress).toBe(true);
    expect(a.s4a.indicated).toBe(true);
    expect(a.s4a.fearOfViolence.length).toBeGreaterThan(0);
  });

  it('every evidence span is a slice of the original text', () => {
    const spans = [
      ...a.behaviours.flatMap((b) => b.evidence),
      ...a.risk.flatMap((r) => r.evidence),
      ...a.relationshipEvidence,
      ...a.suppressed.map((s) => s.evidence),
      ...Object.values(a.stalking.fourEvidence).flat(),
    ];
    for (const e of spans) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('who did it: proxies, quotations, named people', () => {
  it.each([
    [
      "SUS's mother and sister have attended IP's address on 4 occasions saying he needs her.",
      'loitering_or_turning_up',
    ],
    [
      'Two weeks ago his friend Kyle sat outside my house in his van for an hour. He has messaged me every day.',
      'loitering_or_turning_up',
    ],
    ['Over six weeks she has found notes on her doorstep.', 'gifts_or_items'],
    // a "him" the victim acted on is not the victim, nor is the "he" after it
    [
      'After V blocked him he posted her clips with captions naming her halls.',
      'publishing_material',
    ],
    // the words of a note are its writer's, not the finder's
    ["She has found notes on her doorstep saying 'you will regret this'.", 'threats'],
    [
      'IP states her ex-partner Darren SMITH has been waiting outside her work. Darren followed her home on 2 May.',
      'following',
    ],
    // an aside in brackets describes the subject; it is not the subject
    ['SUS (M 40s, Leeds, van driver) followed her home.', 'following'],
    ['Her ex-partner (a bus driver) sent her 40 texts.', 'repeated_contact'],
    ['The taxi driver (SUS) followed her home.', 'following'],
    // what the victim (or anyone) found done was done by someone else
    ['IP found two blogs set up about her with her address.', 'publishing_material'],
    ['She noticed a camera pointed at her bedroom window.', 'watching_or_spying'],
    ['Police found a tracker fitted to her car.', 'tracking_device'],
    // contact done to someone on the victim's side is the conduct itself
    [
      'SUS is her ex-partner. Her manager has been contacted three times.',
      'contacting_third_parties',
    ],
    ['SUS is her ex-partner. Strangers were sent to her door.', 'contacting_third_parties'],
    // the one reporting a passive act did not have it done to them
    ['The family report the tyres on their car being slashed.', 'interfering_with_property'],
    // a place phrase between a subject and its verb, or a log's dash before the subject
    [
      '2214 CALLER REPORTING NEIGHBOUR FROM NO 31 IS STOOD IN HER FRONT GARDEN AGAIN TONIGHT LOOKING IN THRU HER LOUNGE WINDOW.',
      'watching_or_spying',
    ],
    ['1947 CALLER TASHA X - EX JASON Y AT HER BEDROOM WINDOW LOOKING IN', 'watching_or_spying'],
    [
      'IP reports male @ no 12 stands in his back bedroom with curtains parted looking down into her bathroom window.',
      'watching_or_spying',
    ],
    // a verb that stems to a place word ("parked") is still a verb
    [
      'IP states SUS parked up opp her addr 2100-2330hrs, lights off, keeping obs on her front room.',
      'watching_or_spying',
    ],
    // a vehicle named after its owner, the apostrophe left out
    [
      '0815HRS IP ON WAY TO WORK SEES SUS VAN PARKED AT END OF HER STREET AGAIN.',
      'loitering_or_turning_up',
    ],
    // the one seen: what he has with him, and a verbless phrase told after his act
    ['New p saw him on the swings with binoculars.', 'watching_or_spying'],
    [
      'Victim spotted ex lurking in the bus shelter opposite her work, eyes on her the whole time.',
      'watching_or_spying',
    ],
    // a thing found, with a describing word and no determiner
    ['IP found small camera in hallway smoke alarm.', 'watching_or_spying'],
    // what reached someone else from a new account is still his new account
    ['Friend blocked him, then recd msgs from new acc.', 'fake_accounts'],
    // the one a quotation is sent to is not its speaker
    ["SUS sent V sister 'tell her shes dead if I see her with him'.", 'threats'],
    // things found joined by "and"
    [
      'Yard staff found her saddle and bridle slashed in the tack room.',
      'interfering_with_property',
    ],
    // a scam setting does not make someone else of the one the record names as the suspect
    ['SUS came to IP in person claiming to be a police officer.', 'loitering_or_turning_up'],
  ])('counts the suspect’s conduct: %s', (t, id) => {
    expect(analyse(t).behaviours.map((b) => b.id)).toContain(id);
  });

  it.each([
    [
      'Store security watched the male on CCTV for 20 minutes, then followed him out of the store.',
      'following',
    ],
    ['The victim, Sarah JONES, followed her friend to the car park.', 'following'],
    ['Her friend (not SUS) followed her home to check she was safe.', 'following'],
    ["Her mum (IP's mother) followed her home.", 'following'],
    // the same shapes with the victim as their subject
    ['IP at her bedroom window looking out at the street.', 'watching_or_spying'],
    ['The victim saw her friend at the bus stop, eyes on her phone.', 'watching_or_spying'],
    // a scam caller who is not the named suspect
    ['A male came to IP in person claiming to be from the council.', 'loitering_or_turning_up'],
    // an agreed visit is agreed whoever made it
    ['Ex att V addr 1000hrs Sat by arrangement to drop off her things.', 'loitering_or_turning_up'],
    // "finish time" is not "you're finished"
    ["SUS's car seen o/s nursery at IP's finish time.", 'threats'],
    // "and" before a verb opens a clause of the finder's own
    ['She found the door open and followed the path to the garden.', 'following'],
    // "at Alton Towers", "at the shops": a place, not a verb after it
    ['IP knew SUS at the shops from her check-in, looking at her posts.', 'monitoring_online'],
  ])('does not count someone else’s conduct: %s', (t, id) => {
    expect(analyse(t).behaviours.map((b) => b.id)).not.toContain(id);
  });
});

describe('a complaint about a police officer', () => {
  it("reads the officer's acts as the suspect's in a record of a complaint against them", () => {
    const t =
      'PSD referral. PC attended a welfare job on 21 Feb. 4-27 Feb PC texted IP personally, kisses, pushing her to add him on Facebook.';
    const a = analyse(t);
    expect(a.behaviours.map((b) => b.id)).toContain('repeated_contact');
    expect(a.stalking.courseOfConduct).toBe(true);
    // Without the complaint, the officer's acts are the police's, and set aside.
    const plain = analyse(t.replace('PSD referral. ', ''));
    expect(plain.behaviours.map((b) => b.id)).not.toContain('repeated_contact');
    expect(plain.suppressed.some((s) => s.actor === 'police')).toBe(true);
  });

  it('does not read a two-way exchange of messages as contact', () => {
    const a = analyse(
      'PSD referral. The officer who dealt with her then swapped over 2000 messages with her on his own phone.',
    );
    expect(a.behaviours.map((b) => b.id)).not.toContain('repeated_contact');
  });
});

describe('contact told by the one who received it', () => {
  it('is contact with a third party when "her" cannot be the victim', () => {
    const ids = (t: string): string[] => analyse(t).behaviours.map((b) => b.id);
    const told =
      'I split up with Jamie in May. Orla then told me he had been messaging her and my friend Becky for weeks asking whether I was seeing anyone.';
    expect(ids(told)).toContain('contacting_third_parties');
    expect(ids(told)).not.toContain('repeated_contact');
    // Told by the suspect himself, it stays what it was.
    expect(ids('I left Ashley in March. Ashley told me he had sent her a message.')).not.toContain(
      'contacting_third_parties',
    );
  });

  it('joins a rule of the pack that finds contact with third parties', () => {
    const rule = defaultPack.rules.find((r) => r.id === THIRD_PARTY_CONTACT_RULE);
    expect(rule?.target).toBe('contacting_third_parties');
  });
});

describe('judgement safeguards', () => {
  it('follows a record that names the conduct as stalking, and only then', () => {
    for (const t of [
      'SUS charged with stalking IP and remanded to Crown Court.',
      'Interim SPO granted at Lincoln MC v SUS, no contact direct or indirect.',
      'Ex pleaded guilty to stalking; RO for 10 years. IP to be updated.',
      'Record as stalking (s4A), S-DASH to follow.',
    ]) {
      const a = analyse(t);
      expect(a.stalking.likely, t).toBe(true);
      expect(a.stalking.named.length, t).toBeGreaterThan(0);
      expect(a.stalking.reasons.join(' '), t).toMatch(/names the conduct as stalking/);
    }
    // Neighbours: another victim, history, a question, a hypothetical, a negation, a service.
    for (const t of [
      'SUS has previous convictions for stalking a former partner.',
      'DVDS: SUS jailed for stalking in 2018.',
      'She asked whether he could be charged with stalking.',
      'If he carries on he may be charged with stalking.',
      'This is not a stalking offence.',
      'Victim referred to the stalking advocacy service.',
      "She says the friend is 'stalking' her because they unfollowed her.",
      'Stalking Awareness Week: if you think you are being stalked, an SPO can be granted to protect you.',
    ]) {
      const a = analyse(t);
      expect(a.stalking.likely, t).toBe(false);
      expect(a.stalking.named, t).toEqual([]);
    }
  });

  it('an order in force turns later conduct into a breach', () => {
    const a = analyse(
      'SUS on bail with conditions not to contact IP. On 14/06 he followed her from Asda. On 16/06 he messaged her again.',
    );
    expect(a.behaviours.map((b) => b.id)).toContain('breach_of_order');
  });

  it.each([
    // In force while the conduct happened, told before or after it.
    [
      'SUS drove past her house three times this evening. Bail conditions: not to enter Elm Rd.',
      true,
    ],
    ['Parked outside her mum’s again. He is on bail not to attend the street.', true],
    // "comp" in a log is the complainant, not compensation ordered.
    ['He texted her 30 times last night. Comp says the NMO is in force, no contact.', true],
    // The outcome of the case: conduct told only before it is what the order answered.
    [
      'He sent her dozens of texts and turned up at her work. Convicted at court; restraining order made, no contact.',
      false,
    ],
    ['SUS followed IP home twice last week. Arrested and bailed to stay away from her.', false],
    // ...and conduct after the outcome breaches it.
    [
      'Convicted in May and a restraining order made. Since then he has texted her every day.',
      true,
    ],
  ] as const)(
    'an order told as the outcome is not breached by earlier conduct: %s',
    (t, breach) => {
      expect(analyse(t).behaviours.some((b) => b.id === 'breach_of_order')).toBe(breach);
    },
  );

  it.each([
    // An order told by its making dates the order: only conduct told as later breaches it.
    [
      'A non-molestation order was granted in January. Since then he has texted her every day.',
      true,
    ],
    ['DVPO issued on 11/09. Two days later he was sat in his van opposite her house.', true],
    ['Even though the judge gave me an NMO in April, he was waiting at the school gates.', true],
    [
      'He followed her to work and sent her hundreds of texts. A restraining order was granted at court.',
      false,
    ],
    ['Interim SPO granted today. He turned up at her work and followed her home.', false],
    // ...or dated after it, and not where the later sentence tells an earlier date.
    ['NMO served 4/4. 6/4 V gets 22 calls from sus.', true],
    ['NMO served 6/4. On 2/4 he had sent her 22 texts and turned up at her work.', false],
    // Told in force, in the present: conduct anywhere in the account breaches it.
    ['CALLER STATES EX IS OUTSIDE HER HOUSE NOW, HE HAS A RESTRAINING ORDER.', true],
    ['The order says he can’t come near my house. On Saturday he was stood on my drive.', true],
    // Neighbours it must not catch: an order applied for, none in place, a food order.
    ['She has applied for a non-molestation order. He has texted her 40 times since.', false],
    ['No order in place. He keeps messaging her and turning up at her work.', false],
    [
      'Officers will obtain order data from the delivery firm. Six takeaways came to her door unordered.',
      false,
    ],
  ] as const)('an order made, or held, and the conduct told after it: %s', (t, breach) => {
    expect(analyse(t).behaviours.some((b) => b.id === 'breach_of_order')).toBe(breach);
  });

  it.each([
    // The one writing is close to the victim: contact with "me" reached a third party.
    [
      "I'm Kerry's best friend. He has messaged me fifteen times asking if she is seeing anyone.",
      true,
    ],
    ['I am her mum. He has rung me every night this week asking where she is living.', true],
    // Neighbours it must not catch: the victim writing of the suspect, or of her own children.
    ["I'm Mark's colleague. He has messaged me fifteen times asking me out.", false],
    ['I am a mother of two. He has messaged me fifteen times since I ended it.', false],
  ] as const)('reads contact with a writer close to the victim as third-party: %s', (t, third) => {
    const ids = analyse(t).behaviours.map((b) => b.id);
    expect(ids.includes('contacting_third_parties')).toBe(third);
    expect(ids.includes('repeated_contact')).toBe(!third);
  });

  it.each([
    // A threat passed on: its words are the one who said them, however far back they said it.
    [
      'His friend came up to me in the Co-op and said Craig wanted me to know he is not finished with me and I should watch my back.',
      true,
    ],
    // A message's words after a colon are the sender's, as if quoted.
    ['SUSP vm to V 14/8: if u take my kids off me i will end u. V v distressed.', true],
    ['Message at 0300: if i cant have u no one will. Sent twice.', true],
    // Neighbours it must not catch: the victim's own words about herself, and words after
    // "states:", which are the teller's own.
    ['I told my sister that after everything I should watch my back around him at work.', false],
    ['V states: I told him I will end u if you come near the kids again, I was angry.', false],
    // Words received are their sender's, not the receiver's, when no sender is named.
    ["V rec'd txt from unk no. saying he will kill her. She knows it is him.", true],
    ['She received a letter which read: you will regret this. It is his writing.', true],
    // ... but a sender named is the speaker, whoever received the words.
    ['SUS received a text from V saying she would kill him.', false],
    // Words about someone close to her or an organisation are the speaker's threat: here the
    // suspect's own mother, speaking for him.
    [
      "V's ex has not been seen. His mum came to the door saying her son will have her sorted.",
      true,
    ],
    ['He said her employer and her father would be getting copies of the video.', true],
    // A log's saying verb with no subject of its own: the words are the one the record is about.
    ['Rang from withheld number. Said he would make sure she never walked again.', true],
    ['V said she would kill him if he came back, she was drunk.', false],
  ] as const)('reads who said a threat: %s', (t, threat) => {
    expect(analyse(t).behaviours.some((b) => b.id === 'threats')).toBe(threat);
  });

  it.each([
    // Contact with the one reporting, when that is someone close to the victim, reached a third
    // party.
    [
      'RP is V’s son (17). SUSP msgd him on Snap approx 10 x asking him to get V to unblock SUSP.',
      true,
    ],
    ['2015 CALLER IS NEW PARTNER OF V. SUSP RANG HIM 5 TIMES TONITE SAYING V IS A LIAR.', true],
    // Neighbour it must not catch: the victim reporting herself.
    ['RP is V. SUSP msgd her on Snap approx 10 x asking her to unblock him.', false],
  ] as const)(
    'reads contact with a reporter close to the victim as third-party: %s',
    (t, third) => {
      expect(analyse(t).behaviours.some((b) => b.id === 'contacting_third_parties')).toBe(third);
    },
  );

  it('reads a thing the suspect found as sent by someone else', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(ids('SUS had found explicit msgs between IP and another man.')).not.toContain(
      'repeated_contact',
    );
    expect(ids('IP found 40 msgs from SUS on her phone this morning.')).toContain(
      'repeated_contact',
    );
  });

  it('does not call a disproved report likely', () => {
    const a = analyse(
      'Male attended the front counter four times this month to report that his neighbours are watching him and following him in cars. Officers visited; there is no evidence of any such conduct.',
    );
    expect(a.stalking.likely).toBe(false);
    expect(a.stalking.reasons.join(' ')).toMatch(/no evidence/);
  });

  it('does not call legitimate co-parenting contact likely, even between ex-partners', () => {
    expect(
      analyse(
        "Victim's ex-partner messages her most days through the co-parenting app about their son's school. The messages are polite.",
      ).stalking.likely,
    ).toBe(false);
  });

  it('does not call conduct that stopped years ago likely, and says why', () => {
    const a = analyse(
      'In 2019 my ex-partner followed me and messaged me constantly after we split. I have had no contact from him since 2019.',
    );
    expect(a.stalking.likely).toBe(false);
    expect(a.stalking.reasons.join(' ')).toMatch(/stopped/);
    // The recent version of the same conduct is still likely.
    expect(
      analyse('Since we split in March my ex-partner has followed me and messaged me constantly.')
        .stalking.likely,
    ).toBe(true);
  });

  it('does not judge a briefing or a disclosure request, only a report that opens as one', () => {
    const briefing = analyse(
      'SNT briefing, week 23. Remind officers that an ex-partner who keeps turning up at the home, sends messages from new numbers and contacts the family may be stalking her. Complete S-DASH.',
    );
    expect(briefing.stalking.likely).toBe(false);
    expect(briefing.stalking.reasonIds.map((r) => r.id)).toContain('reason.briefing');
    // What it names is conduct in general: set aside, with the opening as the cue.
    expect(briefing.behaviours).toEqual([]);
    expect(briefing.suppressed.length).toBeGreaterThan(0);
    expect(briefing.suppressed[0]).toMatchObject({ reason: 'hypothetical' });
    expect(briefing.suppressed.some((s) => s.cue?.text.toLowerCase().includes('briefing'))).toBe(
      true,
    );
    const dvds = analyse(
      'DVDS (right to ask) application by IP about her new partner. Checks show he followed a former partner home, sent her hundreds of messages and breached a restraining order.',
    );
    expect(dvds.stalking.reasonIds.map((r) => r.id)).toContain('reason.briefing');
    expect(dvds.behaviours).toEqual([]);
    // Conduct told first, with the scheme mentioned later, is still judged.
    const report = analyse(
      "Since they split in May he has followed her home twice and sends her messages every day. She has since been given a disclosure under Clare's Law.",
    );
    expect(report.stalking.likely).toBe(true);
    expect(report.stalking.reasonIds.map((r) => r.id)).not.toContain('reason.briefing');
    expect(report.behaviours.map((b) => b.id)).toContain('following');
  });

  it('reads a reduced relative clause ("a man she met once")', () => {
    const a = analyse(
      'A man she met once at a party has sent her flowers at work twice and waits outside the gym for her.',
    );
    expect(a.stalking.likely).toBe(true);
  });

  it('believes the text when it says an incident was the only one', () => {
    const a = analyse(
      'Victim reports her ex-partner knocked on her door at 2200hrs last night. This is the first time he has come to the house since they separated in 2024.',
    );
    expect(a.stalking.likely).toBe(false);
    expect(a.stalking.courseOfConduct).toBe(false);
    // Acts of different kinds told one after another are two occasions, unless the text says
    // it was a single incident.
    const outing = 'He followed her into the shop. He put a tracker on her car.';
    expect(analyse(outing).stalking.courseOfConduct).toBe(true);
    expect(analyse(`${outing} Single incident.`).stalking.courseOfConduct).toBe(false);
    // Dates the text gives are believed over the words.
    expect(
      analyse('On 3 May he followed her home. On 9 June he sat outside her house. Single incident.')
        .stalking.courseOfConduct,
    ).toBe(true);
  });
});

describe('turning-up reasons name the places matched', () => {
  const reason = (t: string) =>
    analyse(t).stalking.reasons.find((r) => /^Turning up/.test(r)) ?? '';
  it.each([
    [
      'On 3 March he was waiting outside my house. On 10 March he turned up at my gym.',
      /home and gym/,
    ],
    ['He turned up at her workplace on 4 occasions. She is frightened.', /victim's work\b/],
    ['He waited outside the school gates on Monday and again on Friday.', /school or college/],
    [
      'He turned up again on Monday. He turned up on Friday too.',
      /^Turning up or waiting where the victim is/,
    ],
  ])('%s', (t, re) => {
    const r = reason(t);
    expect(r).toMatch(re);
  });
  it('never names a workplace the text does not mention', () => {
    expect(
      reason('On 3 March he was waiting outside my house. On 10 March he turned up at my gym.'),
    ).not.toMatch(/workplace|work\b/);
    expect(reason('He was waiting outside her work on Monday and Friday.')).not.toMatch(/home|gym/);
  });
});

describe('an innocent explanation told after an indicator', () => {
  const ids = (t: string): string[] => analyse(t).behaviours.map((b) => b.id);

  it('sets aside the indicators told just before it, as disproved', () => {
    const t = 'A hamper was left on her doorstep. It turned out to be from her sister in Aberdeen.';
    expect(ids(t)).not.toContain('gifts_or_items');
    const set = analyse(t).suppressed.find((s) => s.id === 'gifts_or_items');
    expect(set?.reason).toBe('negated');
    expect(set?.cue?.text).toMatch(/^turned out/);
    // without the explanation the hamper is found
    expect(ids('A hamper was left on her doorstep.')).toContain('gifts_or_items');
  });

  it('does not reach conduct told after it, or across a blank line', () => {
    const after =
      'Her car was scratched. Not attributed to SUS. Since then he has left flowers on her doorstep.';
    expect(ids(after)).toContain('gifts_or_items');
    expect(ids(after)).not.toContain('interfering_with_property');
    const paragraph =
      'He left flowers on her doorstep on 3 May.\n\nA parcel came on 4 May. It turned out to be her own order.';
    expect(ids(paragraph)).toContain('gifts_or_items');
  });

  it('is not a victim saying she wants nothing to do with him', () => {
    expect(
      ids('He left flowers on her doorstep again. She wants nothing to do with him.'),
    ).toContain('gifts_or_items');
  });
});

describe('quoted words and who said them', () => {
  const threats = (t: string): boolean => analyse(t).behaviours.some((b) => b.id === 'threats');

  it('are the suspect’s when found or received, or when he said them', () => {
    expect(threats("She found a note on her car saying 'I will kill you'.")).toBe(true);
    expect(threats("He texted her 'I will kill you'.")).toBe(true);
  });

  it('are not his when sent or said to him by the victim or her family', () => {
    expect(threats("CALLER (IP) ADMITS SHE TOLD EX 'ILL STAB YOU IF YOU TOUCH MY KIDS'.")).toBe(
      false,
    );
    expect(
      threats("RP = V's dad. RP admits he txt SUS 'come near my daughter again + ur dead'."),
    ).toBe(false);
  });
});
