import { describe, expect, it } from 'vitest';
import { compilePack } from './compile';
import { analyse, defaultPack } from './index';
import { analyseSentence, type PersonRef } from './sentence';

const c = compilePack(defaultPack);
const first = (text: string, ruleId: string) => {
  const r = analyseSentence(c, text, 0, text.length);
  const m = r.matches.find((x) => c.rules[x.rule]?.id === ruleId);
  if (!m) throw new Error(`${ruleId} did not match: ${text}`);
  return { r, m };
};
const who = (p: PersonRef | null): string | null =>
  p === null ? null : p.kind === 'pronoun' ? p.p : p.kind === 'name' ? `name:${p.name}` : p.role;

describe('analyseSentence', () => {
  it.each([
    ['He followed her home.', 'following.followed', 'he'],
    ['The security guard followed her to the exit.', 'following.followed', 'third_party'],
    ['Officers followed the vehicle for a mile.', 'following.followed', 'police'],
    // A first name and surname: the first name says who it is (a family shares the surname).
    ['Darren SMITH followed her home.', 'following.followed', 'name:darren'],
    ['Uncle Samir Haddad sat outside her workplace.', 'loitering.workplace', 'name:samir'],
    ['He called her friend and followed her home.', 'following.followed', 'he'],
    // After a verb of saying or thinking, "that" opens a clause with its own subject.
    ['IP reports that he followed her home.', 'following.followed', 'he'],
    ['She believes that he sat outside her house.', 'loitering.home', 'he'],
    ["He said 'I am watching you'.", 'watching.watched', 'he'],
    // One quotation closing and the next opening: the words are still quoted, not the writer's.
    ["He texted her, signed 'R': 'I know where your mum lives'.", 'threats.verbal', 'he'],
    // In an upper-case log every word is capitalised: the verb is not taken for a surname.
    ['CALLER SAYS MALE FOLLOWED HER TO THE BUS STOP', 'following.followed', 'suspect'],
    // The one seen does the -ing acts after it, however many.
    ['I saw him lurking by the hedge and staring at my window.', 'watching.watched', 'he'],
    // ...and an -ing act told after where the one seen was, with no clause of its own between.
    [
      'On the bus the victim noticed the suspect two rows behind, staring at her.',
      'watching.watched',
      'suspect',
    ],
    [
      'RP SAYS SHE SAW SUSP AT BOTTOM OF HER STREET WITH A TORCH LOOKING TOWARDS HER HOUSE',
      'watching.watched',
      'suspect',
    ],
    // A clause of the seer's own between keeps the act hers.
    [
      'The victim saw the suspect at the shop and then she was staring at him.',
      'watching.watched',
      'she',
    ],
    // Catching sight of someone, or of his van, somewhere says where he was, not where she was.
    ['She saw his van outside her work again.', 'loitering.waiting', 'he'],
    ['I spotted the suspect outside my house.', 'loitering.waiting', 'suspect'],
    // A time word may stand between the one seen and what they were doing.
    ['She saw him earlier stood across the road.', 'loitering.waiting', 'he'],
    // ...and so may how the one seen was placed, and the one described is the one doing.
    ['She looked up and saw him stood in the doorway watching her.', 'loitering.waiting', 'he'],
    ['The barista describes him coming into her workplace most days.', 'loitering.waiting', 'he'],
    // In an upper-case log the verb of seeing ends the noun group of the one seen.
    ['NEXT DAY SAW THE MALE CRAWLING PAST HER HOUSE IN A CAR.', 'loitering.drive-by', 'suspect'],
    // The same driver seen again is the one the report is about; a driver passing is not.
    [
      'NEXT DAY SAW SAME MALE DRIVER CRAWLING PAST HER HOUSE IN A CAR.',
      'loitering.drive-by',
      'suspect',
    ],
    ['A male driver was crawling past her house.', 'loitering.drive-by', 'third_party'],
    // An officer of another service is not the police.
    ['Her probation officer rang her twice.', 'contact.verb', 'third_party'],
    ['The officer rang her twice.', 'contact.verb', 'police'],
    // A person after a preposition, even through "and", is not who does a later act...
    [
      'SUS made reports about IP to the DWP and her employer, messaging her from fake profiles.',
      'contact.verb',
      'suspect',
    ],
    // ...but right before the act starts a clause of its own.
    ['He complained to her and the manager rang her twice.', 'contact.verb', 'third_party'],
    // "a woman" is someone acting, as "a man" is.
    [
      'My employer told me that a woman had phoned my workplace asking for me.',
      'third.contacted',
      'suspect',
    ],
    // Filming is an act of its own: the one filming does it.
    ['She filmed him outside the court.', 'watching.watched', 'she'],
    // The one a report is about, named right before the act, does it; the reporter does not.
    ['V reports sus waiting by her car after the gym.', 'loitering.waiting', 'suspect'],
    [
      'CALLER REPORTING NEIGHBOUR FROM NO 31 IS STOOD IN HER FRONT GARDEN',
      'loitering.waiting',
      'relation',
    ],
    // A person at the start of a verbless clause, right before the act, does it.
    [
      'IP walking home approx 1730hrs, SUS on foot approx 20m behind her.',
      'following.behind',
      'suspect',
    ],
    // A person word before a place owns it ("PARTNERS ADDRESS"): not the one acting.
    [
      'SUS ATTENDED IP NEW PARTNERS ADDRESS 1840HRS BANGING ON WINDOWS',
      'loitering.turned-up',
      'suspect',
    ],
    // The one a statement is about, named after "states", is the subject.
    ['VIC states SUSP outside her work again today.', 'loitering.waiting', 'suspect'],
    // A vehicle right before the act does it for its owner.
    ['Then I saw his car parked at the end of my road.', 'loitering.waiting', 'he'],
    // So does a make and model after a few describing words; not a month or a person.
    [
      'Since May I have seen his blue Ford Focus drive slowly past my house.',
      'loitering.turned-up',
      'he',
    ],
    ['She sat outside his flat in Jan watching the windows.', 'watching.watched', 'she'],
    ['I saw my car parked at the end of the road.', 'loitering.waiting', 'i'],
    // The one met, like the one seen, does the -ing act.
    ['She has met him waiting on the shared stairs.', 'loitering.waiting', 'he'],
    // A pronoun right before the act is its subject, even after a person noun.
    ["When she goes to her mum's he sits outside her house.", 'loitering.home', 'he'],
    ['The man she met once has been waiting outside her work.', 'loitering.waiting', 'suspect'],
    // A verb joined by "and" and an auxiliary shares the main clause's subject, not that of a
    // clause inside it.
    [
      'He followed me home from the hospital where I worked and would sit outside my flat.',
      'loitering.home',
      'he',
    ],
    ['He rang when I was at work and I sat outside my flat.', 'loitering.home', 'i'],
    // A person left at the end of a reduced relative clause by its preposition is not the
    // subject; the one the clause describes is. An infinitive's "to" is no such preposition.
    [
      'SAYS MALE SHE USED TO BE FRIENDS WITH IS HANGING ABOUT AT THE END OF HER ROAD',
      'loitering.waiting',
      'suspect',
    ],
    [
      'The man she used to work with has been waiting outside her house.',
      'loitering.waiting',
      'suspect',
    ],
    ['OIC TO CONTACT IP DIRECT', 'contact.verb', 'police'],
    // A worker described by what he did with her is someone with a history with her; a
    // bystander who helped her is not.
    [
      'TAXI DRIVER WHO DROVE HER HOME 2 WKS AGO KEEPS APPEARING OUTSIDE HER HALLS',
      'loitering.waiting',
      'suspect',
    ],
    ['The security guard who helped her followed him out.', 'following.followed', 'third_party'],
    ['A driver was sitting outside her house.', 'loitering.home', 'third_party'],
    // A person between commas right after another describes that one.
    ['SUS Dale PRENTICE, another member, asked her out in Oct.', 'contact.verb', 'name:dale'],
    ['Her friend, a nurse, texted her twice.', 'contact.verb', 'third_party'],
    ['SUS, a serving PC, contacting her far too much by email.', 'contact.verb', 'suspect'],
    ['Her friend, a retired nurse, texted her twice.', 'contact.verb', 'third_party'],
    // A degree word does not hide who opens a clause.
    ['SUSP DETAINED NEARBY, VIW VERY DISTRESSED', 'fear.feelings', null],
    ['SUSP DETAINED NEARBY, HE IS VERY DISTRESSED', 'fear.feelings', 'he'],
    // A relative clause between commas has its own subject.
    [
      'A customer, whose hair she has cut twice, has started waiting outside the salon.',
      'loitering.waiting',
      'suspect',
    ],
    // A person named in a clause a comma has closed does not do what follows.
    [
      'The male is there every time IP attends the gym, stares at her.',
      'watching.watched',
      'suspect',
    ],
    // A reported clause with a subject of its own that cannot be named is not the reporter's.
    ['RP STATES JAMIE WAS SAT IN HIS CAR OUTSIDE HER WORK', 'loitering.waiting', null],
    [
      'RP CALLING AGAIN VERY UPSET, KEV OUTSIDE ADDRESS, BANGING ON HER DOOR',
      'loitering.home',
      null,
    ],
    // What someone was told, or rang to say, has a subject of its own.
    ['Her friend told her the boy was following them.', 'following.followed', 'suspect'],
    ['Her son told her SUS had let himself into the house.', 'property.entry', 'suspect'],
    ['Her son told her that SUS had followed her.', 'following.followed', 'suspect'],
    ['My friend told me that he had been looking at my social media.', 'monitoring.accounts', 'he'],
    // What was seen or realised has a subject of its own, as what was said does.
    ['I saw that he had uploaded pictures of her onto his Facebook.', 'publishing.posted', 'he'],
    ['She realised that he had put a tracker on her car.', 'tracking.device', 'he'],
    // Words told by someone the reader cannot name are not the act of the one they are about.
    [
      "Two men describing themselves as friends of Dean called at her parents' house on Saturday and told her father that she would end up in hospital.",
      'threats.verbal',
      null,
    ],
    ['I have since been told that he had been following me.', 'following.followed', 'he'],
    // The one told is not the subject when what follows is not a verb of its own.
    [
      'SUS told her friend about the messages and followed her home.',
      'following.followed',
      'suspect',
    ],
    // A threat's words name the one threatened as their subject; the threat is the speaker's.
    ['He told her she is getting her legs broken.', 'threats.verbal', 'he'],
    ['He texted her saying she will get what is coming.', 'threats.verbal', 'he'],
    ['He said I should watch my back.', 'threats.verbal', 'he'],
    // An unnamed person seen does the -ing acts after; the one who saw does not.
    ["I've seen someone standing in the alley looking up at my bedroom.", 'watching.watched', null],
    // After an "if" clause, a pronoun with "would" opens the main clause; "drew" is a verb.
    [
      'He told her that if she went to the police he would pay someone to break her legs.',
      'threats.verbal',
      'he',
    ],
    [
      'As the victim walked past him on Carr Lane the suspect drew his finger across his throat.',
      'threats.verbal',
      'suspect',
    ],
    // A thing reported is not the reporter's doing; what is reported of her state is hers.
    ['0955 V REPORTS SPYWARE ON PHONE, FOUND BY PHONE SHOP', 'monitoring.accounts', null],
    ['0711 RP SAYS EMAIL PASSWORD CHANGED OVERNIGHT', 'monitoring.accounts', null],
    ['She reports a hidden camera in her bedroom.', 'watching.watched', null],
    // The one seen does the -ing acts told after him, one after another.
    [
      'The victim has seen the suspect sitting on the bench, facing her bedroom window.',
      'watching.watched',
      'suspect',
    ],
    [
      'The victim identified the suspect from her doorbell footage looking into her windows.',
      'watching.watched',
      'suspect',
    ],
    // A verb after "and" shares the main clause's subject, not one in a "till" clause.
    ['He said he would wait till I was asleep and burn the house down.', 'threats.verbal', 'he'],
    // Not when the one reporting is the victim, or the words are about harming herself.
    ['IP says she then set out to make his life hell.', 'threats.verbal', 'she'],
    ['He told her she should hurt herself.', 'threats.verbal', 'she'],
    ['FRIEND RANG HER TO SAY THE BOY WAS FOLLOWING THEM', 'following.followed', 'suspect'],
    ['He told her he was following her.', 'following.followed', 'he'],
    ['She told him she was following his car.', 'following.followed', 'she'],
    // The agent of a passive does the -ing acts told right after him, except after a verb of
    // seeing, where the one seen does them.
    [
      'JUDGE APPROACHED IN STAFF CAR PARK BY MALE SHOUTING + FILMING ON PHONE',
      'watching.watched',
      'suspect',
    ],
    [
      'The suspect was seen by a witness trailing the victim along the towpath.',
      'following.followed',
      'suspect',
    ],
    // The one who saw, named after "by", is not the one seen, with or without a rank.
    [
      'The suspect was seen by PC Jones sat on the wall outside her house watching the windows.',
      'watching.watched',
      'suspect',
    ],
    ['He was seen by Sarah Jones sat in his car outside her house.', 'loitering.home', 'he'],
    ['PC Jones saw him sat in his car outside her house.', 'loitering.home', 'he'],
    [
      "IP rec'd IG msg from SUS threatening to post her nudes to her fam.",
      'threats.verbal',
      'suspect',
    ],
    // A thing seen does the -ing act told after it, not the one who saw it.
    [
      'IP noticed a mobile phone outside the window, on a pole, recording them.',
      'watching.watched',
      null,
    ],
    ['I saw him outside, staring at me.', 'watching.watched', 'he'],
    // ... and so does the one seen doing something with the thing, or having it with him.
    [
      'Twice I have seen him holding up a camera with a long lens pointed at my window.',
      'watching.watched',
      'he',
    ],
    [
      'Neighbours noticed a man with binoculars in a car opposite her bungalow.',
      'watching.watched',
      'suspect',
    ],
    // ... and so has what was told about a thing; the teller is not its subject.
    ['Police have since told me it was a device for spying on me.', 'watching.watched', null],
    ['Police told her there was a camera watching her flat.', 'watching.watched', null],
    [
      'I have since been told it was meant to pick up what was being said.',
      'watching.watched',
      null,
    ],
    ['She was told he was following her.', 'following.followed', 'he'],
    // A clause that only says something exists names no doer.
    [
      'My friend showed me his Instagram and there were photos of me I never knew had been taken.',
      'watching.watched',
      null,
    ],
    // The one seen using something is its user.
    [
      "The victim's colleague saw her ex-partner using binoculars from the car park.",
      'watching.watched',
      'relation',
    ],
    // In an upper-case log a verb of saying or seeing is not part of the name after it.
    [
      'RP STATES SUSP RECORDING HER ON PHONE OVER FENCE WHILE SHE IN GARDEN',
      'watching.watched',
      'suspect',
    ],
    // A thing reported with something done to it was not done by the one reporting.
    ['IP REPORTS GMAIL, PAYPAL AND DROPBOX ACCESSED OVERNIGHT', 'monitoring.accounts', null],
    ["IP's new partner reports feeling intimidated by the messages.", 'fear.feelings', 'relation'],
    // ... but the reporter's own act stays hers, and a quotation is its speaker's.
    ['RP STATES SHE WAITED OUTSIDE HIS HOUSE', 'loitering.waiting', 'she'],
    ['IP states she was followed home again.', 'following.followed', 'she'],
    // A male opening a clause of his own after a comma is its subject.
    ['0645 RP CALLS, MALE IN CAR OUTSIDE HER HOUSE AGAIN', 'loitering.waiting', 'suspect'],
    // The person a relative clause describes is the subject, even after its comma.
    [
      'HER FATHER, WHO SHE HAS CUT CONTACT WITH, HAS BEEN WAITING OUTSIDE HER HALLS',
      'loitering.waiting',
      'kin',
    ],
  ])('finds the subject: %s', (text, rule, expected) => {
    expect(who(first(text, rule).m.subject)).toBe(expected);
  });

  it("reads a log's person word without its apostrophe as the owner of the person after it", () => {
    const mum = first('CALLER STATES HER EX PARTNERS MUM HAS BEEN RINGING HER', 'contact.verb').m
      .subject;
    expect(mum?.kind === 'person' ? mum.owner : null).toEqual({ kind: 'role', role: 'relation' });
    // A plural that owns nothing stays a plural: "her friends" are hers.
    const friends = first('Her friends have been ringing her.', 'contact.verb').m.subject;
    expect(friends?.kind === 'person' ? friends.owner : null).toEqual({
      kind: 'pronoun',
      p: 'she',
    });
  });

  it('reads "from X\'s home" as where a journey began, and "from X\'s office" as the sender', () => {
    expect(
      first("Dashcam shows SUS veh tailgating IP from her mum's addr.", 'following.followed').m
        .agent,
    ).toBe(null);
    const sender = first("Phone calls from the company's office.", 'third.contacted').m.agent;
    expect(sender?.kind).toBe('person');
  });

  it('reads owners and things around person words', () => {
    // "friend requests" are a kind of request, not a friend who acts.
    expect(
      who(
        first(
          'The victim has had friend requests from six new Facebook profiles.',
          'fake.new-accounts',
        ).m.subject,
      ),
    ).toBe('victim');
    // "the suspect's motorbike in her mirrors": the vehicle's owner is there; the victim's own
    // car only says where.
    expect(
      who(
        first("She noticed the suspect's motorbike in her mirrors.", 'following.behind').m.subject,
      ),
    ).toBe('suspect');
    expect(
      who(first("The van sat behind V's car on the drove.", 'loitering.turned-up').m.subject),
    ).not.toBe('victim');
  });

  it('reads the one seen as the doer of a sighting, not its object', () => {
    const seen = first('I can see him in his car at the end of the road.', 'loitering.waiting');
    expect(who(seen.m.subject)).toBe('he');
    expect(seen.m.object).toBe(null);
    expect(first('He followed her home.', 'following.followed').m.object).toBe('she');
  });

  it('reads "her" before an adverb of how often as the object', () => {
    expect(first('RP SAYS HE HAS BEEN RINGING HER NONSTOP ALL DAY', 'contact.verb').m.object).toBe(
      'she',
    );
    expect(first('He rang her mum nonstop.', 'third.contacted').m.object).toBe(null);
  });

  it('reads a person word that opens a noun as part of the thing, not its sender', () => {
    const reqs = first(
      'Since: new acct every time she blocks one + Steam friend reqs.',
      'contact.nominal',
    );
    expect(who(reqs.m.subject)).not.toBe('third_party');
    expect(who(first('Her friend sent her messages.', 'contact.verb').m.subject)).toBe(
      'third_party',
    );
  });

  it('keeps an act that reached someone "her" owns for the rule that names them', () => {
    const rules = (t: string) =>
      analyseSentence(c, t, 0, t.length).matches.map((m) => c.rules[m.rule]?.id);
    expect(rules('He rang her mum.')).not.toContain('contact.verb');
    expect(rules('He rang her mum.')).toContain('third.contacted');
    expect(rules('He sent a letter to her employer.')).not.toContain('contact.verb');
    // A describing word may stand between: "her new boyfriend" is someone she knows.
    expect(rules('He messaged her new boyfriend on Facebook.')).not.toContain('contact.verb');
    expect(rules('He messaged her new boyfriend on Facebook.')).toContain('third.contacted');
    // Her own phone, or her address at work, is still her.
    expect(rules('He rang her phone 30 times.')).toContain('contact.verb');
    expect(rules('He rang her again and again.')).toContain('contact.verb');
    expect(rules('He has emailed her practice address over and over.')).toContain('contact.verb');
    // A shorter reading that ends at the victim herself stands.
    expect(
      rules("SUS has posted x3 on FB re V calling her a 'psycho' & naming her employer."),
    ).toContain('publishing.posted');
  });

  it('reads "by" after a verb of being somewhere as beside, not an agent', () => {
    expect(first('He waits by the staff exit after her shifts.', 'loitering.waiting').m.agent).toBe(
      null,
    );
    expect(who(first('She was followed by him again.', 'following.followed').m.agent)).toBe('he');
    // "from" after the way home says where the journey began, not who sent anything.
    expect(
      first('HAS FOLLOWED HER HOME FROM HER FRIENDS IN HIS CAR', 'following.followed').m.agent,
    ).toBe(null);
    expect(who(first('She got texts from her ex.', 'contact.nominal').m.agent)).toBe('relation');
  });

  it('recognises passive and receive constructions with their agent', () => {
    const p = first('She was followed home by him again.', 'following.followed').m;
    expect(p.mode).toBe('passive');
    expect(who(p.agent)).toBe('he');
    const r = first('Victim received five letters from the suspect.', 'contact.received').m;
    expect(r.mode).toBe('receive');
    expect(who(r.agent)).toBe('suspect');
  });

  it('reads "being" + participle as passive, and the one reporting it as no part of the act', () => {
    const p = first(
      'The family report the tyres on their car being slashed.',
      'property.damaged',
    ).m;
    expect(p.mode).toBe('passive');
    expect(p.subject).toBe(null);
    expect(
      analyse('The family report the tyres on their car being slashed.').behaviours,
    ).toHaveLength(1);
    // The reporter of an active act is still its subject, and "being" before an adjective is no passive.
    expect(
      who(first('The family report that he followed her.', 'following.followed').m.subject),
    ).toBe('he');
    expect(first('He was being rude when he followed her.', 'following.followed').m.mode).toBe(
      'active',
    );
  });

  it('reads something found done as done by someone other than the finder', () => {
    expect(first('She noticed a camera pointed at her window.', 'watching.watched').m.mode).toBe(
      'found',
    );
    // the finder's own act, and a person found doing it, are not
    expect(first('She found him and followed him home.', 'following.followed').m.mode).toBe(
      'active',
    );
    expect(first('Officers found him following her.', 'following.followed').m.mode).toBe('active');
    // A thing named right after the finding was put there by someone else, not by the finder.
    expect(
      analyse('THE PHONE SHOP FOUND SPY APP ON HER MOBILE. SHE IS SCARED.').behaviours.map(
        (b) => b.id,
      ),
    ).toContain('monitoring_online');
    // Describing words may stand between the determiner and the thing found...
    expect(
      first("V's brother found a small voice recorder under the drive.", 'watching.watched').m.mode,
    ).toBe('found');
    // Something seen is found too: the one who saw a post did not make it.
    expect(
      first('I have seen a post on his Instagram with a picture of my flat.', 'publishing.posted').m
        .mode,
    ).toBe('found');
    // ...but not a particle, a conjunction or an auxiliary.
    expect(
      first('CALLER HAS FIND MY UP AND IS FOLLOWING THE DOT', 'following.followed').m.mode,
    ).toBe('active');
    // A quantity may stand before the thing found ("hundreds of pictures"), but not another act.
    expect(
      first('Officers found hundreds of pictures of her taken from a distance.', 'watching.watched')
        .m.mode,
    ).toBe('found');
    expect(
      first('Officers found out he took hundreds of pictures of her.', 'watching.watched').m.mode,
    ).toBe('active');
    // "her" before the thing found says whose it is; she is not the one seen doing it.
    expect(first('She found her tyres slashed.', 'property.damage').m.mode).toBe('found');
    expect(analyse('I saw her following him.').behaviours.map((b) => b.id)).toContain('following');
    // The state something was left in reads like a participle after finding it.
    expect(first('I came home to find some of my underwear gone.', 'property.entry').m.mode).toBe(
      'found',
    );
  });

  it('reads the state something was left in as done to it, not by the one who saw it', () => {
    const down = first('When I got up both front tyres were down.', 'property.damage').m;
    expect(down.mode).toBe('passive');
    expect(
      analyse('When I got up both front tyres were down.').behaviours.map((b) => b.id),
    ).toContain('interfering_with_property');
    // Not a person's own state, and not a state with nothing done ("he was down the pub").
    expect(analyse('He was down the pub when she left.').behaviours).toEqual([]);
  });

  it("takes the victim's pronoun from after the victim, but not from words reported about her", () => {
    const votes = (t: string) => analyseSentence(c, t, 0, t.length).votes;
    expect(votes('IP states she was followed home.').she).toBeGreaterThan(0);
    expect(votes('The suspect messaged the victim saying he would send the photos.').he).toBe(0);
  });

  it('counts "I" as the recording officer only for an officer\'s past act or title', () => {
    const policeI = (t: string) => analyseSentence(c, t, 0, t.length).votes.policeI;
    expect(policeI('I attended the address and I checked the CCTV.')).toBe(2);
    expect(policeI('I was tasked to the address.')).toBe(1);
    expect(policeI('I, PC 4417, spoke to the victim.')).toBe(1);
    // A victim's present habit, and what was done to her, are not an officer's acts.
    expect(policeI('I check the locks three times before bed.')).toBe(0);
    expect(policeI('I have been referred for counselling.')).toBe(0);
  });

  it('keeps offsets relative to the sentence and inside it', () => {
    const text = 'xxxx He followed her home.';
    const r = analyseSentence(c, text, 5, text.length);
    for (const m of r.matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(r.length);
    }
    expect(text.slice(5).slice(r.matches[0]!.start, r.matches[0]!.end)).toBe('followed her home');
  });

  it('records who owns a person word, for proxies', () => {
    const r = analyseSentence(c, "SUS's mother and sister came to the door.", 0, 41);
    expect(r.owned.map((o) => o.word)).toEqual(
      expect.arrayContaining([c.stem('mother'), c.stem('sister')]),
    );
  });
});

