/**
 * The Welsh of each scenario's trainer text, keyed as scenario-messages.ts keys the English. Terms
 * follow the main Welsh table (docs/welsh-terms.md). Quotations from a narrative stay in English,
 * as the narrative does: they point the trainer at words on the training record.
 */
export const SCENARIOS_CY: Record<string, string> = {
  'ex-partner-harassment.title': 'Cyn-bartner wedi’i gofnodi fel aflonyddu',
  'ex-partner-harassment.summary':
    'Mae cyn-bartner yn dal i anfon negeseuon ac ymddangos. Mae’r cofnod yn dechrau fel Aflonyddu (8L) heb unrhyw fflagiau wedi’u gosod.',
  'ex-partner-harassment.learning.0':
    'Ers Ebrill 2020 caiff cwrs ymddygiad rhwng cyn-bartneriaid ei gofnodi fel stelcio oni bai mai aflonyddu yn unig ydyw yn ôl y gyfraith.',
  'ex-partner-harassment.learning.1':
    'Mae cyn-bartner yn ei wneud yn gam-drin domestig hefyd: gosodwch y fflag cam-drin domestig a chwblhewch DASH neu DARA yn ogystal â’r sgrinio stelcio.',
  'ex-partner-harassment.learning.2':
    'Mae Waymark yn gofyn am benderfyniad ar Orchymyn Diogelu Rhag Stelcio (SPO) ar bob cofnod stelcio, hyd yn oed pan mai’r ateb yw "dim cais".',
  'ex-partner-harassment.step.0':
    'Mae’r cofnod yn dechrau fel y mae llawer yn ei wneud: Aflonyddu (8L), perthynas Cyn-bartner, dim fflagiau. Heb naratif eto, nid oes gan Waymark ddim i’w ddweud.',
  'ex-partner-harassment.step.1':
    'Mae negeseuon dyddiol am wythnosau, a rhifau newydd ar ôl cael ei rwystro, eisoes yn gwrs ymddygiad. Mae’r anogwr dosbarthu yn ymddangos ac yn enwi rheol Ebrill 2020 ar gyfer cyn-bartneriaid; mae’r penderfyniad SPO yn dangos ei fod ar goll. Hofranwch dros amlygiad i weld ei dystiolaeth.',
  'ex-partner-harassment.step.2':
    'Mae aros y tu allan i’w gwaith ac ymddangos yn ei chartref, ar ddyddiadau gwahanol, yn ychwanegu loetran ac yn codi nifer yr achlysuron.',
  'ex-partner-harassment.step.3':
    'Ofn a threfn ddyddiol wedi newid yw’r effaith ar ei bywyd bob dydd: mae’r anogwr a.4A yn ymddangos. Tynnwch sylw at yr anogwyr cam-drin domestig hefyd: DASH neu DARA, Cyfraith Clare, a’r IDVA ochr yn ochr â’r eiriolwr stelcio.',
  'ex-partner-harassment.step.4':
    'Cywirwch y cofnod: Stelcio (8Q) gyda’r ddwy fflag wedi’u gosod. Mae’r anogwr dosbarthu yn troi’n wedi’i wneud; mae sgrinio risg, yr asesiad o anghenion a’r penderfyniad SPO yn dal ar agor.',
  'ex-partner-harassment.four.fixated':
    'Mae’n dal i ddod yn ôl ati ar ôl iddi ddod â’r berthynas i ben: yn ei gwaith ddwywaith ac wrth ei drws.',
  'ex-partner-harassment.four.obsessive':
    'Mwy na 30 neges y dydd, a rhifau newydd cyn gynted ag y caiff un ei rwystro.',
  'ex-partner-harassment.four.unwanted': 'Daeth hi â’r berthynas i ben a rhwystrodd ei rif.',
  'ex-partner-harassment.four.repeated':
    'Negeseuon dyddiol ers 9 Ionawr; ei gwaith ar 20 Ionawr a 3 Chwefror; ei chartref ar 14 Mawrth.',
  'ex-partner-harassment.behaviour.repeated_contact':
    '"text messages every day, often more than 30 a day".',
  'ex-partner-harassment.behaviour.fake_accounts':
    '"messaged her from new numbers" ar ôl iddi ei rwystro.',
  'ex-partner-harassment.behaviour.loitering_or_turning_up':
    '"waiting outside her work" a "turned up at her home".',
  'ex-partner-harassment.behaviour.fear_alarm_distress':
    '"very frightened", "changed her route to work".',
  'ex-partner-harassment.prompt.classification':
    'Wedi’i gofnodi fel aflonyddu, rhwng cyn-bartneriaid: rheol Ebrill 2020. Mae’n troi’n wedi’i wneud pan ddewisir 8Q.',
  'ex-partner-harassment.prompt.s4a':
    'Ofn a llwybr gwahanol i’r gwaith: braw neu ofid difrifol sy’n effeithio ar ei bywyd o ddydd i ddydd.',
  'ex-partner-harassment.prompt.risk_screening':
    'Y sgrinio stelcio, a DASH neu DARA gan mai cam-drin domestig yw hyn.',
  'ex-partner-harassment.prompt.vna':
    'Mae pob dioddefwr stelcio yn cael yr asesiad o anghenion; mae gan ddioddefwr a dargedir yn barhaus Hawliau Estynedig.',
  'ex-partner-harassment.prompt.spo':
    'Mae angen penderfyniad SPO ar bob cofnod stelcio, hyd yn oed "dim cais" gyda rheswm.',
  'ex-partner-harassment.prompt.safeguarding':
    'Eiriolwr stelcio ac IDVA, gyda chaniatâd; Cyfraith Clare; y fflag cam-drin domestig.',
  'ex-partner-harassment.prompt.evidence':
    'Cofnodion ffôn a sgrinluniau; teledu cylch cyfyng y gweithle ar gyfer y ddau ddyddiad y tu allan i’w gwaith.',
  'ex-partner-harassment.question.0':
    'Pam y gallai swyddog fod wedi dewis aflonyddu yma? Beth fyddai’n rhaid iddo fod yn fodlon arno i’w gadw?',
  'ex-partner-harassment.question.1':
    'Pa ffeithiau sy’n gwneud hyn yn gam-drin domestig yn ogystal â stelcio, a beth mae hynny’n ei ychwanegu at yr asesiad risg?',
  'ex-partner-harassment.question.2':
    'Beth fyddech chi’n ei ysgrifennu fel y penderfyniad SPO heddiw os nad yw’r dioddefwr eisiau iddo gael ei erlyn?',
  'ex-partner-harassment.fact.0': 'Daeth hi â’r berthynas ag ef i ben',
  'ex-partner-harassment.fact.1': 'Negeseuon bob dydd, llawer y dydd',
  'ex-partner-harassment.fact.2': 'Rhifau newydd ar ôl iddi ei rwystro',
  'ex-partner-harassment.fact.3': 'Aros y tu allan i’w gwaith ar 20 Ionawr a 3 Chwefror',
  'ex-partner-harassment.fact.4': 'Yn ei chartref ar 14 Mawrth',
  'ex-partner-harassment.fact.5': 'Ei hofn a’r newid i’w threfn ddyddiol',
  'malicious-comms.title': 'Stelcio wedi’i gofnodi fel cyfathrebu maleisus',
  'malicious-comms.summary':
    'Cannoedd o negeseuon gan ddyn y cyfarfu hi ag ef ddwywaith, wedi’u cofnodi fel cyfathrebu maleisus gan fod y rhan fwyaf ohono ar-lein.',
  'malicious-comms.learning.0':
    'Mae cyfathrebu maleisus yn ymwneud â’r hyn y mae un neges yn ei ddweud; mae stelcio yn ymwneud â chwrs ymddygiad sy’n sefydlog ar berson. Roedd cofnodi stelcio fel cyfathrebu maleisus yn un o bryderon craidd yr uwch-gŵyn.',
  'malicious-comms.learning.1':
    'Darllenwch y negeseuon am yr hyn y maent yn ei ddatgelu: mae llun o’i drws ffrynt a sylw am yr hyn yr oedd hi’n ei wisgo’r bore hwnnw yn golygu ei fod yn ei gwylio, nid dim ond yn ysgrifennu ati.',
  'malicious-comms.learning.2':
    'Pan mai stelcio yw’r ymddygiad, cofnodwch 8Q; os byddwch yn cadw dosbarthiad arall, ysgrifennwch pam nad stelcio ydyw.',
  'malicious-comms.step.0':
    'Mae’r cofnod yn dechrau fel Cyfathrebu maleisus, perthynas Cydnabod, dim fflag stelcio.',
  'malicious-comms.step.1':
    'Cannoedd o negeseuon ar ôl cael dweud wrtho am stopio: eisoes yn gwrs ymddygiad. Mae’r anogwr dosbarthu yn enwi cyfathrebu maleisus fel dosbarthiad i’w wirio.',
  'malicious-comms.step.2':
    'Mae’r negeseuon yn dangos ei fod yn ei gwylio: llun o’i drws ffrynt a sylw am yr hyn yr oedd hi’n ei wisgo yn yr arhosfan bysiau. Pwyntiwch at yr amlygiad gwylio.',
  'malicious-comms.step.3': 'Mae ei hofn a’r newidiadau i’w bywyd yn dod â’r anogwr a.4A i mewn.',
  'malicious-comms.four.fixated':
    'Cyfarfu ef â hi ddwywaith, ond mae’n ysgrifennu ati gannoedd o weithiau ac yn tynnu lluniau o’i chartref.',
  'malicious-comms.four.obsessive':
    'Mwy na 200 o negeseuon mewn ychydig wythnosau; mae’n gwybod beth yr oedd hi’n ei wisgo’r bore hwnnw.',
  'malicious-comms.four.unwanted':
    'Ar 9 Ionawr dywedodd hi wrtho nad oedd ganddi ddiddordeb ac i stopio.',
  'malicious-comms.four.repeated':
    'Negeseuon ers 5 Ionawr; y llun ar 2 Chwefror; yr arhosfan bysiau ar 11 Chwefror.',
  'malicious-comms.behaviour.repeated_contact':
    '"more than 200 messages on WhatsApp and Instagram", a barhaodd ar ôl dweud wrtho am stopio.',
  'malicious-comms.behaviour.watching_or_spying':
    '"a photo of her front door taken from across the road"; y gôt "at the bus stop that morning".',
  'malicious-comms.behaviour.fear_alarm_distress':
    '"feels watched all the time", wedi rhoi’r gorau i fynd allan ar ei phen ei hun, yn aros gyda’i rhieni.',
  'malicious-comms.prompt.classification':
    'Wedi’i gofnodi fel cyfathrebu maleisus tra bo’r naratif yn darllen fel stelcio.',
  'malicious-comms.prompt.s4a':
    'Mae hi wedi rhoi’r gorau i fynd allan ar ei phen ei hun ac yn cysgu yn nhŷ ei rhieni: effaith sylweddol ar ei bywyd o ddydd i ddydd.',
  'malicious-comms.prompt.risk_screening':
    'Y sgrinio stelcio: mae’n gwybod ble mae hi’n byw ac mae’n ei gwylio.',
  'malicious-comms.prompt.vna':
    'Yr asesiad o anghenion, gyda Hawliau Estynedig i ddioddefwr a dargedir yn barhaus.',
  'malicious-comms.prompt.spo': 'Mae angen penderfyniad SPO ar gofnod stelcio.',
  'malicious-comms.prompt.safeguarding': 'Eiriolwr stelcio, gyda’i chaniatâd.',
  'malicious-comms.prompt.evidence':
    'Lawrlwythwch hanes llawn y negeseuon o’r ddau blatfform, nid sgrinluniau o ychydig.',
  'malicious-comms.question.0':
    'Pe baech yn darllen y paragraff cyntaf yn unig, beth fyddech chi’n ei gofnodi? Beth sy’n newid eich meddwl?',
  'malicious-comms.question.1': 'Beth mae’r llun o’i drws ffrynt yn ei ddweud wrthych am y risg?',
  'malicious-comms.question.2': 'Pa drywyddau ymholi fyddai’n dangos ble’r oedd ef ar 11 Chwefror?',
  'cyber-fake-accounts.title': 'Ar-lein yn unig, drwy gyfrifon ffug',
  'cyber-fake-accounts.summary':
    'Mae dyn y mae hi’n ei adnabod o grŵp ar-lein yn unig yn dal i ddod yn ôl drwy gyfrifon newydd ac yn creu un yn ei henw hi.',
  'cyber-fake-accounts.learning.0':
    'Gall ymddygiad ar-lein yn unig fod yn stelcio: mae cysylltu â hi, cyhoeddi deunydd sy’n honni ei fod yn dod oddi wrthi a monitro’r hyn y mae’n ei wneud ar-lein i gyd ymhlith enghreifftiau’r gyfraith ei hun (a.2A(3) Deddf Amddiffyn rhag Aflonyddu 1997).',
  'cyber-fake-accounts.learning.1':
    'Mae cyfrif newydd bob tro y caiff un ei rwystro yn ddyfalbarhad, nid yn rhywun newydd a ddrwgdybir: cysylltwch y cyfrifon yn y cofnod.',
  'cyber-fake-accounts.learning.2':
    'Cymerwch fod technoleg yn rhan ohono a dilynwch y trywyddau ymholi hynny: manylion y cyfrifon, y proffil dynwared, y bobl y cysylltodd â nhw.',
  'cyber-fake-accounts.step.0': 'Perthynas: Yn ei adnabod ar-lein yn unig. Dim dosbarthiad eto.',
  'cyber-fake-accounts.step.1':
    'Cyfrif newydd o fewn diwrnod i bob rhwystr: y dangosydd cyfrifon ffug, a chwrs ymddygiad o’r paragraff cyntaf.',
  'cyber-fake-accounts.step.2':
    'Mae cyfrif yn ei henw hi, sy’n defnyddio ei lluniau, yn cyhoeddi deunydd sy’n honni ei fod yn dod oddi wrthi.',
  'cyber-fake-accounts.step.3':
    'Mae rhoi sylwadau o fewn munudau a rhestru ble y bu hi’n mewngofnodi yn dangos ei fod yn monitro ei gweithgarwch ar-lein; mae ei hofn o gael ei chanfod yn dod ag a.4A i mewn.',
  'cyber-fake-accounts.four.fixated':
    'Mae pob cyfrif newydd yn mynd yn syth yn ôl ati hi a’u sgyrsiau cynharach.',
  'cyber-fake-accounts.four.obsessive':
    'Un ar ddeg o gyfrifon, sylwadau o fewn munudau, rhestr o ble y bu hi.',
  'cyber-fake-accounts.four.unwanted': 'Rhwystrodd hi ef ar 14 Tachwedd a phob cyfrif ers hynny.',
  'cyber-fake-accounts.four.repeated':
    'Negeseuon bob ychydig ddyddiau ers mis Hydref; 11 cyfrif; y proffil ffug ar 20 Ionawr.',
  'cyber-fake-accounts.behaviour.fake_accounts':
    '"contacted by at least 11 new accounts, each set up within a day of the last one being blocked".',
  'cyber-fake-accounts.behaviour.repeated_contact': '"sent her direct messages every few days".',
  'cyber-fake-accounts.behaviour.publishing_material':
    '"an Instagram account in her name using photos copied from her own profile".',
  'cyber-fake-accounts.behaviour.monitoring_online':
    '"monitoring her social media", "comments on her posts within minutes", "listed back to her every place she checked in at".',
  'cyber-fake-accounts.prompt.classification':
    'Dim dosbarthiad wedi’i ddewis ac mae’r naratif yn darllen fel stelcio.',
  'cyber-fake-accounts.prompt.s4a':
    'Caeodd hi gyfrifon y mae eu hangen arni ar gyfer ei chwrs ac mae’n ofni cael ei chanfod.',
  'cyber-fake-accounts.prompt.risk_screening':
    'Y sgrinio stelcio, gan gynnwys yr hyn y gallai ef ei wybod eisoes am ble mae hi’n byw.',
  'cyber-fake-accounts.prompt.vna':
    'Yr asesiad o anghenion; gofynnwch sut mae hi eisiau i rywun gysylltu â hi nawr bod ei chyfrifon wedi cau.',
  'cyber-fake-accounts.prompt.spo':
    'Gall SPO gyrraedd ymddygiad ar-lein: cysylltu drwy unrhyw fodd, a phostio amdani.',
  'cyber-fake-accounts.prompt.safeguarding':
    'Eiriolwr stelcio; cyngor ar ddiogelu’r cyfrifon sydd ganddi ar ôl.',
  'cyber-fake-accounts.prompt.evidence':
    'Enwau cyfrifon a dolenni ar gyfer pob proffil, y cyfrif dynwared, a cheisiadau dilyn ei ffrindiau.',
  'cyber-fake-accounts.question.0': 'Sut byddech chi’n dangos mai un person yw 11 cyfrif?',
  'cyber-fake-accounts.question.1':
    'Beth fyddech chi’n gofyn i’r platfform amdano, a pha mor gyflym?',
  'cyber-fake-accounts.question.2':
    'Mae’r dioddefwr yn gofyn pwy ydyw. Beth ydych chi’n ei ddweud wrthi, a phwy sy’n penderfynu?',
  'tracker.title': 'Dyfais olrhain ar ei char',
  'tracker.summary':
    'Mae ei gŵr sydd wedi ymddieithrio yn dal i ymddangos ble bynnag mae hi’n mynd, yna mae hi’n dod o hyd i AirTag ar ei char.',
  'tracker.learning.0':
    'Pan fydd rhywun a ddrwgdybir yn dal i ymddangos lle nad yw’r dioddefwr wedi dweud wrth neb y bydd hi, meddyliwch am olrhain: gwiriwch y car, bagiau a’r ffôn.',
  'tracker.learning.1':
    'Mae dyfais olrhain yn dystiolaeth: atafaelwch hi fel arddangosyn a chofnodwch yr hyn a ganfu’r gwiriadau, nid dim ond eu bod wedi’u gwneud.',
  'tracker.learning.2':
    'Mae gwybod ble mae hi’n aros yn codi’r risg. Uwchgyfeiriwch, ac adolygwch y cynllun diogelwch.',
  'tracker.step.0': 'Perthynas: Cyn-bartner. Cam-drin domestig yn ogystal â stelcio posibl.',
  'tracker.step.1':
    'Tri lle ar dri dyddiad, heb iddi ddweud wrtho am yr un ohonynt. Y patrwm hwnnw yw’r cliw cyntaf i ddyfais olrhain.',
  'tracker.step.2':
    'Yr AirTag: y dangosydd dyfais olrhain. Mae’r anogwr tystiolaeth bellach yn gofyn i ddyfeisiau gael eu gwirio am ddyfeisiau olrhain ac ysbïwedd.',
  'tracker.step.3':
    'Cofnodwch yr hyn a wnaed â’r ddyfais olrhain a’r gwiriadau. Mae ei hofn a’r newidiadau i’w threfn ddyddiol yn dod ag a.4A i mewn.',
  'tracker.four.fixated': 'Mae’n dilyn ei symudiadau o le i le ar ôl y gwahanu.',
  'tracker.four.obsessive':
    'Dyfais olrhain gudd, a neges destun yn enwi stryd ei chwaer yr un noson.',
  'tracker.four.unwanted': 'Symudodd hi allan a chadw ei chyfeiriad newydd oddi wrtho.',
  'tracker.four.repeated':
    'Yr archfarchnad ar 8 Ionawr, y gampfa ar 17 Ionawr, nofio ar 24 Ionawr, y neges destun ar 2 Chwefror.',
  'tracker.behaviour.loitering_or_turning_up':
    '"turned up wherever she goes": y maes parcio, ei champfa, y wers nofio.',
  'tracker.behaviour.tracking_device':
    '"an unknown AirTag had been moving with her", "taped under the rear wheel arch".',
  'tracker.behaviour.fear_alarm_distress': '"terrified", "stopped taking her son to swimming".',
  'tracker.prompt.classification':
    'Cyn-bartneriaid a chwrs ymddygiad: cofnodwch stelcio oni bai mai aflonyddu yn unig ydyw.',
  'tracker.prompt.s4a': 'Arswyd a threfn ddyddiol wedi newid iddi hi a’i mab.',
  'tracker.prompt.risk_screening':
    'Y sgrinio stelcio a DASH neu DARA; efallai ei fod yn gwybod ei chyfeiriad newydd.',
  'tracker.prompt.vna': 'Yr asesiad o anghenion; Hawliau Estynedig.',
  'tracker.prompt.spo': 'Mae dyfais olrhain yn enghraifft o wyliadwriaeth y gall SPO ei gwahardd.',
  'tracker.prompt.safeguarding':
    'IDVA ac eiriolwr stelcio gyda chaniatâd; Cyfraith Clare; cynllun diogelwch ar gyfer y cyfeiriad newydd.',
  'tracker.prompt.evidence':
    'Yr AirTag fel arddangosyn, rhybudd y ffôn, y neges destun, a gwiriadau dyfeisiau wedi’u cofnodi.',
  'tracker.question.0':
    'Ar ba bwynt yn yr adroddiad y byddech chi wedi amau dyfais olrhain gyntaf?',
  'tracker.question.1':
    'Beth fyddech chi’n gofyn i’r dioddefwr ei wirio ar ei ffôn, a beth fyddech chi’n ei wirio eich hun?',
  'tracker.question.2':
    'Sut mae’r neges destun sy’n enwi stryd ei chwaer yn newid eich asesiad risg?',
  'tracker.fact.0': 'Wedi gwahanu oddi wrth ei gŵr',
  'tracker.fact.1': 'Ymddangos lle mae hi’n mynd ar 8, 17 a 24 Ionawr',
  'tracker.fact.2': 'AirTag wedi’i guddio ar ei char',
  'tracker.fact.3': 'Anfonodd neges destun ati yn enwi’r stryd lle mae hi’n aros',
  'tracker.fact.4': 'AirTag wedi’i atafaelu a dyfeisiau wedi’u gwirio',
  'tracker.fact.5': 'Ei hofn a’r newid i’w threfn ddyddiol',
  'proxy-family-colleagues.title': 'Stelcio drwy ddirprwy: teulu a chydweithwyr',
  'proxy-family-colleagues.summary':
    'Pan fydd hi’n rhoi’r gorau i ateb, mae cyn-ffrind yn troi at y bobl o’i chwmpas: ei mam, ei brawd, ei rheolwr a’i gefnder ef ei hun.',
  'proxy-family-colleagues.learning.0':
    'Mae cyswllt drwy bobl eraill yn cyfrif: mae ymddygiad y perswadiwyd rhywun arall i’w wneud yn cyfrif fel ymddygiad y sawl a ddrwgdybir ei hun (a.7 Deddf Amddiffyn rhag Aflonyddu 1997), a gall SPO ddiogelu’r bobl o amgylch y dioddefwr hefyd.',
  'proxy-family-colleagues.learning.1':
    'Mae aflonyddu ar drydydd partïon a pherswadio eraill i helpu yn farcwyr risg uchel ar y sgrinio stelcio: uwchgyfeiriwch.',
  'proxy-family-colleagues.learning.2':
    'Siaradwch â’r trydydd partïon. Mae pob un yn dyst gyda’i negeseuon a’i ddyddiadau ei hun.',
  'proxy-family-colleagues.step.0':
    'Perthynas: Cydnabod. Nid domestig, felly dim anogwr DASH, ond mae popeth arall yn dal yn berthnasol.',
  'proxy-family-colleagues.step.1':
    'Rhoddodd y gorau i gysylltu â hi a dechrau cysylltu â phawb o’i chwmpas.',
  'proxy-family-colleagues.step.2':
    'Ei mam, ei brawd, ei rheolwr a’i gefnder ef ei hun: gwyliwch y dangosydd trydydd partïon a’r nodyn risg uchel ar y sgrinio risg.',
  'proxy-family-colleagues.step.3': 'Yr effaith arni hi ac ar y bobl o’i chwmpas.',
  'proxy-family-colleagues.four.fixated':
    'Mae popeth y mae’n ei wneud wedi’i anelu at ddod o hyd iddi neu ei chyrraedd.',
  'proxy-family-colleagues.four.obsessive':
    'Wyth galwad i’w mam, llythyrau drwy ei brawd, negeseuon e-bost i’w rheolwr.',
  'proxy-family-colleagues.four.unwanted': 'Rhoddodd hi’r gorau i ateb ym mis Rhagfyr.',
  'proxy-family-colleagues.four.repeated':
    'Galwadau ers 6 Ionawr, dwy neges e-bost, y llythyrau, y cerdyn ar 30 Ionawr.',
  'proxy-family-colleagues.behaviour.contacting_third_parties':
    '"phoned her mother at least eight times", "sent her brother Facebook messages", "emailed her manager".',
  'proxy-family-colleagues.behaviour.loitering_or_turning_up':
    '"his cousin waited outside her office".',
  'proxy-family-colleagues.prompt.classification':
    'Wedi’i gofnodi fel aflonyddu tra bo’r naratif yn darllen fel stelcio.',
  'proxy-family-colleagues.prompt.s4a':
    'Nid yw hi bellach yn mynd i’r swyddfa ar ei phen ei hun: effaith ar ei bywyd o ddydd i ddydd.',
  'proxy-family-colleagues.prompt.risk_screening':
    'Aflonyddu ar drydydd partïon a pherswadio eraill i helpu: marcwyr risg uchel, felly uwchgyfeiriwch.',
  'proxy-family-colleagues.prompt.vna':
    'Yr asesiad o anghenion ar gyfer y dioddefwr; ystyriwch anghenion y trydydd partïon hefyd.',
  'proxy-family-colleagues.prompt.spo':
    'Gall SPO wahardd cyswllt drwy drydydd partïon a diogelu’r bobl o’i chwmpas.',
  'proxy-family-colleagues.prompt.safeguarding': 'Eiriolwr stelcio, gyda chaniatâd.',
  'proxy-family-colleagues.prompt.evidence':
    'Datganiadau a negeseuon gan ei mam, ei brawd a’i rheolwr; y cerdyn.',
  'proxy-family-colleagues.question.0': 'Pwy yw’r dioddefwyr yn y cofnod hwn? Pwy yw’r tystion?',
  'proxy-family-colleagues.question.1': 'Beth fyddech chi’n ei ofyn i’r cefnder?',
  'proxy-family-colleagues.question.2': 'Pam mae perswadio eraill i helpu yn codi’r risg?',
  'stranger.title': 'Dieithryn ar lwybr y bws',
  'stranger.summary':
    'Mae dyn nad yw hi’n ei adnabod yn ei gwylio ar y bws, yn ei dilyn i’r coleg ac yn aros y tu allan i’w gwaith.',
  'stranger.learning.0':
    'Nid cyn-bartneriaid yn unig yw stelcwyr. Mae dieithryn sy’n gwylio ac yn dilyn yn stelcio hyd yn oed os nad yw erioed wedi dweud gair wrthi.',
  'stranger.learning.1':
    'Nid yw diffyg enw yn rheswm i aros: adnabyddwch ef drwy deledu cylch cyfyng ar y bws ac yn y coleg, a chofnodwch ei ddisgrifiad.',
  'stranger.learning.2':
    'Heb offer domestig i’w defnyddio, SPO yn aml yw’r prif opsiwn diogelu ar gyfer stelcio gan ddieithryn.',
  'stranger.step.0': 'Perthynas: Dieithryn. Ni fydd anogwyr domestig yn ymddangos.',
  'stranger.step.1': 'Aros yn ei harhosfan a syllu drwy’r daith gyfan: gwylio a loetran.',
  'stranger.step.2':
    'Ei dilyn ar droed, tynnu lluniau ohoni, yna ymddangos yn ei gwaith: mae’n gwaethygu.',
  'stranger.step.3': 'Disgrifiad, a’r effaith ar ei bywyd.',
  'stranger.four.fixated': 'Mae’n ei dewis hi ar y bws ac yna’n dod o hyd i’w choleg a’i gwaith.',
  'stranger.four.obsessive': 'Y rhan fwyaf o foreau am wythnosau; lluniau ohoni.',
  'stranger.four.unwanted':
    'Nid yw hi erioed wedi siarad ag ef ac mae wedi newid ei bywyd i’w osgoi.',
  'stranger.four.repeated':
    'Y rhan fwyaf o foreau ers canol Ionawr; 29 Ionawr, 5 Chwefror, 12 Chwefror a 19 Chwefror.',
  'stranger.behaviour.following': '"followed her on foot to the college gates".',
  'stranger.behaviour.watching_or_spying':
    '"stares at her for the whole journey", "photographing her on his phone".',
  'stranger.behaviour.loitering_or_turning_up':
    '"at the stop most mornings", "waiting outside the bakery".',
  'stranger.prompt.classification':
    'Dim dosbarthiad wedi’i ddewis ac mae’r naratif yn darllen fel stelcio.',
  'stranger.prompt.s4a': 'Rhoddodd y gorau i’w swydd ac nid yw bellach yn dal y bws.',
  'stranger.prompt.risk_screening': 'Y sgrinio stelcio: gwaethygu o wylio i ddilyn i’w gweithle.',
  'stranger.prompt.vna': 'Yr asesiad o anghenion; Hawliau Estynedig.',
  'stranger.prompt.spo':
    'Ar gyfer dieithryn nid oes gorchymyn domestig i’w ddefnyddio: ystyriwch SPO.',
  'stranger.prompt.safeguarding': 'Eiriolwr stelcio, gyda chaniatâd.',
  'stranger.prompt.evidence':
    'Teledu cylch cyfyng y bws ar gyfer gwasanaeth 07:40, teledu cylch cyfyng y coleg a’r siop, ei disgrifiad hi ohono.',
  'stranger.question.0': 'Beth sy’n gwneud hyn yn fwy na rhywun sy’n digwydd dal yr un bws?',
  'stranger.question.1': 'Pa deledu cylch cyfyng fyddech chi’n ei sicrhau gyntaf, a pham y brys?',
  'stranger.question.2':
    'Sut byddech chi’n cofnodi’r penderfyniad ar SPO cyn iddo gael ei adnabod?',
  'stranger.fact.0': 'Mae’n ddieithryn iddi',
  'stranger.fact.1': 'Yn ei harhosfan bws y rhan fwyaf o foreau ers canol Ionawr',
  'stranger.fact.2': 'Ei dilyn i’r coleg ar 29 Ionawr a 5 Chwefror',
  'stranger.fact.3': 'Tynnu llun ohoni ar 12 Chwefror',
  'stranger.fact.4': 'Aros y tu allan i’w gwaith ar 19 Chwefror',
  'stranger.fact.5': 'Ei ddisgrifiad',
  'stranger.fact.6': 'Yr effaith arni: dim bws, dim shifftiau',
  'workplace.title': 'Cydweithiwr nad yw’n derbyn na',
  'workplace.summary':
    'Ar ôl iddi wrthod mynd ar ddêt, mae cydweithiwr yn gadael anrhegion ar ei desg, yn gorlifo ei e-bost gwaith ac yn aros wrth ei char.',
  'workplace.learning.0':
    'Nid gwrthdaro personoliaeth i AD ei ddatrys yw stelcio yn y gweithle. Mae "sort it out between you" ei rheolwr yn gyfle a gollwyd, nid yn rheswm i gau.',
  'workplace.learning.1':
    'Mae gan y cyflogwr dystiolaeth: sgwrs staff, logiau e-bost, rotâu, teledu cylch cyfyng y maes parcio.',
  'workplace.learning.2':
    'Gellir drafftio amodau SPO o amgylch ei oriau gwaith lle bo’n ymarferol, gan ei gadw draw oddi wrthi o hyd.',
  'workplace.step.0': 'Perthynas: Cydweithiwr.',
  'workplace.step.1': 'Nodiadau ac anrhegion ar ôl "na" clir: anrhegion digroeso.',
  'workplace.step.2':
    'Negeseuon e-bost y tu allan i oriau ac aros wrth ei char ar dri dyddiad ar ôl i’w shifft ei hun ddod i ben.',
  'workplace.step.3': 'Beth wnaeth ei chyflogwr, a’r hyn y mae hi wedi’i newid.',
  'workplace.four.fixated': '"Meant to be together" ar ôl iddi ddweud na.',
  'workplace.four.obsessive':
    'Anrhegion y rhan fwyaf o wythnosau, 60 neges e-bost, aros ddwy awr ar ôl ei shifft ei hun.',
  'workplace.four.unwanted': 'Gwrthododd hi ef ar 3 Rhagfyr a dweud wrth ei rheolwr.',
  'workplace.four.repeated':
    'Anrhegion wythnosol; 14 Ionawr, 21 Ionawr a 4 Chwefror yn y maes parcio.',
  'workplace.behaviour.gifts_or_items':
    '"notes and small gifts on her desk", "a bracelet and a card".',
  'workplace.behaviour.repeated_contact': '"more than 60 emails" a negeseuon sgwrs staff.',
  'workplace.behaviour.loitering_or_turning_up': '"waited by her car in the staff car park".',
  'workplace.prompt.classification':
    'Dim dosbarthiad wedi’i ddewis ac mae’r naratif yn darllen fel stelcio.',
  'workplace.prompt.s4a': 'Mae hi wedi newid ei shifftiau a’r ffordd y mae’n gadael y gwaith.',
  'workplace.prompt.risk_screening': 'Y sgrinio stelcio.',
  'workplace.prompt.vna': 'Yr asesiad o anghenion; Hawliau Estynedig.',
  'workplace.prompt.spo':
    'Penderfyniad SPO, gydag amodau sy’n ei gadw draw oddi wrthi yn y gwaith.',
  'workplace.prompt.safeguarding': 'Eiriolwr stelcio, gyda chaniatâd.',
  'workplace.prompt.evidence':
    'Logiau e-bost a sgwrs a rotâu gan y cyflogwr; teledu cylch cyfyng y maes parcio ar gyfer y tri dyddiad.',
  'workplace.question.0': 'Beth fyddech chi’n ei ddweud wrth ei rheolwr?',
  'workplace.question.1': 'Beth mae "meant to be together" yn ei ddweud wrthych am ei gymhelliad?',
  'workplace.question.2':
    'Sut gallai amodau eu cadw ar wahân os nad yw’r naill na’r llall yn gadael y swydd?',
  'neighbour-fixation.title': 'Anghydfod rhwng cymdogion sy’n troi’n obsesiwn',
  'neighbour-fixation.summary':
    'Mae hen ddadl dros ffens yn troi’n rhywbeth arall: gwylio, ffilmio, nodiadau am ei dillad, ei dilyn i’r siop.',
  'neighbour-fixation.learning.0':
    'Mae aflonyddu fel arfer yn ymwneud â mater; mae stelcio yn ymwneud â’r person. Pan fydd cymydog yn rhoi’r gorau i siarad am y ffens ac yn dechrau siarad amdani hi, mae wedi newid.',
  'neighbour-fixation.learning.1':
    'Peidiwch â ffeilio adroddiad newydd o dan yr hen anghydfod: darllenwch yr hanes cyfan a chofnodwch yr hyn y mae wedi dod.',
  'neighbour-fixation.learning.2':
    'Mae cymydog yn gwybod ble mae hi’n byw ac yn ei gweld bob dydd: mae’r risg yn agos ac yn gyson.',
  'neighbour-fixation.step.0':
    'Perthynas: Cymydog. Wedi’i gofnodi fel Aflonyddu (8L) oherwydd yr anghydfod cynharach.',
  'neighbour-fixation.step.1':
    'Anghydfod am ffens a biniau. Ar ei ben ei hun, am fater, nid amdani hi.',
  'neighbour-fixation.step.2':
    'Nawr mae’n ymwneud â hi: ei gwylio, ei ffilmio, nodiadau am ei dillad a’i hymwelwyr.',
  'neighbour-fixation.step.3': 'Ei dilyn i’r siop ac aros amdani; yr effaith ar ei bywyd gartref.',
  'neighbour-fixation.four.fixated': 'Mae’r nodiadau am ei dillad a’i hymwelwyr, nid y ffens.',
  'neighbour-fixation.four.obsessive':
    'Gwylio pryd bynnag y mae hi yn yr ardd; ei ffilmio; tri nodyn.',
  'neighbour-fixation.four.unwanted':
    'Mae hi’n cau ei llenni ac yn gadael ei chartref ar benwythnosau i’w osgoi.',
  'neighbour-fixation.four.repeated':
    'Ffilmio ar 10 a 24 Ionawr; tri nodyn; ei dilyn ar 6 Chwefror.',
  'neighbour-fixation.behaviour.watching_or_spying':
    '"watches her whenever she is in her garden", "filmed her on his phone".',
  'neighbour-fixation.behaviour.gifts_or_items':
    '"three notes through her door" (wedi’u gadael iddi, yn ddigroeso).',
  'neighbour-fixation.behaviour.following': '"followed her to the corner shop".',
  'neighbour-fixation.behaviour.loitering_or_turning_up': '"waited outside until she came out".',
  'neighbour-fixation.prompt.classification':
    'Wedi’i gofnodi fel aflonyddu tra bo’r naratif yn darllen fel stelcio: dywedwch pam, neu newidiwch ef.',
  'neighbour-fixation.prompt.s4a':
    'Llenni ar gau drwy’r dydd, yr ardd heb ei defnyddio, i ffwrdd ar benwythnosau: effaith sylweddol ar fywyd bob dydd.',
  'neighbour-fixation.prompt.risk_screening': 'Y sgrinio stelcio.',
  'neighbour-fixation.prompt.vna': 'Yr asesiad o anghenion; Hawliau Estynedig.',
  'neighbour-fixation.prompt.spo':
    'Penderfyniad SPO; meddyliwch beth mae amodau’n ei olygu pan fydd ef yn byw drws nesaf.',
  'neighbour-fixation.prompt.safeguarding': 'Eiriolwr stelcio, gyda chaniatâd.',
  'neighbour-fixation.prompt.evidence':
    'Y nodiadau fel arddangosion; ei ffilm neu ei dyddiadur ei hun; cymdogion fel tystion.',
  'neighbour-fixation.question.0':
    'Ble yn union yn yr adroddiad y mae’n peidio â bod yn anghydfod rhwng cymdogion?',
  'neighbour-fixation.question.1':
    'A fyddai’r cyfryngu cynharach yn newid sut rydych chi’n cofnodi hyn? Pam lai?',
  'neighbour-fixation.question.2':
    'Pa ddiogelwch sy’n gweithio pan fydd y sawl a ddrwgdybir yn byw drws nesaf?',
  'public-figure.title': 'Cyflwynydd a’i gwrandäwr',
  'public-figure.summary':
    'Mae gwrandäwr radio yn ysgrifennu bob wythnos, yn anfon anrhegion, yn aros wrth fynedfa’r staff ac yn postio lluniau ohoni.',
  'public-figure.learning.0':
    'Caiff pobl gyhoeddus eu stelcio hefyd, ac nid yw’n "rhan o’r swydd". Roedd dweud wrth ddioddefwyr am deimlo’n wenieithus yn un o’r methiannau a nodwyd pan gyhoeddwyd adroddiad yr uwch-gŵyn.',
  'public-figure.learning.1':
    'Mae ei gred ei bod hi’n siarad ag ef yn obsesiwn: gofynnwch amdani wrth asesu risg.',
  'public-figure.learning.2':
    'Mae ei chyflogwr yn bartner: diogelwch, logiau post a theledu cylch cyfyng yn yr orsaf.',
  'public-figure.step.0': 'Perthynas: Dieithryn (mae’n ei hadnabod o’r radio yn unig).',
  'public-figure.step.1': 'Llythyrau wythnosol gyda chred ei bod hi’n siarad ag ef drwy’r caneuon.',
  'public-figure.step.2': 'Blodau, modrwy, aros wrth fynedfa’r staff, a phostio lluniau ohoni.',
  'public-figure.step.3': 'Ofn, a’r newidiadau i’w gwaith.',
  'public-figure.four.fixated': 'Mae’n credu ei bod hi’n siarad ag ef drwy’r caneuon.',
  'public-figure.four.obsessive':
    'Llythyrau wythnosol am fisoedd, postiadau dyddiol, lluniau ohoni.',
  'public-figure.four.unwanted': 'Nid yw hi’n ei adnabod; mae’r orsaf bellach yn ei hebrwng.',
  'public-figure.four.repeated':
    'Yn wythnosol ers mis Medi; blodau bedair gwaith; 13 a 27 Ionawr wrth y fynedfa.',
  'public-figure.behaviour.repeated_contact':
    '"written to her at the station every week, more than 40 letters".',
  'public-figure.behaviour.gifts_or_items':
    '"flowers to the studio four times and a parcel containing a ring".',
  'public-figure.behaviour.loitering_or_turning_up': '"waiting at the staff entrance at 05:30".',
  'public-figure.behaviour.publishing_material':
    '"posts about her on Facebook every day, with photos of her".',
  'public-figure.prompt.classification':
    'Dim dosbarthiad wedi’i ddewis ac mae’r naratif yn darllen fel stelcio.',
  'public-figure.prompt.s4a': 'Mae hi wedi rhoi’r gorau i ran o’i swydd ac mae ofn arni.',
  'public-figure.prompt.risk_screening': 'Y sgrinio stelcio; beth sy’n digwydd pan herir ei gred.',
  'public-figure.prompt.vna': 'Yr asesiad o anghenion; Hawliau Estynedig.',
  'public-figure.prompt.spo': 'Penderfyniad SPO: amodau ar y fynedfa, cysylltu a phostio.',
  'public-figure.prompt.safeguarding': 'Eiriolwr stelcio, gyda chaniatâd.',
  'public-figure.prompt.evidence':
    'Y llythyrau a’r anrhegion fel arddangosion; teledu cylch cyfyng yr orsaf ar gyfer 13 a 27 Ionawr; ei bostiadau.',
  'public-figure.question.0':
    'Beth fyddech chi’n ei ddweud wrth rywun sy’n dweud wrthi fod hyn yn dod gyda bod ar y radio?',
  'public-figure.question.1': 'Pam mae ei gred am y caneuon yn bwysig i’r risg?',
  'public-figure.question.2': 'Beth allai’r orsaf ei wneud, a beth all yr heddlu yn unig ei wneud?',
  'older-male-victim.title': 'Dyn hŷn yn cael ei stelcio gan gyn-bartner',
  'older-male-victim.summary':
    'Mae gŵr gweddw 74 oed yn cael ei stelcio gan fenyw y bu’n ei gweld am chwe mis; bu bron iddo beidio â’i riportio.',
  'older-male-victim.learning.0':
    'Caiff dynion a phobl hŷn eu stelcio hefyd. Mae "I feel foolish" yn rheswm i wrando’n fwy astud, nid i gau’r adroddiad.',
  'older-male-victim.learning.1':
    'Mae rheol Ebrill 2020 ar gyfer cyn-bartneriaid yn berthnasol beth bynnag fo’r oedran a’r rhyw: cofnodwch stelcio oni bai mai aflonyddu yn unig ydyw, a rhowch fflag cam-drin domestig.',
  'older-male-victim.learning.2':
    'Gofynnwch am anghenion cyfathrebu a chofnodwch nhw: mae’r asesiad o anghenion yn ymwneud â’r dioddefwr hwn.',
  'older-male-victim.step.0': 'Perthynas: Cyn-bartner.',
  'older-male-victim.step.1': 'Perthynas fer, a ddaeth i ben ganddo ef.',
  'older-male-victim.step.2':
    'Galwadau mud, ymddangos yn ei glwb ac yn ei gartref, mynd i mewn i’w ardd, a throi at ei ferch.',
  'older-male-victim.step.3':
    'Sut mae’n teimlo am riportio, a’i anghenion cyfathrebu: cofnodwch nhw.',
  'older-male-victim.four.fixated':
    'Nid yw hi’n derbyn ei fod wedi dod â’r berthynas i ben ac mae’n ceisio dod yn ôl i’w fywyd drwy ei ferch.',
  'older-male-victim.four.obsessive': 'Hyd at 25 galwad y dydd.',
  'older-male-victim.four.unwanted':
    'Daeth ef â’r berthynas i ben ac mae wedi rhoi’r gorau i fynd i’w glwb i’w hosgoi.',
  'older-male-victim.four.repeated':
    'Galwadau dyddiol; ei glwb bob dydd Mawrth; ei gartref ar dri dyddiad.',
  'older-male-victim.behaviour.repeated_contact': '"rung his landline up to 25 times a day".',
  'older-male-victim.behaviour.loitering_or_turning_up':
    '"turned up at his bowls club", "at his home on 3 December, 17 December and 6 January".',
  'older-male-victim.behaviour.contacting_third_parties': '"phoned his daughter".',
  'older-male-victim.prompt.classification':
    'Cyn-bartneriaid a chwrs ymddygiad: cofnodwch stelcio oni bai mai aflonyddu yn unig ydyw.',
  'older-male-victim.prompt.risk_screening':
    'Y sgrinio stelcio a DASH neu DARA: cam-drin domestig yw hyn.',
  'older-male-victim.prompt.vna':
    'Yr asesiad o anghenion: mae ei anghenion cyfathrebu wedi’u cofnodi; mae’r gweddill i’w wneud o hyd.',
  'older-male-victim.prompt.spo': 'Penderfyniad SPO.',
  'older-male-victim.prompt.safeguarding':
    'Eiriolwr stelcio neu IDVA, gyda chaniatâd; y fflag cam-drin domestig.',
  'older-male-victim.prompt.evidence': 'Cofnodion galwadau ei linell dir; datganiad gan ei ferch.',
  'older-male-victim.question.0':
    'Beth allai atal dyn 74 oed rhag riportio hyn, a sut byddech chi’n ymateb?',
  'older-male-victim.question.1': 'Sut byddech chi’n cytuno ar gyswllt ag ef, o ystyried ei glyw?',
  'older-male-victim.question.2':
    'Ydy dweud wrth ei ferch ei fod yn ddryslyd yn rhan o’r stelcio? Beth arall allai fod?',
  'older-male-victim.question.3':
    'Mae wedi rhoi’r gorau i fynd i’w glwb ac yn datgysylltu ei ffôn yn y nos. A fyddech chi’n ystyried a.4A, a beth fyddech chi’n ei gofnodi amdano?',
  'breach-interim-spo.title': 'Mechnïaeth wedi’i thorri tra bo cyhuddiadau’n aros: SPO interim',
  'breach-interim-spo.summary':
    'Mae wedi’i gyhuddo o stelcio a’i ryddhau ar fechnïaeth heb gysylltu â hi. Mae’n anfon negeseuon ati ac yn eistedd ym mhen draw ei ffordd. Mae hi’n gofyn beth all ei diogelu cyn yr achos.',
  'breach-interim-spo.learning.0':
    'Mae toriad yn dystiolaeth o’r patrwm, nid yn ddigwyddiad i ddelio ag ef ar ei ben ei hun: ychwanegwch ef at yr ymchwiliad stelcio. Roedd ymateb gwael i doriadau yn un o bedwar pryder yr uwch-gŵyn.',
  'breach-interim-spo.learning.1':
    'Nid yw SPO yn ddewis arall yn lle erlyniad a gellir gofyn amdano ar unrhyw adeg. Mae SPO interim yn cwmpasu’r amser nes y penderfynir ar y cais llawn, pan fo angen diogelwch nawr.',
  'breach-interim-spo.learning.2': 'Cofnodwch y penderfyniad SPO a’r rheswm drosto.',
  'breach-interim-spo.step.0':
    'Wedi’i gofnodi eisoes fel Stelcio (8Q), cyn-bartner, y ddwy fflag wedi’u gosod.',
  'breach-interim-spo.step.1': 'Yr amodau mechnïaeth: yr hyn na ddylai ei wneud.',
  'breach-interim-spo.step.2':
    'Negeseuon o rif newydd ac eistedd ym mhen draw ei ffordd: toriadau, a rhagor o stelcio.',
  'breach-interim-spo.step.3': 'Yr hyn y mae hi’n gofyn amdano.',
  'breach-interim-spo.step.4':
    'Mae’r penderfyniad SPO interim wedi’i gofnodi: mae’r anogwr SPO yn troi’n wedi’i wneud.',
  'breach-interim-spo.four.fixated':
    'Mae’n dal i ddod yn ôl hyd yn oed ar ôl cael ei gyhuddo a’i ryddhau ar fechnïaeth.',
  'breach-interim-spo.four.obsessive': 'Mae’n peryglu ei fechnïaeth i’w chyrraedd.',
  'breach-interim-spo.four.unwanted': 'Mae’r llys eisoes wedi gorchymyn iddo gadw draw.',
  'breach-interim-spo.four.repeated': 'Tair neges ar 1 Mawrth; y car ar 4 a 7 Mawrth.',
  'breach-interim-spo.behaviour.breach_of_order': '"These are breaches of his bail conditions."',
  'breach-interim-spo.behaviour.repeated_contact': '"three messages from a new number".',
  'breach-interim-spo.behaviour.loitering_or_turning_up':
    '"sat in his car at the end of Alder Close".',
  'breach-interim-spo.behaviour.watching_or_spying': '"watching her house".',
  'breach-interim-spo.prompt.classification':
    'Wedi’i wneud o’r dechrau: wedi’i gofnodi eisoes fel Stelcio (8Q).',
  'breach-interim-spo.prompt.risk_screening':
    'Toriadau tra ar fechnïaeth: adolygwch y risg ac uwchgyfeiriwch.',
  'breach-interim-spo.prompt.vna':
    'Yr asesiad o anghenion, gan gynnwys ei barn am amodau mechnïaeth.',
  'breach-interim-spo.prompt.spo': 'Wedi’i wneud pan gofnodir y cais am SPO interim.',
  'breach-interim-spo.prompt.safeguarding':
    'Eiriolwr stelcio ac IDVA; mae angen cynllun diogelwch arni tan yr achos.',
  'breach-interim-spo.prompt.evidence': 'Y negeseuon a’r rhif newydd; datganiad y cymydog.',
  'breach-interim-spo.question.0':
    'Pam ychwanegu’r toriadau at yr ymchwiliad stelcio yn hytrach na delio â nhw ar eu pen eu hunain?',
  'breach-interim-spo.question.1':
    'Beth mae SPO interim yn ei roi iddi nad yw amodau mechnïaeth yn ei roi?',
  'breach-interim-spo.question.2': 'Pa amodau fyddech chi’n gofyn i’r llys amdanynt?',
  'one-off-trap.title': 'Nid stelcio: un digwyddiad, llawer o eiriau stelcio',
  'one-off-trap.summary':
    'Un ddadl â chymydog, wedi’i hysgrifennu gyda digon o eiriau stelcio sy’n cael eu gwadu, yn ddamcaniaethol neu am rywun arall.',
  'one-off-trap.learning.0':
    'Cwrs ymddygiad yw stelcio: nid yw un digwyddiad yn stelcio ni waeth sut y caiff ei eirio.',
  'one-off-trap.learning.1':
    'Nid yw geiriau sy’n cael eu gwadu ("he has not followed her"), yn ddamcaniaethol ("if he turned up") neu am rywun arall yn cyfrif.',
  'one-off-trap.learning.2':
    'Mae Waymark yn dangos y cyfatebiaethau a anwybyddodd, a pham, fel y gall swyddogion weld ei fod wedi darllen y testun ac nad oedd wedi’u methu yn unig.',
  'one-off-trap.step.0': 'Perthynas: Cymydog. Nid oes dim wedi’i fflagio eto.',
  'one-off-trap.step.1':
    'Un ddadl ar un dyddiad. Nid oes cwrs ymddygiad yma, felly nid yw Waymark yn ei alw’n stelcio.',
  'one-off-trap.step.2':
    'Geiriad wedi’i wadu a damcaniaethol: "has not followed", "has not contacted", "if he were to turn up". Agorwch y rhestr o gyfatebiaethau a anwybyddwyd i ddangos pob un a’r rheswm y’i hanwybyddwyd.',
  'one-off-trap.step.3':
    'Nid yw profiad rhywun arall yn cyfrif chwaith: nid yw’r ffaith i’w ffrind gael ei dilyn y llynedd yn ymddygiad tuag at y dioddefwr hwn.',
  'one-off-trap.four.fixated': 'Dim: roedd y ddadl am le parcio.',
  'one-off-trap.four.obsessive': 'Dim: nid yw wedi cysylltu ers hynny.',
  'one-off-trap.four.unwanted': 'Roedd y gweiddi’n ddigroeso, ond unwaith.',
  'one-off-trap.four.repeated': 'Na: "This is the only incident."',
  'one-off-trap.question.0':
    'Pa eiriau yn yr adroddiad hwn y byddai chwiliad allweddair wedi’u fflagio?',
  'one-off-trap.question.1': 'Beth fyddai’n rhaid digwydd nesaf i hyn ddod yn gwrs ymddygiad?',
  'one-off-trap.question.2':
    'Beth fyddech chi’n ei gofnodi, a pha gyngor fyddech chi’n ei roi iddi?',
  'debt-collection.title': 'Nid stelcio: casglwr dyledion',
  'debt-collection.summary':
    'Mae asiantaeth gasglu yn ffonio, yn ysgrifennu ac yn ymweld ynghylch bil y mae anghydfod yn ei gylch. Dro ar ôl tro, yn annymunol, ac nid stelcio.',
  'debt-collection.learning.0':
    'Nid yw dro ar ôl tro ac annymunol yn ddigon. Mae stelcio yn obsesiwn ar berson; mae sefydliad sy’n mynd ar ôl bil yn dilyn mater.',
  'debt-collection.learning.1':
    'Gwiriwch am yr hyn a fyddai’n newid hynny: bygythiadau, cysylltu â theulu neu gyflogwr, ymddygiad sy’n ymwneud ag ef yn hytrach na’r arian.',
  'debt-collection.learning.2':
    'Cofnodwch yr hyn a riportiodd a’r cyngor a roddwyd, fel y gellir darllen adroddiad diweddarach yn ei erbyn.',
  'debt-collection.step.0': 'Dim perthynas wedi’i gosod: cwmni yw’r parti arall.',
  'debt-collection.step.1': 'Galwadau, llythyrau ac un ymweliad, i gyd am fil y mae’n ei herio.',
  'debt-collection.step.2':
    'Yr hyn nad yw yno: dim bygythiadau, neb arall wedi’i gysylltu, dim byd amdano ef fel person.',
  'debt-collection.four.fixated': 'Na: mae pob cyswllt am y bil, nid amdano ef.',
  'debt-collection.four.obsessive': 'Na: proses gasglu yw dwywaith yr wythnos a phedwar llythyr.',
  'debt-collection.four.unwanted': 'Ydy, nid yw eisiau’r galwadau.',
  'debt-collection.four.repeated':
    'Ydy, ond nid yw dro ar ôl tro ac annymunol yn unig yn gwneud stelcio.',
  'debt-collection.question.0': 'Pa ddwy elfen FOUR sydd yma, a pha rai sydd ar goll?',
  'debt-collection.question.1': 'Beth fyddai’n rhaid i’r cwmni ei wneud i chi ailfeddwl?',
  'debt-collection.question.2': 'Ble arall y gallai fynd â’r gŵyn hon?',
  'debt-collection.fact.0': 'Pwy: cwmni casglu dyledion',
  'debt-collection.fact.1': 'Am beth: bil £340 y mae anghydfod yn ei gylch',
  'debt-collection.fact.2': 'Pa mor aml: galwadau tua dwywaith yr wythnos a llythyrau',
  'debt-collection.fact.3': 'Yr ymweliad ar 12 Chwefror',
  'debt-collection.fact.4': 'Dim bygythiadau, a neb arall wedi’i gysylltu',
  'debt-collection.fact.5': 'Y cyngor a roddwyd',
  'co-parenting.title': 'Nid stelcio: rhieni’n trefnu gofal eu merch',
  'co-parenting.summary':
    'Rhieni sydd wedi gwahanu sy’n anfon negeseuon y rhan fwyaf o wythnosau am drosglwyddiadau drwy’r ap a enwir yn eu gorchymyn llys, ac sy’n dadlau unwaith mewn trosglwyddiad.',
  'co-parenting.learning.0':
    'Nid yw cyswllt am blentyn, drwy’r sianel a osodir gan orchymyn llys, yn stelcio am ei fod yn aml neu’n swta.',
  'co-parenting.learning.1':
    'Mae Waymark yn aros yn dawel yma, ond ysgrifennwch pam nad stelcio ydyw: rhwng cyn-bartneriaid caiff cwrs ymddygiad a riportir ei gofnodi fel stelcio oni bai mai aflonyddu yn unig ydyw yn ôl y gyfraith, felly mae’r rhesymu’n perthyn i’r cofnod.',
  'co-parenting.learning.2':
    'Gwybyddwch yr arwyddion rhybudd a fyddai’n ei newid: negeseuon am ei bywyd preifat, ymddangos y tu allan i drosglwyddiadau, defnyddio’r plentyn i gadw golwg arni.',
  'co-parenting.step.0': 'Perthynas: Cyn-bartner.',
  'co-parenting.step.1': 'Mae gorchymyn llys yn gosod sut maen nhw’n cyfathrebu.',
  'co-parenting.step.2':
    'Negeseuon am drosglwyddiadau, yr ysgol a meddyginiaeth; un ddadl mewn trosglwyddiad.',
  'co-parenting.step.3': 'Yr hyn y mae hi ei eisiau, a’r cyngor a roddwyd.',
  'co-parenting.four.fixated': 'Na: mae pob neges am eu merch.',
  'co-parenting.four.obsessive':
    'Na: y rhan fwyaf o wythnosau, drwy’r ap a gytunwyd, am faterion ymarferol.',
  'co-parenting.four.unwanted':
    'Hoffai hi gael llai o negeseuon, ond y cyswllt yw’r hyn y mae’r gorchymyn yn darparu ar ei gyfer.',
  'co-parenting.four.repeated': 'Ydy, ond disgwylir cyswllt dro ar ôl tro am blentyn.',
  'co-parenting.question.0': 'Beth fyddai’n rhaid i neges ei ddweud i chi edrych ar hyn eto?',
  'co-parenting.question.1': 'Pam mae’n bwysig ysgrifennu pam nad stelcio yw hyn?',
  'co-parenting.question.2': 'Sut byddech chi’n cofnodi’r ddadl yn y trosglwyddiad?',
  'co-parenting.fact.0': 'Cyn-bartneriaid yn rhannu gofal o dan orchymyn llys',
  'co-parenting.fact.1': 'Negeseuon drwy’r ap cyd-rianta',
  'co-parenting.fact.2': 'Am beth mae’r negeseuon',
  'co-parenting.fact.3': 'Un ddadl mewn trosglwyddiad ar 7 Mawrth',
  'co-parenting.fact.4': 'Dim bygythiadau; nid oes ofn arni',
  'co-parenting.fact.5': 'Y cyngor a roddwyd',
  'complete-the-record.title': 'Cwblhau’r cofnod',
  'complete-the-record.summary':
    'Cofnod stelcio wedi’i ddosbarthu’n gywir, wedi’i gwblhau fesul maes: gwyliwch bob anogwr a cham yr asesiad o anghenion yn troi’n wedi’i wneud.',
  'complete-the-record.learning.0':
    'Mae Waymark yn darllen y cofnod yn ogystal â’r naratif: mae maes wedi’i lenwi yn nodi bod ei anogwr wedi’i wneud, gyda’r rheswm yn cael ei ddangos.',
  'complete-the-record.learning.1':
    'Mae asesiad o anghenion y Cod Dioddefwyr yn rhestr wirio ei hun; mae pob cam yn troi’n wedi’i wneud wrth i’w faes gael ei lenwi.',
  'complete-the-record.learning.2':
    'Pan fydd popeth wedi’i wneud, mae Mewnosod crynodeb yn ysgrifennu cofnod byr o’r hyn a ystyriwyd yn nodiadau’r swyddog.',
  'complete-the-record.step.0':
    'Dechreuwch o naratif stelcio, wedi’i gofnodi fel Stelcio (8Q) gyda’r ddwy fflag wedi’u gosod: mae’r dosbarthiad wedi’i wneud, mae’r gweddill ar agor.',
  'complete-the-record.step.1':
    'Risg: mae’r sgrinio stelcio a DASH wedi’u cofnodi fel rhai wedi’u cwblhau. Mae’r anogwr sgrinio risg yn troi’n wedi’i wneud.',
  'complete-the-record.step.2':
    'Mae cais am SPO interim wedi’i gofnodi. Mae’r anogwr SPO yn troi’n wedi’i wneud.',
  'complete-the-record.step.3':
    'Asesiad o anghenion, y tri cham cyntaf: mae Hawliau Estynedig, anghenion cyfathrebu a’r cynllun cyswllt yn cael eu ticio fesul un.',
  'complete-the-record.step.4':
    'Mae’r atgyfeiriad at eiriolwr stelcio gyda chaniatâd yn cwblhau cam atgyfeirio’r asesiad o anghenion a’r anogwr diogelu.',
  'complete-the-record.step.5':
    'Tystiolaeth wedi’i sicrhau ac a.4A wedi’i ystyried, y ddau wedi’u cofnodi yn y naratif. Mae pob anogwr bellach wedi’i wneud: dangoswch Mewnosod crynodeb.',
  'complete-the-record.four.fixated':
    'Mae’n dal i aros amdani yn ei chartref ar ôl iddi ddod â’r berthynas i ben.',
  'complete-the-record.four.obsessive': 'Hyd at 30 neges y dydd.',
  'complete-the-record.four.unwanted':
    'Daeth hi â’r berthynas i ben ac mae bellach yn osgoi cerdded adref ar ei phen ei hun.',
  'complete-the-record.four.repeated':
    'Negeseuon ers mis Tachwedd; ei chartref ar 2 Chwefror, 16 Chwefror ac 1 Mawrth.',
  'complete-the-record.behaviour.repeated_contact':
    '"repeatedly sent her messages, up to 30 a day".',
  'complete-the-record.behaviour.loitering_or_turning_up':
    '"waited outside her home for her to come back from work".',
  'complete-the-record.prompt.classification': 'Wedi’i wneud o’r cam cyntaf: Stelcio (8Q).',
  'complete-the-record.prompt.s4a':
    'Wedi’i wneud pan fydd y naratif yn cofnodi bod a.4A wedi’i ystyried.',
  'complete-the-record.prompt.risk_screening':
    'Wedi’i wneud pan gofnodir y sgrinio stelcio a DASH.',
  'complete-the-record.prompt.vna':
    'Wedi’i wneud gam wrth gam wrth i bob maes asesiad o anghenion gael ei lenwi.',
  'complete-the-record.prompt.spo': 'Wedi’i wneud pan gofnodir y cais am SPO interim.',
  'complete-the-record.prompt.safeguarding':
    'Wedi’i wneud drwy’r atgyfeiriad at eiriolwr stelcio gyda chaniatâd.',
  'complete-the-record.prompt.evidence':
    'Wedi’i wneud pan gofnodir bod y negeseuon a ffilm cloch y drws wedi’u sicrhau.',
  'complete-the-record.question.0':
    'Pa anogwr fyddech chi’n disgwyl iddo aros ar agor hiraf ar shifft go iawn, a pham?',
  'complete-the-record.question.1':
    'Beth mae goruchwyliwr yn ei weld os caiff anogwr ei farcio’n amherthnasol?',
  'complete-the-record.question.2':
    'Beth mae’r crynodeb a fewnosodwyd yn ei ychwanegu at y cofnod, a beth mae’n ei adael allan?',
  'police-shorthand.title': 'Llaw-fer yr heddlu',
  'police-shorthand.summary':
    'Yr un math o adroddiad wedi’i ysgrifennu fel y mae cofnodion yn aml: IP, SUSP, msgs, s/m, o/s.',
  'police-shorthand.learning.0':
    'Mae Waymark yn darllen llaw-fer gyffredin yr heddlu: IP a VIC ar gyfer y dioddefwr, SUSP ar gyfer y sawl a ddrwgdybir, msgs, s/m.',
  'police-shorthand.learning.1':
    'Mae’r amlygiadau yn dal i bwyntio at yr hyn a deipiodd y swyddog mewn gwirionedd.',
  'police-shorthand.learning.2':
    'Nid yw llaw-fer yn esgus dros adroddiad tenau: mae angen dyddiad a’r hyn a wnaed ar bob achlysur o hyd.',
  'police-shorthand.step.0': 'Perthynas: Cyn-bartner.',
  'police-shorthand.step.1':
    'Caiff llaw-fer ar gyfer dioddefwr, y sawl a ddrwgdybir a negeseuon ei hehangu cyn paru.',
  'police-shorthand.step.2':
    'Ymddangos dro ar ôl tro ar dri dyddiad: cwrs ymddygiad. Mae’r amlygiadau ar y llaw-fer ei hun.',
  'police-shorthand.four.fixated':
    'Mae’n dal i ddychwelyd i’w chartref ar ôl i’r berthynas ddod i ben.',
  'police-shorthand.four.obsessive': 'Tua 20 neges y dydd, ac aros dros awr bob tro.',
  'police-shorthand.four.unwanted': '"after being told to stop".',
  'police-shorthand.four.repeated':
    'Bob dydd ers mis Ionawr; ei chartref ar 04/03, 07/03 ac 11/03.',
  'police-shorthand.behaviour.repeated_contact':
    '"msgs on s/m and by text every day, approx 20 a day".',
  'police-shorthand.behaviour.loitering_or_turning_up':
    '"attended IP home address ... and waited o/s".',
  'police-shorthand.prompt.classification':
    'Cyn-bartneriaid, cwrs ymddygiad, a dim dosbarthiad stelcio.',
  'police-shorthand.prompt.s4a': '"v frightened" a threfn ddyddiol wedi newid.',
  'police-shorthand.prompt.risk_screening': 'Y sgrinio stelcio a DASH neu DARA.',
  'police-shorthand.prompt.vna':
    'Yr asesiad o anghenion; gofynnwch sut mae hi eisiau cael y wybodaeth ddiweddaraf.',
  'police-shorthand.prompt.spo': 'Penderfyniad SPO.',
  'police-shorthand.prompt.safeguarding':
    'Eiriolwr stelcio neu IDVA, gyda chaniatâd; y fflag cam-drin domestig.',
  'police-shorthand.prompt.evidence': 'Y negeseuon ac unrhyw ffilm o’r tri ymweliad.',
  'police-shorthand.question.0': 'Pa law-fer y mae eich heddlu yn ei defnyddio nad yw yma?',
  'police-shorthand.question.1':
    'Beth sydd ar goll o’r adroddiad hwn y byddai ei angen ar erlynydd?',
};
