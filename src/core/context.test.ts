import { describe, expect, it } from 'vitest';
import { analyse } from './index';
import type { BehaviourId, SuppressionReason } from './types';

const found = (t: string): BehaviourId[] => analyse(t).behaviours.map((b) => b.id);
const reasons = (t: string): SuppressionReason[] => analyse(t).suppressed.map((s) => s.reason);

describe('ConText: negation', () => {
  it.each([
    'He has not contacted her since June.',
    'There has been no further contact from him since the warning.',
    'VIC confirms SUS has never followed her.',
    'He denies following her.',
    'SUS must not contact IP directly or indirectly.',
    // "No reports of" reaches over a list of acts.
    'There are no reports of him following the couple, watching them or contacting them.',
    'No allegation that anyone has followed, watched or contacted him.',
    // The negation still reaches the act in its own clause before "and it".
    'He did not follow her and it was a stranger after all.',
    // A list of acts after a comma stays negated while it goes on to "or".
    'He has not called, texted or emailed her since the order.',
    'He did not follow her and wait outside.',
    // "not" with its auxiliary still reaches a past act after "and".
    'He has not followed her and waited outside since the order.',
    'The neighbours have not followed me, come to my door, sent me messages or threatened me.',
    // ...and so does every act before its "or", however long the list.
    'The neighbours have not followed me, come to my door, sent me messages, threatened me or damaged anything of mine.',
    // "no" before an account word still denies it.
    'There has been no contact, no messages and no calls from him since the order.',
    // A longer cue holds the pseudo-trigger "no reason" whole, and negates.
    'I have no reason to think he has been watching me.',
    // "not" before "go" denies the going ("she will not go out" is fear, in its own rule).
    'He did not go after her.',
    'He did not go to her house that night.',
    // "nil" in a log is "no".
    'Nil evidence he has contacted V, her family or her work.',
    'Nil reports of SUS following V.',
  ])('negated: %s', (t) => {
    expect(found(t).filter((b) => b !== 'fear_alarm_distress')).toEqual([]);
    expect(reasons(t)).toContain('negated');
  });

  it.each([
    ['He would not leave her alone.', 'repeated_contact'],
    ['When I do not reply he calls me again.', 'repeated_contact'],
    ['She has not seen him since but he texts her every day.', 'repeated_contact'],
    ['She did not know he was following her.', 'following'],
    // A spaced dash closes the negated clause; "won't stop" says it goes on.
    ['Her ex cannot accept it is over - texts and calls every night.', 'repeated_contact'],
    ['He won’t leave her alone and keeps ringing her work.', 'repeated_contact'],
    // Not agreeing to an act says it happened; "and that" starts a clause of its own.
    ['I did not agree to him watching me.', 'watching_or_spying'],
    ['I cannot predict him any more and that frightens me.', 'fear_alarm_distress'],
    ["He said if he couldn't have her nobody would.", 'threats'],
    ['There were no reports at first, but he has since followed her home twice.', 'following'],
    // After a comma, an act with no "or" to come is a clause of its own.
    ['He was not singing or holding a hymn book, just watching me.', 'watching_or_spying'],
    ['He did not reply, then he followed me home and threatened me or my son.', 'following'],
    ["Doesn't approach, watches her walk to car.", 'watching_or_spying'],
    // "and" with a verb of its own starts a clause the negation does not reach.
    ["Texts saying he can't live without her and will kill himself.", 'threats'],
    // "no" and "without" deny a thing; a past act after "and" is one of its own.
    ['He made a profile with no photo and viewed my page every day.', 'monitoring_online'],
    // "because" gives a reason: a clause the negation does not reach.
    ['IP cannot log in because her password was changed by SUS.', 'monitoring_online'],
    ['She does not open the door because he keeps turning up at night.', 'loitering_or_turning_up'],
    // "no" after a word for a phone or account is its number, not a denial.
    ["V rec'd txt from unk no. saying ur dead, she knows it is SUS.", 'threats'],
    ['Text from unknown no saying ur dead.', 'threats'],
    // "for no reason" is no denial of the act after it.
    ['He turned up for no reason and stood outside her house.', 'loitering_or_turning_up'],
  ])('not negated (pseudo-trigger or termination): %s', (t, id) => {
    expect(found(t)).toContain(id);
  });
});