describe('who feels it', () => {
  it('gives a feeling the suspect causes to the person made to feel it', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(ids('He made me feel intimidated and anxious.')).toContain('fear_alarm_distress');
    expect(ids('It has left her feeling unsafe in her own home.')).toContain('fear_alarm_distress');
    // The suspect's own feelings are not the victim's fear.
    expect(ids('He was scared of being caught.')).not.toContain('fear_alarm_distress');
    expect(ids('He made himself feel better by drinking.')).not.toContain('fear_alarm_distress');
  });
});

describe('whose the victim is', () => {
  const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);

  it('counts the fear of the victim’s own people, not of the suspect’s', () => {
    expect(ids('Her ex keeps turning up. Her family are terrified.')).toContain(
      'fear_alarm_distress',
    );
    expect(ids('Her ex keeps turning up. His mum is terrified.')).not.toContain(
      'fear_alarm_distress',
    );
    expect(ids('SUS keeps coming into the shop. Staff very shaken.')).toContain(
      'fear_alarm_distress',
    );
  });

  it('reads the victim from whose places the acts were at', () => {
    // The victim's own text to him would otherwise make "he" the victim.
    const t =
      'IP met SUS once, later texted him she felt no chemistry. Since then he has turned up at her school and outside her house.';
    expect(ids(t)).toContain('loitering_or_turning_up');
    expect(ids(t)).not.toContain('repeated_contact');
  });
});

