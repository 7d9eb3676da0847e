"""Texts, page furniture and labels of the unseen6 corpus (topic china-russia-ukraine).

Written independently of the stancewatch implementation, following only
shared/data/stance-dev/SIGNALS.md and shared/eval/README.md. build.py renders these records
into site/, manifest.jsonl, labels.jsonl, gold.jsonl and expected_shifts.json.

Each article record:
  id, outlet, slug (yyyy/mm/name), published (UTC, ISO 8601 with Z), title (the headline =
  gold title), dek, byline, caption, paragraphs (the gold body, in order; a paragraph that is
  a subhead is a plain string too), evidence ([{signal, state|value, sentence}], every
  sentence a verbatim substring of one paragraph), traps, syndication_group, source_event,
  and page furniture per outlet (related teasers, comments, tags, read_next, briefs, ...).
  `meta` picks the page metadata: "jsonld" (NewsArticle without articleBody, plus Open
  Graph), "jsonld-body" (NewsArticle with articleBody), "og" (Open Graph only) or "none"
  (no metadata; the headline is only in <h1>). `encoding` is the page's declared charset.
  `para_style` "div" renders paragraphs as nested <div>s instead of <p>.
  `jump_after` (e-paper only): the number of paragraphs printed on the front page before the
  "Continued on Page N" jump line; None for a single-page story.

Labelling conventions (SIGNALS.md, applied literally):
  * actor must be China (state, officials, envoys, state media; for military-aid and
    economic-support also Chinese companies and banks);
  * asserted = outlet's own voice or China itself; alleged = an unconfirmed third-party claim
    that China did the thing; hedged = possible / planned / considered / expected /
    conditional (also a third party's claim that China is *considering* it, as in the
    baseline); negated = denied, refused, has not happened (also when a third party reports
    the refusal or non-occurrence);
  * statements about the past that restate a position (the Feb 2022 "no limits" declaration,
    earlier abstentions, the long refusal to condemn) are labelled with their state;
  * generic Chinese statements that Beijing stands ready to help a settlement / play a
    constructive role are mediation `hedged` (the baseline); merely welcoming other actors'
    talks, attending someone else's conference, or a leader-to-leader call are not mediation;
  * trade volumes on their own are not economic-support; opposing "unilateral sanctions" is
    not a sanction; opposing nuclear threats or invoking sovereignty is not condemnation;
  * headlines, deks, captions, teasers, briefs of other stories, letters and reader comments
    are not body text and carry no labels (they are traps).
"""

OUTLETS = {
    "hbc-english": {
        "name": "HBC English",
        "long_name": "Helvetic Broadcasting Corporation - English service",
        "feed": "atom",
        "tz": "Europe/Zurich",
    },
    "straits-ledger": {
        "name": "The Straits Ledger",
        "long_name": "The Straits Ledger",
        "feed": "rss",
        "tz": "Asia/Singapore",
    },
    "tasman-courier": {
        "name": "The Tasman Courier e-Paper",
        "long_name": "The Tasman Courier",
        "feed": "rss",
        "tz": "Pacific/Auckland",
    },
}


def ev(signal, label, sentence):
    key = "value" if signal == "un-vote" else "state"
    return {"signal": signal, key: label, "sentence": sentence}


ARTICLES = []

# ---------------------------------------------------------------------------------------------
# u6-01  HBC English, 26 Feb 2022: Security Council draft vetoed, China abstains
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-01",
    "outlet": "hbc-english",
    "slug": "2022/02/russia-vetoes-un-draft-china-abstains",
    "published": "2022-02-26T09:40:00Z",
    "section": "World",
    "title": "Russia vetoes UN Security Council draft on Ukraine as China abstains",
    "dek": "Eleven of fifteen council members backed the text. Beijing, New Delhi and Abu Dhabi "
           "held back, and the draft now heads to the General Assembly.",
    "byline": "Anna Keller, New York",
    "caption": "Members of the Security Council vote on the draft resolution in New York on "
               "Friday. Keystone / AP Photo / Seth Wenig",
    "paragraphs": [
        "Russia on Friday vetoed a UN Security Council resolution that would have deplored its "
        "attack on Ukraine and ordered the immediate withdrawal of its troops, leaving Moscow "
        "isolated at the United Nations but underlining how little the council can do when one "
        "of its five permanent members is the aggressor.",
        "Eleven of the council's 15 members voted for the draft, which was drawn up by the "
        "United States and Albania. China, India and the United Arab Emirates abstained.",
        "Western diplomats had spent much of the week lobbying Beijing to vote yes, and agreed "
        "to soften the text – replacing \"condemns\" with \"deplores\" – in part to make that "
        "easier.",
        "In the end, China's abstention was read in New York as a modest signal of unease, "
        "coming barely three weeks after Xi Jinping and Vladimir Putin signed a joint statement "
        "in Beijing proclaiming a partnership with \"no limits\".",
        "Zhang Jun, China's ambassador, told the council that the sovereignty and territorial "
        "integrity of every country should be respected, but added that Russia's \"legitimate "
        "security concerns\" deserved to be taken seriously too.",
        "\"A resolution rushed through at this moment would only pour oil on the flames,\" Zhang "
        "said. \"China supports Russia and Ukraine in resolving their differences through "
        "negotiation, and stands ready to contribute in its own way.\"",
        "He did not use the word \"invasion\" at any point, and Beijing has so far refrained "
        "from criticising Moscow's decision to send in its army.",
        "\"Russia, you can veto this resolution, but you cannot veto our voices,\" the U.S. "
        "ambassador, Linda Thomas-Greenfield, said after the vote. She said she hoped the "
        "countries that had abstained, China among them, would join the rest of the world in "
        "condemning the war when the General Assembly takes up the matter.",
        "The Emirati delegation, which also sat out the vote, said later that taking sides "
        "would only lead to more violence and that it preferred to keep channels open to all "
        "parties.",
        "The draft's sponsors now intend to take it to the 193-member General Assembly, where "
        "there is no veto. A vote there could come as early as next week.",
        "Switzerland, which does not sit on the Security Council, said on Friday it was still "
        "examining whether to adopt the European Union's sanctions against Moscow.",
    ],
    "evidence": [
        ev("un-vote", "abstain",
           "China, India and the United Arab Emirates abstained."),
        ev("un-vote", "abstain",
           "In the end, China's abstention was read in New York as a modest signal of unease, "
           "coming barely three weeks after Xi Jinping and Vladimir Putin signed a joint "
           "statement in Beijing proclaiming a partnership with \"no limits\"."),
        ev("partnership", "asserted",
           "In the end, China's abstention was read in New York as a modest signal of unease, "
           "coming barely three weeks after Xi Jinping and Vladimir Putin signed a joint "
           "statement in Beijing proclaiming a partnership with \"no limits\"."),
        ev("mediation", "hedged",
           "\"China supports Russia and Ukraine in resolving their differences through "
           "negotiation, and stands ready to contribute in its own way.\""),
        ev("condemnation", "negated",
           "He did not use the word \"invasion\" at any point, and Beijing has so far refrained "
           "from criticising Moscow's decision to send in its army."),
    ],
    "traps": [
        "India and the UAE abstain (wrong actor), Emirati explanation of its abstention",
        "Western diplomats lobbying Beijing to vote yes (China as object; no 'favor' vote)",
        "sovereignty formula and 'legitimate security concerns' are not condemnation",
        "U.S. envoy hopes abstainers, China among them, will condemn the war (China as object)",
        "Russia vetoes (wrong actor); Swiss sanctions decision (wrong actor)",
        "carousel teasers 'Beijing signals it will back Kyiv in General Assembly vote' and "
        "'Chinese banks open emergency credit lines for Russian importers' (boilerplate)",
        "reader comment claiming China promised to pay for the war (boilerplate)",
    ],
    "syndication_group": None,
    "source_event": "2022-02-25: UN Security Council draft resolution S/2022/155 vetoed by "
                    "Russia, 11-1-3; China, India and the UAE abstained",
    "meta": "jsonld",
    "encoding": "utf-8",
    "para_style": "p",
    "related": [
        "Beijing signals it will back Kyiv in General Assembly vote",
        "Chinese banks open emergency credit lines for Russian importers",
        "Federal Council to decide on EU sanctions on Monday",
        "Explained: how the UN veto works",
    ],
    "inline_more": "Switzerland's neutrality: what it allows and what it does not",
    "comments": [
        ("K. Brunner", "China abstaining is pure theatre. They have already promised Putin "
                       "they will pay for the whole war."),
        ("anna_lausanne", "The veto makes the council useless. Time to reform it."),
    ],
    "audio_min": 4,
})

