"""Texts and labels of the unseen2 check corpus (written independently of stancewatch).

Each article: id, outlet, slug, published (UTC), title, dek, authors, body (list of
paragraphs), evidence (signal, state|value, exact sentence of the body), traps,
source_event, syndication_group.
"""

# ---------------------------------------------------------------------------------------
# Outlet 1: The Northgate Ledger (financial daily, RSS 2.0, paywall teaser)
# ---------------------------------------------------------------------------------------
A1 = {
    "id": "u2-a1", "outlet": "northgate-ledger",
    "slug": "chinese-state-banks-russia-exposure-western-lenders-retreat",
    "published": "2023-05-22T05:00:00Z",
    "title": "Chinese state banks quadruple Russia exposure as western lenders retreat",
    "dek": "Loans to Russian banks surge in the year after the invasion, data show, as Brussels weighs its next sanctions package",
    "authors": "Liang Qiao in Beijing and Marta Kessel in Brussels",
    "section": "Banks",
    "body": [
        "China's four biggest state-owned lenders have stepped in to replace western banks that fled Russia, raising their combined exposure to the country's banking sector more than fourfold in the year after the invasion of Ukraine.",
        "Industrial and Commercial Bank of China, Bank of China, China Construction Bank and Agricultural Bank of China held $9.7bn of assets in Russian lenders at the end of March, up from $2.2bn at the start of 2022, according to figures compiled from the Russian central bank's disclosures by researchers at the Kyiv School of Economics.",
        "Over the same period Raiffeisen, UniCredit and other European groups that remained in Russia cut their lending by more than a third, under pressure from regulators in Vienna and Frankfurt.",
        "EU officials say the new credit lines have helped Moscow keep paying for imports of machinery that end up on the production lines of its arms factories.",
        "Bankers in Shanghai described the lending as a commercial decision. Much of the business is trade finance denominated in renminbi, which has overtaken the dollar as the main currency of settlement between the two countries.",
        "\"China has never joined unilateral sanctions that have no basis in international law, and it will not start now,\" Wang Wenbin, a foreign ministry spokesman, said when asked about the figures at a regular briefing.",
        "Russia's largest lender, Sberbank, said this month that it had tripled its issuance of yuan-denominated loans to corporate clients since January.",
        "The US Treasury has warned banks around the world that they risk losing access to the American financial system if they help Russia acquire goods for its military.",
        "Brussels is finalising an 11th package of sanctions, the first designed to punish third countries through which sanctioned goods are reaching Russia. Diplomats said the draft had been softened to avoid naming Chinese entities outright.",
        "During a state visit to Moscow in March, Xi Jinping told Vladimir Putin that the comprehensive strategic partnership between their countries was entering a new era.",
        "Analysts at Nomura noted that the Chinese banks' exposure remains small relative to their balance sheets, which together exceed $20tn.",
    ],
    "evidence": [
        ("economic-support", "asserted", "China's four biggest state-owned lenders have stepped in to replace western banks that fled Russia, raising their combined exposure to the country's banking sector more than fourfold in the year after the invasion of Ukraine."),
        ("economic-support", "alleged", "EU officials say the new credit lines have helped Moscow keep paying for imports of machinery that end up on the production lines of its arms factories."),
        ("sanctions", "negated", "\"China has never joined unilateral sanctions that have no basis in international law, and it will not start now,\" Wang Wenbin, a foreign ministry spokesman, said when asked about the figures at a regular briefing."),
        ("partnership", "asserted", "During a state visit to Moscow in March, Xi Jinping told Vladimir Putin that the comprehensive strategic partnership between their countries was entering a new era."),
    ],
    "traps": ["European banks cutting lending (other actor)", "Sberbank yuan loans (Russia)",
              "US Treasury warning (other actor)", "EU sanctions package softened to avoid naming Chinese entities (China as object)",
              "bankers call it commercial (no denial)", "past restatement of partnership"],
    "source_event": "2023-05: Chinese state banks' exposure to Russian banks rose from $2.2bn to $9.7bn (Russian central bank data, KSE analysis); EU drafting 11th sanctions package",
    "syndication_group": None,
}