describe('a person joined by "and"', () => {
  it('shares the position of the person before it', () => {
    // "IP and her sister" are what he sent messages to, not who sent them.
    const { m } = first(
      'He sent IP and her sister messages saying she would be hurt.',
      'threats.verbal',
    );
    expect(who(m.subject)).toBe('he');
  });
});

describe('a plural possessive', () => {
  it('reads "parents\' house" as a possessive, not the end of a quotation', () => {
    const ids = analyse(
      "He keeps going to her parents' making threats about what he will do to her.",
    ).behaviours.map((b) => b.id);
    expect(ids).toContain('threats');
  });
});

describe("the victim's sex beside the victim word", () => {
  it("says which pronoun is the victim's", () => {
    // "he" is named more often, but the caller is a woman: he is the suspect.
    const t =
      '2210 FEMALE CALLER REPORTS EX IS OUTSIDE HER FLAT. CALLER SAYS HE HAS BEEN SENDING MSGS ALL NIGHT.';
    expect(analyse(t).behaviours.map((b) => b.id)).toEqual(
      expect.arrayContaining(['repeated_contact', 'loitering_or_turning_up']),
    );
    const shorthand = 'IP (M, 52). SUS is his ex. She has texted him 40 times since Friday.';
    expect(analyse(shorthand).behaviours.map((b) => b.id)).toContain('repeated_contact');
  });
});

