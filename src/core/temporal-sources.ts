/**
 * The regular expressions of the temporal reader (temporal.ts), as sources: data the background
 * sends to content scripts inside the rule pack (`RulePack.temporal`), so the content script's
 * bundle does not carry them. Each source is compiled global; its index is the `re` of the
 * matching entry in temporal.ts, which holds what the match means. The whole-sentence readers
 * follow, then a gate for each pattern and each reader (see `TEMPORAL_SOURCES`).
 */
import {
  EARLIER_REPORTS,
  HHMM,
  MONTH_RE,
  NOT_DENIED,
  NUM_RE,
  ORDINAL_RE,
  READER_IDS,
  type ReaderId,
} from './temporal';
import { gateOf } from './required-strings';
import { WEEKDAYS, WEEKDAY_SHORT } from './calendar';

// Month names that may start "March 4"; "may", "mar" and "sep" are left out (verbs, shorthand).
const MONTH_DAY_RE = MONTH_RE.split('|')
  .filter((m) => !['may', 'mar', 'sept', 'sep'].includes(m))
  .join('|');
const DATE_RE = `\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_RE})(?: \\d{4})?`;
const WEEKDAY_RE = [...WEEKDAYS, ...WEEKDAY_SHORT].join('|');
// Counted things that are each an act of contact or a visit.
const ITEM_RE =
  'breaches|incidents|sightings|attempts|approaches|communications|ltrs|messages|msgs|texts|txts|calls|voicemails|emails|letters|cards|notes|visits|dms|friend requests|requests|comments|posts|tweets|transfers|parcels|deliveries|gifts|presents|packages|photos|photographs|pictures|pics|images|videos|accounts|accts|profiles|numbers|nos|adds|whatsapps|snaps';
// Acts whose plural says "more than once" ("left notes", "made calls"); not gifts or flowers,
// which are often several things left at once.
const PLURAL_ACT_RE =
  'messages|msgs|texts|txts|calls|voicemails|emails|letters|cards|notes|dms|friend requests|comments|posts|tweets|videos|vids|blog posts|articles|whatsapps|snaps|visits|sightings|parcels|deliveries|accounts|accts|profiles|numbers|nos|comings and goings';

// Places she is found at, for "at her home and at her work": two places are two occasions.
const PLACE_RE =
  "home|house|flat|address|addr|work|workplace|office|school|college|uni|university|gym|church|shop|salon|surgery|(?:parents|mum|mother|mam|dad|father|sister|brother|nan|gran|friend|parents)'s(?: house| home| flat| address| addr)?";
const PLACE_POSS = "(?:her|his|their|my|the|the victim's|ip's|v's|ips|vs)";