# ---------------------------------------------------------------------------------------------
# u6-02  The Straits Ledger, 21 Mar 2022: commentary on Chinese banks and Russia
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-02",
    "outlet": "straits-ledger",
    "slug": "2022/03/beijing-wont-be-moscows-banker",
    "published": "2022-03-21T01:30:00Z",
    "section": "Opinion",
    "kicker": "COMMENTARY",
    "title": "Beijing won't be Moscow's banker – not openly, anyway",
    "dek": "Chinese lenders are pulling back from Russian deals. That says more about their "
           "balance sheets than about Beijing's loyalties",
    "byline": "Tan Wei Ming",
    "author_bio": "Tan Wei Ming is The Straits Ledger's China markets correspondent. The views "
                  "expressed are his own.",
    "caption": "Crude oil storage at the port of Kozmino. Chinese refiners have doubled their "
               "Russian purchases since the invasion. PHOTO: REUTERS",
    "paragraphs": [
        "When Western governments froze much of the Russian central bank's reserves last month, "
        "the question on trading floors from Singapore to Shanghai was simple: would Beijing "
        "step in and fill the hole?",
        "Four weeks into the war, China's biggest lenders have given a cautious answer. Bank of "
        "China and Industrial and Commercial Bank of China have restricted letters of credit "
        "for purchases of Russian commodities, people familiar with the matter say, and several "
        "provincial banks have stopped taking on new Russian corporate clients.",
        "That is not the same as a political decision to abandon Moscow. State banks answer to "
        "regulators who answer to the Communist Party, and nobody in Beijing has told them that "
        "business with Russia is off limits. What the lenders fear is losing access to the "
        "dollar, not a reprimand from the central bank.",
        "The more interesting question is what happens in the shadow of the big banks. Smaller "
        "Chinese lenders with little exposure to the United States, yuan settlement through "
        "China's own Cross-Border Interbank Payment System and barter-style deals for energy "
        "and grain could, over time, give Moscow a financial lifeline that Western sanctions "
        "would struggle to sever.",
        "Washington has noticed. U.S. officials have warned that Beijing would face "
        "\"consequences\" if it helped Moscow get around the sanctions, and national security "
        "adviser Jake Sullivan delivered that message in person to China's top diplomat, Yang "
        "Jiechi, in Rome last week.",
        "Beijing's public line, meanwhile, has not budged. The foreign ministry says China "
        "opposes unilateral sanctions that have no basis in international law, and it has made "
        "clear it will not be joining the Western measures.",
        "Could that change? It is hard to see how. Even the most hopeful European diplomats I "
        "spoke to this week concede that China has shown no sign of restricting its trade with "
        "Russia.",
        "One of them suggested that Beijing might quietly tighten export licences for advanced "
        "chips if the fighting drags on, if only to shield its own champions from American "
        "secondary sanctions. I would not bet on it.",
        "Nor should anyone expect Chinese refiners to turn away discounted Urals crude. Indian "
        "buyers have already snapped up several cargoes at steep discounts, and Chinese state "
        "traders are said to be weighing whether to raise their own purchases once the payment "
        "questions are sorted out.",
        "For investors, the takeaway is that China's public refusal to join sanctions and its "
        "banks' private caution are both real, and they do not contradict each other. Beijing "
        "is trying to look neutral without putting its own financial system on the line.",
    ],
    "evidence": [
        ev("economic-support", "negated",
           "Bank of China and Industrial and Commercial Bank of China have restricted letters "
           "of credit for purchases of Russian commodities, people familiar with the matter "
           "say, and several provincial banks have stopped taking on new Russian corporate "
           "clients."),
        ev("economic-support", "hedged",
           "Smaller Chinese lenders with little exposure to the United States, yuan settlement "
           "through China's own Cross-Border Interbank Payment System and barter-style deals "
           "for energy and grain could, over time, give Moscow a financial lifeline that "
           "Western sanctions would struggle to sever."),
        ev("economic-support", "hedged",
           "U.S. officials have warned that Beijing would face \"consequences\" if it helped "
           "Moscow get around the sanctions, and national security adviser Jake Sullivan "
           "delivered that message in person to China's top diplomat, Yang Jiechi, in Rome "
           "last week."),
        ev("sanctions", "negated",
           "The foreign ministry says China opposes unilateral sanctions that have no basis in "
           "international law, and it has made clear it will not be joining the Western "
           "measures."),
        ev("sanctions", "negated",
           "Even the most hopeful European diplomats I spoke to this week concede that China "
           "has shown no sign of restricting its trade with Russia."),
        ev("sanctions", "hedged",
           "One of them suggested that Beijing might quietly tighten export licences for "
           "advanced chips if the fighting drags on, if only to shield its own champions from "
           "American secondary sanctions."),
        ev("economic-support", "hedged",
           "Indian buyers have already snapped up several cargoes at steep discounts, and "
           "Chinese state traders are said to be weighing whether to raise their own purchases "
           "once the payment questions are sorted out."),
        ev("sanctions", "negated",
           "For investors, the takeaway is that China's public refusal to join sanctions and "
           "its banks' private caution are both real, and they do not contradict each other."),
    ],
    "traps": [
        "opening rhetorical question 'would Beijing step in and fill the hole?' (no evidence)",
        "Western freeze of Russian reserves (wrong actor); Indian buyers of Urals crude "
        "(wrong actor)",
        "'nobody in Beijing has told them that business with Russia is off limits' (no "
        "signal: absence of an order, not support)",
        "China opposing unilateral sanctions is not China imposing sanctions",
        "U.S. warning is a conditional about China (hedged), not an allegation",
        "photo caption claiming refiners doubled purchases (boilerplate)",
        "'Read next' teaser about yuan credit lines for sanctioned miners (boilerplate)",
        "reader comments claiming Beijing buys every barrel / will never sanction (boilerplate)",
    ],
    "syndication_group": None,
    "source_event": "2022-03: reports that Bank of China and ICBC restricted financing for "
                    "Russian commodity purchases; China says it will not join Western "
                    "sanctions (commentary)",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "ticker": [("STI", "3,405.61", "+0.52%"), ("FBM KLCI", "1,590.07", "-0.18%"),
               ("SET", "1,684.22", "+0.31%"), ("HSI", "21,221.34", "-0.89%"),
               ("USD/SGD", "1.3574", ""), ("Brent", "US$108.62", "+0.88%")],
    "tags": ["China", "Russia", "Ukraine war", "Banking", "Commodities"],
    "read_next": ("Chinese banks open yuan credit lines for sanctioned Russian miners",
                  "Provincial lenders step in where the state giants fear to tread"),
    "inline_read_also": "Yuan hits four-year high as Russia trade shifts east",
    "comments": [
        ("Kelvin T.", "Don't be naive. Beijing is already buying every barrel Putin can't "
                      "sell to Europe."),
        ("sgtrader88", "Good piece. The CIPS angle is underrated."),
        ("R. Menon", "China will never sanction Russia, full stop."),
    ],
})

# ---------------------------------------------------------------------------------------------
# u6-03  The Tasman Courier e-Paper, 16 Nov 2022: reparations vote, China votes against
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-03",
    "outlet": "tasman-courier",
    "slug": "2022/11/china-sides-with-moscow-un-reparations-vote",
    "published": "2022-11-15T16:30:00Z",
    "section": "WORLD",
    "title": "China sides with Moscow as UN backs war reparations",
    "dek": "Beijing among 14 nations to vote no; India, Brazil and South Africa abstain",
    "byline": "JAMES WHITCOMBE",
    "dateline_place": "New York",
    "caption": "Delegates at the UN General Assembly in New York. Photo / AP",
    "page": 1,
    "jump_page": 7,
    "jump_word": "CHINA",
    "jump_after": 3,
    "paragraphs": [
        "NEW YORK — China voted against a United Nations General Assembly resolution on Monday "
        "that says Russia must be held to account for the damage its war has caused in "
        "Ukraine, siding with Moscow on one of the most contentious legal questions of the "
        "conflict.",
        "The resolution, which recommends setting up an international register to record loss "
        "and damage caused by Russia's attack, passed with 94 votes in favour, 14 against and "
        "73 abstentions – a much thinner majority than the assembly's earlier votes on the "
        "war.",
        "Russia, Belarus, Iran, Syria and North Korea also voted no, as did a handful of "
        "African and Latin American governments.",
        "Beijing's \"no\" is a step beyond the position it took earlier in the year. Until now "
        "it had stuck to abstentions, both in March, when the assembly demanded a Russian "
        "withdrawal, and last month, when it declared Moscow's annexation of four Ukrainian "
        "regions invalid.",
        "Explaining the vote, a Chinese diplomat told the assembly that questions of "
        "compensation could not be settled \"by a show of hands\" in a body that is not a "
        "court, and that the text would deepen divisions instead of bringing the two sides "
        "closer to talks.",
        "Ukraine's ambassador, Sergiy Kyslytsya, said the result showed that Russia would one "
        "day have to pay for what it had destroyed.",
        "India, Brazil and South Africa abstained. New Zealand voted in favour.",
        "Nine months into the war, Chinese officials still avoid the word \"invasion\", "
        "speaking instead of \"the crisis\" and of the need to address \"the legitimate "
        "security concerns of all parties\".",
        "In Bali on Monday, Xi Jinping and U.S. President Joe Biden opposed the use or threat "
        "of nuclear weapons in Ukraine, according to the White House account of their first "
        "in-person meeting as leaders; the Chinese readout did not repeat the line.",
    ],
    "evidence": [
        ev("un-vote", "against",
           "NEW YORK — China voted against a United Nations General Assembly resolution on "
           "Monday that says Russia must be held to account for the damage its war has caused "
           "in Ukraine, siding with Moscow on one of the most contentious legal questions of "
           "the conflict."),
        ev("un-vote", "against",
           "Beijing's \"no\" is a step beyond the position it took earlier in the year."),
        ev("un-vote", "abstain",
           "Until now it had stuck to abstentions, both in March, when the assembly demanded a "
           "Russian withdrawal, and last month, when it declared Moscow's annexation of four "
           "Ukrainian regions invalid."),
        ev("condemnation", "negated",
           "Nine months into the war, Chinese officials still avoid the word \"invasion\", "
           "speaking instead of \"the crisis\" and of the need to address \"the legitimate "
           "security concerns of all parties\"."),
    ],
    "traps": [
        "Russia, Belarus, Iran, Syria, North Korea vote no (wrong actor)",
        "India, Brazil, South Africa abstain; New Zealand votes in favour (wrong actor)",
        "earlier abstentions restated (past value, labelled abstain) next to the current "
        "'against'",
        "Chinese diplomat's procedural objection (no signal)",
        "Xi-Biden opposition to nuclear threats per the White House is not condemnation",
        "front-page brief claiming Beijing has been supplying drone components for months "
        "(another story)",
        "letter to the editor claiming Beijing arms and pays for Russia (boilerplate)",
        "hyphenated line breaks, column markers and page jump in the text dump",
    ],
    "syndication_group": None,
    "source_event": "2022-11-14: UN General Assembly resolution ES-11/5 on remedy and "
                    "reparation adopted 94-14-73; China voted against",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "front_briefs": [
        ("IN BRIEF", "Drone parts 'from China', Kyiv says",
         "Ukrainian officials say components found in Iranian-designed drones shot down over "
         "Kyiv were made in China. Beijing has been supplying them for months, a presidential "
         "adviser claimed."),
        ("IN BRIEF", "Petrol prices ease",
         "Pump prices fell for a third week running, the AA said, with 91 octane averaging "
         "$2.79 a litre in the main centres."),
    ],
    "back_items": [
        ("LETTERS", "China's true colours",
         "Sir, — This week's vote removes any doubt. Beijing has been arming Russia from day "
         "one and paying for its war. — G. HARROW, Nelson"),
    ],
})