describe('negation by "nobody"', () => {
  it('sets aside acts nobody did', () => {
    const a = analyse('Nobody from the company has threatened him or contacted his family.');
    expect(a.behaviours.map((b) => b.id)).toEqual([]);
  });
});

describe('the subject of a closed clause', () => {
  it('does not carry past the comma that closes it', () => {
    const ids = analyse(
      'He took to waiting at the same place on the day she went into town, followed her home and wrote to her over and over.',
    ).behaviours.map((b) => b.id);
    expect(ids).toContain('following');
    expect(ids).toContain('repeated_contact');
    // A verb joined by "and" after a clause of hers is still his.
    expect(
      analyse('Her ex says he knows where she lives and keeps coming round.').behaviours.map(
        (b) => b.id,
      ),
    ).toContain('loitering_or_turning_up');
    // Without the comma it is still her clause: "when she walked her home" is not his act.
    expect(
      analyse('When she walked her friend home he stayed in.').behaviours.map((b) => b.id),
    ).not.toContain('following');
  });
});

describe('an officer named by collar number', () => {
  it.each([
    ['PC 2231 attended her home address to take a statement.', 'loitering.home', 'police'],
    ['PC 2231 SMITH attended her home address.', 'loitering.home', 'police'],
    ['DC 4417 visited her at home.', 'loitering.turned-up', 'police'],
    ['PCSO 7781 attended the address.', 'loitering.home', 'police'],
    // A number after anything but a rank is not an officer: a time, a phone line.
    ['At 2231 he attended her home address.', 'loitering.home', 'he'],
    ['He rang police 101 and then turned up at her house.', 'loitering.home', 'he'],
  ])('%s', (text, rule, actor) => {
    expect(who(first(text, rule).m.subject)).toBe(actor);
  });

  it('an officer who saw someone is not the one seen', () => {
    const text = 'Seen by PCSO 0715 sat on the wall opposite her house watching the door.';
    expect(who(first(text, 'watching.watched').m.subject)).toBeNull();
  });

  it('"I" with any rank is the recording officer', () => {
    for (const rank of ['PC', 'DC', 'PCSO']) {
      const set = analyse(`I, ${rank} 4417, attended her home address.`).suppressed;
      expect(set.length).toBeGreaterThan(0);
      expect(set.map((s) => s.actor)).toEqual(set.map(() => 'police'));
    }
  });

  it('ranks are police words of the pack', () => {
    for (const t of defaultPack.words.policeTitles) expect(defaultPack.actors.police).toContain(t);
  });
});

describe("a record's plan for an officer", () => {
  it.each([
    ['OIC to contact IP tomorrow to update her.', 'contact.verb', 'police'],
    ['Officer to attend her address tomorrow.', 'loitering.home', 'police'],
  ])('%s', (text, rule, actor) => {
    expect(who(first(text, rule).m.subject)).toBe(actor);
  });

  it('anyone else named so passes on what the suspect sent', () => {
    const ids = analyse('Friend to pass on message from SUS.').behaviours.map((b) => b.id);
    expect(ids).toContain('contacting_third_parties');
  });

  it('an advocate is a third party', () => {
    expect(who(first('The advocate rang her twice.', 'contact.verb').m.subject)).toBe(
      'third_party',
    );
  });
});