describe('ConText: hypothetical', () => {
  it.each([
    'Advised that if he turns up again she should call 999.',
    'She is worried he might start following her.',
    'Stalking can include following someone or turning up at their home.',
    'IP concerned SUS may try to track her phone.',
    // What she fears or believes he is doing is not yet an account that he did it.
    'IP feels dirty, worried he could follow her home.',
    'She was scared he was watching the house.',
  ])('hypothetical: %s', (t) => {
    expect(found(t).filter((b) => b !== 'fear_alarm_distress')).toEqual([]);
    expect(reasons(t)).toContain('hypothetical');
  });

  it('reads "advises" in a log as reporting, "advised" as the advice given', () => {
    expect(found('1905 RP ADVISES EX HAS SENT FLOWERS TO HER WORK AGAIN')).toContain(
      'gifts_or_items',
    );
    expect(found('IP advised to call 999 if he turns up at her work again.')).toEqual([]);
  });

  it('keeps the act when the fear is of something else', () => {
    // The fear is the effect; the act after "because" or in a clause of its own stands.
    expect(found('She is scared because he follows her home every night.')).toContain('following');
    expect(found('IP scared, he was watching her from his car again.')).toContain(
      'watching_or_spying',
    );
  });

  it('keeps a conditional threat: a threat is still a threat', () => {
    expect(
      found(
        'He said that if she did not come back he would send intimate photos of her to her family.',
      ),
    ).toContain('threats');
  });

  it('ends what he said he will do at a comma before what he keeps doing', () => {
    expect(
      found('Texts saying he will kill himself, keeps coming into the pub where she works.'),
    ).toContain('loitering_or_turning_up');
  });

  it('ends an if-clause at the main clause subject', () => {
    expect(found('If I did not answer he would ring me again and again.')).toContain(
      'repeated_contact',
    );
  });
});

describe('ConText: other actor', () => {
  it.each([
    ['Security guard followed the male along the High Street.', 'following'],
    ['Officers followed the vehicle for approx 1 mile.', 'following'],
    ['The victim followed up with her bank on several occasions.', 'following'],
    ['A witness followed the suspect to the car park.', 'following'],
    ['VIC followed veh 2 for approx 400m to obtain the VRM.', 'following'],
    ['IP recvd approx 20 calls purporting to be from HMRC.', 'repeated_contact'],
    ['The OIC called the victim three times to update her.', 'repeated_contact'],
    // what both agreed is not unwanted conduct
    [
      'He waited outside in his car at handover time, as agreed in the order.',
      'loitering_or_turning_up',
    ],
  ])('%s', (t, id) => {
    expect(found(t)).not.toContain(id);
  });

  it.each([
    ['He followed me home from the station.', 'following'],
    ['I was followed home by him again.', 'following'],
    ['IP followed from ATM by 2 unk males.', 'following'],
    ['My neighbour saw him waiting outside my house.', 'loitering_or_turning_up'],
    ["SUS's mother and sister have att IP addr on 4 occ.", 'loitering_or_turning_up'],
    // an agreement said before the act does not cover it
    ['He was meant to collect the kids as agreed but instead followed her home.', 'following'],
  ])('counted as the suspect: %s', (t, id) => {
    expect(found(t)).toContain(id);
  });

  it('explains what it set aside, with the cue', () => {
    const a = analyse('The security guard followed her to the exit.');
    expect(a.behaviours).toEqual([]);
    expect(a.suppressed[0]).toMatchObject({
      id: 'following',
      reason: 'other_actor',
      actor: 'third_party',
    });
    expect(a.suppressed[0]?.cue?.text).toBe('guard');
  });
});

describe('brackets', () => {
  it('ends a cue inside brackets at the closing bracket, and lets one before them reach past', () => {
    const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
    expect(
      ids(
        'Ex-husband on SPO (no contact, not to view her socials) went through her TikTok videos.',
      ),
    ).toContain('monitoring_online');
    expect(ids('He did not (as far as she knows) follow her home.')).not.toContain('following');
  });
});