# ---------------------------------------------------------------------------------------------
# u6-04  HBC English, 22 Mar 2023: Xi leaves Moscow
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-04",
    "outlet": "hbc-english",
    "slug": "2023/03/xi-leaves-moscow-deeper-ties-no-path-to-peace",
    "published": "2023-03-22T17:20:00Z",
    "section": "World",
    "title": "Xi leaves Moscow with deeper ties to Putin but no path to peace in Ukraine",
    "dek": "Three days of talks in the Kremlin produced a pledge to expand a 'special' "
           "relationship and praise for Beijing's peace paper, but no ceasefire proposal.",
    "byline": "Martin Vogt, with agencies",
    "caption": "Xi Jinping and Vladimir Putin at the Kremlin on Tuesday. Kyiv says "
               "Chinese-made drone parts are already being used against Ukrainian cities. "
               "Keystone / Sputnik Pool via AP",
    "paragraphs": [
        "Chinese President Xi Jinping left Moscow on Wednesday after a three-day state visit in "
        "which he and Vladimir Putin signed two joint statements pledging to deepen what they "
        "call their \"comprehensive partnership and strategic interaction for a new era\".",
        "It was Xi's first trip abroad since he secured a third term as president, and the "
        "choice of destination sent a message of its own. At a Kremlin banquet, Xi raised a "
        "toast to his \"dear friend\" and said relations between the two countries had gone "
        "\"far beyond the bilateral scope\".",
        "Beijing published a 12-point position paper on the \"political settlement of the "
        "Ukraine crisis\" last month, on the anniversary of the invasion, calling for a "
        "ceasefire and the resumption of peace talks.",
        "Putin said on Tuesday that many of its provisions could serve as a basis for a "
        "settlement \"when the West and Kyiv are ready for it\" – a remark Western officials "
        "read as an attempt to blame Ukraine for the absence of talks.",
        "Kyiv and its allies were unmoved. The Chinese paper does not ask Russia to withdraw "
        "its troops, and U.S. Secretary of State Antony Blinken said this week that a "
        "ceasefire now would effectively \"ratify Russian conquest\".",
        "Blinken also repeated Washington's assessment that Beijing is weighing whether to "
        "send Russia lethal weapons. He said the United States had not seen China cross that "
        "line so far.",
        "Chinese officials insist there has been no such request and that no Chinese arms have "
        "gone to either side. \"China is not the creator of the crisis, nor a party to it, and "
        "it has never provided weapons to the parties of the conflict,\" foreign ministry "
        "spokesman Wang Wenbin told reporters on Tuesday.",
        "Nowhere in the documents signed in Moscow is Russia's war described as an invasion. "
        "They refer only to \"the Ukraine crisis\" and record that both sides oppose "
        "unilateral sanctions not approved by the Security Council.",
        "Xi did not announce any plan to speak to Ukrainian President Volodymyr Zelensky, "
        "despite reports before the trip that a video call could follow his visit to Moscow.",
        "On the same day, Japanese Prime Minister Fumio Kishida made an unannounced visit to "
        "Kyiv, where he promised further support and laid a wreath in Bucha.",
        "The International Criminal Court issued an arrest warrant for Putin last Friday over "
        "the deportation of Ukrainian children. China, which does not recognise the court's "
        "jurisdiction, urged it to avoid \"politicisation and double standards\".",
        "\"Putin needed the pictures more than Xi did,\" said a China researcher at a Berlin "
        "think tank. \"Beijing gave him the pageantry and the contracts, but it kept its "
        "options open on the war.\"",
    ],
    "evidence": [
        ev("partnership", "asserted",
           "Chinese President Xi Jinping left Moscow on Wednesday after a three-day state visit "
           "in which he and Vladimir Putin signed two joint statements pledging to deepen what "
           "they call their \"comprehensive partnership and strategic interaction for a new "
           "era\"."),
        ev("partnership", "asserted",
           "At a Kremlin banquet, Xi raised a toast to his \"dear friend\" and said relations "
           "between the two countries had gone \"far beyond the bilateral scope\"."),
        ev("mediation", "asserted",
           "Beijing published a 12-point position paper on the \"political settlement of the "
           "Ukraine crisis\" last month, on the anniversary of the invasion, calling for a "
           "ceasefire and the resumption of peace talks."),
        ev("military-aid", "hedged",
           "Blinken also repeated Washington's assessment that Beijing is weighing whether to "
           "send Russia lethal weapons."),
        ev("military-aid", "negated",
           "He said the United States had not seen China cross that line so far."),
        ev("military-aid", "negated",
           "Chinese officials insist there has been no such request and that no Chinese arms "
           "have gone to either side."),
        ev("military-aid", "negated",
           "\"China is not the creator of the crisis, nor a party to it, and it has never "
           "provided weapons to the parties of the conflict,\" foreign ministry spokesman Wang "
           "Wenbin told reporters on Tuesday."),
        ev("condemnation", "negated",
           "Nowhere in the documents signed in Moscow is Russia's war described as an "
           "invasion."),
    ],
    "traps": [
        "Putin praising the Chinese paper as a basis for talks (Russian actor)",
        "Blinken's 'ratify Russian conquest' (U.S. actor)",
        "'weighing whether to send' is hedged, not alleged (baseline wording)",
        "joint opposition to unilateral sanctions is not a sanction",
        "no Xi-Zelensky call announced (not a mediation signal)",
        "Kishida in Kyiv (wrong actor); ICC warrant and China's comment (no signal)",
        "analyst quote 'kept its options open' (no signal)",
        "photo caption about Chinese-made drone parts (boilerplate)",
        "carousel teaser 'Kremlin source: Xi agreed to supply artillery shells' (boilerplate)",
        "paragraphs rendered as nested <div>s",
    ],
    "syndication_group": None,
    "source_event": "2023-03-20/22: Xi Jinping state visit to Moscow, joint statements on "
                    "deepening the partnership; China's 12-point position paper of 2023-02-24",
    "meta": "jsonld",
    "encoding": "utf-8",
    "para_style": "div",
    "related": [
        "China's peace plan: what is in the 12 points?",
        "Kremlin source: Xi agreed to supply artillery shells",
        "Parliament rejects re-export of Swiss ammunition to Ukraine",
        "Kishida in Kyiv: Japan's first wartime visit",
    ],
    "inline_more": "Analysis: why Beijing's peace paper leaves Kyiv cold",
    "comments": None,
    "audio_min": 5,
})