A2 = {
    "id": "u2-a2", "outlet": "northgate-ledger",
    "slug": "beijing-drone-export-controls-kyiv-garpiya-engines",
    "published": "2024-09-05T16:40:00Z",
    "title": "Beijing tightens drone-part exports as Kyiv presses over Russian attack drones",
    "dek": "Shares in Chinese drone makers slip as new licensing rules take effect; Ukraine says suppliers to Russia have been cut off",
    "authors": "Liang Qiao in Beijing and Oleh Marchuk in Kyiv",
    "section": "Trade",
    "body": [
        "New Chinese licensing rules for exports of drone engines, lasers and thermal imaging modules came into force this week, a move Ukrainian officials hope will slow the flow of components into Russia's fast-growing drone industry.",
        "Ukrainian officials claim Beijing has quietly barred several Chinese suppliers from selling engines to Russian drone makers, in what would be the first Chinese restriction aimed at Moscow since the war began.",
        "The commerce ministry said the rules were not aimed at Russia or any other country and that Beijing had imposed no sanctions on Moscow.",
        "European intelligence services believe engines made by a Chinese manufacturer power the Garpiya-3, a long-range attack drone that Russia has used against Ukrainian power plants since last winter.",
        "\"China has never provided lethal weapons to any party to the conflict and keeps strict control over exports of dual-use items,\" Lin Jian, a foreign ministry spokesman, told reporters in Beijing.",
        "Investors took the new rules in their stride. Shares in Shenzhen-listed makers of drone components fell between 1 and 3 per cent on Thursday before paring losses.",
        "Turkey and Iran, whose drones have also been used in the war, were not mentioned in the ministry's statement.",
        "Will the rules make a difference? Ukrainian investigators say components can still reach Russia through intermediaries in Central Asia, where re-exports of Chinese electronics have jumped since 2022.",
        "Washington last month added 42 Chinese companies to a trade blacklist for supplying Russia's military, a step Beijing denounced as illegal.",
    ],
    "evidence": [
        ("sanctions", "alleged", "Ukrainian officials claim Beijing has quietly barred several Chinese suppliers from selling engines to Russian drone makers, in what would be the first Chinese restriction aimed at Moscow since the war began."),
        ("sanctions", "negated", "The commerce ministry said the rules were not aimed at Russia or any other country and that Beijing had imposed no sanctions on Moscow."),
        ("military-aid", "alleged", "European intelligence services believe engines made by a Chinese manufacturer power the Garpiya-3, a long-range attack drone that Russia has used against Ukrainian power plants since last winter."),
        ("military-aid", "negated", "\"China has never provided lethal weapons to any party to the conflict and keeps strict control over exports of dual-use items,\" Lin Jian, a foreign ministry spokesman, told reporters in Beijing."),
    ],
    "traps": ["generic export controls in the lede (not on Russia)", "Turkey/Iran drones (other actor)",
              "rhetorical question", "US blacklist of Chinese companies (China as object); Beijing denounced the US step (not condemnation of Russia)",
              "Central Asia re-exports (no Chinese actor asserted)"],
    "source_event": "2024-09-01: China's export controls on certain drone components take effect; reports of Chinese-made engines in Russia's Garpiya-3 drone",
    "syndication_group": None,
}

# Wire story carried by two outlets (syndicated pair)
UN_BODY = [
    "UNITED NATIONS (Strand Wire) — China voted on Monday for a U.S.-drafted Security Council resolution that calls for a swift end to the war in Ukraine but does not criticise Russia, on the third anniversary of the full-scale invasion.",
    "The text passed with 10 votes in favour and five abstentions, from Britain, France, Denmark, Greece and Slovenia. It was the first council resolution on the war to be adopted since 2022.",
    "Hours earlier, in the General Assembly, China abstained on a resolution drafted by Ukraine and its European allies that demanded the withdrawal of Russian troops.",
    "That text, which described the conflict as a full-scale invasion and called for accountability for war crimes, was adopted with 93 votes in favour and 18 against. The United States voted against it, alongside Russia, Belarus and North Korea.",
    "\"China welcomes all efforts that are conducive to peace,\" Fu Cong, China's ambassador to the United Nations, told the council after the vote.",
    "Fu did not describe Russia's actions as aggression in his remarks, repeating instead that the \"root causes\" of the crisis needed to be addressed.",
    "Russia's envoy, Vassily Nebenzia, said the U.S. text was a step in the right direction, while European diplomats complained that it treated the victim and the aggressor alike.",
    "Washington had pushed for a quick vote after talks between U.S. and Russian officials in Riyadh last week, which Ukraine was not invited to attend.",
]
UN_EVIDENCE = [
    ("un-vote", "favor", "UNITED NATIONS (Strand Wire) — China voted on Monday for a U.S.-drafted Security Council resolution that calls for a swift end to the war in Ukraine but does not criticise Russia, on the third anniversary of the full-scale invasion."),
    ("un-vote", "abstain", "Hours earlier, in the General Assembly, China abstained on a resolution drafted by Ukraine and its European allies that demanded the withdrawal of Russian troops."),
    ("mediation", "hedged", "\"China welcomes all efforts that are conducive to peace,\" Fu Cong, China's ambassador to the United Nations, told the council after the vote."),
    ("condemnation", "negated", "Fu did not describe Russia's actions as aggression in his remarks, repeating instead that the \"root causes\" of the crisis needed to be addressed."),
]
UN_TRAPS = ["Britain/France abstentions (other actors)", "US votes against the Ukrainian text (other actor)",
            "the Ukrainian text's own condemnation language (not China)", "US-Russia talks in Riyadh (not Chinese mediation)",
            "'welcomes efforts' is support, not a concrete act (hedged)"]