describe('lists of examples', () => {
  const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
  it.each([
    'Examples given: flowers, gifts, malicious msgs, damage.',
    'Methods listed: unwanted calls/texts, hacking, tracking apps.',
    'Lists what stalkers commonly do: follow on foot or by car, send letters, slash tyres.',
  ])('reads a list after an example cue and its colon as examples: %s', (t) => {
    expect(ids(t)).toEqual([]);
  });
  it.each([
    ['She gave examples: he followed her home on 3/2.', 'following'],
    ['IP gave examples: SUS followed her home on 3/2.', 'following'],
    ['Methods he used to find her: he fitted a tracker to her car.', 'tracking_device'],
  ])('keeps acts with a subject of their own after the colon: %s', (t, id) => {
    expect(ids(t)).toContain(id);
  });
  it('lets a colon end a cue that does not introduce a list', () => {
    expect(ids('She was worried that: he followed her home from work.')).toContain('following');
  });
});

describe('denials and questions that name a person', () => {
  const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
  it('sets aside the acts "no suggestion" goes on to list, with a name in between', () => {
    const t =
      'There is no suggestion Mrs Tebbit followed the girl, went to her home or kept contacting her.';
    expect(ids(t)).not.toContain('following');
    expect(ids(t)).not.toContain('repeated_contact');
    expect(ids('No suggestion of any wrongdoing. He followed her home on 3/2.')).toContain(
      'following',
    );
  });
  it('sets aside what a person was asked whether he did, but not what he did while asking', () => {
    expect(ids('Police asked whether he had been outside her house.')).toEqual([]);
    expect(ids('I have been asked whether he followed me after we split.')).toEqual([]);
    expect(ids('He followed her home and asked whether she was alone.')).toContain('following');
    expect(ids('He rang her asking whether she was home.')).toContain('repeated_contact');
  });

  it('sets aside what officers are told to ask about, but not the act of one who asked', () => {
    expect(ids('Officers should ask whether the suspect has turned up at her home.')).toEqual([]);
    expect(ids('OIC to ask the victim if he has been following her.')).toEqual([]);
    expect(ids('Please ask if he has been following her.')).toEqual([]);
    expect(ids('He rang her to ask if she was in and then turned up at her home.')).toContain(
      'loitering_or_turning_up',
    );
    expect(ids('The victim asked if he would stop following her.')).toContain('following');
  });
});

describe('"May" the month and "may" the modal', () => {
  const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
  it.each([
    'Between March and May 2016 the suspect sent her over a hundred texts.',
    'From April to May he sent her 40 texts.',
    'In May 2019 he sent her 40 texts.',
  ])('reads the month at the end of a range or before a year as a month: %s', (t) => {
    expect(ids(t)).toContain('repeated_contact');
  });
  it('reads "May" after a title as a name', () => {
    expect(ids('CALLER DR MAY WYDHAM STATES NEIGHBOUR HAS CAMERAS POINTED AT HER DRIVE')).toContain(
      'watching_or_spying',
    );
  });
  it.each(['He may follow her again.', 'In March he may have followed her.'])(
    'still reads the modal as doubt: %s',
    (t) => {
      expect(ids(t)).toEqual([]);
    },
  );
});

describe('what the officer advised', () => {
  const ids = (t: string) => analyse(t).behaviours.map((b) => b.id);
  it('sets aside a list of advice after "advised:", and not conduct told after it', () => {
    expect(
      ids(
        'ADVISED: DONT RESPOND, KEEP ALL MSGS + NOTE CALLS, THINK ABOUT NEW NUMBER AND TIGHTER PRIVACY SETTINGS.',
      ),
    ).toEqual([]);
    expect(ids('Advised re diary. He has since set up a new account to message her.')).toContain(
      'fake_accounts',
    );
    expect(
      ids('Caller advised that he rang her mum on Sunday asking who she is seeing.'),
    ).toContain('contacting_third_parties');
  });
});
