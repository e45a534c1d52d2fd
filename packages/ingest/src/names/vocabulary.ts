// Word lists the name rules read. Every list is about news English in general, never about one article.

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Nouns that head a title: "press secretary", "foreign minister", "Chairman", "Sen.". */
export const titleHeads = words(`
  president vice-president president-elect premier chancellor minister secretary secretary-general undersecretary
  under-secretary chairman chairwoman chairperson chair leader spokesperson spokesman spokeswoman official officer
  diplomat envoy ambassador representative senator congressman congresswoman lawmaker legislator governor mayor
  general admiral colonel commander chief head director director-general adviser advisor counselor counsellor aide
  negotiator king queen prince princess emperor empress pope sheikh emir sultan monarch ayatollah dictator strongman
  host anchor correspondent reporter editor analyst professor justice judge attorney prosecutor lawyer ceo founder
  executive commissioner delegate deputy candidate nominee speaker whip sergeant captain lieutenant major marshal
  coordinator administrator treasurer consul premier-elect sir dame lord lady
  pres sen rep gov gen lt col adm capt sgt maj amb sec prof rev cmdr supt insp det cpl pvt
`);

/** Words inside a title before its head: "first vice foreign minister", "Secretary of State", "deputy". */
export const titleModifiers = words(`
  vice deputy prime first second third fourth fifth foreign press special senior top chief general assistant acting
  national security defense defence state executive supreme principal former interim high lead managing majority
  minority permanent under associate joint home interior finance financial trade unification intelligence economic
  military political communications policy staff party central affairs health energy environment education labor
  labour transport agriculture commerce treasury homeland presidential parliamentary regional provincial federal
  opposition ruling campaign nuclear armed forces naval veteran longtime outgoing incoming then ex crown
`);

/** Words joining a title's parts: "Secretary of State", "Minister for Trade", "Chairman of the …". */
export const titleJoiners = words('of for the');

/** Forms of address, dropped from a name and not a title: "Mr. Trump" is Trump. */
export const honorifics = words('mr mrs ms mx miss dr mme madam messrs');

/** Abbreviations written with a period inside a name or title. */
export const abbreviations = words(
  'mr mrs ms mx dr mme messrs prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov amb pres rev hon supt sec insp det jr sr st',
);

/** Lower-case words inside a name: "Mohammed bin Salman", "Ursula von der Leyen", "Charles de Gaulle". */
export const nameParticles = words(
  'bin bint ibn al el de da del della der di du la le van von ten ter dos das',
);

/**
 * Heads of the names of places and institutions: a run of capitalised words ending in one is never a person
 * ("White House", "Oval Office", "Missile Defense Review", "CBS News", "North Korea", "Face the Nation").
 */
export const institutionHeads = words(`
  house office review news nation nations korea koreas states kingdom republic union ministry department agency
  council committee commission congress senate parliament assembly court party government administration pentagon
  kremlin army navy force forces command corps guard police university college school institute foundation center
  centre bank fund group company corporation corp inc ltd association organization organisation network times post
  journal tribune herald gazette courier telegraph press radio television tv channel magazine media daily weekly
  airlines airport hotel palace hall square tower building street avenue road lawn garden gardens island islands
  zone province city county district region peninsula sea ocean river valley mountain mountains lake bay gulf strait
  summit conference forum talks agreement treaty declaration act accord report strategy initiative program programme
  project service services exchange museum library hospital church mosque temple club team league cup games
  olympics festival award prize week war crisis affairs studies research security defense defence intelligence
  democrats republicans reuters xinhua yonhap kcna twitter facebook capitol embassy consulate mission headquarters
  base station port harbor harbour bridge border world asia europe africa america americas east west north south
`);

/** Subjects a speech verb often follows that are never a person's name ("Officials said", "Police said"). */
export const collectiveSubjects = words(`
  officials police authorities analysts experts critics sources witnesses diplomats lawmakers residents observers
  reports people others some many both neither either everyone nobody someone aides investigators prosecutors
`);

/** Common surnames of East and Southeast Asia, written first: "Kim Yong Chol", "Xi Jinping", "Nguyen Phu Trong". */
export const surnamesFirst = words(`
  kim lee park pak choi choe moon mun ri yi jung jeong chung kang cho yoon yun jang chang lim han shin seo kwon hwang
  ahn hong ryu nam xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo wen jiang hua
  nguyen tran pham hoang phan vu vo dang bui ngo duong
`);

/** Verbs people do that places and institutions rarely do, right after a name: "Biegun told reporters". */
export const personVerbs = words(`
  said says told tells added adds wrote writes tweeted tweets asked asks replied answered insisted insists noted
  explained argued stressed warned warns claimed acknowledged admitted suggested joked recalled declared vowed
  promised urged thanked praised met meets spoke speaks visited visits arrived traveled travelled flew greeted hosted
  shook smiled laughed described
`);

/** Words allowed between a name and its verb: "Trump has said", "Pompeo had met", "Kim also told". */
export const auxiliaries =
  words(`has had have will would also later then again previously earlier repeatedly once
  later reportedly`);

/** Verbs whose object is a person: "Trump met Kim Yong Chol", "a meeting with Xi". */
export const meetingVerbs = words('met meet meets meeting greeted hosted received');