# ---------------------------------------------------------------------------------------------
# u6-05  The Straits Ledger, 27 Apr 2023: Xi-Zelensky call (windows-1252, curly quotes)
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-05",
    "outlet": "straits-ledger",
    "slug": "2023/04/xi-speaks-to-zelensky-names-special-envoy",
    "published": "2023-04-27T03:10:00Z",
    "section": "Asia",
    "kicker": "CHINA",
    "title": "Xi speaks to Zelensky for first time since the war began, names special envoy",
    "dek": "Beijing will send its former ambassador to Moscow, Li Hui, to Kyiv; markets shrug "
           "off the call",
    "byline": "Lim Shu Fen",
    "author_bio": None,
    "caption": "Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday. PHOTO: AFP",
    "paragraphs": [
        "Chinese President Xi Jinping spoke to Ukraine’s Volodymyr Zelensky on Wednesday "
        "(Apr 26) for the first time since Russian troops crossed the border more than 14 "
        "months ago, and said Beijing would send a special envoy to Ukraine and other "
        "countries for talks on a political settlement.",
        "The envoy will be Li Hui, China’s special representative for Eurasian affairs and a "
        "former ambassador to Moscow, the foreign ministry said.",
        "“Dialogue and negotiation are the only viable way out,” Xi was quoted as saying in "
        "the Chinese readout. “China has always stood on the side of peace, and its core "
        "position is to promote talks.”",
        "Zelensky called the hour-long conversation “long and meaningful” and said he believed "
        "it would give “a powerful impetus” to relations between the two countries.",
        "Two Ukrainian officials briefed on the call claimed that Xi had acknowledged during "
        "the conversation that Russia’s attack breached the UN Charter. The Chinese readout "
        "contains no such language, and the foreign ministry did not reply to a request for "
        "comment.",
        "Kyiv nonetheless hopes the contact could eventually persuade Beijing to call the war "
        "what it is, a senior adviser in Zelensky’s office said on condition of anonymity.",
        "The call followed a diplomatic misstep. Lu Shaye, China’s ambassador to France, "
        "questioned in a television interview last week whether former Soviet republics had "
        "“effective status” in international law, drawing protests from the Baltic states; "
        "Beijing later said it respected their sovereignty.",
        "Earlier this month Fu Cong, the head of China’s mission to the European Union, told "
        "an interviewer that the “no limits” slogan was “nothing but rhetoric” and that "
        "Beijing was not on Moscow’s side in the war.",
        "Markets took the news in their stride. The Hang Seng index closed 0.4 per cent "
        "higher, while the rouble edged lower against the yuan in Moscow.",
        "Analysts said Li’s brief would be tested quickly. “Li Hui knows Moscow inside out. "
        "The question is whether Kyiv believes China can be an honest broker while its trade "
        "with Russia keeps climbing,” said a Singapore-based analyst at a political-risk "
        "consultancy.",
        "Brazil’s President Lula, who visited Beijing this month, has been promoting his own "
        "idea of a “peace club” of neutral countries to broker an end to the war.",
    ],
    "evidence": [
        ev("mediation", "asserted",
           "Chinese President Xi Jinping spoke to Ukraine’s Volodymyr Zelensky on Wednesday "
           "(Apr 26) for the first time since Russian troops crossed the border more than 14 "
           "months ago, and said Beijing would send a special envoy to Ukraine and other "
           "countries for talks on a political settlement."),
        ev("mediation", "asserted",
           "The envoy will be Li Hui, China’s special representative for Eurasian affairs and "
           "a former ambassador to Moscow, the foreign ministry said."),
        ev("mediation", "hedged",
           "“China has always stood on the side of peace, and its core position is to promote "
           "talks.”"),
        ev("condemnation", "alleged",
           "Two Ukrainian officials briefed on the call claimed that Xi had acknowledged "
           "during the conversation that Russia’s attack breached the UN Charter."),
        ev("condemnation", "negated",
           "The Chinese readout contains no such language, and the foreign ministry did not "
           "reply to a request for comment."),
        ev("condemnation", "hedged",
           "Kyiv nonetheless hopes the contact could eventually persuade Beijing to call the "
           "war what it is, a senior adviser in Zelensky’s office said on condition of "
           "anonymity."),
        ev("partnership", "negated",
           "Earlier this month Fu Cong, the head of China’s mission to the European Union, "
           "told an interviewer that the “no limits” slogan was “nothing but rhetoric” and "
           "that Beijing was not on Moscow’s side in the war."),
    ],
    "traps": [
        "Zelensky's description of the call (Ukrainian actor); the call itself is not "
        "condemnation",
        "unconfirmed Ukrainian claim of an acknowledgement (alleged) vs the readout (negated)",
        "Lu Shaye remarks on former Soviet republics (no signal)",
        "analyst quote on 'honest broker' and trade (no signal; trade not labelled)",
        "Lula's 'peace club' (Brazil mediates, wrong actor)",
        "'Read next' teaser 'Beijing to host Russia-Ukraine peace summit in June' "
        "(boilerplate)",
        "reader comment 'China condemned the invasion ages ago' (boilerplate)",
        "page declared windows-1252 with curly quotes (the eval server's Content-Type says "
        "utf-8; only punctuation is non-ASCII)",
    ],
    "syndication_group": None,
    "source_event": "2023-04-26: first Xi-Zelensky phone call; Li Hui named special "
                    "representative; Fu Cong's April 2023 'no limits is nothing but rhetoric' "
                    "interview; the Ukrainian officials' claim about the call is invented for "
                    "this corpus",
    "meta": "og",
    "encoding": "windows-1252",
    "para_style": "p",
    "ticker": [("STI", "3,274.16", "-0.21%"), ("FBM KLCI", "1,413.85", "+0.07%"),
               ("SET", "1,528.40", "-0.35%"), ("HSI", "19,757.27", "+0.40%"),
               ("USD/SGD", "1.3349", ""), ("Brent", "US$77.69", "-0.31%")],
    "tags": ["China", "Ukraine war", "Diplomacy", "Russia"],
    "read_next": ("Beijing to host Russia-Ukraine peace summit in June, sources say",
                  "Diplomats say the venue and the guest list are still being negotiated"),
    "inline_read_also": "Who is Li Hui, China's new man for Ukraine?",
    "comments": [
        ("Daniel L.", "Li Hui will just carry Putin’s demands to Kyiv."),
        ("HK_watcher", "China condemned the invasion ages ago, people just don’t listen."),
        ("Jas", "Good for markets if it leads anywhere."),
    ],
})

# ---------------------------------------------------------------------------------------------
# u6-06  The Tasman Courier e-Paper, 28 May 2023: Li Hui tour ends (no metadata, only <h1>)
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-06",
    "outlet": "tasman-courier",
    "slug": "2023/05/china-envoy-wraps-up-europe-tour-eu-eyes-chinese-firms",
    "published": "2023-05-27T17:00:00Z",
    "section": "WORLD",
    "title": "China's envoy wraps up European tour as EU eyes curbs on Chinese firms",
    "dek": "Li Hui's shuttle diplomacy yields no ceasefire plan; Brussels says some Chinese "
           "suppliers keep Russia's army equipped",
    "byline": "STAFF AND AGENCIES",
    "dateline_place": "Brussels",
    "caption": "Li Hui, China's special envoy, arrives in Kyiv. Beijing has offered to host "
               "peace talks in the autumn, officials say. Photo / Supplied",
    "page": 1,
    "jump_page": 9,
    "jump_word": "ENVOY",
    "jump_after": 3,
    "paragraphs": [
        "BRUSSELS — China's special envoy for Eurasian affairs, Li Hui, wrapped up a 10-day "
        "European tour on Saturday that took him to Kyiv, Warsaw, Berlin, Paris, Brussels and "
        "finally Moscow, Beijing's most visible attempt so far to present itself as a "
        "go-between in the war.",
        "In Kyiv, Li met Foreign Minister Dmytro Kuleba, who said he had told the envoy that "
        "Ukraine would accept no proposal involving the loss of territory or a freezing of "
        "the conflict.",
        "Chinese officials said the trip was about \"listening to all parties\" and that "
        "Beijing stood ready to \"do its utmost\" to get negotiations started.",
        "Polish officials said Li had spent much of his meeting in Warsaw asking about the "
        "humanitarian situation in Ukraine and the safety of the Zaporizhzhia nuclear power "
        "plant.",
        "The tour coincided with a push in Brussels to punish companies that help keep "
        "Russia's army supplied. The European Commission has proposed adding several firms "
        "registered in mainland China and Hong Kong to its sanctions list, saying they "
        "provided Russia with electronic components and other dual-use goods that have turned "
        "up on the battlefield.",
        "Beijing reacted sharply. \"China has not provided lethal arms to either side and "
        "keeps tight control over exports of dual-use items,\" foreign ministry spokeswoman "
        "Mao Ning said, warning that China would take \"resolute measures\" to protect its "
        "companies if they were listed.",
        "German officials said they had urged Li to use China's influence in Moscow to push "
        "for a Russian withdrawal.",
        "In Moscow on Friday, Russian Foreign Minister Sergei Lavrov praised China's "
        "\"balanced position\" and blamed Kyiv and its Western backers for the absence of "
        "talks, according to a statement from his ministry.",
        "New Zealand's foreign ministry said it welcomed any genuine effort to end the war but "
        "that a just peace had to respect Ukraine's sovereignty and territorial integrity.",
        "Li is expected to report back to Beijing before a possible second round of travel "
        "later in the year, diplomats said.",
    ],
    "evidence": [
        ev("mediation", "asserted",
           "BRUSSELS — China's special envoy for Eurasian affairs, Li Hui, wrapped up a 10-day "
           "European tour on Saturday that took him to Kyiv, Warsaw, Berlin, Paris, Brussels "
           "and finally Moscow, Beijing's most visible attempt so far to present itself as a "
           "go-between in the war."),
        ev("mediation", "hedged",
           "Chinese officials said the trip was about \"listening to all parties\" and that "
           "Beijing stood ready to \"do its utmost\" to get negotiations started."),
        ev("military-aid", "alleged",
           "The European Commission has proposed adding several firms registered in mainland "
           "China and Hong Kong to its sanctions list, saying they provided Russia with "
           "electronic components and other dual-use goods that have turned up on the "
           "battlefield."),
        ev("military-aid", "negated",
           "\"China has not provided lethal arms to either side and keeps tight control over "
           "exports of dual-use items,\" foreign ministry spokeswoman Mao Ning said, warning "
           "that China would take \"resolute measures\" to protect its companies if they were "
           "listed."),
        ev("mediation", "hedged",
           "Li is expected to report back to Beijing before a possible second round of travel "
           "later in the year, diplomats said."),
    ],
    "traps": [
        "Kuleba's red lines (Ukrainian actor)",
        "Polish officials' account of Li's questions (no signal)",
        "EU proposal to sanction Chinese firms: 'sanctions' with the EU as actor",
        "'resolute measures' threatened against the EU, not sanctions on Russia",
        "German officials urging Li to use China's influence (China as object)",
        "Lavrov praising China's 'balanced position' (Russian actor)",
        "New Zealand statement (wrong actor)",
        "photo caption claiming Beijing offered to host talks (boilerplate)",
        "briefs on the same page: Iran denies drone deliveries; think tank says Chinese rifles "
        "and body armour sold to Russian buyers (other stories)",
        "page without any metadata: headline only in <h1>",
    ],
    "syndication_group": None,
    "source_event": "2023-05-15/27: special representative Li Hui's tour of Ukraine, "
                    "Poland, Germany, France, the EU and Russia; European Commission proposal "
                    "for the 11th sanctions package listing Chinese and Hong Kong firms",
    "meta": "none",
    "encoding": "utf-8",
    "para_style": "p",
    "front_briefs": [
        ("WORLD BRIEFS", "Iran denies drone deliveries",
         "Tehran rejected Ukrainian claims that it had sent a fresh batch of attack drones to "
         "Russia, calling them \"baseless\"."),
        ("WORLD BRIEFS", "Chinese arms for Moscow?",
         "A US think tank says Chinese-made assault rifles and body armour have been sold to "
         "Russian buyers through intermediaries in Central Asia."),
    ],
    "back_items": [
        ("WEATHER", "Cold snap for the south",
         "A polar blast will bring snow to 300 metres in Southland and Otago on Monday, "
         "MetService says."),
    ],
})

