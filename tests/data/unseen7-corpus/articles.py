"""Texts and labels of the unseen7 corpus (topic china-russia-ukraine).

Written from /work/shared/data/stance-dev/SIGNALS.md and /work/shared/eval/README.md only.

Each article is a dict; `body` is a text block:
  * blocks are separated by blank lines; a block's lines are joined with spaces;
  * a block starting with "@kind: ..." is page furniture inserted between the story's paragraphs
    (not part of the gold body): "@readmore: headline", "@readalso: headline; headline; ...",
    "@ad", "@video: title", "@alsoread: headline", "@figure: caption";
  * every other block is one paragraph of the article's own text (the gold body);
  * "[[signal:state|sentence]]" marks a sentence that is evidence about China; several labels
    are separated by ";" ("[[condemnation:negated;un-vote:abstain|...]]"). For `un-vote` the
    part after ":" is the value. build.py strips the markers and writes labels.jsonl.

Labelling conventions (SIGNALS.md applied literally; README.md repeats them):
  * the outlet stating a fact, or China itself speaking (spokespeople, readouts, Xi, envoys,
    ministries, Chinese officials quoted) -> asserted (China's own denials -> negated);
  * a third party (the U.S., Ukraine, sources, a newspaper, the Kremlin relaying what Xi said)
    claiming China did something -> alleged;
  * planned / considered / possible / conditional / feared, by anyone -> hedged; statements of
    Chinese willingness ("ready to play a constructive role") -> mediation hedged;
  * denied / refused / has not happened, by anyone -> negated;
  * restatements of the past are labelled with the state they express;
  * Russia praising China or describing the relationship in its own voice, other actors doing
    the thing, China being the object of someone else's act, "welcoming" others' talks,
    sovereignty formulas, opposing unilateral sanctions, "normal trade", and all page
    furniture (tickers, teasers, READ MORE links, comments, captions, Read also boxes) carry no
    label; the article's "traps" list names them.
"""

OUTLETS = {
    "gulf-courier": {
        "name": "The Gulf Courier",
        "feed": "rss",
        "tz": 4,
        "tz_name": "GST",
        "smart_quotes": False,
    },
    "daily-wattle": {
        "name": "The Daily Wattle",
        "feed": "atom",
        "tz": None,  # per article (AEDT/AEST)
        "tz_name": None,
        "smart_quotes": True,
    },
    "kontinent-en": {
        "name": "Kontinent",
        "feed": "rss",
        "tz": 3,
        "tz_name": "MSK",
        "smart_quotes": False,
    },
}