const PATTERN_SOURCES: readonly string[] = [
  // 0
  `\\b(?:(?:between|betw|from) (${DATE_RE}) ?(?:and|to|-|until|till|&) ?(${DATE_RE})|(?:between|betw) (\\d{1,2})(?:st|nd|rd|th)? and (\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_RE}))|(?:from )?(\\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|to|until|till) ?(\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_RE}))|(\\d{1,2}/\\d{1,2}) ?[-–] ?(\\d{1,2}/\\d{1,2})(?![\\d/]))\\b`,
  // 1
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_RE})\\b(?:,? (\\d{4}))?`,
  // 2
  `\\b(${MONTH_DAY_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?! (?:days|weeks|months|years|times|occasions|mins|minutes|hours|hrs))(?:,? (\\d{4}))?`,
  // 3
  `\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b`,
  // 4
  `(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/])`,
  // 5
  `\\b(?:on )?the (\\d{1,2})(?:st|nd|rd|th)\\b(?! of (?:${MONTH_RE})| (?:time|call|report|incident|occasion|visit|breach|sighting|attendance)\\b)`,
  // 6
  `\\b(?:(last|this|next|on|the following|the next|that|following) )?(${WEEKDAY_RE})(?:day)?\\b(?: (morning|afternoon|evening|night))?`,
  // 7
  `\\b(yesterday|today|tonight|this (?:morning|afternoon|evening|eve)|last night|earlier today|(?:later|earlier) that (?:day|night|evening|morning|afternoon)|(?:the )?(?:next|following) (?:day|morning|evening|night|week|weekend)|the day after|the night after|the previous (?:day|night|week)|the day before|(?:(?<!\\bsince (?:early |late )?)last|this|that|the same) (?:week|wk|weekend|month)|(?<!\\bsince (?:early |late )?)last(?<!\\b(?:over|for|during|throughout|in|within) the last) (?:year|christmas)|new year'?s (?:eve|day)|christmas (?:eve|day)|(?<=^|\\bon |[/|] )day \\d{1,2}(?!\\d|[/:.]\\d| (?:of|and|or|to)\\b))\\b`,
  // 8
  `\\b(${NUM_RE}|a|an|few|couple of) (day|days|week|weeks|wk|wks|month|months|mth|mths|fortnight|hour|hours) (later|after(?:wards)?|ago)\\b`,
  // 9
  `\\b(?:at |about |around |approx(?:imately)? )(\\d{3,4}) ?(?:hrs|hours)\\b|(?:\\b(?:at|about|around|approx|and)|[+&]) ?(?:0\\d|1[0-8]|2[1-3])[0-5]\\d\\b(?! ?[a-z]*s\\b)|\\b(\\d{1,2})(?::(\\d{2}))? ?(am|pm)\\b|\\b(\\d{1,2}):(\\d{2})\\b`,
  // 10
  `\\b(?:on )?((?:over |more than |at least |approx(?:imately)? |about |around )?(?:${NUM_RE})) (?:separate |different |other |further |more |occasions? )?(occasions|occasion|occs|occ|times|dates|days|nights|mornings|evenings|lunchtimes|weekends|visits|nights running|days running|weeks running|weekends running|mornings running|evenings running|times running|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\b(?! (?:a|per|each|every) )`,
  // 11
  `\\b(?:(?:the|a|this|her) )?(${ORDINAL_RE}) (?:time|call|report|incident|occasion|visit|breach|sighting|attendance)\\b|\\b(?:this is|it's|its|that's|thats|this was) the (${ORDINAL_RE})\\b|^(?:\\d{4} )?(?:breach|incident|occasion|visit|sighting|episode) (?:no\\.? ?)?(\\d{1,2}) ?[:)-]`,
  // 12
  `\\b(twice|thrice)\\b(?! (?:a|per|each|every) )|(?:^|\\s)x ?(\\d{1,3})\\b|\\b(several|multiple|mult|numerous|many|sev) ?x\\b|\\b(\\d{1,2})x\\b(?! ?\\d| ?\\/| (?:a|per|each|every|daily|weekly)\\b)|\\b(?:at|to|outside|on|near) (both)(?= (?:of (?:her|his|the|their) )?(?:viewings|addresses|addrs|houses|homes|properties|flats|places|venues|locations|occasions|dates|days|nights|visits|workplaces|jobs|schools|branches|sites|events|meetings|hearings|appointments)\\b)`,
  // 13
  `\\b((?:over |more than |at least |approx(?:imately)? |about |around |up to )?(?:${NUM_RE}))(?! of)(?: [a-z0-9'/-]+){0,2}? (${ITEM_RE})\\b`,
  // 14
  `\\b((?:daily|nightly|hourly|weekly)(?! (?:life|lives|living|routine|routines|activities|activity|tasks|chores|business|needs|care|duties|run|runs|walk|walks|jog|commute|exercise|shop|shopping|dose|medication|mail|paper|newspaper|bread|meeting|meetings|shift|shifts|work|job|rate|allowance|limit|visit to the|basis for)\\b)|every (?:single )?(?:day|night|morning|evening|week|weekend|hour|few days|other day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:most|on) (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|each (?:day|night|morning|evening|week|weekend)|most (?:days|nights|mornings|evenings|weekends)|(?:in|during) the (?:mornings|evenings|afternoons|nights)|(?:at|on) weekends|on a daily basis|day and night|(?:${NUM_RE}) times (?:a|per|each|every) (?:day|night|week|month)|(?:twice|thrice|once) (?:a|per|every) (?:day|night|week|month))\\b`,
  // 15
  `\\b(\\d{1,3})(?:-\\d{1,3})? ?(?:x|times|calls|msgs|messages|texts|txts)? ?(?:/|a |per )(day|night|wk|week)\\b`,
  // 16
  `\\b(constantly|repeatedly|rptdly|rpt'?dly|continually|routinely|habitually|endlessly|obsessively|occasionally|every so often|from time to time|(?:every )?now and (?:then|again)|more than once|on (?:repeated|different|separate|other|various|many|numerous|multiple) occasions|on occasions?|without (?:a )?let-?up|morning,? noon and night|continuously|persistently|incessantly|relentlessly|regularly|frequently|non[- ]?stop|all the time|at all times|24/7|again and again|over and over|time after time|time and again|on a regular basis|(?:contact|messag|text|txt|call|ring|phon|e-?mail)\\w* (?:\\w+ ){0,2}?(?:far |way )?too (?:much|often)|every time|whenever|wherever (?:she|he|i|they|we|ip|v)\\b|everywhere (?:she|he|i|they|we|ip|v) (?:goes|go|went|turns|looks)|on each occ(?:asion)?|each time|every occ(?:asion)?|keeps? (?:on )?(?!(?:looking|smiling|shouting|laughing|swearing|screaming|saying|talking|going on)\\b)\\w+ing|kept (?:on )?(?!(?:staring|looking|glancing|slowing|stopping|speeding|crossing|smiling|shouting|banging|knocking|walking|pacing|waving|beeping|honking|revving|laughing|swearing|screaming|saying|talking|going on|following)\\b)\\w+ing|(?:kept|keeps) up (?!with\\b)|(?:kept|keeps?) (?:on )?att\\b|continues to|continued to|cont(?:'?d|s)? to|(?:continued|continues|continuing|carried on|carries on|carrying on) (?!(?:working|living|staying|attending|seeing|supporting|paying|receiving|going to work)\\b)\\w+ing|has continued|still (?:\\w+ing|sends|calls|texts|messages|turns|comes|waits|follows)|(?:done|did) (?:this|that|it|the same)(?: thing)? (?:before|previously)|(?:it|this|that|the same thing) (?:has |had |then )?(?:happened|occurred) again|(?:has|have|had)(?: not|n't|nt) stopped \\w+ing|never stopped \\w+ing|(?:it|this|that|they|these|he|she|sus|susp|suspect|(?:the )?(?:e-?mails|texts|txts|messages|msgs|calls|letters|visits)) (?:just |still )?(?:carried on|continued|went on|kept on|kept going|didn't stop|did not stop|never stopped|hasn't stopped|has not stopped|hasnt stopped|won't stop|will not stop|wont stop)(?= *(?:[.,;:!)]|$)| (?:after|despite|even|when|regardless|anyway|for (?:a while|some time|ages|a long time|months|weeks|years)))|(?:he|she|they|sus|susp|suspect|male|ex)(?: just| still| simply)? (?:won'?t|will not|would not|wouldn'?t|refuses to|refused to) stop(?= *(?:[.,;:!)]|$))|(?:asked|told|warned|begged|requested|instructed)(?: (?:him|her|them|sus|susp|suspect|the (?:male|female|suspect|man|woman)))?(?: \\w+){0,2}? to stop(?: \\w+){0,3}?,? (?:but |and )?(?:(?:he|she|they|sus|susp|suspect)(?: just| still| simply)? )?(?:did not|didn't|didnt|refused|ignored (?:it|her|him|them|this|that|the requests?)|carried on|continued|persisted|would not|wouldn't|wouldnt|won't|wont)(?= *(?:[.,;:!)]|$))|(?:but|yet) (?:he |she |they |sus |susp )?(?:just |still |simply )?(?:carried on|continued|persisted|kept going|kept on)(?= *(?:[.,;:!)]|$)| (?:regardless|anyway|despite)\\b)|(?:visits|calls|messages|msgs|texts|txts|letters|emails|contact|incidents|sightings|appearances|approaches|it|this|these|they) (?:became|become|becomes|becoming|grew|growing|got|getting) (?:more |increasingly |very )?(?:regular|frequent|constant|routine|persistent|relentless)\\b|(?:won'?t|will not|would not|wouldn'?t|refus(?:es|ed|ing) to) (?:leave (?:her|him|me|them|us|ip|v|victim|the victim) alone|stop (?:\\w+ing|it)|let (?:it |her |him |me )?go|take no for an answer|give up))\\b`,
  // 17
  `\\b(?:(?:constant|incessant|relentless|persistent|repeated|rptd|endless|continual|continuous|unrelenting|ceaseless|regular|frequent|ongoing|non-?stop|never-ending|recurring|recurrent|daily|nightly|weekly)(?: [a-z'-]+){0,2}?(?: and [a-z'-]+)? (?:${ITEM_RE}|contact|harassment|abuse|attention|behaviour|pestering|phone ?calls|approaches|attempts|demands|sightings|incidents|presence|drive-?bys|appearances|stalking|unwanted|snooping|spying|surveillance|monitoring|filming|photography|intrusion|issues|problems)|bombard\\w*|inundat\\w*|pester\\w*|hound(?:ed|ing|s)|plagu(?:ed|ing)|badger(?:ed|ing)|spamm(?:ed|ing)|flood(?:ed|ing) (?:her|his|my|their|the victim's|ip's) (?:phone|inbox|account|accounts|social media|mobile)|(?<!\\b(?:not|no|never|isn't|wasn't|nor|needs|need|needed|requires|required|nothing (?:showed|shows|suggests|suggested|indicated)) (?:a |an |any )?(?:stalking |harassment )?)(?:campaign|course of conduct|pattern of (?:behaviour|conduct|harassment|abuse|contact)|(?:unbroken|ongoing|relentless|persistent|repeated) pattern|sustained|prolonged|protracted|long[- ]running|systematic)|(?:day|night|week|month) after (?:day|night|week|month)|(?:message|text|call|letter|email|card|gift|visit|account|profile|number|post|note|parcel) after (?:message|text|call|letter|email|card|gift|visit|account|profile|number|post|note|parcel)|(?:at )?all (?:hours|hrs)|round the clock|around the clock|every (?:chance|opportunity)|${EARLIER_REPORTS}|(?:increasingly|escalat\\w*|more and more|more frequent(?:ly)?|intensified|worse and worse))\\b`,
  // 18
  `\\b(?<!\\b(?:said|says|saying|told \\w+|tells \\w+|promised|threatened|warned|thought|think|thinks|if|that|whether|hoped|feared|afraid) (?:he|she|they|i) )(?:would|used to) (?:often |always |regularly |sometimes |then |just |still )?(?:turn up|call|ring|phone|text|message|wait|follow|sit|drive|appear|come round|come to|come into|come in|show up|send|leave|park|stand|watch|walk past|knock|bang|email|contact|post|hang around|loiter|stare|visit|attend|write|comment|check|track|film|photograph|hide|peer|pester|harass|turn up)\\b|(?:^|\\b(?:he|she|they|sus|suspect|male|female|man|woman|ex|neighbour|now|still|also|always|often|regularly|usually|constantly|and) )(?:(?:now|still|also|always|often|regularly|usually|just) )?(?:watches|follows|texts|rings|phones|messages|emails|sits|waits|parks|stands|drives past|walks past|walks behind|walks up and down|turns up|shows up|hangs around|hangs round|loiters|stares|sends|leaves|appears|visits|photographs|films|writes|posts|tracks|monitors|contacts|knocks|bangs|calls)\\b`,
  // 19
  `\\b(?:has|have|had|he's|she's|they've|he'd|she'd|they'd|hes|shes) been (?:constantly |repeatedly |regularly |always |also |still )?(?:turning up|showing up|calling|ringing|phoning|texting|txting|messaging|msging|emailing|contacting|sending|posting|writing to|visiting|knocking|banging|following|coming round|coming to|appearing|leaving|driving past|walking past|hanging around|hanging round|hanging arnd|photographing|filming|bombarding|pestering|harassing|harrassing|stalking|bothering|approaching|asking (?:about|after)|checking|logging (?:into|in to|onto)|accessing|going through|snooping)\\b|\\b(?:(?:has|have|had|is|are|was|were|she's|he's|shes|hes|they've) been|(?<!\\b(?:like|if|though|of|about|avoid|risk) )being) (?:harassed|harrassed|stalked|pestered|hounded|bombarded|intimidated|tormented|persecuted)\\b`,
  // 20
  `\\b(?:(?:started|starts|start|began|begins|begun|begin) (?:to )?(?:turn(?:ing)? up|show(?:ing)? up|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|messag(?:e|ing)|email(?:ing)?|contact(?:ing)?|send(?:ing)?|post(?:ing)?|writ(?:e|ing) to|visit(?:ing)?|appear(?:ing)?|leav(?:e|ing)|com(?:e|ing) round|driv(?:e|ing) past|walk(?:ing)? past|bombard(?:ing)?|pester(?:ing)?|ask(?:ing)? (?:about|after))|(?:took|has taken|had taken|takes) to \\w+ing|(?:got|get|gets) into the habit of|made a habit of)\\b`,
  // 21
  `\\b(?:is|are|was|were|'s|be|been|keeps?) (?:always|forever|for ever) [a-z]+ing\\b|(?<=^|[,;:] |\\band |\\+ |\\b(?:he|she|they|sus|susp|suspect|male|female|ex) )always [a-z]+ing\\b|\\b(?:is|are|was|were|'s) (?:always|forever) (?:outside|around|about|near|hanging|lurking|parked|there)\\b`,
  // 22
  `\\b(?:from |between )?(${MONTH_RE})(?:'? ?(\\d{2}|\\d{4}))? ?(?:-|to|until|till|and) ?(${MONTH_RE})(?:'? ?(\\d{2}|\\d{4}))?\\b`,
  // 23
  `\\b(?:for|over|during|in|within|throughout)(?<!\\b(?:first|only|last)(?: [a-z']+){0,2} (?:for|over|during|in|within|throughout)) (?:(?:a|the) (?:period|course|space) of (?:the )?)?(?:the )?(?:(?:best|better|greater|most) part of (?:the )?|most of (?:the )?)?(?:(?:past|last|previous|following|next|recent) )?(?:about |around |approx(?:imately)? |nearly |almost |over |more than |at least )?(${NUM_RE}|a|an|the|few)?(?:(?<=\\d) ?(?:-|–|to) ?\\d{1,3})? ?(days|weeks|months|years|day|week|month|year|fortnight|wks|wk|mths|mth|mnths|yrs|yr)\\b`,
  // 24
  `\\b(?:for|over) (days|weeks|months|years|wks|mths|yrs)\\b|\\b(?:throughout|all through|all) (?:the |that |last |this )?(?:summer|winter|spring|autumn)\\b|\\ball through (?:the |that |last |this )?year\\b|\\bthroughout (?:the|their|her|his) (?:separation|divorce|proceedings)\\b|\\b(weeks|months|years) of\\b|\\bover (?:a (?:long |lengthy |prolonged |sustained )?period(?! of)|(?:a long |some )?time|the years)\\b`,
  // 25
  `\\b(?:lasted|lasting|went on|gone on|going on|spanning|spanned|ran|running|continued|carried on) (?:for )?(?:about |around |nearly |almost |over |more than |at least |some )?(${NUM_RE}|a|an) (days|weeks|months|years|day|week|month|year|fortnight)\\b|\\b(${NUM_RE}|a|an|\\d{1,2})[- ](day|week|month|year)(?:[- ](?:long|period|ordeal|spell|history)\\b|(?=[- ](?:campaign|course)\\b))|\\bspen(?:t|ds|ding) (?:about |around |nearly |almost |over |more than |at least |the (?:last|past) )?(?:(${NUM_RE}|a|an) )?(days|weeks|months|years|day|week|month|year)(?= [a-z]+ing\\b)|\\b(?:about |around |nearly |almost |over |more than |at least )?(${NUM_RE}|a|an) (days|weeks|months|years|wks|mths|yrs)(?: (?:now|since))(?= *(?:[.,;:!)]|$)| (?:then|that)\\b)`,
  // 26
  `\\bsince (?:(?:about|around|roughly|approx(?:imately)?|circa) )?(?:early |mid |late |mid-)?(?:19|20)\\d{2}\\b|\\bsince (?:his|her|their) release\\b|\\bsince (?:being|he was|she was|they were) (?:released|bailed|charged)\\b|\\bsince (?:she|he|they|i|we|the victim|ip) (?:ended (?:it|things)|blocked (?:him|her|them)|dumped (?:him|her)|cut (?:off )?contact)\\b`,
  // 27
  `\\bsince (?:(?:about|around|roughly|approx(?:imately)?|circa) )?(?:the (?:start|beginning|end) of |early |mid |late |mid-)?(${MONTH_RE})\\b`,
  // 28
  `\\bsince (?:(?:they|the relationship|she|he|the couple|we|i) (?:split|separated|broke up|ended|left|finished|moved out)(?: up)?|the (?:break[ -]?up|split|separation)) (?:in|during|around|at the (?:start|beginning|end) of|(?:early|mid|late) ?-?) ?(?:(?:early|mid|late) )?(${MONTH_RE})\\b`,
  // 29
  `\\bsince (?:they|the relationship|she|he|the couple|we|i) (?:split|separated|broke up|ended|left|finished|moved(?: out| away| house)?)|since the (?:break[ -]?up|split|separation|relationship ended)|since (?:the )?(?:vics?|victims?|ips?|complainants?|family|families|couple|owners|new owners|tenants|neighbours) (?:moved in|moved|arrived|bought)\\b|since (?:christmas|the summer|the new year|(?:early |late )?last (?:year|christmas|summer|month|week))\\b`,
  // 30
  // Not what the victim sent or wrote ("explicit texts she had sent another male").
  `\\b(?:${PLURAL_ACT_RE})\\b(?! (?:that |which )?(?:she|i|ip|v|vic|victim|caller) (?:had |has |have )?(?:sent|written|wrote|posted|made|received)\\b)`,
  // 31
  `\\b(again|once more|once again|back (?:o/s|outside|nr|near)|before(?<=\\b(?:has|have|had|he's|she's|they've|hes|shes) (?!(?:never|not|n't)\\b)(?:[a-z'/]+ ){1,5}before)(?<!\\b(?:day|night|week|weekend|month|year|evening|morning|time|one|hour) before)(?= *(?:[.,;:!)]|$))|(?:more|further) (?:flowers|gifts|presents|notes|letters|cards|parcels|packages|items)|another (?:(?:fb|facebook|insta|instagram|whatsapp|wa|snap|snapchat|text|txt|phone|ph|silent|abusive) )?(?:time|occasion|message|msg|call|visit|note|card|letter|parcel|gift|text|txt|email|voicemail|vm|dm|incident|sighting|breach|attendance|one (?:found|left|arrived|came)|found|left|delivered)|on another occasion|a second time|a third time|returned|came back|back again|yet again|as before|(?<!\\b(?:no|any|prevent|avoid|of) )(?:a )?further (?:occasion|time|message|call|visit|incident|breach|sighting|attendance)\\b(?! (?:would|will|may|could|might)\\b)|(?:the )?same (?:male|man|person|guy|bloke|woman|female|car|van|vehicle|motorbike|bike|m) (?:again|as|seen|was|who|that|there|outside|followed|folowed|waiting|behind|parked|stood|sat|on)|recogni[sz]e[sd] (?:him|her|them) as the (?:man|male|person|woman|one|guy) (?:who|that))\\b`,
  // 32
  `\\b(previously|(?<=^(?:\\d{4} )?(?:(?:he|she|they|sus|susp|suspect|male|the male|ex) )?)(?:later(?: on)?|afterwards|after that|subsequently)(?= (?:he|she|they|sus|susp|suspect|male|the male|ex|sent|texted|txtd|rang|called|messaged|emailed|came|turned|followed|returned|posted|left|went|drove|was seen)\\b)|on (?:a |one )?(?:previous|prior|an earlier|one earlier) occasion|on (?:previous|prior|earlier) occasions|(?:the )?(?:previous|last) time(?= (?:he|she|they|sus|susp|s|this|it|that|we|i)\\b)|the time before|(?:in|at) an earlier incident|since then|ever since|since that (?:day|night|time|incident)|from then on|from that (?:day|point|time) on|not long after(?:wards| that| this)?|some time (?:later|after(?:wards)?)|(?:a|some) while (?:later|after)|(?:later|earlier) that (?:week|month|year)|the (?:following|next) (?:month|year)|(?:not|isn't|wasn't|aren't|weren't) the first time)\\b`,
  // 33
  `\\b(?:at|outside|o/s|near|nr|to) ${PLACE_POSS} (?:new |own |local )?(${PLACE_RE})(?:,? (?:and|&) |, )(?:(?:at|outside|o/s|near|nr|to) )?(?:${PLACE_POSS} )?(?:new |own |local )?(${PLACE_RE})\\b`,
  // 34 (not with words that put it at the moment of the report: "MALE WATCHING HER NOW")
  `^(?!.*\\b(?:now|currently|at present|at the moment|right now|atm|tonight|today|this (?:morning|afternoon|evening))\\b)(?:(?:ip|v|vic|victim|caller|she|he|rp) (?:reports|states|says|reporting|stating|saying|rep|sts) )?(?:the |her |his |my )?(?:(?:he|she|they|sus|susp|suspect|male|female|man|woman|ex|ex-p|exp|ex-partner|ex partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-bf|ex-gf|neighbour|offender|stalker) (?:still |also |constantly |repeatedly |continually )?(?:texting|txting|messaging|msging|ringing|phoning|calling|emailing|turning up|showing up|following|watching|hanging around|hanging about|hanging round|loitering|driving past|walking past|sitting outside|waiting outside|waiting for|filming|photographing|sending|contacting|posting|tracking|monitoring|leaving|pestering|harassing|bombarding)|(?:\\d{4} )?(?:texting|txting|messaging|msging|ringing|phoning|emailing|turning up|showing up|hanging around|hanging about|hanging round|loitering|driving past|walking past|filming|photographing|contacting|pestering|harassing|bombarding) (?:her|him|them|ip|v|vic|victim|the victim)(?! (?:now|back|once|to say|to tell|to ask)\\b))\\b`,
  // 35
  `\\b(${MONTH_RE})\\.?,? ((?:19|20)\\d{2})\\b|(?<![\\d/.])(0?[1-9]|1[0-2])/(1[3-9]|[2-9]\\d)(?![\\d/])`,
];