# ---------------------------------------------------------------------------------------------
# u6-07  HBC English, 16 May 2024: Putin's state visit to Beijing
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-07",
    "outlet": "hbc-english",
    "slug": "2024/05/putin-xi-pledge-new-era-partnership-beijing",
    "published": "2024-05-16T15:30:00Z",
    "section": "World",
    "title": "Putin and Xi pledge 'new era' of partnership as Western pressure on Beijing "
             "grows",
    "dek": "The Russian leader's state visit produces a sprawling joint statement. Washington "
           "accuses Chinese banks and firms of keeping Moscow's war economy running.",
    "byline": "Lukas Meier, Beijing",
    "caption": "Xi Jinping welcomes Vladimir Putin at the Great Hall of the People in Beijing. "
               "Keystone / EPA / Sergei Bobylev / Sputnik / Kremlin Pool",
    "paragraphs": [
        "Xi Jinping rolled out the red carpet for Vladimir Putin in Beijing on Thursday, and "
        "the two leaders signed a sprawling joint statement committing China and Russia to "
        "deepen their strategic partnership \"in all areas\".",
        "\"The China-Russia relationship today is hard-won, and the two sides need to cherish "
        "and nurture it,\" Xi told his guest in the Great Hall of the People, calling the bond "
        "a source of stability in a turbulent world.",
        "It was Putin's first trip abroad since he was sworn in for a fifth term last week, "
        "and Russian officials hailed it as proof that the West had failed to isolate Moscow.",
        "On Ukraine, the statement said both sides believed the crisis should be settled "
        "through dialogue. Xi said China hoped peace would soon return to the European "
        "continent and would \"continue to play a constructive role\" to that end.",
        "Pressure from Washington",
        "Washington sees Beijing's role very differently. The U.S. Treasury accuses Chinese "
        "banks of processing payments that allow Russian importers to get around Western "
        "sanctions.",
        "Secretary of State Antony Blinken said after talks in Beijing last month that China "
        "was the leading supplier of machine tools, microelectronics and nitrocellulose that "
        "Moscow needs to rebuild its defence industry.",
        "Beijing rejects the accusations. A foreign ministry spokesman said on Wednesday that "
        "China had never sold lethal weapons to Moscow or to Kyiv, and that its ordinary trade "
        "with Russia \"should not be disrupted or restricted\".",
        "Trade between the two neighbours has grown by more than 60 per cent since 2021, with "
        "Chinese cars, electronics and machinery heading north and Russian oil, gas and coal "
        "heading south.",
        "The Treasury's warnings carry weight: in December, President Joe Biden authorised "
        "secondary sanctions on foreign banks that handle transactions for Russia's "
        "military-industrial base.",
        "Putin travels on Friday to Harbin, a north-eastern city once home to a large Russian "
        "community, for a trade and investment fair.",
        "In Kyiv, President Volodymyr Zelensky's office has been lobbying Beijing to attend "
        "next month's peace conference at the Bürgenstock resort above Lake Lucerne, which "
        "Switzerland is hosting at Ukraine's request. China has not yet said whether it will "
        "send a delegation.",
    ],
    "evidence": [
        ev("partnership", "asserted",
           "Xi Jinping rolled out the red carpet for Vladimir Putin in Beijing on Thursday, and "
           "the two leaders signed a sprawling joint statement committing China and Russia to "
           "deepen their strategic partnership \"in all areas\"."),
        ev("partnership", "asserted",
           "\"The China-Russia relationship today is hard-won, and the two sides need to "
           "cherish and nurture it,\" Xi told his guest in the Great Hall of the People, "
           "calling the bond a source of stability in a turbulent world."),
        ev("mediation", "hedged",
           "Xi said China hoped peace would soon return to the European continent and would "
           "\"continue to play a constructive role\" to that end."),
        ev("economic-support", "alleged",
           "The U.S. Treasury accuses Chinese banks of processing payments that allow Russian "
           "importers to get around Western sanctions."),
        ev("military-aid", "alleged",
           "Secretary of State Antony Blinken said after talks in Beijing last month that China "
           "was the leading supplier of machine tools, microelectronics and nitrocellulose that "
           "Moscow needs to rebuild its defence industry."),
        ev("military-aid", "negated",
           "A foreign ministry spokesman said on Wednesday that China had never sold lethal "
           "weapons to Moscow or to Kyiv, and that its ordinary trade with Russia \"should not "
           "be disrupted or restricted\"."),
    ],
    "traps": [
        "Russian officials hail the visit (Russian actor)",
        "'settled through dialogue' in the joint statement (no own mediation act)",
        "trade growth figure (not labelled)",
        "Biden's secondary-sanctions order (U.S. actor)",
        "Switzerland hosts the Bürgenstock conference (other actor mediates); whether China "
        "attends is not mediation; Zelensky lobbying Beijing (China as object)",
        "subhead 'Pressure from Washington' is part of the body",
        "carousel teasers 'China ready to host next round of Ukraine talks' and 'Chinese "
        "state banks bankroll Russian tank factories' (boilerplate)",
        "reader comment 'Xi is paying for Putin's war' (boilerplate)",
    ],
    "syndication_group": None,
    "source_event": "2024-05-16: Vladimir Putin's state visit to Beijing and joint statement "
                    "on deepening the comprehensive partnership; U.S. accusations (Blinken, "
                    "April 2024; Treasury)",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "subheads": [4],
    "related": [
        "China ready to host next round of Ukraine talks, says Swiss minister",
        "Bürgenstock conference: who is coming and who is not",
        "Explainer: what are secondary sanctions?",
        "Chinese state banks bankroll Russian tank factories, report claims",
    ],
    "inline_more": "Switzerland and China: a free-trade deal under review",
    "comments": [
        ("Beat S.", "Xi is paying for Putin's war, simple as that."),
        ("Lena_ZH", "And we are still negotiating a trade deal with Beijing..."),
    ],
    "audio_min": 4,
})