ARTICLES = [
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-01",
        "outlet": "kontinent-en",
        "slug": "unsc-rejects-russian-humanitarian-draft-china-votes-in-favour",
        "published": "2022-03-24T09:40:00Z",
        "layout": "table",
        "jsonld": False,
        "title": "UN Security Council rejects Russian humanitarian draft on Ukraine \u2014 China only member to back Moscow",
        "dek": "Thirteen Council members abstained; Russia's envoy accuses the West of blocking \"a purely humanitarian text\"",
        "source": "Source: TASS",
        "rubric": "World",
        "tags": ["UN Security Council", "Ukraine", "China", "Special military operation"],
        "sidebar": [
            "China to deliver fighter jets to Russia \u2014 Western media",
            "Central Bank keeps key rate at 20%",
            "Kazakhstan to reroute oil exports via Caspian pipeline",
            "Moscow Exchange resumes trading in 33 stocks",
        ],
        "body": """
UNITED NATIONS, March 24. /Kontinent/. The UN Security Council on Wednesday evening failed to
adopt a Russian draft resolution on the humanitarian situation in Ukraine after the text received
the support of only two of the Council's fifteen members.

[[un-vote:favor|China joined Russia in voting for the draft, while the other thirteen members,
among them the United States, Britain, France, India and the United Arab Emirates, abstained.]]
No member voted against, but a resolution needs at least nine votes in favour to be adopted.

The Russian text called for the protection of civilians, including women and children, and for
safe and unhindered access for humanitarian workers, but made no mention of the special military
operation that Russia launched on February 24.

[[un-vote:favor|Explaining the vote, China's Permanent Representative Zhang Jun said Beijing had
supported the draft because humanitarian questions "should not be politicised."]] "The Council should set aside
its differences and focus on the safety of civilians," he said, as quoted in a Russian translation
of his remarks.

Zhang also reiterated that China respects the sovereignty and territorial integrity of all
states, a formula Beijing has repeated at every Council session on Ukraine since the start of the
operation.

[[condemnation:negated|Beijing has so far declined to characterise Russia's actions as an
invasion and has not assigned blame to Moscow for the hostilities.]]

@readalso: Lavrov: Russia and China will jointly build a more just world order; Chinese banks ready to process payments for Russian exporters \u2014 source; Peskov: Western sanctions amount to "economic war"

Russia's Permanent Representative Vasily Nebenzia thanked "our Chinese friends" for what he
called a principled and balanced position and said Western delegations had blocked a purely
humanitarian text "for political reasons."

U.S. Ambassador Linda Thomas-Greenfield told the Council it was unconscionable for Russia to ask
for help with a crisis it had created itself.

The Chinese envoy also objected to the economic restrictions imposed on Russia, saying they "only
make the humanitarian situation worse." [[sanctions:negated|No restrictions of any kind have been
introduced against Russia by Beijing, and Chinese officials describe the Western sanctions as
unilateral measures without a basis in international law.]]

[[un-vote:abstain|On March 2, China was one of 35 countries that abstained when the UN General
Assembly adopted, by 141 votes, a resolution demanding that Russia withdraw its troops from
Ukraine.]]

The General Assembly is scheduled to vote on Thursday on a separate resolution on the
humanitarian consequences of the conflict, drafted by Ukraine together with a group of Western
countries.
""",
        "source_event": "2022-03-23: UN Security Council rejects Russia's draft resolution on the humanitarian situation in Ukraine (2 in favour: Russia, China; 13 abstentions); background: China abstained on UNGA ES-11/1 on 2022-03-02",
        "traps": [
            "Nebenzia thanks 'our Chinese friends' for a 'principled and balanced position' (Russian voice praising China)",
            "thirteen members incl. India, the UAE and the U.S. abstain (wrong actor for un-vote abstain)",
            "Thomas-Greenfield statement (wrong actor)",
            "sovereignty and territorial integrity formula is not condemnation",
            "Chinese envoy objects to restrictions on Russia (opposing sanctions is not a sanction)",
            "upcoming General Assembly vote (no Chinese value stated)",
            "Read also box: 'Chinese banks ready to process payments for Russian exporters' (boilerplate, economic-support)",
            "Most read: 'China to deliver fighter jets to Russia' (boilerplate, military-aid)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-02",
        "outlet": "gulf-courier",
        "slug": "un-assembly-backs-ukraine-damage-register-china-votes-no",
        "published": "2022-11-15T06:20:00Z",
        "layout": "standard",
        "jsonld": True,
        "title": "UN assembly backs register of war damage in Ukraine as China votes no",
        "dek": "Resolution paving the way for Russian reparations passes with 94 votes in favour; 73 countries abstain",
        "author": "Farah Haddad",
        "section": "World",
        "crumbs": ["Home", "World", "Europe"],
        "hero": "Delegates in the UN General Assembly hall in New York. \u2014 File photo",
        "tags": ["United Nations", "Ukraine", "Russia", "China", "General Assembly"],
        "ticker": [
            "BREAKING: China pledges to mediate directly between Moscow and Kyiv",
            "Dubai Metro to run round the clock during World Cup",
            "Oil steadies as OPEC+ keeps output cuts",
        ],
        "trending": [
            "Chinese-built air-defence radars spotted in Crimea, Kyiv bloggers claim",
            "Qatar 2022: fan zones open their doors",
            "UAE unveils new visit visa categories",
            "Gold edges higher ahead of US retail data",
        ],
        "prayer": [("Fajr", "05:16"), ("Shurooq", "06:33"), ("Dhuhr", "11:54"), ("Asr", "14:54"), ("Maghrib", "17:30"), ("Isha", "18:45")],
        "yml": [
            ("Beijing condemns strikes on Ukraine's power grid", "China's foreign ministry denounced Russia's missile barrage on Ukrainian energy sites in its sharpest words since the war began."),
            ("Saudi mediation frees ten foreign fighters held by Russia", "The kingdom says its talks with Moscow secured the release of prisoners from five countries."),
            ("Gulf gas producers eye Europe's winter squeeze", "LNG exporters in the region say demand for long-term contracts has never been stronger."),
        ],
        "body": """
NEW YORK: The UN General Assembly on Monday recommended setting up an international register to
record damage, loss and injury caused by Russia's war in Ukraine, a step its backers hope will
eventually lead to a mechanism for Moscow to pay compensation.

The resolution was adopted with 94 votes in favour, 14 against and 73 abstentions.
[[un-vote:against|China was among the countries voting no, alongside Russia, Iran, Belarus, Syria
and North Korea.]]

India and South Africa were among those that abstained.

@ad

The text was sponsored by Canada, Guatemala, the Netherlands and Ukraine. It asks member states,
in cooperation with Kyiv, to create a register that would serve as a record of evidence and
claims.

Speaking before the vote, a Chinese delegate told the chamber that the question of compensation
was complicated and that forcing it to a vote would only widen divisions among member states at a
time when diplomacy was needed.

[[mediation:hedged|Beijing, he said, would continue to "stand on the side of peace" and to
encourage Moscow and Kyiv to resume negotiations.]]

Russia's ambassador Vasily Nebenzia called the resolution legally void and accused Western
countries of trying to legitimise the seizure of Russian assets frozen abroad.

Ukraine's envoy Sergiy Kyslytsya told the assembly that Russia "must pay for what it has done",
and said the register would allow victims to document their losses while the war was still going
on.

[[un-vote:abstain|Last month China abstained when the assembly condemned Russia's attempted
annexation of four partly occupied Ukrainian regions, a vote won by Kyiv's supporters with 143
countries in favour.]]

[[condemnation:negated|Beijing has voiced concern about the humanitarian toll of the war but has
refrained from criticising Moscow for starting it, and its diplomats avoid the word
"invasion".]]
""",
        "source_event": "2022-11-14: UN General Assembly resolution ES-11/5 recommending a register of damage caused by Russia in Ukraine adopted 94-14-73; China voted against; background: China abstained on ES-11/4 (annexations) on 2022-10-12",
        "traps": [
            "Russia, Iran, Belarus, Syria, North Korea vote against (wrong actor; the labelled sentence names China)",
            "India and South Africa abstain (wrong actor for un-vote abstain)",
            "'the assembly condemned Russia's attempted annexation' (the assembly condemns, not China)",
            "Nebenzia and Kyslytsya statements (wrong actors)",
            "Chinese delegate calls compensation 'complicated' (no signal)",
            "ticker: 'China pledges to mediate directly between Moscow and Kyiv' (boilerplate, mediation asserted)",
            "Trending now: 'Chinese-built air-defence radars spotted in Crimea' (boilerplate, military-aid)",
            "You might also like: 'Beijing condemns strikes on Ukraine's power grid' with teaser blurb (boilerplate, condemnation asserted)",
            "You might also like: Saudi mediation (boilerplate, wrong actor)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-03",
        "outlet": "daily-wattle",
        "slug": "exclusive-chinese-parts-putin-kamikaze-drones-ukraine-spies",
        "published": "2023-03-07T21:15:00Z",
        "tz": 11,
        "tz_name": "AEDT",
        "layout": "divtxt",
        "kicker": "EXCLUSIVE",
        "title": "Chinese parts inside Putin's kamikaze drones, Ukraine's spies claim",
        "dek": "Wreckage shown to the Daily Wattle raises fresh questions about Beijing's 'neutral' stance",
        "author": "Jess Kowalczyk",
        "role": "Europe Correspondent",
        "video": "Zelensky's blunt message for Beijing",
        "comments": [
            ("Bazza_from_Penrith", "3h ago", "Of course China's arming Putin. They've been doing it since day one, everyone knows it.", 41),
            ("KylieM", "2h ago", "Xi will swoop in and play peacemaker, just watch.", 7),
            ("Trev in Toowoomba", "58m ago", "They said the same thing about Iran and look how that turned out.", 12),
        ],
        "body": """
[[military-aid:alleged|Ukrainian spies say they have traced engines and circuit boards pulled
from the wreckage of Russian attack drones back to Chinese suppliers, and have passed their
findings to Western governments.]]

Photos of the recovered parts, seen exclusively by the Daily Wattle, show a navigation module, a
small two-stroke petrol engine and a cluster of circuit boards collected after an overnight attack
on Kyiv last month.

[[military-aid:alleged|"The engines came through Chinese companies, some of them directly and
some through Hong Kong," an officer in Ukraine's military intelligence agency told the Daily
Wattle on condition of anonymity.]]

The Daily Wattle could not independently verify the claims.

@readmore: China caught shipping assault rifles to Russia

Most of the drones that have pounded Ukraine's power grid since October are Iranian-designed
Shaheds, which Tehran handed to Moscow and which Russia has rebranded as the Geran-2.

[[military-aid:hedged|The Ukrainian claims come less than three weeks after US Secretary of State
Antony Blinken said Washington had information that Beijing was weighing whether to give Russia
lethal support, including ammunition.]]

[[military-aid:hedged|Government sources told the Daily Wattle that Canberra had warned Beijing
through diplomatic channels that arming Moscow would cross a line.]]

[[military-aid:negated|"China has not sold a single weapon to either party in this conflict," the
Chinese embassy in Canberra said in a statement, accusing "certain countries" of spreading
disinformation.]]

"We urge the relevant parties to stop smearing China and to do more to promote peace talks," the
statement read.

@readmore: Xi to visit Moscow for 'no limits' summit with Putin

[[partnership:asserted|Beijing and Moscow sealed their "no limits" pact in February last year,
three weeks before Russian tanks rolled across the border.]]

Dr Miriam Achterberg, a defence analyst at the Australian National University, said the finds
showed how hard it was to stop civilian parts leaking into military supply chains. "An engine sold
to a hobby shop in Shenzhen can be bolted into a drone in Kursk a month later," she said. "Proving
anyone in Beijing knew about it is another matter entirely."

Washington has separately accused North Korea of secretly sending artillery shells to Russia, and
Australia has already slapped sanctions on Iranian entities behind the Shahed drones.
""",
        "source_event": "2023-03 (modelled on Ukrainian intelligence claims of early 2023 about Chinese components in Russian drones, after Blinken said on 2023-02-18/19 that China was considering lethal support); the specific wreckage story is invented",
        "traps": [
            "Iranian Shaheds handed to Moscow (wrong actor)",
            "North Korea artillery shells (wrong actor); Australian sanctions on Iranian entities (wrong actor)",
            "Chinese embassy urges others to 'promote peace talks' (not China mediating)",
            "analyst's hypothetical engine routed from Shenzhen to Kursk (no claim that China supplied)",
            "'could not independently verify' (no signal)",
            "READ MORE: 'China caught shipping assault rifles to Russia' (boilerplate, military-aid asserted)",
            "READ MORE: 'Xi to visit Moscow for no limits summit' (boilerplate, partnership hedged)",
            "comment: 'Of course China's arming Putin' (boilerplate, military-aid asserted)",
            "comment: 'Xi will swoop in and play peacemaker' (boilerplate, mediation hedged)",
            "video 'Up next' title (boilerplate)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-04",
        "outlet": "kontinent-en",
        "slug": "xi-jinping-state-visit-russia-march-20-22",
        "published": "2023-03-17T14:30:00Z",
        "layout": "standard",
        "jsonld": True,
        "title": "Xi Jinping to pay state visit to Russia on March 20\u201322 \u2014 Kremlin",
        "dek": "Beijing says the Chinese leader will \"play a constructive role in promoting talks\"",
        "source": "Source: TASS, Xinhua",
        "rubric": "Politics",
        "tags": ["Xi Jinping", "Vladimir Putin", "Russia-China", "State visit"],
        "sidebar": [
            "Chinese envoy to shuttle between Moscow and Kyiv \u2014 source",
            "Rouble firms against dollar ahead of tax period",
            "Duma passes bill on digital rouble in first reading",
            "Aeroflot to add flights to Sanya and Beijing",
        ],
        "body": """
MOSCOW, March 17. /Kontinent/. Chinese President Xi Jinping will pay a state visit to Russia from
March 20 to 22 at the invitation of President Vladimir Putin, the Kremlin press service and the
Chinese Foreign Ministry announced simultaneously on Friday.

According to the Kremlin, the two leaders will discuss "the further development of relations of
comprehensive partnership and strategic interaction" and sign a number of important bilateral
documents.

[[partnership:asserted|"China and Russia are comprehensive strategic partners of coordination for
the new era, and our relations are not directed against any third party," Chinese Foreign Ministry
spokesman Wang Wenbin told a briefing in Beijing, calling the trip "a journey of friendship,
cooperation and peace."]]

[[partnership:hedged|Wang said the two heads of state were expected to sign a joint statement on
deepening that partnership and to exchange views on major international issues.]]

[[mediation:hedged|Xi will "uphold an objective and fair position on the Ukraine crisis and play a
constructive role in promoting talks for peace," the spokesman added.]]

[[mediation:asserted|Last month Beijing circulated a twelve-point paper on resolving the crisis,
which calls for a ceasefire, the resumption of direct negotiations and an end to unilateral
sanctions.]]

@readalso: Beijing pledges artillery shells to Moscow \u2014 Western media; Lavrov and Qin Gang discuss Ukraine settlement by phone; Russian-Chinese trade hit record $190 bln in 2022

Kremlin spokesman Dmitry Peskov told journalists that Moscow "highly values" Beijing's balanced
approach and that Russian-Chinese relations were "at the highest point in their history."

Presidential aide Yuri Ushakov said the programme would open with an informal one-on-one meeting
and dinner on Monday, followed by talks in an expanded format on Tuesday.

[[military-aid:hedged|In Washington the announcement was met with suspicion: U.S. officials have
claimed for weeks that China might be preparing to send weapons and ammunition to Russia.]]

[[military-aid:negated|Beijing has categorically denied the accusations, and Chinese diplomats
insist that China has not supplied arms to either side and has no plans to do so.]]

The visit will be Xi's first trip abroad since he was elected to a third term as head of state on
March 10. He last travelled to Russia in June 2019.
""",
        "source_event": "2023-03-17: the Kremlin and China's foreign ministry announce Xi Jinping's state visit to Russia (20-22 March 2023); spokesman Wang Wenbin calls it a journey of friendship, cooperation and peace; background: China's 12-point position paper of 2023-02-24",
        "traps": [
            "Kremlin announcement of talks on 'comprehensive partnership' (Russian voice)",
            "Peskov: relations 'at the highest point in their history', 'highly values' Beijing's approach (Russian voice praising China)",
            "'not directed against any third party' negation inside an affirmation (partnership asserted, not negated)",
            "twelve-point paper calls for an end to unilateral sanctions (opposing sanctions is not a sanction)",
            "Read also: 'Beijing pledges artillery shells to Moscow' (boilerplate, military-aid alleged)",
            "Most read: 'Chinese envoy to shuttle between Moscow and Kyiv' (boilerplate, mediation alleged)",
            "dek repeats the Chinese mediation line (not body)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-05",
        "outlet": "gulf-courier",
        "slug": "jeddah-ukraine-talks-end-china-li-hui-takes-part",
        "published": "2023-08-06T17:45:00Z",
        "layout": "standard",
        "jsonld": True,
        "title": "Jeddah talks on Ukraine end with pledge to keep consulting; China joins in",
        "dek": "Saudi Arabia hosted senior officials from some 40 countries; Russia was not invited",
        "author": "Omar Siddiqui",
        "section": "Gulf",
        "crumbs": ["Home", "Gulf", "Saudi Arabia"],
        "hero": "Delegates arrive for the meeting at a hotel in Jeddah on Saturday. \u2014 SPA",
        "tags": ["Saudi Arabia", "Jeddah", "Ukraine", "China", "Diplomacy"],
        "ticker": [
            "BREAKING: China to ban drone-part exports to Russia, sources say",
            "Saudi Pro League unveils new season fixtures",
            "UAE petrol prices for August announced",
        ],
        "trending": [
            "China backs West at UN vote on Ukraine",
            "Heatwave: temperatures to top 49\u00b0C in Al Ain",
            "Riyadh Metro test runs begin on Blue Line",
            "Emirates adds third daily flight to Perth",
        ],
        "prayer": [("Fajr", "04:26"), ("Shurooq", "05:47"), ("Dhuhr", "12:25"), ("Asr", "15:51"), ("Maghrib", "19:03"), ("Isha", "20:21")],
        "yml": [
            ("Chinese loans keep Russian rail projects on track", "Beijing's state lenders have quietly extended billions in credit to Moscow since Western sanctions hit."),
            ("Crown Prince receives Zelensky at Arab League summit", "The Ukrainian president addressed Arab leaders in Jeddah in May."),
            ("Jeddah Season 2023: what's on this month", "Concerts, food festivals and a new waterfront promenade."),
        ],
        "body": """
JEDDAH: Senior officials from about 40 countries wrapped up two days of talks on the war in
Ukraine in Jeddah on Sunday, agreeing to keep consulting on the principles that should underpin an
eventual peace settlement.

Saudi Arabia, which has kept working relations with both Moscow and Kyiv, convened the meeting,
and Russia was not invited. The kingdom helped broker a prisoner exchange between the two sides
last year.

[[mediation:asserted|China was represented by Li Hui, its special representative for Eurasian
affairs, who shuttled between Kyiv, Moscow and several European capitals in May in search of
common ground for a ceasefire.]]

[[mediation:asserted|Li held "extensive contact and communication with all parties" in Jeddah, a
statement from China's foreign ministry read on Sunday.]]

@ad

[[mediation:hedged|Beijing stood ready to keep working with the international community to help
build consensus for a political settlement, the statement added.]]

Andriy Yermak, the head of Ukraine's presidential office, described the discussions as very
productive, saying countries with differing views had spoken "honestly and openly".

Western diplomats said the aim had been to draw large non-aligned countries closer to Ukraine's
ten-point peace formula, which calls for a full withdrawal of Russian troops.
[[condemnation:hedged|Some privately hoped Beijing might eventually be persuaded to back language
holding Russia responsible for the war, though none expected that soon.]]

[[condemnation:negated|China has never censured Moscow over the invasion.]]
[[un-vote:abstain|In February it abstained on a General Assembly resolution calling for Russian
troops to leave Ukraine.]]

[[partnership:negated|In April, Beijing's ambassador to the European Union, Fu Cong, dismissed the
"no limits" formula as "nothing but rhetoric" and said China was not on Russia's side in the
war.]]

[[partnership:asserted|Chinese officials nonetheless still call Russia a comprehensive strategic
partner.]]

In Moscow, a deputy foreign minister dismissed the gathering as a Western attempt to rally the
Global South behind Kyiv's terms.

The participants, who included India, Brazil, South Africa, Turkey and the United States, did not
issue a joint communique.
""",
        "source_event": "2023-08-05/06: Saudi Arabia hosts talks on Ukraine in Jeddah with some 40 countries; China sends special representative Li Hui; background: Li Hui's May 2023 tour, China's abstention on UNGA ES-11/6 (2023-02-23), Fu Cong's April 2023 'nothing but rhetoric' remark",
        "traps": [
            "Saudi Arabia convenes the talks and brokered a prisoner exchange (wrong actor for mediation)",
            "Russia not invited; Moscow deputy foreign minister dismisses the meeting (Russian voice)",
            "Yermak quote (wrong actor)",
            "Ukraine's peace formula calls for withdrawal (Ukraine's plan, not China's)",
            "India, Brazil, South Africa, Turkey, U.S. took part (wrong actors)",
            "ticker: 'China to ban drone-part exports to Russia, sources say' (boilerplate, sanctions alleged)",
            "Trending now: 'China backs West at UN vote on Ukraine' (boilerplate, un-vote favor)",
            "You might also like: 'Chinese loans keep Russian rail projects on track' with blurb (boilerplate, economic-support asserted)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-06",
        "outlet": "gulf-courier",
        "slug": "blinken-xi-china-fuelling-russia-war-machine",
        "published": "2024-04-26T16:10:00Z",
        "layout": "standard",
        "jsonld": True,
        "title": "Blinken tells Beijing it is fuelling Russia's war machine; China calls claims groundless",
        "dek": "US secretary of state says Chinese components are helping Moscow rebuild its defence industry",
        "author": "PPA",
        "section": "World",
        "crumbs": ["Home", "World", "Asia"],
        "hero": "US Secretary of State Antony Blinken arrives for talks in Beijing on Friday. \u2014 PPA",
        "tags": ["China", "United States", "Russia", "Ukraine war", "Antony Blinken"],
        "ticker": [
            "BREAKING: China agrees to halt dual-use exports to Russia, US official says",
            "Dubai airport operations back to normal after record rainfall",
            "Saudi Arabia to host WEF special meeting in Riyadh",
        ],
        "trending": [
            "Xi and Putin renew 'no limits' partnership",
            "UAE floods: insurance claims pass Dh2 billion",
            "Emirates Draw: Abu Dhabi resident wins Dh100,000",
            "Gold retreats from record high",
        ],
        "prayer": [("Fajr", "04:23"), ("Shurooq", "05:42"), ("Dhuhr", "12:18"), ("Asr", "15:45"), ("Maghrib", "18:47"), ("Isha", "20:02")],
        "yml": [
            ("Beijing abstains as UN votes on Ukraine aid", "China once again declined to take sides when the General Assembly voted on Thursday."),
            ("Blinken's Shanghai stop: basketball and dumplings", "The top US diplomat began his visit with a bit of soft diplomacy."),
            ("Chinese EV makers eye Gulf showrooms", "Dealers in Dubai and Riyadh report rising demand for Chinese-made electric cars."),
        ],
        "body": """
[[military-aid:alleged|BEIJING (PPA) \u2014 U.S. Secretary of State Antony Blinken said on Friday
that China was now the leading supplier of machine tools, microelectronics and other components
that Russia needs to rebuild its defence industry, and warned Beijing that Washington would act if
the flow did not stop.]]

[[military-aid:alleged|Speaking to reporters after hours of meetings with Chinese leaders,
including President Xi Jinping, Blinken said Russia would struggle to keep up its assault on
Ukraine without Chinese components.]]

[[military-aid:alleged|Russia's missile and tank factories are being kept running with Chinese
machine tools and microchips, according to U.S. officials, and Chinese deliveries of
nitrocellulose, a propellant ingredient, have also risen sharply.]]

[[economic-support:alleged|U.S. officials also accuse Chinese banks of handling payments for
Russian companies under American sanctions, a person familiar with the talks said.]]

@ad

The Biden administration has already blacklisted dozens of Chinese and Hong Kong firms, and
officials in Washington have said they are weighing penalties against Chinese lenders.

Foreign Minister Wang Yi told Blinken that normal trade between China and Russia should not be
disrupted, according to a readout from Beijing, which also stated that China's position on the
Ukraine crisis was "open and aboveboard".

[[military-aid:negated|"China has never provided weapons to the parties to the conflict, and we
strictly control the export of dual-use items," foreign ministry spokesman Wang Wenbin said at a
briefing on Friday, calling the U.S. accusations groundless.]]

Xi told Blinken the two countries should be "partners, not rivals", Chinese state media reported.

Blinken also raised North Korea, whose shipments of ballistic missiles and artillery shells to
Russia have alarmed Washington and Seoul.

[[partnership:hedged|Russian President Vladimir Putin is expected in China next month, and Xi is
likely to use the visit to reaffirm Beijing's partnership with Moscow.]]
""",
        "source_event": "2024-04-26: Antony Blinken meets Xi Jinping and Wang Yi in Beijing and says China is the top supplier of machine tools, microelectronics and nitrocellulose to Russia's defence industry; China rejects the accusations",
        "traps": [
            "U.S. blacklists Chinese firms and weighs penalties on Chinese lenders (U.S. actor; China as object)",
            "Wang Yi: 'normal trade' should not be disrupted (not economic support)",
            "Xi: U.S. and China should be 'partners, not rivals' (partnership with the U.S., not Russia)",
            "North Korea missiles and shells (wrong actor)",
            "ticker: 'China agrees to halt dual-use exports to Russia, US official says' (boilerplate, sanctions alleged)",
            "Trending now: 'Xi and Putin renew no limits partnership' (boilerplate, partnership asserted)",
            "You might also like: 'Beijing abstains as UN votes on Ukraine aid' with blurb (boilerplate, un-vote abstain)",
            "syndicated wire original (copy: u7-07)",
        ],
        "syndication_group": "sg-u7a",
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-07",
        "outlet": "daily-wattle",
        "slug": "fuelling-putins-war-us-lays-it-on-the-line-to-xi",
        "published": "2024-04-27T01:30:00Z",
        "tz": 10,
        "tz_name": "AEST",
        "layout": "p",
        "kicker": "WORLD",
        "title": "'Fuelling Putin's war': US lays it on the line to Xi",
        "dek": "America's top diplomat accuses Beijing of propping up Russia's war machine",
        "author": "PPA with Daily Wattle staff",
        "role": None,
        "video": "Blinken's dumpling diplomacy in Shanghai",
        "comments": [
            ("Shazza_Gold_Coast", "5h ago", "Xi and Putin are best mates, 'no limits' remember? What did they expect?", 23),
            ("Ron Pettigrew", "4h ago", "China is bankrolling Russia, plain and simple.", 17),
            ("ellie.r", "1h ago", "Meanwhile our iron ore keeps heading north. Funny that.", 9),
        ],
        "body": """
[[military-aid:alleged|BEIJING (PPA) \u2014 U.S. Secretary of State Antony Blinken said on Friday
that China was now the leading supplier of machine tools, microelectronics and other components
that Russia needs to rebuild its defence industry, and warned that Washington would act if it did
not stop.]]

[[military-aid:alleged|Speaking to reporters after hours of meetings with Chinese leaders,
including President Xi Jinping, Blinken said Russia would struggle to keep up its assault on
Ukraine without Chinese components.]]

@readmore: China slaps sanctions on Russian oligarchs

[[military-aid:alleged|Russia's missile and tank factories are being kept running with Chinese
machine tools and microchips, according to U.S. officials, and Chinese deliveries of
nitrocellulose, a propellant ingredient, have also risen sharply.]]

[[economic-support:alleged|U.S. officials also accuse Chinese banks of handling payments for
Russian companies under American sanctions, a person familiar with the talks said.]]

The Biden administration has already blacklisted dozens of Chinese and Hong Kong firms, and
officials in Washington have said they are weighing penalties against Chinese lenders.

Foreign Minister Wang Yi told Blinken that normal trade between China and Russia should not be
disrupted, according to a readout from Beijing, which also stated that China's position on the
Ukraine crisis was "open and aboveboard".

[[military-aid:negated|"China has never provided weapons to the parties to the conflict, and we
strictly control the export of dual-use items," foreign ministry spokesman Wang Wenbin said at a
briefing on Friday, calling the U.S. accusations groundless.]]

Blinken also raised North Korea, whose shipments of ballistic missiles and artillery shells to
Russia have alarmed Washington and Seoul.
""",
        "source_event": "2024-04-26: Antony Blinken meets Xi Jinping and Wang Yi in Beijing and says China is the top supplier of machine tools, microelectronics and nitrocellulose to Russia's defence industry; China rejects the accusations",
        "traps": [
            "syndicated copy of u7-06: headline rewritten, first paragraph lightly edited, 'partners, not rivals' paragraph and the Putin-visit paragraph (partnership hedged) cut",
            "U.S. blacklists Chinese firms and weighs penalties on Chinese lenders (U.S. actor; China as object)",
            "Wang Yi: 'normal trade' should not be disrupted (not economic support)",
            "North Korea missiles and shells (wrong actor)",
            "READ MORE: 'China slaps sanctions on Russian oligarchs' (boilerplate, sanctions asserted)",
            "comment: 'Xi and Putin are best mates, no limits remember?' (boilerplate, partnership asserted)",
            "comment: 'China is bankrolling Russia, plain and simple' (boilerplate, economic-support asserted)",
        ],
        "syndication_group": "sg-u7a",
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-08",
        "outlet": "kontinent-en",
        "slug": "putin-xi-sign-statement-deepening-partnership-beijing",
        "published": "2024-05-16T15:00:00Z",
        "layout": "standard",
        "jsonld": True,
        "title": "Putin and Xi sign statement on deepening partnership \u2014 Kremlin aide says Beijing will not bow to Western pressure",
        "dek": "The Russian leader began a two-day state visit to China, his first foreign trip of his new term",
        "source": "Source: TASS, RIA Novosti",
        "rubric": "Politics",
        "tags": ["Vladimir Putin", "Xi Jinping", "Russia-China", "Beijing"],
        "sidebar": [
            "Chinese ammunition plants working for Russian army \u2014 Western intelligence",
            "Mishustin cabinet approved by State Duma",
            "Russia's GDP grew 5.4% in first quarter \u2014 Rosstat",
            "Harbin expo opens with record number of exhibitors",
        ],
        "body": """
BEIJING, May 16. /Kontinent/. [[partnership:asserted|Russian President Vladimir Putin and Chinese
President Xi Jinping on Thursday signed a joint statement on deepening the comprehensive
partnership and strategic interaction between their countries in a "new era".]] The document was
signed in the Great Hall of the People on the first day of Putin's state visit, his first foreign
trip since his inauguration for a fifth term.

[[partnership:asserted|China was ready to work with Russia "to remain good neighbours, good friends
and good partners who trust each other," Xi told his guest, according to the Chinese readout of
the talks.]]

Putin, in turn, called the Chinese leader "a dear friend" and said relations between Moscow and
Beijing were "not opportunistic and not directed against anyone".

[[partnership:alleged|According to Kremlin aide Yuri Ushakov, Xi also assured Putin during an
informal evening conversation that Beijing would not scale back its ties with Moscow under Western
pressure.]] The Chinese account of the meeting contained no such passage.

[[mediation:hedged|On Ukraine, Xi said China hoped for "an early return of peace and stability" to
the European continent and would continue to play "a constructive role" to that end.]]

@readalso: Lavrov: Moscow appreciates Beijing's "balanced" stance on Ukraine; Chinese carmakers take 60% of Russian market; Rosatom, CNNC sign fuel supply deal

Putin thanked his host for Beijing's "balanced" approach to the conflict and briefed him on the
situation, Ushakov said.

Payment difficulties were also on the agenda. [[economic-support:negated|Since Washington
threatened secondary sanctions against foreign banks in December, several large Chinese banks have
turned away a growing share of transactions with Russian clients.]]

[[economic-support:hedged|Ways of shielding bilateral settlements from "pressure by third
countries" were also on the table, Ushakov said.]]

Putin said trade between the two countries had exceeded $240 billion last year and that more than
90 percent of settlements were now made in roubles and yuan.

On Friday Putin is due to travel to Harbin, where he will open a Russian-Chinese trade fair and
meet students at the Harbin Institute of Technology.
""",
        "source_event": "2024-05-16: Vladimir Putin's state visit to China; Putin and Xi Jinping sign a joint statement on deepening the comprehensive partnership and strategic interaction in a new era",
        "traps": [
            "Putin calls Xi 'a dear friend', relations 'not opportunistic' (Russian voice on the partnership)",
            "Putin thanks Beijing for its 'balanced' approach (Russian voice praising China)",
            "'would not scale back its ties' negation inside a (Kremlin-relayed) affirmation: partnership alleged, not negated",
            "U.S. threat of secondary sanctions (U.S. actor)",
            "Putin's trade figure and rouble/yuan settlement share (Russian voice; trade figures not labelled)",
            "Read also: Lavrov appreciates Beijing's stance (boilerplate, Russian voice)",
            "Most read: 'Chinese ammunition plants working for Russian army' (boilerplate, military-aid alleged)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-09",
        "outlet": "daily-wattle",
        "slug": "putins-piggy-bank-chinese-cash-russia-war-chest",
        "published": "2024-08-14T20:30:00Z",
        "tz": 10,
        "tz_name": "AEST",
        "layout": "p",
        "kicker": "EXCLUSIVE",
        "title": "Putin's piggy bank: how Chinese cash keeps Russia's war chest full",
        "dek": "Billions in oil money flow east as sanctions bite \u2014 but Beijing's big banks are getting cold feet",
        "author": "Brodie Haines",
        "role": "Foreign Affairs Reporter",
        "video": "Tracking Putin's shadow tankers",
        "comments": [
            ("Dazza", "6h ago", "Xi ditched Putin months ago mate, try reading the news.", 3),
            ("Sharon_W", "4h ago", "China slapped its own sanctions on Russia last week and nobody's reporting it.", 11),
            ("Mick the Mechanic", "2h ago", "Money talks. Always has.", 30),
        ],
        "body": """
[[economic-support:asserted|Beijing has thrown Vladimir Putin an economic lifeline since the
invasion of Ukraine, snapping up the Russian oil that Europe no longer wants and pouring tens of
billions of dollars into the Kremlin's war chest.]]

Chinese customs data show imports of Russian crude hit a record of about 107 million tonnes last
year, making Russia China's biggest oil supplier, ahead of Saudi Arabia.

[[economic-support:alleged|Western officials point to Beijing's backing for Moscow's financial
plumbing: Chinese banks and front companies, they say, have helped the Kremlin get around
sanctions by routing payments for electronics and machinery through Hong Kong and small regional
lenders.]]

@readmore: China votes against Ukraine at UN \u2014 again

"The money follows the oil, and the oil goes east," said Sydney-based sanctions researcher Tom
Brennan.

But the pipeline has sprung a leak. [[economic-support:negated|Since the start of the year, several
of China's biggest state-owned lenders have refused to handle transfers from Russian clients,
spooked by Washington's threat to punish foreign banks that deal with Russia's war industry.]]

"Half our payments bounce back, and the rest take weeks," the owner of a Moscow-based machinery
importer told the Daily Wattle.

[[sanctions:alleged|Some Russian businessmen claim the banks are acting on unwritten guidance from
regulators in Beijing, amounting to a sanction China has never announced.]]

[[sanctions:negated|Chinese officials deny giving any such instruction and insist Beijing has not
placed restrictions of any kind on lawful trade with Russia.]]

@video: Tracking Putin's shadow tankers

[[economic-support:hedged|Moscow and Beijing are now mulling a return to old-fashioned barter,
swapping Russian metals and grain for Chinese cars and machinery so the banks can be bypassed
altogether, according to people familiar with the talks.]]

[[sanctions:hedged|Separately, China's commerce ministry will tighten export controls on some
drone engines, lasers and radio equipment from September 1, a move Western diplomats believe could
crimp supplies to Russian drone makers, although Beijing says the rules are not aimed at any
country.]]

@readmore: Beijing hosts secret Russia-Ukraine peace talks

India, the other big buyer of Russian oil, has also ramped up its imports, while banks in the
United Arab Emirates and Turkey have become important channels for Russian trade.

Exports of electronics from Kazakhstan and Kyrgyzstan to Russia have also soared, which Western
officials see as evidence of re-exports.

The Chinese embassy in Canberra did not respond to the Daily Wattle's questions.
""",
        "source_event": "2024-08: reporting on Chinese purchases of Russian oil, payment problems as Chinese state banks turned away Russian transfers after the U.S. secondary-sanctions order of 2023-12, Russia-China barter plans, and China's drone export controls effective 2024-09-01 (announced 2024-07-31); the businessmen's claim is invented",
        "traps": [
            "record crude import figure on its own (not labelled); Saudi Arabia (wrong actor)",
            "U.S. threat to punish foreign banks (U.S. actor)",
            "Moscow importer quote (Russian firm, no signal)",
            "'a sanction China has never announced' inside an allegation (sanctions alleged, the denial is the next sentence)",
            "India buying Russian oil; UAE and Turkish banks; Kazakhstan/Kyrgyzstan re-exports (wrong actors)",
            "'rules are not aimed at any country' (qualifies the hedged sanction)",
            "READ MORE: 'China votes against Ukraine at UN - again' (boilerplate, un-vote against)",
            "READ MORE: 'Beijing hosts secret Russia-Ukraine peace talks' (boilerplate, mediation asserted)",
            "comment: 'Xi ditched Putin months ago' (boilerplate, partnership negated)",
            "comment: 'China slapped its own sanctions on Russia last week' (boilerplate, sanctions asserted)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-10",
        "outlet": "daily-wattle",
        "slug": "us-sides-with-russia-at-un-china-backs-trump-ceasefire-text",
        "published": "2025-02-25T08:00:00Z",
        "tz": 11,
        "tz_name": "AEDT",
        "layout": "p",
        "kicker": "UKRAINE WAR",
        "title": "US sides with Russia at UN on war anniversary as China backs Trump's ceasefire text",
        "dek": "Washington's dramatic switch stuns allies on the third anniversary of the invasion",
        "author": "Tahlia Nguyen",
        "role": "World Editor",
        "video": "Zelensky: I'd step down for peace",
        "comments": [
            ("Gazza_NSW", "2h ago", "About time Beijing condemned Russia. Good on 'em.", 5),
            ("Lou from Logan", "1h ago", "The US voting with Russia. What a time to be alive.", 64),
            ("PeteInPerth", "34m ago", "China always votes against Ukraine, nothing new here.", 2),
        ],
        "body": """
The United States has voted with Russia, North Korea and Belarus against a UN General Assembly
resolution condemning Moscow's invasion of Ukraine, on the third anniversary of the war.

The European-drafted text, which also demanded that Russian troops leave Ukraine, was still
adopted with 93 votes in favour, 18 against and 65 abstentions. Australia voted in favour.

[[un-vote:abstain|China and India were among the countries that abstained.]]

Hours later the Security Council adopted a shorter resolution, drafted by Washington, that called
for a swift end to the conflict without assigning blame. [[un-vote:favor|Beijing voted in favour,
as did Moscow, while Britain, France, Denmark, Greece and Slovenia abstained.]]

It was the council's first substantive resolution on the war since Russia's full-scale invasion in
February 2022.

@readmore: China offers to host Trump-Putin summit

[[mediation:hedged|China's UN ambassador Fu Cong told the council that Beijing "supports all
efforts conducive to peace" and was ready to keep playing a constructive part in the search for a
political settlement.]]

[[condemnation:negated|Fu stopped short of criticising Moscow, and in three years of war Chinese
diplomats have not once described Russia's actions as aggression.]]

[[condemnation:alleged|A senior Ukrainian diplomat, speaking on condition of anonymity, claimed
Chinese counterparts had privately conceded that Russia was the aggressor, an assertion the
Chinese mission declined to address.]]

Washington's acting ambassador Dorothy Shea described the US text as "simple" and "historic",
saying it looked forward to peace rather than back to blame.

Russia's envoy Vasily Nebenzia called the council vote a good starting point for future efforts
towards a peaceful settlement.
""",
        "source_event": "2025-02-24: UNGA resolution ES-11/7 on the third anniversary of the invasion adopted 93-18-65 (U.S. against, China and India abstain); UN Security Council resolution 2774 (U.S. draft) adopted 10-0-5 with China and Russia in favour; the Ukrainian diplomat's claim is invented",
        "traps": [
            "U.S., Russia, North Korea, Belarus vote against (wrong actor for un-vote against)",
            "the General Assembly resolution 'condemning Moscow's invasion' (the assembly condemns, not China)",
            "Moscow votes in favour; Britain, France, Denmark, Greece, Slovenia abstain (wrong actors)",
            "Dorothy Shea and Nebenzia statements (wrong actors)",
            "'declined to address' attaches to the Ukrainian claim (condemnation alleged, not a Chinese denial)",
            "READ MORE: 'China offers to host Trump-Putin summit' (boilerplate, mediation asserted)",
            "comment: 'About time Beijing condemned Russia' (boilerplate, condemnation asserted)",
            "comment: 'China always votes against Ukraine' (boilerplate, un-vote against)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-11",
        "outlet": "kontinent-en",
        "slug": "beijing-denies-report-offered-host-putin-trump-summit",
        "published": "2025-02-26T11:20:00Z",
        "layout": "standard",
        "jsonld": False,
        "title": "Beijing denies report it offered to host Putin\u2013Trump summit \u2014 \"not true\", says Foreign Ministry",
        "dek": "Xi Jinping and Vladimir Putin held a video call on Monday, the third anniversary of the start of the special military operation",
        "source": "Source: TASS",
        "rubric": "World",
        "tags": ["China", "Russia-US", "Ukraine settlement", "Foreign Ministry"],
        "sidebar": [
            "Xi and Putin agree to expand military cooperation",
            "Russian wheat exports fall 20% in February",
            "Lavrov to visit Turkey for talks with Fidan",
            "Sobyanin: Moscow metro to get 12 new stations in 2025",
        ],
        "body": """
BEIJING, February 26. /Kontinent/. [[mediation:negated|China's Foreign Ministry has dismissed as
untrue a report in a U.S. newspaper that Beijing had offered to host a meeting between Russian
President Vladimir Putin and U.S. President Donald Trump.]]

[[mediation:alleged|Citing unnamed officials, the newspaper reported earlier this week that
Chinese officials had passed an offer to the Trump team to organise the summit and to help enforce
a future ceasefire.]]

[[mediation:negated|"This report is not true," Foreign Ministry spokesman Guo Jiakun told a
regular briefing on Tuesday, according to a Russian translation of his remarks.]]

[[mediation:hedged|Guo said China welcomed "all efforts conducive to peace" and was prepared to
keep playing "a constructive role" together with the international community "in line with the
wishes of the parties concerned".]]

[[mediation:negated|There is no indication that Beijing has made any formal approach to Washington
about a summit, diplomats in the Chinese capital said.]]

On Monday, Xi Jinping and Vladimir Putin held a video call. [[partnership:asserted|Relations
between the two countries have "a strong internal driving force and unique strategic value" and
are "not affected by any third party," Xi said during the call, according to the Chinese
readout.]]

Xi also said China welcomed the positive efforts made by Russia and the relevant parties to
resolve the crisis.

@readalso: Chinese banks resume payments for Russian importers \u2014 Izvestia; Wang Yi: "The Ukraine crisis has no winners"; Ushakov: date of Putin-Trump meeting not yet set

Kremlin spokesman Dmitry Peskov told reporters that Moscow was grateful to "our Chinese friends"
for their balanced and constructive stance, but said no venue for a Putin\u2013Trump meeting had
been discussed so far.

Russian and U.S. delegations met in Riyadh on February 18 for their first talks on Ukraine since
2022, with Saudi Arabia acting as host. Turkish President Recep Tayyip Erdogan has offered
Istanbul as a venue for future rounds.

[[sanctions:negated|Beijing's refusal to join Western sanctions against Russia has remained
unchanged since 2022.]]
""",
        "source_event": "2025-02-24/25: Xi-Putin video call on the third anniversary of the invasion; modelled on late-February 2025 press reports that Beijing floated hosting a Trump-Putin summit; the foreign-ministry denial quoted here is partly hypothetical",
        "traps": [
            "Xi 'welcomed the positive efforts made by Russia and the relevant parties' (welcoming others' efforts is not mediation)",
            "'not affected by any third party' negation inside an affirmation (partnership asserted, not negated)",
            "Peskov grateful to 'our Chinese friends' (Russian voice praising China)",
            "Saudi Arabia hosts U.S.-Russia talks in Riyadh; Erdogan offers Istanbul (wrong actors for mediation)",
            "Read also: 'Chinese banks resume payments for Russian importers' (boilerplate, economic-support)",
            "Most read: 'Xi and Putin agree to expand military cooperation' (boilerplate; military cooperation is not military aid)",
        ],
        "syndication_group": None,
    },
    # ------------------------------------------------------------------------------------
    {
        "id": "u7-12",
        "outlet": "gulf-courier",
        "slug": "china-curbs-drone-part-exports-russian-buyers-aggression",
        "published": "2025-09-18T13:00:00Z",
        "layout": "microdata",
        "jsonld": False,
        "title": "China curbs drone-part exports to Russian buyers, calls the war 'aggression' for the first time",
        "dek": "Commerce ministry lists 11 Russian companies; Kremlin says it will seek clarification",
        "author": "Leena Varghese",
        "section": "World",
        "crumbs": ["Home", "World", "Asia"],
        "hero": "Containers stacked at the port of Tianjin. \u2014 File photo",
        "tags": ["China", "Russia", "Export controls", "Ukraine war", "Drones"],
        "ticker": [
            "BREAKING: China votes with West on UN Ukraine resolution",
            "Dubai Design Week returns in November",
            "Saudi Arabia to open first liquor-free 'lifestyle district' in Riyadh",
        ],
        "trending": [
            "Beijing names special envoy for Ukraine peace talks",
            "School bus fees: what UAE parents will pay this term",
            "Expo City Dubai to host Asia's largest tech summit",
            "Gold hits fresh record as Fed cuts rates",
        ],
        "prayer": [("Fajr", "04:43"), ("Shurooq", "05:59"), ("Dhuhr", "12:15"), ("Asr", "15:39"), ("Maghrib", "18:23"), ("Isha", "19:37")],
        "yml": [
            ("Chinese state banks extend $5bn credit line to Russian Railways", "Beijing's lenders have quietly stepped in where Western banks pulled out."),
            ("Abu Dhabi hosts new round of prisoner-exchange talks", "UAE mediation has secured the release of more than 4,000 prisoners since 2022."),
            ("What the EU-China summit could mean for Gulf trade", "Analysts weigh the fallout for re-exports through Jebel Ali."),
        ],
        "body": """
[[sanctions:asserted|BEIJING: China on Thursday barred exports of drone engines, flight
controllers and thermal-imaging modules to eleven Russian companies, the first restrictions Beijing
has placed on Russian buyers since Moscow launched its full-scale invasion of Ukraine.]]

[[military-aid:asserted|In a notice announcing the measures, the commerce ministry acknowledged
that Chinese-made components had "found their way to military end users in Russia through
commercial channels" and said such trade would not be allowed to continue.]]

@alsoread: Chinese state banks extend $5bn credit line to Russian Railways

Hours later, a foreign ministry spokeswoman went further than any Chinese official has gone in
public. [[condemnation:asserted|"What is happening in Ukraine is aggression, and China opposes
it," she told reporters when asked about a Russian missile strike on a residential district of
Kharkiv earlier in the week.]]

She said China's position on the war had "always been objective", but that "the suffering of
civilians cannot be ignored".

[[sanctions:negated|The curbs fall well short of the sanctions imposed by the United States and the
European Union, which Beijing still declines to join, and officials stressed that ordinary trade
with Russia would continue.]] [[sanctions:hedged|Officials did not rule out adding more Russian
firms to the list if evidence of military use emerged.]]

@ad

[[partnership:asserted|The spokeswoman described Russia as "a friendly neighbour and a
comprehensive strategic partner" and said the export curbs were not directed at the Russian
people.]]

Kremlin spokesman Dmitry Peskov said Moscow would "seek clarification through diplomatic channels"
and insisted that relations with Beijing remained exceptionally good.

Ukraine's foreign ministry welcomed the decision and urged Beijing to extend the list to machine
tools and microelectronics.

The European Union has added more than a dozen Chinese and Hong Kong companies to its sanctions
lists since 2023, most recently in July.

Russia builds most of its long-range attack drones at a plant in Tatarstan, based on an Iranian
design that Tehran supplied in 2022.

Analysts said the timing suggested Beijing was trying to shore up ties with Europe ahead of an
EU-China summit, rather than to punish Moscow.
""",
        "source_event": "hypothetical scenario (2025-09): China's commerce ministry restricts exports of drone parts to eleven Russian companies and acknowledges Chinese components reached Russian military end users; a foreign ministry spokeswoman calls the war 'aggression'",
        "traps": [
            "Peskov: relations 'exceptionally good' (Russian voice)",
            "Ukraine urges Beijing to extend the list (China as object of Kyiv's request)",
            "EU adds Chinese and Hong Kong companies to its sanctions lists (EU actor; China as target)",
            "Iranian drone design supplied by Tehran (wrong actor)",
            "'rather than to punish Moscow' (analysts' reading, no separate signal)",
            "'not directed at the Russian people' (qualifies the curbs; not a partnership negation)",
            "ALSO READ inside the article body: 'Chinese state banks extend $5bn credit line to Russian Railways' (boilerplate, economic-support asserted)",
            "ticker: 'China votes with West on UN Ukraine resolution' (boilerplate, un-vote favor)",
            "Trending now: 'Beijing names special envoy for Ukraine peace talks' (boilerplate, mediation asserted)",
            "You might also like: UAE prisoner-exchange mediation (boilerplate, wrong actor)",
        ],
        "syndication_group": None,
    },
]