/** A time of day said any way a record says it ("approx 2312", "11.30pm", "midnight"). */
/**
 * A four-digit clock time that is not a year of our era said alone: "between 2018 and 2020" and
 * "since 2019" are years; "2018hrs" is a time.
 */
const HHMM_NOT_YEAR = `(?!(?:19[5-9]\\d|20[0-2]\\d)\\b(?! ?hrs\\b))${HHMM}`;
const CLOCK = `(?:about |approx(?:imately)? |around )?(?:${HHMM_NOT_YEAR}|\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|midday|noon)(?: ?hrs)?`;

// Who may write about the victim: her family, then the people around her.
const KIN_PEOPLE =
  'mum|mother|mam|dad|father|sister|brother|son|daughter|aunt|auntie|uncle|cousin|nan|gran|grandmother|grandfather|grandad|stepdad|stepmum|stepfather|stepmother';
const CLOSE_PEOPLE = `${KIN_PEOPLE}|friend|best friend|close friend|neighbour|next door neighbour|colleague|manager|line manager|landlord|landlady|flatmate|housemate|employer|boss|supervisor|teacher|carer`;

/**
 * The whole-sentence readers, in `READER_IDS` order (temporal.ts), after the patterns in the same
 * list: yes-or-no tests of a sentence (lower case) that the temporal reader, the sentence reader
 * and aggregation ask.
 */