# ---------------------------------------------------------------------------------------------
# u6-08  The Straits Ledger, 12 Jul 2024: NATO 'decisive enabler', Orban in Beijing
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-08",
    "outlet": "straits-ledger",
    "slug": "2024/07/beijing-hits-back-nato-decisive-enabler",
    "published": "2024-07-12T08:00:00Z",
    "section": "World",
    "kicker": "GEOPOLITICS",
    "title": "Beijing hits back after NATO brands China a 'decisive enabler' of Russia's war",
    "dek": "Alliance summit language is its toughest yet; Hungary's Orbán, fresh from Beijing, "
           "pitches his own peace mission",
    "byline": "Nur Aisyah Rahman",
    "author_bio": None,
    "caption": "NATO leaders in Washington on Wednesday. Beijing has banned drone-part sales to "
               "Moscow since June. PHOTO: AFP",
    "paragraphs": [
        "China accused NATO on Thursday (Jul 11) of \"sowing discord\" after leaders of the "
        "alliance, meeting in Washington, declared that Beijing had become a \"decisive "
        "enabler\" of Russia's war against Ukraine.",
        "The summit declaration, endorsed by all 32 allies, said China was sustaining Russia's "
        "defence industrial base through \"large-scale\" transfers of dual-use materials, "
        "including weapons components, equipment and raw materials.",
        "\"NATO's so-called China responsibility is groundless,\" foreign ministry spokesman "
        "Lin Jian said at his daily press conference in Beijing. \"We have not supplied lethal weapons to "
        "either party, and we manage the export of dual-use items strictly in accordance with "
        "the law.\"",
        "Lin said the alliance was stoking confrontation to shift blame for the war, and that "
        "normal trade between China and Russia was not aimed at any third party.",
        "The rebuke came as Hungarian Prime Minister Viktor Orbán, whose country holds the "
        "rotating presidency of the European Union, pressed on with what he calls a \"peace "
        "mission\", travelling from Kyiv to Moscow and then to Beijing, where Xi Jinping "
        "received him on Monday.",
        "According to the Chinese readout of that meeting, Xi told Orbán that an early "
        "ceasefire and a political settlement were in the interest of all sides, and that "
        "China would \"play a constructive role in its own way\".",
        "Beijing has also been promoting a six-point \"common understanding\" on the war that "
        "it issued jointly with Brazil in May, which calls for an international peace "
        "conference recognised by both Russia and Ukraine.",
        "Is Beijing quietly tightening the tap? Per a leaked diplomatic cable seen by The "
        "Straits Ledger, Chinese authorities told several exporters in June to suspend "
        "shipments of drone engines and thermal-imaging modules to Russian buyers.",
        "China's commerce ministry did not respond to questions about the cable. Officially, "
        "Beijing has imposed no restrictions aimed at Russia and says it opposes sanctions "
        "that lack a mandate from the UN Security Council.",
        "A senior EU official, speaking on condition of anonymity, said small banks in China's "
        "border provinces were still processing payments for Russian arms makers, helping them "
        "get around Western sanctions.",
        "For Chinese exporters, the more immediate worry is Washington. The US last month added "
        "more than a dozen mainland Chinese companies to its trade blacklist for helping "
        "Russia's military obtain components, naming several Hong Kong- and "
        "Singapore-registered trading firms alongside them.",
        "The Monetary Authority of Singapore has separately told local banks to step up checks "
        "on trade finance linked to Russia.",
    ],
    "evidence": [
        ev("military-aid", "alleged",
           "The summit declaration, endorsed by all 32 allies, said China was sustaining "
           "Russia's defence industrial base through \"large-scale\" transfers of dual-use "
           "materials, including weapons components, equipment and raw materials."),
        ev("military-aid", "negated",
           "\"We have not supplied lethal weapons to either party, and we manage the export of "
           "dual-use items strictly in accordance with the law.\""),
        ev("mediation", "hedged",
           "According to the Chinese readout of that meeting, Xi told Orbán that an early "
           "ceasefire and a political settlement were in the interest of all sides, and that "
           "China would \"play a constructive role in its own way\"."),
        ev("mediation", "asserted",
           "Beijing has also been promoting a six-point \"common understanding\" on the war "
           "that it issued jointly with Brazil in May, which calls for an international peace "
           "conference recognised by both Russia and Ukraine."),
        ev("sanctions", "alleged",
           "Per a leaked diplomatic cable seen by The Straits Ledger, Chinese authorities told "
           "several exporters in June to suspend shipments of drone engines and "
           "thermal-imaging modules to Russian buyers."),
        ev("sanctions", "negated",
           "Officially, Beijing has imposed no restrictions aimed at Russia and says it opposes "
           "sanctions that lack a mandate from the UN Security Council."),
        ev("economic-support", "alleged",
           "A senior EU official, speaking on condition of anonymity, said small banks in "
           "China's border provinces were still processing payments for Russian arms makers, "
           "helping them get around Western sanctions."),
        ev("military-aid", "alleged",
           "The US last month added more than a dozen mainland Chinese companies to its trade "
           "blacklist for helping Russia's military obtain components, naming several Hong "
           "Kong- and Singapore-registered trading firms alongside them."),
    ],
    "traps": [
        "China accuses NATO of 'sowing discord' (no signal)",
        "'normal trade not aimed at any third party' (no signal)",
        "Orbán's 'peace mission' (Hungary mediates, wrong actor)",
        "rhetorical question 'Is Beijing quietly tightening the tap?' (no evidence)",
        "leaked cable: alleged restriction, neither asserted nor a statement about shipments",
        "U.S. blacklist: 'sanctions' with the U.S. as actor",
        "Monetary Authority of Singapore checks (wrong actor)",
        "photo caption asserting a Chinese ban on drone-part sales (boilerplate)",
        "'Read next' teaser 'China to supply Russia with attack drones, US intelligence warns' "
        "(boilerplate)",
    ],
    "syndication_group": None,
    "source_event": "2024-07-10/11: NATO Washington summit declaration calls China a "
                    "'decisive enabler'; Viktor Orbán in Beijing on 2024-07-08; China-Brazil "
                    "six-point common understanding of 2024-05-23; the leaked cable is "
                    "invented for this corpus",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "ticker": [("STI", "3,469.31", "+0.64%"), ("FBM KLCI", "1,615.42", "+0.22%"),
               ("SET", "1,316.18", "-0.41%"), ("HSI", "18,293.38", "+2.06%"),
               ("USD/SGD", "1.3440", ""), ("Brent", "US$85.40", "-0.12%")],
    "tags": ["China", "NATO", "Russia", "Ukraine war", "Hungary", "Export controls"],
    "read_next": ("China to supply Russia with attack drones, US intelligence warns",
                  "Officials say talks on a production deal are at an advanced stage"),
    "inline_read_also": "Singapore firms named in latest US Russia blacklist",
    "comments": None,
})

# ---------------------------------------------------------------------------------------------
# u6-09 / u6-10  syndicated wire story (Lodestar), 25 Feb 2025: UN votes
# ---------------------------------------------------------------------------------------------
_WIRE_P3 = (
    "Hours earlier, the 193-member General Assembly approved a resolution drafted by Ukraine "
    "and European states that names Russia as the aggressor and demands the withdrawal of its "
    "troops, by 93 votes to 18 with 65 abstentions. China was among the abstainers.")
_WIRE_P4 = (
    "In a break with decades of US policy, Washington voted against the European-backed text, "
    "alongside Russia, Belarus, North Korea and Hungary.")
_WIRE_P5 = (
    "China's ambassador, Fu Cong, said the US text reflected Beijing's own view that dialogue "
    "was the only way out, and that China was ready to keep playing \"a constructive role\" in "
    "the search for a settlement.")
_WIRE_P6 = (
    "Monday's vote was the first time China has backed a Security Council resolution on the "
    "war. In February 2022 it abstained on a Western draft that Russia vetoed.")
_WIRE_P7 = (
    "Fu did not describe Russia's actions as aggression, and China has never condemned the "
    "invasion.")
_WIRE_P8 = "US acting ambassador Dorothy Shea called the council resolution a first step towards peace."
_WIRE_P9 = (
    "Ukraine's deputy foreign minister, Mariana Betsa, told the assembly that aggression had "
    "to be condemned, not rewarded.")


def _wire_evidence(p1):
    return [
        ev("un-vote", "favor", p1),
        ev("un-vote", "abstain", "China was among the abstainers."),
        ev("mediation", "hedged", _WIRE_P5),
        ev("un-vote", "favor",
           "Monday's vote was the first time China has backed a Security Council resolution "
           "on the war."),
        ev("un-vote", "abstain", "In February 2022 it abstained on a Western draft that Russia vetoed."),
        ev("condemnation", "negated", _WIRE_P7),
    ]


_SL_P1 = (
    "UNITED NATIONS (Lodestar) – The UN Security Council on Monday adopted a brief US-drafted "
    "resolution calling for a swift end to the war in Ukraine, with China voting in favour of a "
    "text that, unlike every previous Western draft, made no mention of Ukraine's territorial "
    "integrity.")
_TC_P1 = (
    "UNITED NATIONS (Lodestar) — The United Nations Security Council on Monday adopted a brief "
    "US-drafted resolution calling for a swift end to the war in Ukraine, with China voting in "
    "favour of a text that, unlike every earlier Western draft, made no mention of Ukraine's "
    "territorial integrity.")

_WIRE_TRAPS = [
    "Russia and the U.S. vote for the council text; European members abstain (wrong actor)",
    "U.S., Russia, Belarus, North Korea and Hungary vote against the assembly text (wrong "
    "actor)",
    "past Security Council abstention restated (labelled abstain)",
    "Ukraine's minister: aggression must be condemned (Ukrainian actor)",
    "U.S. envoy's 'first step towards peace' (U.S. actor)",
]