UN_EVENT = "2025-02-24: UNSC resolution 2774 (US draft) adopted 10-0-5 with China in favour; UNGA resolution ES-11/7 adopted 93-18-65, China abstaining"

A3 = {
    "id": "u2-a3", "outlet": "northgate-ledger",
    "slug": "china-backs-us-security-council-text-ukraine-anniversary",
    "published": "2025-02-24T23:10:00Z",
    "title": "China backs US text at Security Council as UN marks three years of war in Ukraine",
    "dek": "Beijing sides with Washington on a resolution that does not criticise Russia, but abstains in the General Assembly",
    "authors": "Strand Wire",
    "section": "World",
    "body": UN_BODY, "evidence": UN_EVIDENCE, "traps": UN_TRAPS, "source_event": UN_EVENT,
    "syndication_group": "sg-u2-un2025",
}

# ---------------------------------------------------------------------------------------
# Outlet 2: Pacific Affairs Wire (Asian government-affairs wire, Atom)
# ---------------------------------------------------------------------------------------
B1 = {
    "id": "u2-b1", "outlet": "pacific-affairs-wire",
    "slug": "li-hui-kyiv-talks-kuleba-chinese-envoy",
    "published": "2023-05-17T14:25:00Z",
    "title": "Chinese envoy Li Hui holds talks in Kyiv on first visit since the invasion",
    "dek": "Beijing's special representative meets Ukraine's foreign minister as part of a tour that will also take him to Warsaw, Paris, Berlin and Moscow",
    "authors": "Chen Yuxin",
    "section": "China / Diplomacy",
    "body": [
        "China's special representative for Eurasian affairs, Li Hui, held talks in Kyiv on Tuesday with Ukrainian Foreign Minister Dmytro Kuleba, the most senior Chinese visit to Ukraine since Russia's invasion.",
        "The meeting followed an hour-long telephone call last month between Xi Jinping and Volodymyr Zelensky, their first conversation since the war began.",
        "Li told Kuleba that China was willing to play a constructive role in ending the fighting, according to a statement from the Chinese foreign ministry.",
        "Kuleba said he had made clear that Ukraine would not accept any proposal involving the loss of its territory or the freezing of the conflict.",
        "Beijing has never condemned the invasion. It did not do so on Tuesday either, and the ministry's statement referred only to \"the Ukraine crisis\".",
        "Li, a former ambassador to Moscow who speaks fluent Russian, is due to travel on to Poland, France, Germany and Russia.",
        "Officials in Kyiv remain wary. Beijing has kept up its partnership with Moscow, and Xi was received with full honours by Vladimir Putin in the Kremlin only two months ago.",
        "European diplomats said they would judge the trip by whether Li pressed Moscow to withdraw, rather than by the number of capitals he visited.",
    ],
    "evidence": [
        ("mediation", "asserted", "China's special representative for Eurasian affairs, Li Hui, held talks in Kyiv on Tuesday with Ukrainian Foreign Minister Dmytro Kuleba, the most senior Chinese visit to Ukraine since Russia's invasion."),
        ("mediation", "hedged", "Li told Kuleba that China was willing to play a constructive role in ending the fighting, according to a statement from the Chinese foreign ministry."),
        ("condemnation", "negated", "Beijing has never condemned the invasion."),
        ("condemnation", "negated", "It did not do so on Tuesday either, and the ministry's statement referred only to \"the Ukraine crisis\"."),
        ("partnership", "asserted", "Beijing has kept up its partnership with Moscow, and Xi was received with full honours by Vladimir Putin in the Kremlin only two months ago."),
    ],
    "traps": ["Xi-Zelensky call (bilateral, no signal)", "Kuleba's red lines (other actor)",
              "pronoun 'It' for Beijing (negated condemnation)", "European diplomats' conditions (other actor)",
              "'willing to play a constructive role' (hedged, not asserted)"],
    "source_event": "2023-05-16: Chinese special representative Li Hui meets Dmytro Kuleba in Kyiv",
    "syndication_group": None,
}