export const READER_SOURCES: Readonly<Record<ReaderId, string>> = {
  // "The first time" counts only as a fact ("it was the first time"), not as a story's opening.
  single: `(?:^|\\d{4} )one (?:incident|occasion|episode)\\b(?! (?:of|in|among)\\b)|\\b(?:(?:is|was|it's|its|being) (?:the |a )?first time|for the first time|the only time(?! (?:i|she|he|we|they|ip|victim) (?:have |has |had )?(?:ever )?(?:met|seen|saw|spoken|spoke)\\b)|${NOT_DENIED}one[- ]off(?! (?:e-?mail|account|address|payment|fee|charge|donation|job|letter to|msg to|message to))|a single (?:occasion|incident|message|text|txt|call|voicemail|visit|msg|dm|post|tweet|comment)|single (?:txt|text|msg|message|voicemail|call|dm|abusive|post|tweet|comment)|(?:just|only) (?:this|that|the) one(?= *(?:[.,;:!)]|$))|(?:this|that|it) (?:was|is) the one (?:post|tweet|comment|message|msg|text|call|letter|email)(?= *(?:[.,;:!)]|$))|only once(?! (?:he|she|they|it|i|we|you|the|his|her|satisfied|sure|convinced|assured|certain|happy)\\b)|once only|isolated incident|(?:(?:sent|received|had|got|left|was) (?:her |him |me |them )?(?:only |just )?|only |just )one (?:msg|message)|one (?:msg|message) only|one (?:incident|occasion) only|only (?:the )?one (?:incident|occasion)|nothing (?:\\w+ )?(?:before|prior) or since|no (?:other |previous |prior )?contact(?: of any kind| at all)?(?:,? \\w+){0,4}? (?:before|prior to|until|till) (?:tonight|today|this|now)|nothing (?:at all )?from (?:him|her|them) since (?:the )?(?:split|separation|break ?up)(?: \\w+){0,3}? (?:till|until|before) (?:tonight|today|this)|no other contact since (?:(?:the )?(?:split|separation|break ?up)|(?:she|he|they|i|we|v|ip|victim) (?:moved out|left|split|separated|broke up))|never seen (?:him|her|them|the (?:driver|male|man|female|woman)|driver|male|man) before|road rage|before or since|no (?:prev|previous|prior|other) (?:sightings|incidents|reports)|first contact(?: of any kind)?(?: from (?:him|her|them))? (?:since|in))\\b`,
  // Counts inside one sitting: "six calls within minutes", "two messages in one evening". "On one
  // occasion he parked outside" picks one time out of several, so it does not make a sentence one sitting.
  sameOccasion: String.raw`\b(?:(?:(?<!\bon )one|a single) (?:incident|episode|occasion)|(?:lasting|lasted|over|for) (?:about |approx(?:imately)? |around )?\d{1,3} ?(?:mins|minutes)|within (?:a few |several |\d{1,3} |ten |twenty |thirty )?(?:minutes|mins|seconds|an hour|the hour|the space of)|in (?:\d{1,3}|a few|five|ten|fifteen|twenty|thirty|forty|forty-five) (?:minutes|mins|seconds|secs)|in (?:an|half an|one|a single) hour|in (?:the space of|one|a single|the same) (?:a few )?(?:minutes|mins|evening|night|morning|afternoon|hour|sitting|call|conversation|exchange|chat|thread)|in one go|in quick succession|one after (?:the )?other|back to back|in a row)\b`,
  /**
   * Counts between two times of one day, or since a clock time, were sent in one sitting: "between
   * 2312 and 0041 he sent six texts", "6 times since 2230".
   */
  clockWindow: `\\b(?:between ${CLOCK} and ${CLOCK}|since ${HHMM_NOT_YEAR}(?: ?hrs)?|at ${HHMM_NOT_YEAR}(?: ?hrs)? and (?:at )?${HHMM_NOT_YEAR})\\b`,
  linked: String.raw`\b(?:then|(?<!\b(?:a|the|some) )while|whilst|as (?:she|he|i|they|we)|at the same time|before|whereupon|at (?:this|that) point|during (?:this|that|which)|on the way|in the process|same (?:day|night|evening|morning|occasion|incident))\b`,
  // "This is the first time he has come", "the first time it has happened": said as a fact about
  // the conduct. "The first time I reported it, ..." opens a story of several times, so the bare
  // phrase is not enough.
  isolated: `\\b(?:no (?:other|previous|prior|further) incidents|no incidents (?:before|since)|(?:is|was|it's|its|being) (?:the |a )?first (?:time|incident)|for the first time|first (?:time|incident) (?:this|it|that|anything like (?:this|that)) (?:has |had )?(?:happened|occurred)|first incident between them|${NOT_DENIED}one-off|isolated incident|single incident|not happened before|(?:have|has|had) not seen (?:him|her|them|the (?:man|male|woman|driver)) since|never seen (?:him|her|them|this|the) (?:man |male |woman |person |driver )?before)\\b`,
  // "Harassed her for seven years", "stalking him since Tuesday", "constant harassment over two
  // years", "previous logs, same suspect": words that name a course of conduct (or the earlier
  // reports of one) let the period and repetition in their sentence count, with or without an act
  // the rules name.
  conduct:
    String.raw`\b(?:harass(?:ed|es|ing|ment)?|harrass(?:ed|es|ing|ment)?|stalk(?:ed|s|ing)|target(?:ed|ing)|pester(?:ed|ing)|pursu(?:it|ed|es|ing)|(?:not|never|n't) (?:let|leave|left|leaving) (?:her|him|me|them|us) alone|(?:won't|wont|will not|would not|wouldn't|refus(?:es|ed|ing) to) stop|(?:he|she|they|sus|susp|suspect)(?:'s| has| have| had)? (?:done|does|did) (?:this|that|it|the same)|(?:has |have |had )?been going on|going on for|(?:this|it|that|these|they|he|she) (?:has |have |had )?(?:happened|occurred|continued|happens|occurs|carried on|gone on)|(?:contact|harassment|abuse|campaign|calls|messages|msgs|texts|txts|e-?mails|letters|visits|behaviour|conduct) (?:has |have |had )?(?:gone on|went on|continued|persisted|lasted|carried on))\b|\bcampaign (?:against|of (?:harassment|abuse|hate|intimidation|terror|stalking|hatred|vilification))\b|\bto stop,? (?:but |and )?(?:(?:he|she|they|sus|susp|suspect) )?(?:did not|didn't|didnt|carried on|continued|persisted|ignored)\b|\b(?:this|the|these|such) (?:behaviour|conduct|incidents?|contact|calls|messages|visits)\b|\boccasions\b` +
    `|\\b${EARLIER_REPORTS}\\b`,
  /** Words that tell an order or bail as the outcome of the conduct, not as in force during it. */
  orderOutcome: String.raw`\b(?:granted|made|imposed|issued|obtained|applied|awarded|given|sentenced?|convicted|conv|jailed|custody|fined|costs|compensation|community order|suspended|acquittal|acquitted|discharge|bailed|charged|admitted|adm|admits|pleaded|pled|guilty|remanded|released)\b`,
  /**
   * An order told by its making: "NMO granted", "gave me an injunction" (its words open or close
   * on it), not by what it forbids ("order in force, served 22/05").
   */
  orderMade: String.raw`^(?!.*\b(?:forbid\w*|prohibit\w*|not|no|must|bars|barred|barring|prevent\w*|stops?|stopping|requir\w*|exclu\w*|in force|in place|says|said|can)\b)(?:(?:granted|served|issued|gave|given|obtained|awarded|imposed)\b|.*\b(?:granted|served|issued|made|obtained|awarded|imposed)$)`,
  /** Conduct told as after an order, or the order conceded: "since then", "yet", "even though". */
  afterOrder: String.raw`\b(?:since|later|afterwards?|subsequently|despite|yet|still|even though|although)\b`,
  /**
   * The one writing is someone close to the victim, not the victim: "I'm Kerry's best friend",
   * "I am her mum", "I live next door to Mrs Adeyemi". After a name's possessive, only kin and
   * a best or close friend ("I'm Mark's colleague" may be the victim speaking of the suspect).
   */
  narrator: `\\b(?:i am|i'm|im) (?:(?:the victim's|the complainant's|her|(?:ms|mrs|miss) [a-z]+'s) (?:${CLOSE_PEOPLE})|[a-z]+'s (?:${KIN_PEOPLE}|best friend|close friend)|the (?:${CLOSE_PEOPLE}) of (?:the victim|the complainant|ms|mrs|miss))\\b|\\bi live (?:next door to|opposite|across (?:the road )?from) (?:ms|mrs|miss|the victim|the complainant)\\b`,
  /**
   * The one reporting is someone close to the victim, told in the third person: "RP is V's son",
   * "CALLER IS NEW PARTNER OF V", "Call from victim's sister", "A friend of the victim reports".
   */
  reporter: `\\b(?:(?:rp|caller|informant|inft|reporter|reporting person|call|report) (?:is|=|from) (?:the )?(?:v's|vs|victim's|victims|ip's|ips) (?:${CLOSE_PEOPLE}|new partner|partner)|(?:rp|caller|informant|inft) (?:is|=) (?:the )?(?:new )?(?:${CLOSE_PEOPLE}|partner) of (?:the )?(?:v|victim|ip)|(?:a |the )?(?:${CLOSE_PEOPLE}|new partner) of the (?:victim|v|ip) (?:reports|called|rang|states))\\b`,
  /**
   * A sentence that opens by adding to what went before: "He has also messaged her on Insta",
   * "1112 ALSO SENT FLOWERS", "In addition she found a tracker". Told in a sentence of its own, an
   * act of another kind is another occasion, not a step of the same episode.
   */
  furtherAct: `^(?:\\d{4} )?(?:[^ ]+ ){0,4}?(?:also|additionally|furthermore|in addition|on top of (?:this|that)|separately)\\b`,
  /**
   * The word a sentence opens with (group 1), after a log time and "the", when the word after it
   * does not report what someone says ("IP says every day" is hers to tell of his conduct).
   */
  leadWord: String.raw`^(?:\d{4} )?(?:the )?([a-z]+)\b(?! (?:says|said|states|stated|reports|reported|adds|added|believes|thinks|estimates|estimated|explains|confirms|confirmed|describes|described|calls|called|claims|claimed|alleges|alleged|tells|told|sts|rep)\b)`,
  /** Earlier reports of the conduct ("previous logs", "prior incidents"), not denied. */
  earlierReports: EARLIER_REPORTS,
  /**
   * Words right before a length that make it the length of a relationship or a residence ("they
   * were together for 3 years", "married for 20 years"), not of the conduct.
   */
  relationshipLength: String.raw`\b(?:together|married|dating|engaged|cohabit\w*|in a relationship|in a rel|going out|seeing each other|an item|known each other|known (?:him|her|them)|friends|lived (?:there|here|together|next door)|living (?:there|here|together)|worked (?:there|together)|neighbours|employed)\s*$`,
  /** Contact that reaches the victim from afar: a message, a letter, a call or a request online. */
  remoteContact: String.raw`\b(?:messag|msg|texts?\b|txt|e-?mail|letter|card|friend req|dm|whatsapp|snap|voicemail|vm\b|phon|rang|ring|sen[dt]|wr[io]t)`,
  /**
   * An -ing word that does not open a listed act (read one word at a time): words that only end
   * in -ing ("including", "morning", "something") and the acts of one scene ("agitated - shouting,
   * swearing, banging on doors"), which in a list say how one incident went, not what someone keeps
   * doing.
   */
  unlistedAct:
    '^(?:including|during|according|regarding|morning|evening|nothing|something|anything|everything|being|thing|ceiling|building|wedding|meeting|saying|stating|claiming|feeling|shouting|swearing|screaming|yelling|banging|kicking|hitting|punching|pushing|shoving|spitting|crying|smashing|throwing|waving|pointing|laughing|grabbing|slamming|ranting|raging)$',
};