ARTICLES.append({
    "id": "u6-09",
    "outlet": "straits-ledger",
    "slug": "2025/02/china-backs-us-security-council-text-ukraine",
    "published": "2025-02-25T02:15:00Z",
    "section": "World",
    "kicker": "UNITED NATIONS",
    "title": "China backs US Security Council text on Ukraine, abstains on Kyiv-backed "
             "assembly resolution",
    "dek": "First council resolution since the full-scale invasion passes 10-0 with five "
           "European abstentions",
    "byline": "Lodestar",
    "author_bio": None,
    "caption": "The Security Council votes on the US-drafted resolution in New York on Monday. "
               "PHOTO: LODESTAR",
    "paragraphs": [
        _SL_P1,
        "The resolution, the council's first on the conflict since Russia launched its "
        "full-scale invasion, passed with 10 votes in favour and five abstentions. Russia and "
        "the United States both supported it, while Britain, France, Denmark, Greece and "
        "Slovenia abstained after their amendments were voted down.",
        _WIRE_P3, _WIRE_P4, _WIRE_P5, _WIRE_P6, _WIRE_P7, _WIRE_P8, _WIRE_P9,
        "European diplomats said privately that they had tried in vain to persuade Beijing to "
        "vote for the assembly resolution, arguing that it restated principles of the UN "
        "Charter that China says it upholds.",
    ],
    "evidence": _wire_evidence(_SL_P1),
    "traps": _WIRE_TRAPS + [
        "European diplomats tried to persuade Beijing to vote for the assembly text (China as "
        "object; no 'favor' on that text)",
        "'Read next' teaser 'China to join Ukraine peacekeeping force, diplomats say' "
        "(boilerplate)",
        "syndicated wire original",
    ],
    "syndication_group": "sg-u6-1",
    "source_event": "2025-02-24: UN Security Council resolution 2774 adopted 10-0-5 with China "
                    "in favour; UN General Assembly resolution ES-11/7 adopted 93-18-65 with "
                    "China abstaining and the U.S. against",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "ticker": [("STI", "3,911.89", "-0.27%"), ("FBM KLCI", "1,591.02", "-0.33%"),
               ("SET", "1,207.65", "-1.12%"), ("HSI", "23,341.61", "-0.58%"),
               ("USD/SGD", "1.3379", ""), ("Brent", "US$74.78", "+0.34%")],
    "tags": ["United Nations", "China", "Ukraine war", "United States"],
    "read_next": ("China to join Ukraine peacekeeping force, diplomats say",
                  "Beijing is said to be weighing a role in any post-ceasefire mission"),
    "inline_read_also": "Asian markets slip as tariff worries return",
    "comments": [
        ("p_lim", "So the US now votes with Russia and North Korea. What a world."),
        ("Observer", "China voting yes proves it was never neutral."),
    ],
})

ARTICLES.append({
    "id": "u6-10",
    "outlet": "tasman-courier",
    "slug": "2025/02/china-votes-with-us-on-un-ukraine-text",
    "published": "2025-02-25T17:00:00Z",
    "section": "WORLD",
    "title": "China votes with US on UN Ukraine text",
    "dek": "Beijing abstains on the General Assembly resolution naming Russia as the aggressor",
    "byline": "LODESTAR",
    "dateline_place": "United Nations",
    "caption": "Members of the Security Council vote on the US-drafted resolution. Photo / "
               "Lodestar",
    "page": 12,
    "jump_page": None,
    "jump_word": None,
    "jump_after": None,
    "paragraphs": [
        _TC_P1,
        "The resolution, the council's first on the conflict since Russia launched its "
        "full-scale invasion, passed with 10 votes in favour and five abstentions. Russia and "
        "the United States both supported it; the United Kingdom, France, Denmark, Greece and "
        "Slovenia abstained.",
        _WIRE_P3, _WIRE_P4, _WIRE_P5, _WIRE_P6, _WIRE_P7,
        "New Zealand voted for the General Assembly resolution.",
        _WIRE_P8, _WIRE_P9,
    ],
    "evidence": _wire_evidence(_TC_P1),
    "traps": _WIRE_TRAPS + [
        "syndicated copy, lightly edited: new dateline dash, 'United Kingdom', amendment "
        "clause dropped, a local New Zealand line added, last paragraph trimmed",
        "New Zealand votes for the assembly text (wrong actor)",
        "brief on the same page: South Korea says North Korea shipped shells (other story)",
    ],
    "syndication_group": "sg-u6-1",
    "source_event": "2025-02-24: UN Security Council resolution 2774 adopted 10-0-5 with China "
                    "in favour; UN General Assembly resolution ES-11/7 adopted 93-18-65 with "
                    "China abstaining and the U.S. against",
    "meta": "og",
    "encoding": "utf-8",
    "para_style": "p",
    "front_briefs": [
        ("WORLD BRIEFS", "Shells from Pyongyang",
         "South Korea's spy agency says North Korea has shipped millions of artillery shells "
         "to Russia since 2023."),
    ],
    "back_items": [
        ("WORLD BRIEFS", "Peacekeepers from Beijing?",
         "China is ready to send troops to police a ceasefire line in Ukraine, a European "
         "newspaper reported, citing unnamed officials."),
    ],
})

# ---------------------------------------------------------------------------------------------
# u6-11  HBC English, 9 May 2025: Xi at the Victory Day parade
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-11",
    "outlet": "hbc-english",
    "slug": "2025/05/xi-putin-victory-day-parade-moscow",
    "published": "2025-05-09T19:00:00Z",
    "section": "World",
    "title": "Xi stands beside Putin at Victory Day parade as talk turns to peace "
             "negotiations",
    "dek": "Chinese troops march on Red Square. Beijing denies reports that it offered to host "
           "Russian-Ukrainian talks.",
    "byline": "Sophie Rochat",
    "caption": "Xi Jinping and Vladimir Putin on Red Square. China has pledged to guarantee "
               "any ceasefire deal. Keystone / AP",
    "paragraphs": [
        "Chinese President Xi Jinping watched from the reviewing stand on Red Square on Friday "
        "as Russia marked the 80th anniversary of the Soviet victory over Nazi Germany, the "
        "most prominent of some two dozen foreign leaders who attended despite Western calls "
        "to stay away.",
        "A contingent of the People's Liberation Army marched in the parade, which Russian "
        "state television presented as evidence of a brotherhood in arms.",
        "The day before, Xi and Putin signed a joint statement on further deepening their "
        "comprehensive strategic partnership, and Xi told his host that the two countries "
        "should remain \"good neighbours, true friends and reliable partners\" whatever "
        "happens in the world.",
        "Both leaders praised what they called a record level of economic ties. Chinese "
        "purchases of Russian oil and gas, settled almost entirely in yuan and roubles, have "
        "become the single most important prop for a Russian budget squeezed by Western "
        "sanctions.",
        "The visit came as U.S. envoys were pressing Moscow and Kyiv to agree to a 30-day "
        "ceasefire.",
        "A Western diplomat familiar with the matter said Xi had privately offered Putin to "
        "host a first round of direct Russian-Ukrainian negotiations in Beijing.",
        "Chinese officials flatly denied it. \"China has made no such offer, and there is no "
        "plan for Beijing to host negotiations,\" foreign ministry spokesman Lin Jian said on "
        "Friday.",
        "Brazil's President Luiz Inácio Lula da Silva, also in Moscow for the celebrations, "
        "said he would urge Putin to negotiate and offered to carry a message to Kyiv.",
        "The joint statement again avoided calling the war an invasion, attributing the "
        "conflict instead to \"root causes\" that both sides trace to NATO's eastward "
        "expansion.",
        "Last month Ukraine's President Volodymyr Zelensky accused Beijing of supplying Russia "
        "with gunpowder and artillery components, a charge China dismissed as \"groundless\".",
        "Moscow acknowledged for the first time late last month that North Korean troops had "
        "fought alongside Russian forces in the Kursk region.",
        "Xi and Putin are due to meet again at a summit of the Shanghai Cooperation "
        "Organisation in Tianjin at the end of August, where Beijing is expected to put the "
        "partnership on display once more.",
    ],
    "evidence": [
        ev("partnership", "asserted",
           "The day before, Xi and Putin signed a joint statement on further deepening their "
           "comprehensive strategic partnership, and Xi told his host that the two countries "
           "should remain \"good neighbours, true friends and reliable partners\" whatever "
           "happens in the world."),
        ev("economic-support", "asserted",
           "Chinese purchases of Russian oil and gas, settled almost entirely in yuan and "
           "roubles, have become the single most important prop for a Russian budget squeezed "
           "by Western sanctions."),
        ev("mediation", "alleged",
           "A Western diplomat familiar with the matter said Xi had privately offered Putin to "
           "host a first round of direct Russian-Ukrainian negotiations in Beijing."),
        ev("mediation", "negated",
           "\"China has made no such offer, and there is no plan for Beijing to host "
           "negotiations,\" foreign ministry spokesman Lin Jian said on Friday."),
        ev("condemnation", "negated",
           "The joint statement again avoided calling the war an invasion, attributing the "
           "conflict instead to \"root causes\" that both sides trace to NATO's eastward "
           "expansion."),
        ev("military-aid", "alleged",
           "Last month Ukraine's President Volodymyr Zelensky accused Beijing of supplying "
           "Russia with gunpowder and artillery components, a charge China dismissed as "
           "\"groundless\"."),
        ev("military-aid", "negated",
           "Last month Ukraine's President Volodymyr Zelensky accused Beijing of supplying "
           "Russia with gunpowder and artillery components, a charge China dismissed as "
           "\"groundless\"."),
        ev("partnership", "hedged",
           "Xi and Putin are due to meet again at a summit of the Shanghai Cooperation "
           "Organisation in Tianjin at the end of August, where Beijing is expected to put the "
           "partnership on display once more."),
    ],
    "traps": [
        "PLA contingent in the parade is not military aid",
        "'record level of economic ties' praise (trade, not labelled) next to the asserted "
        "oil-and-gas prop sentence",
        "U.S. envoys press for a ceasefire (U.S. actor)",
        "Lula offers to carry a message (Brazil mediates, wrong actor)",
        "North Korean troops in Kursk (wrong actor)",
        "photo caption claiming China pledged to guarantee a ceasefire (boilerplate)",
        "carousel teaser 'Beijing to send peacekeepers to Ukraine, report says' (boilerplate)",
        "reader comment 'China has been sending weapons to Russia for years' (boilerplate)",
    ],
    "syndication_group": None,
    "source_event": "2025-05-07/09: Xi Jinping in Moscow for the Victory Day parade, joint "
                    "statement on further deepening the partnership; Zelensky's April 2025 "
                    "accusation; the report of an offer to host talks and its denial are "
                    "invented for this corpus",
    "meta": "jsonld",
    "encoding": "utf-8",
    "para_style": "p",
    "related": [
        "Beijing to send peacekeepers to Ukraine, report says",
        "Istanbul talks: what we know so far",
        "Federal Council extends sanctions against Russia",
        "North Korean troops in Kursk: Moscow confirms",
    ],
    "inline_more": "Victory Day at 80: who came, who stayed away",
    "comments": [
        ("Urs M.", "China has been sending weapons to Russia for years, everybody knows it."),
        ("Claire V.", "Interesting that Lula was there too."),
    ],
    "audio_min": 4,
})