B2 = {
    "id": "u2-b2", "outlet": "pacific-affairs-wire",
    "slug": "xi-putin-beijing-summit-joint-statement-new-era",
    "published": "2024-05-16T11:05:00Z",
    "title": "Xi and Putin pledge 'new era' of ties at Beijing summit as Washington warns over machine tools",
    "dek": "The two leaders sign a lengthy joint statement; Chinese officials insist the relationship targets no third party",
    "authors": "Chen Yuxin and Kenji Arai",
    "section": "China / Diplomacy",
    "body": [
        "Xi Jinping and Vladimir Putin pledged on Thursday to deepen the comprehensive strategic partnership between China and Russia, signing a joint statement in Beijing on the first day of the Russian leader's two-day state visit.",
        "Putin, on his first foreign trip since being sworn in for a fifth term, praised what he called China's balanced position on Ukraine.",
        "Chinese officials insisted the relationship was \"not an alliance\" and was not directed against any third party.",
        "Xi told Putin that China hoped for an early restoration of peace in Europe and was ready to play a constructive role to that end.",
        "U.S. Secretary of State Antony Blinken said last month that China was the top supplier of machine tools, microelectronics and other items that Russia uses to rebuild its defence industry.",
        "Beijing rejects the accusation. It says it has not supplied weapons to either side and keeps tight control over exports of dual-use goods.",
        "Bilateral trade reached a record $240 billion last year, with Russia now the largest supplier of crude oil to China.",
        "The friendship between the two countries was declared to have \"no limits\" weeks before Russian tanks rolled into Ukraine in February 2022.",
        "Analysts in Singapore said the statement's language on Ukraine closely tracked Beijing's earlier positions and offered little that was new.",
    ],
    "evidence": [
        ("partnership", "asserted", "Xi Jinping and Vladimir Putin pledged on Thursday to deepen the comprehensive strategic partnership between China and Russia, signing a joint statement in Beijing on the first day of the Russian leader's two-day state visit."),
        ("partnership", "asserted", "The friendship between the two countries was declared to have \"no limits\" weeks before Russian tanks rolled into Ukraine in February 2022."),
        ("mediation", "hedged", "Xi told Putin that China hoped for an early restoration of peace in Europe and was ready to play a constructive role to that end."),
        ("military-aid", "alleged", "U.S. Secretary of State Antony Blinken said last month that China was the top supplier of machine tools, microelectronics and other items that Russia uses to rebuild its defence industry."),
        ("military-aid", "negated", "It says it has not supplied weapons to either side and keeps tight control over exports of dual-use goods."),
        ("military-aid", "negated", "Beijing rejects the accusation."),
    ],
    "traps": ["'not an alliance' is not a denial of partnership", "Putin praises China's position (China as object)",
              "record bilateral trade (no deliberate support asserted)", "passive-voice 'no limits' restatement",
              "pronoun 'It' for Beijing in the denial"],
    "source_event": "2024-05-16: Putin state visit to Beijing; Xi-Putin joint statement; Blinken's April 2024 machine-tools accusation",
    "syndication_group": None,
}

B3 = {
    "id": "u2-b3", "outlet": "pacific-affairs-wire",
    "slug": "un-security-council-ukraine-resolution-china-votes-yes",
    "published": "2025-02-25T02:30:00Z",
    "title": "China votes yes as Security Council adopts first Ukraine resolution since 2022",
    "dek": "Beijing abstains on a separate General Assembly text demanding Russian withdrawal",
    "authors": "Strand Wire",
    "section": "World / United Nations",
    "body": UN_BODY, "evidence": UN_EVIDENCE, "traps": UN_TRAPS, "source_event": UN_EVENT,
    "syndication_group": "sg-u2-un2025",
}