/**
 * Each pattern's own gate, in the patterns' order: words a sentence must hold one of for the
 * pattern to run (alternatives of letters, spaces, apostrophes and `\d`; '' for none). Each is
 * joined with the strings the pattern itself requires ({@link gateOf}), and the sentence must pass
 * both (temporal.ts). The ones written here say what the reading of the source cannot: that every
 * match has a number in it somewhere, or a time word that a broad class stands for.
 */
const DIGIT_GATE = String.raw`\d`;
const GATE_SOURCES: readonly string[] = [
  // 0
  DIGIT_GATE,
  // 1
  DIGIT_GATE,
  // 2
  DIGIT_GATE,
  // 3
  DIGIT_GATE,
  // 4
  DIGIT_GATE,
  // 5
  DIGIT_GATE,
  // 6
  String.raw`mon|tue|wed|thu|fri|sat|sun`,
  // 7
  String.raw`yesterday|today|tonight|morning|afternoon|eve|night|next|following|previous|day|week|wk|month|year|christmas`,
  // 8
  String.raw`later|after|ago`,
  // 9
  DIGIT_GATE,
  // 10
  String.raw`occ|time|date|day|night|morning|evening|lunchtime|weekend|visit|running`,
  // 11
  String.raw` time| call| report| incident| occasion| visit| breach| sighting| attendance|s the |breach |incident |occasion |visit |sighting |episode `,
  // 12: plain alternatives ("x\d|x \d", not "x ?\d"), so the automaton can test it
  String.raw`twice|thrice|\dx|x\d|x \d|several|multiple|mult|numerous|many|sev|both`,
  // 13, 14: what they require is worked out from them
  '',
  '',
  // 15
  DIGIT_GATE,
  // 16
  String.raw`too much|too often|constant|repeated|rptd|rpt'd|wherever|everywhere|done this|done that|done it|did this|did that|did it|done the same|did the same|keeps att|kept att|keep att|on att|cont|carr|went on|stop|persist|incessant|relentless|regular|frequent|non|all the time|all times|24/7|again|over and over|time|whenever|each|every|keep|kept|still|won|will not|would not|wouldn|refus|routine|habitual|endless|obsess|occasion|so often|now and|more than once|without let|without a let|noon and`,
  // 17
  String.raw`constant|incessant|relentless|persist|repeated|repeat|incs|occs|all hrs|rptd|endless|continu|unrelenting|ceaseless|regular|frequent|ongoing|non|never|recurr|daily|nightly|weekly|bombard|inundat|pester|hound|plagu|badger|spamm|flood|would|campaign|course|pattern|sustained|prolonged|protracted|long|systematic|after|all hours|clock|every|increasing|escalat|more and more|intensif|worse|log|report|incident|occurrence|complaint`,
  // 18
  String.raw`would|used to|watches|follows|texts|rings|phones|messages|emails|sits|waits|parks|stands|drives|walks|turns|shows|hangs|loiters|stares|sends|leaves|appears|visits|photographs|films|writes|posts|tracks|monitors|contacts|knocks|bangs|calls`,
  // 19
  String.raw`been|being`,
  // 20
  String.raw`start|began|begin|begun|took to|taken to|takes to|habit`,
  // 21
  String.raw`always|forever|for ever`,
  // 22
  String.raw`jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`,
  // 23
  String.raw`day|week|month|year|fortnight|wk|mth|mnth|yr`,
  // 24
  String.raw`day|week|month|year|period|time|summer|winter|spring|autumn|wks|mths|yrs|throughout`,
  // 25
  String.raw`day|week|month|year|fortnight|wks|mths|yrs`,
  // 26
  String.raw`since`,
  // 27
  String.raw`since`,
  // 28
  String.raw`since`,
  // 29
  String.raw`since`,
  // 30: what it requires is worked out from it
  '',
  // 31
  String.raw`again|once more|another|second|third|return|came back|back o|back nr|back near|before|further|more flowers|more gifts|more presents|more notes|more letters|more cards|more parcels|more packages|more items|as before|same|recogni`,
  // 32
  String.raw`previous|prior|earlier|last time|time before|since|then on|on from|long after|time after|later|while|following|next|first time|afterwards|after that|subsequently`,
  // 33
  String.raw`home|house|flat|addr|work|office|school|college|uni|gym|church|shop|salon|surgery`,
  // 34: its pattern is anchored at the start of the sentence, so a broad gate costs little
  String.raw`ing`,
  // 35
  DIGIT_GATE,
];

// One hand-written gate per pattern, in step with the patterns: a missing one would silently
// leave its pattern with only the gate worked out from it.
if (GATE_SOURCES.length !== PATTERN_SOURCES.length)
  throw new Error(`${GATE_SOURCES.length} temporal gates for ${PATTERN_SOURCES.length} patterns`);

/** A gate's own sets and the sets its expression requires, joined by `&`. */
function joined(own: string, source: string): string {
  return [own, gateOf(source)].filter((g) => g !== '').join('&');
}

/**
 * The patterns, the readers, then their gates in the same order: what each expression requires
 * (required-strings.ts), with a pattern's own gate where it has one. A test runs every gate over
 * the dev corpora's sentences and fails if one turns away a sentence its expression matches.
 */
export const TEMPORAL_SOURCES: readonly string[] = [
  ...PATTERN_SOURCES,
  ...READER_IDS.map((id) => READER_SOURCES[id]),
  ...PATTERN_SOURCES.map((source, re) => joined(GATE_SOURCES[re] as string, source)),
  ...READER_IDS.map((id) => gateOf(READER_SOURCES[id])),
];