# ---------------------------------------------------------------------------------------------
# u6-12  The Tasman Courier e-Paper, 4 Dec 2025: hypothetical shift (JSON-LD articleBody)
# ---------------------------------------------------------------------------------------------
ARTICLES.append({
    "id": "u6-12",
    "outlet": "tasman-courier",
    "slug": "2025/12/beijing-restricts-drone-part-sales-russia",
    "published": "2025-12-03T17:00:00Z",
    "section": "WORLD",
    "title": "Beijing restricts drone-part sales to Russia in sharpest break yet",
    "dek": "Commerce ministry suspends licences for engines and flight controllers; Kremlin "
           "says ties 'unaffected'",
    "byline": "RACHEL THORNE",
    "dateline_place": "Beijing",
    "caption": "A Russian Geran attack drone over Kyiv. Photo / Reuters",
    "page": 1,
    "jump_page": 6,
    "jump_word": "DRONES",
    "jump_after": 3,
    "paragraphs": [
        "BEIJING — China on Wednesday suspended export licences for drone engines, flight "
        "controllers and fibre-optic cable bound for Russian buyers, the first time Beijing "
        "has imposed trade restrictions aimed specifically at its neighbour since the war in "
        "Ukraine began.",
        "The commerce ministry said the measure would stay in force \"until further notice\" "
        "and would apply to all Russian end users, including trading companies in third "
        "countries that re-export to Russia.",
        "In unusually blunt language, the ministry acknowledged that Chinese-made engines and "
        "navigation modules had been \"diverted to military use\" in Russia's war against "
        "Ukraine, in breach of the end-user commitments attached to their export licences.",
        "Chinese components have powered a large share of the long-range attack drones that "
        "Russia launches at Ukrainian cities night after night, and Ukrainian investigators "
        "have pulled Chinese engines from the wreckage of hundreds of them.",
        "Speaking in Beijing later in the day, Foreign Minister Wang Yi went further than any "
        "Chinese official has gone in public. \"What Russia began in February 2022 is a war of "
        "aggression against a sovereign country, and nothing that has happened since changes "
        "that,\" Wang told a news conference with his Finnish counterpart.",
        "It was the first time a senior Chinese official had used the word \"aggression\" "
        "about the war on the record. For almost four years Beijing had refused to call "
        "Russia's attack an invasion, presenting itself as an impartial party.",
        "The ministry also rejected suggestions that Chinese state banks had financed Russian "
        "arms purchases, saying they had \"never extended credit for military purposes\".",
        "The Kremlin played the move down. Dmitry Peskov, President Vladimir Putin's "
        "spokesman, said Beijing had assured Moscow through diplomatic channels that the "
        "\"comprehensive strategic partnership\" between the two countries was unaffected.",
        "China's foreign ministry declined to confirm Peskov's account.",
        "European officials welcomed the step but said they would judge Beijing by how it is "
        "enforced. An EU diplomat said China could extend the curbs to machine tools and "
        "microelectronics if shipments of those goods through Central Asia kept growing, "
        "citing talks with Chinese counterparts.",
        "Iran, whose Shahed design is the basis for the Geran drones Russia now mass-produces, "
        "did not comment.",
        "The United States, which has sanctioned dozens of Chinese firms over their trade with "
        "Russia, said it was studying the announcement. In Wellington, Foreign Minister "
        "Winston Peters called it \"a welcome, if overdue, sign\".",
    ],
    "evidence": [
        ev("sanctions", "asserted",
           "BEIJING — China on Wednesday suspended export licences for drone engines, flight "
           "controllers and fibre-optic cable bound for Russian buyers, the first time Beijing "
           "has imposed trade restrictions aimed specifically at its neighbour since the war in "
           "Ukraine began."),
        ev("sanctions", "asserted",
           "The commerce ministry said the measure would stay in force \"until further notice\" "
           "and would apply to all Russian end users, including trading companies in third "
           "countries that re-export to Russia."),
        ev("military-aid", "asserted",
           "In unusually blunt language, the ministry acknowledged that Chinese-made engines "
           "and navigation modules had been \"diverted to military use\" in Russia's war "
           "against Ukraine, in breach of the end-user commitments attached to their export "
           "licences."),
        ev("military-aid", "asserted",
           "Chinese components have powered a large share of the long-range attack drones that "
           "Russia launches at Ukrainian cities night after night, and Ukrainian investigators "
           "have pulled Chinese engines from the wreckage of hundreds of them."),
        ev("condemnation", "asserted",
           "\"What Russia began in February 2022 is a war of aggression against a sovereign "
           "country, and nothing that has happened since changes that,\" Wang told a news "
           "conference with his Finnish counterpart."),
        ev("condemnation", "asserted",
           "It was the first time a senior Chinese official had used the word \"aggression\" "
           "about the war on the record."),
        ev("condemnation", "negated",
           "For almost four years Beijing had refused to call Russia's attack an invasion, "
           "presenting itself as an impartial party."),
        ev("economic-support", "negated",
           "The ministry also rejected suggestions that Chinese state banks had financed "
           "Russian arms purchases, saying they had \"never extended credit for military "
           "purposes\"."),
        ev("partnership", "alleged",
           "Dmitry Peskov, President Vladimir Putin's spokesman, said Beijing had assured "
           "Moscow through diplomatic channels that the \"comprehensive strategic "
           "partnership\" between the two countries was unaffected."),
        ev("sanctions", "hedged",
           "An EU diplomat said China could extend the curbs to machine tools and "
           "microelectronics if shipments of those goods through Central Asia kept growing, "
           "citing talks with Chinese counterparts."),
    ],
    "traps": [
        "hypothetical shift story: China itself imposes restrictions, acknowledges diversion "
        "and calls the war aggression (asserted)",
        "past refusal to call it an invasion restated (negated) next to the new asserted "
        "condemnation",
        "Kremlin's account of a Chinese assurance is a third-party claim (alleged), not China "
        "affirming",
        "foreign ministry declines to confirm (no signal)",
        "Iran's Shahed design (wrong actor); U.S. sanctions on Chinese firms (U.S. actor); "
        "New Zealand reaction (wrong actor)",
        "front-page teaser 'Chinese peacekeepers for Ukraine? Beijing floats the idea' "
        "(another story)",
        "letter to the editor claiming China keeps paying for Putin's war (boilerplate)",
        "JSON-LD articleBody holds the full body",
    ],
    "syndication_group": None,
    "source_event": "hypothetical scenario: China's commerce ministry suspends export licences "
                    "for drone parts to Russian end users and acknowledges diversion to "
                    "military use; Wang Yi calls the war a war of aggression; the Kremlin "
                    "says Beijing assured it the partnership is unaffected",
    "meta": "jsonld-body",
    "encoding": "utf-8",
    "para_style": "p",
    "front_briefs": [
        ("INSIDE", "Chinese peacekeepers for Ukraine? Beijing floats the idea",
         "Officials in Beijing have sounded out European capitals about a monitoring role, "
         "diplomats say. Page 8"),
    ],
    "back_items": [
        ("LETTERS", "Actions, not words",
         "Sir, — Don't be fooled: China will keep paying for Putin's war whatever its "
         "ministers say this week. — R. TAIT, Dunedin"),
    ],
})