# ---------------------------------------------------------------------------------------
# Outlet 3: Commons Policy Forum (think-tank commentary, Ghost-like theme, RSS 2.0)
# ---------------------------------------------------------------------------------------
C1 = {
    "id": "u2-c1", "outlet": "commons-forum",
    "slug": "hollow-middle-china-neutrality-ukraine-four-months",
    "published": "2022-06-27T08:00:00Z",
    "title": "The hollow middle: what China's neutrality has meant for Ukraine so far",
    "dek": "Four months into the war, Beijing's balancing act is tilting one way",
    "authors": "Amara Okafor",
    "section": "Commentary",
    "body": [
        "Four months into the war, Beijing still refuses to call Russia's assault on Ukraine an invasion.",
        "Its diplomats speak of \"the Ukraine issue\" and of NATO's responsibility for it, and its state broadcaster has carried Russian defence ministry briefings almost verbatim.",
        "At the United Nations, China's record has been consistent. In March it abstained when the General Assembly demanded that Russia withdraw its forces.",
        "In April, when the assembly voted to suspend Russia from the Human Rights Council, China voted no.",
        "So far, Western officials say, there is no evidence that China has sent weapons to Russia.",
        "Would Beijing really risk secondary sanctions, and its access to European markets, to keep Russian artillery firing?",
        "The economic picture is murkier. Beijing may yet decide to throw Moscow a financial lifeline if Western sanctions bite harder this winter.",
        "India, too, has bought discounted Russian oil in large quantities, and Delhi has abstained on every assembly vote so far.",
        "Nor has the pre-war declaration of a friendship \"without limits\" been withdrawn. Chinese officials repeat it whenever they are asked.",
        "Chinese diplomats say Beijing stands ready to help the two sides find a negotiated way out.",
        "None of this adds up to neutrality. It adds up to a bet that Russia can be kept afloat without paying a price in Europe.",
    ],
    "evidence": [
        ("condemnation", "negated", "Four months into the war, Beijing still refuses to call Russia's assault on Ukraine an invasion."),
        ("un-vote", "abstain", "In March it abstained when the General Assembly demanded that Russia withdraw its forces."),
        ("un-vote", "against", "In April, when the assembly voted to suspend Russia from the Human Rights Council, China voted no."),
        ("military-aid", "negated", "So far, Western officials say, there is no evidence that China has sent weapons to Russia."),
        ("economic-support", "hedged", "Beijing may yet decide to throw Moscow a financial lifeline if Western sanctions bite harder this winter."),
        ("partnership", "asserted", "Nor has the pre-war declaration of a friendship \"without limits\" been withdrawn."),
        ("partnership", "asserted", "Chinese officials repeat it whenever they are asked."),
        ("mediation", "hedged", "Chinese diplomats say Beijing stands ready to help the two sides find a negotiated way out."),
    ],
    "traps": ["rhetorical question about arming Russia", "India oil purchases and abstentions (other actor)",
              "double negation: declaration not withdrawn (asserted)", "pronoun 'it' for China in the vote sentence",
              "'stands ready' (hedged)", "state broadcaster relaying Russian briefings (no signal)"],
    "source_event": "2022-03-02 UNGA ES-11/1 (China abstains); 2022-04-07 UNGA ES-11/3 suspending Russia from the HRC (China votes against)",
    "syndication_group": None,
}

C2 = {
    "id": "u2-c2", "outlet": "commons-forum",
    "slug": "after-burgenstock-beijing-peace-track",
    "published": "2024-06-19T09:30:00Z",
    "title": "After Bürgenstock: Beijing's parallel peace track and what it leaves out",
    "dek": "China skipped the Swiss summit and is promoting its own paper with Brazil. Kyiv should read it closely.",
    "authors": "Tomasz Wierzbicki",
    "section": "Commentary",
    "body": [
        "More than ninety countries gathered at the Bürgenstock resort above Lake Lucerne last weekend for a summit on peace in Ukraine that Russia was not invited to attend.",
        "China was not among them. Instead, together with Brazil, China published a six-point \"common understanding\" in May calling for an international peace conference recognised by both Russia and Ukraine.",
        "Brazil's president, Luiz Inácio Lula da Silva, has since urged other countries of the global South to sign up to the paper.",
        "Wang Yi has said China is ready to support a peace conference \"at an appropriate time\".",
        "Volodymyr Zelensky, for his part, accused Beijing before the summit of lobbying other governments to stay away.",
        "Swiss and Ukrainian diplomats maintain that Chinese officials, in private, have called the assault on Ukraine an act of aggression.",
        "In public, Beijing has never called it an invasion.",
        "Should Beijing begin supplying weapons to Moscow, the European Union has warned, relations with Europe would suffer lasting damage.",
        "The six points say nothing about the withdrawal of Russian forces. That omission, rather than the venue, is the real obstacle.",
    ],
    "evidence": [
        ("mediation", "asserted", "Instead, together with Brazil, China published a six-point \"common understanding\" in May calling for an international peace conference recognised by both Russia and Ukraine."),
        ("mediation", "hedged", "Wang Yi has said China is ready to support a peace conference \"at an appropriate time\"."),
        ("condemnation", "alleged", "Swiss and Ukrainian diplomats maintain that Chinese officials, in private, have called the assault on Ukraine an act of aggression."),
        ("condemnation", "negated", "In public, Beijing has never called it an invasion."),
        ("military-aid", "hedged", "Should Beijing begin supplying weapons to Moscow, the European Union has warned, relations with Europe would suffer lasting damage."),
    ],
    "traps": ["Swiss summit hosted by Switzerland (other actor)", "Lula urging others (Brazil)",
              "Zelensky's lobbying accusation (no signal)", "conditional 'Should Beijing begin supplying' (hedged)",
              "third-party claim of private condemnation (alleged)", "'China was not among them' (attendance, no signal)"],
    "source_event": "2024-06-15/16: Bürgenstock summit on peace in Ukraine without China; 2024-05-23 China-Brazil six-point common understanding",
    "syndication_group": None,
}

C3 = {
    "id": "u2-c3", "outlet": "commons-forum",
    "slug": "nothing-but-rhetoric-fu-cong-brussels",
    "published": "2023-04-07T07:15:00Z",
    "title": "'Nothing but rhetoric'? Parsing Beijing's charm offensive in Brussels",
    "dek": "China's envoy to the EU has disowned the 'no limits' slogan. The record since February 2022 tells a more complicated story.",
    "authors": "Amara Okafor",
    "section": "Analysis",
    "body": [
        "China's ambassador to the European Union, Fu Cong, said this week that the \"no limits\" friendship proclaimed by Xi Jinping and Vladimir Putin in February 2022 was \"nothing but rhetoric\".",
        "It was a striking line from a senior diplomat, and it was clearly written for a European audience that has grown impatient with Beijing.",
        "Yet only a fortnight earlier Xi stood beside Putin in the Kremlin and signed a joint statement pledging to deepen the two countries' partnership for a new era.",
        "\"We do not provide military assistance to Russia,\" Fu said in the same interview.",
        "Fu insisted that China was not on Russia's side, but he stopped short of calling the war an invasion.",
        "The European Commission says Chinese firms are helping Russia evade sanctions by re-exporting Western electronics and machinery through Hong Kong.",
        "In February, Beijing abstained again when the General Assembly marked the war's first anniversary with a call for Russian withdrawal.",
        "China's twelve-point position paper, published on the same anniversary, remains its only formal proposal for ending the war.",
        "Does Beijing want to be seen as neutral, or merely as less committed than it was? Europe's leaders, several of whom are travelling to China this month, should ask.",
        "French President Emmanuel Macron has said he wants China to help bring Russia \"to its senses\".",
    ],
    "evidence": [
        ("partnership", "negated", "China's ambassador to the European Union, Fu Cong, said this week that the \"no limits\" friendship proclaimed by Xi Jinping and Vladimir Putin in February 2022 was \"nothing but rhetoric\"."),
        ("partnership", "asserted", "Yet only a fortnight earlier Xi stood beside Putin in the Kremlin and signed a joint statement pledging to deepen the two countries' partnership for a new era."),
        ("military-aid", "negated", "\"We do not provide military assistance to Russia,\" Fu said in the same interview."),
        ("condemnation", "negated", "Fu insisted that China was not on Russia's side, but he stopped short of calling the war an invasion."),
        ("economic-support", "alleged", "The European Commission says Chinese firms are helping Russia evade sanctions by re-exporting Western electronics and machinery through Hong Kong."),
        ("un-vote", "abstain", "In February, Beijing abstained again when the General Assembly marked the war's first anniversary with a call for Russian withdrawal."),
        ("mediation", "asserted", "China's twelve-point position paper, published on the same anniversary, remains its only formal proposal for ending the war."),
    ],
    "traps": ["'not on Russia's side' is not condemnation", "Macron wants China to help (China as object, other actor)",
              "rhetorical question", "quoted denial with 'We' (negated)", "past published plan restated (asserted)"],
    "source_event": "2023-04: Fu Cong interview calling 'no limits' nothing but rhetoric; 2023-03-21 Xi-Putin Moscow joint statement; 2023-02-23 UNGA ES-11/6",
    "syndication_group": None,
}

ARTICLES = [A1, A2, A3, B1, B2, B3, C1, C2, C3]
