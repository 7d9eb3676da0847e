"""Article texts and labels of the held-out corpus (read by build.py). Standard library only.

Each article: id, outlet, slug, published (UTC ISO), title, dek, author(s), body (paragraphs
separated by a blank line), labels [(signal, state-or-value, sentence)], syndication_group,
source_event, traps, caption(s). Sentences must occur verbatim in the body (build.py checks).
Every event past mid-2024 and every named small bank/firm is invented for the test.
"""

ARTICLES = [
# ------------------------------------------------------------------ continental-wire (wire)
dict(
    id="h-001", outlet="continental-wire", published="2022-03-24T19:40:00Z",
    slug="un-assembly-humanitarian-resolution-china-abstains",
    title="UN assembly blames Russia for Ukraine humanitarian crisis; China abstains again",
    dek="A rival text backed by South Africa fails to come to a vote; India also sits out",
    authors=["Ines Marchetti"], editors="Editing by Paul Sandoval",
    caption="Delegates look at the vote tally board in the General Assembly hall in New York.",
    credit="CONTINENTAL WIRE/Darius Okoye",
    body="""UNITED NATIONS, March 24 (Continental Wire) - The U.N. General Assembly on Thursday adopted a resolution holding Russia responsible for a worsening humanitarian crisis in Ukraine and demanding protection for civilians, shelters and hospitals, with 140 countries voting in favour.

Five countries voted against and 38 abstained. China was among the abstentions. It also abstained on March 2, when the assembly demanded that Moscow withdraw its forces.

Russia, Belarus, Eritrea, North Korea and Syria voted no. India, which has kept up purchases of Russian oil and arms, abstained as well, as did South Africa, whose own draft on the humanitarian situation made no mention of Russia's role and did not come to a vote.

China's deputy ambassador, Dai Bing, told the chamber that Beijing had abstained because the text went beyond humanitarian issues and would not help the parties reach a ceasefire.

Dai did not criticise Moscow's military operation and repeated China's call for the "legitimate security concerns of all countries" to be taken seriously. Beijing has refused to describe Russia's attack as an invasion.

U.S. Ambassador Linda Thomas-Greenfield said the vote showed Russia's isolation and urged countries that had abstained, naming China, to use their influence with Moscow to end the war.

Assembly resolutions are not legally binding but carry political weight. A day earlier, a Russian-drafted text in the Security Council that did not mention Moscow's role failed to win enough support.

The fighting has driven more than 3.6 million people to flee Ukraine, according to the U.N. refugee agency.""",
    labels=[
        ("un-vote", "abstain", "China was among the abstentions."),
        ("un-vote", "abstain", "It also abstained on March 2, when the assembly demanded that Moscow withdraw its forces."),
        ("un-vote", "abstain", "China's deputy ambassador, Dai Bing, told the chamber that Beijing had abstained because the text went beyond humanitarian issues and would not help the parties reach a ceasefire."),
        ("condemnation", "negated", "Dai did not criticise Moscow's military operation and repeated China's call for the \"legitimate security concerns of all countries\" to be taken seriously."),
        ("condemnation", "negated", "Beijing has refused to describe Russia's attack as an invasion."),
    ],
    syndication_group=None,
    source_event="2022-03-24: UN General Assembly resolution ES-11/2 on the humanitarian consequences of the aggression against Ukraine adopted 140-5-38; China abstained",
    traps=["pronoun 'It also abstained' refers to China", "India and South Africa abstain (wrong actor)",
           "Russia, North Korea vote no (wrong actor)", "U.S. urges China to use influence (China as object)",
           "restates the baseline only"],
),
dict(
    id="h-002", outlet="continental-wire", published="2023-04-26T17:20:00Z",
    slug="xi-zelenskiy-call-china-names-ukraine-envoy",
    title="Xi holds first call with Zelenskiy since invasion, names envoy for Ukraine talks",
    dek="Beijing to send former ambassador to Moscow Li Hui; Kyiv calls the hour-long call meaningful",
    authors=["Liang Wen", "Olena Harchenko"],
    editors="Additional reporting by Tomasz Brzezicki in Warsaw; Editing by Mark Devereux",
    caption="Chinese President Xi Jinping attends a ceremony at the Great Hall of the People in Beijing, March 2023.",
    credit="CONTINENTAL WIRE/Ju Peng/File Photo",
    body="""BEIJING/KYIV, April 26 (Continental Wire) - Chinese President Xi Jinping spoke by phone with Ukrainian President Volodymyr Zelenskiy on Wednesday for the first time since Russia invaded Ukraine and said Beijing would send a special envoy to hold talks with all parties on a political settlement.

China will dispatch Li Hui, a former ambassador to Moscow who now serves as its special representative for Eurasian affairs, to Ukraine and other countries, Chinese state media said, citing the readout of the call.

"Dialogue and negotiation are the only viable way out," Xi was quoted as saying. He said China would not add fuel to the fire or seek to profit from the crisis.

Zelenskiy described the call as long and meaningful and said on Twitter that Ukraine had also named a new ambassador to Beijing.

The readout did not describe the conflict as a war, and Xi did not condemn Russia's invasion during the call, according to the Chinese account.

The call came two months after Beijing published a 12-point position paper calling for a ceasefire and peace talks, which Western governments criticised for not requiring Russian forces to leave Ukrainian territory.

Kremlin spokesman Dmitry Peskov said Moscow noted Beijing's readiness to help, while a White House spokesman said it was too early to say whether the call would lead to a meaningful peace movement.

Xi visited Moscow in March, when he and President Vladimir Putin signed statements deepening what they call a comprehensive strategic partnership.""",
    labels=[
        ("mediation", "asserted", "BEIJING/KYIV, April 26 (Continental Wire) - Chinese President Xi Jinping spoke by phone with Ukrainian President Volodymyr Zelenskiy on Wednesday for the first time since Russia invaded Ukraine and said Beijing would send a special envoy to hold talks with all parties on a political settlement."),
        ("mediation", "asserted", "China will dispatch Li Hui, a former ambassador to Moscow who now serves as its special representative for Eurasian affairs, to Ukraine and other countries, Chinese state media said, citing the readout of the call."),
        ("mediation", "hedged", "\"Dialogue and negotiation are the only viable way out,\" Xi was quoted as saying."),
        ("condemnation", "negated", "The readout did not describe the conflict as a war, and Xi did not condemn Russia's invasion during the call, according to the Chinese account."),
        ("mediation", "asserted", "The call came two months after Beijing published a 12-point position paper calling for a ceasefire and peace talks, which Western governments criticised for not requiring Russian forces to leave Ukrainian territory."),
        ("partnership", "asserted", "Xi visited Moscow in March, when he and President Vladimir Putin signed statements deepening what they call a comprehensive strategic partnership."),
    ],
    syndication_group="sg-h-envoy",
    source_event="2023-04-26: Xi Jinping's first call with Volodymyr Zelenskiy; China announces special representative Li Hui will visit Ukraine",
    traps=["'would not add fuel to the fire' is not a denial of aid", "Kremlin/White House reactions (wrong actor)",
           "past 12-point paper restated", "syndicated: same story as h-006 with another lead"],
),
dict(
    id="h-003", outlet="continental-wire", published="2023-10-07T03:10:00Z",
    slug="us-blacklists-chinese-firms-russia-military-supplies",
    title="U.S. blacklists 42 Chinese firms for supplying Russia's military; Beijing vows response",
    dek="Commerce Department says U.S.-made chips kept flowing to Russian weapons makers via Hong Kong traders",
    authors=["Dana Whitcombe", "Liang Wen"], editors="Editing by Chris Abernathy",
    caption="A Ukrainian serviceman examines fragments of a Russian cruise missile in Kharkiv.",
    credit="CONTINENTAL WIRE/Vyacheslav Madiyevskyy",
    body="""WASHINGTON/BEIJING, Oct 6 (Continental Wire) - The United States on Friday added 42 Chinese companies to a trade blacklist, saying they had supplied U.S.-origin microelectronics to Russian intermediaries for use in missiles and drones fighting in Ukraine.

The Commerce Department said the firms, most of them small trading houses in Hong Kong and Shenzhen, had kept shipping the chips after being warned, and that the parts had turned up in Russian guidance systems recovered on the battlefield.

The listing bars U.S. suppliers from selling to the companies without a licence. Seven firms in Finland, Germany, India, Turkey, the United Arab Emirates and Britain were also added.

China's commerce ministry said it firmly opposed the move and would take necessary measures to protect the legitimate rights of Chinese companies.

"China has never provided lethal weapons to any party to the conflict and strictly controls exports of dual-use items," foreign ministry spokeswoman Mao Ning told a regular briefing in Beijing.

Normal trade between Chinese and Russian companies should not be interfered with, she said.

Washington has repeatedly warned Beijing against providing material support to Moscow's war effort, and U.S. officials have said they have so far seen no evidence that the Chinese government itself is supplying weapons.

Iran has supplied Russia with Shahed attack drones, and North Korea has begun shipping artillery shells, according to U.S. officials.""",
    labels=[
        ("military-aid", "alleged", "WASHINGTON/BEIJING, Oct 6 (Continental Wire) - The United States on Friday added 42 Chinese companies to a trade blacklist, saying they had supplied U.S.-origin microelectronics to Russian intermediaries for use in missiles and drones fighting in Ukraine."),
        ("military-aid", "alleged", "The Commerce Department said the firms, most of them small trading houses in Hong Kong and Shenzhen, had kept shipping the chips after being warned, and that the parts had turned up in Russian guidance systems recovered on the battlefield."),
        ("military-aid", "negated", "\"China has never provided lethal weapons to any party to the conflict and strictly controls exports of dual-use items,\" foreign ministry spokeswoman Mao Ning told a regular briefing in Beijing."),
        ("military-aid", "negated", "Washington has repeatedly warned Beijing against providing material support to Moscow's war effort, and U.S. officials have said they have so far seen no evidence that the Chinese government itself is supplying weapons."),
    ],
    syndication_group=None,
    source_event="2023-10-06: U.S. Commerce Department adds 42 Chinese entities to the Entity List for supplying Russia's military; China's MFA and MOFCOM respond",
    traps=["U.S. blacklisting Chinese firms is not China imposing sanctions", "China 'would take necessary measures' against the U.S. (not sanctions on Russia)",
           "'warned Beijing against providing' (China as object, hypothetical)", "Iran drones, North Korea shells (wrong actor)",
           "'normal trade' is not economic support"],
),
dict(
    id="h-004", outlet="continental-wire", published="2024-08-20T10:30:00Z",
    slug="chinese-border-bank-yuan-rouble-channel-russian-importers",
    title="Chinese border bank opens yuan-rouble channel for Russian importers shunned by big lenders",
    dek="Suifenhe Frontier Bank says the route was cleared by the central bank; Washington warns of secondary sanctions",
    authors=["Zhou Minyi"], editors="Editing by Andrea Kessler",
    caption="A freight train carrying containers crosses the border at Suifenhe, Heilongjiang province.",
    credit="CONTINENTAL WIRE/Stringer/File Photo",
    body="""BEIJING, Aug 20 (Continental Wire) - A Chinese state-owned regional lender, Suifenhe Frontier Bank, has opened a dedicated yuan-rouble settlement channel for Russian importers whose payments have been rejected by larger Chinese banks, the bank said on Tuesday, in a move to keep trade flowing despite the threat of U.S. secondary sanctions.

The channel will process payments in the two currencies without touching the dollar system and was set up with the approval of the People's Bank of China, the lender said in a statement.

Russian companies have struggled since late 2023 to pay Chinese suppliers after large banks, wary of being cut off from dollar clearing, began returning transfers. Washington in December authorised sanctions on foreign banks that facilitate transactions for Russia's military-industrial base.

Until now, payments for Chinese goods had been routed through chains of intermediaries in third countries, traders said, adding weeks to deliveries.

Asked about the channel, a foreign ministry spokesman said cooperation between Chinese and Russian firms was not targeted at any third party and should not be disrupted. He repeated that China had never provided lethal weapons to any party to the conflict.

China has not joined Western sanctions on Russia and says only measures authorised by the U.N. Security Council are legitimate.

Bilateral trade reached a record $240.1 billion in 2023, Chinese customs data show, though it fell in the first half of this year as payment problems mounted.

The U.S. Treasury said it was aware of the reports and would not hesitate to act against financial institutions that help Russia evade sanctions.""",
    labels=[
        ("economic-support", "asserted", "BEIJING, Aug 20 (Continental Wire) - A Chinese state-owned regional lender, Suifenhe Frontier Bank, has opened a dedicated yuan-rouble settlement channel for Russian importers whose payments have been rejected by larger Chinese banks, the bank said on Tuesday, in a move to keep trade flowing despite the threat of U.S. secondary sanctions."),
        ("economic-support", "asserted", "The channel will process payments in the two currencies without touching the dollar system and was set up with the approval of the People's Bank of China, the lender said in a statement."),
        ("military-aid", "negated", "He repeated that China had never provided lethal weapons to any party to the conflict."),
        ("sanctions", "negated", "China has not joined Western sanctions on Russia and says only measures authorised by the U.N. Security Council are legitimate."),
    ],
    syndication_group=None,
    source_event="invented scenario: a Chinese state-owned border bank announces a yuan-rouble payment channel for Russian importers, approved by the PBOC",
    traps=["U.S. secondary sanctions threat (wrong actor)", "record trade figure alone is not economic support",
           "passive 'payments had been routed' without China as agent", "U.S. Treasury hypothetical"],
),
dict(
    id="h-005", outlet="continental-wire", published="2025-02-24T23:05:00Z",
    slug="security-council-us-text-ending-war-china-votes-in-favour",
    title="China backs U.S.-drafted Security Council text on ending war, abstains in assembly",
    dek="Europeans abstain in the council after Russia vetoes amendments naming it the aggressor",
    authors=["Ines Marchetti"], editors="Editing by Paul Sandoval and Rosalind Tate",
    caption="Members of the Security Council vote on a draft resolution on the third anniversary of Russia's invasion of Ukraine.",
    credit="CONTINENTAL WIRE/Darius Okoye",
    body="""UNITED NATIONS, Feb 24 (Continental Wire) - The U.N. Security Council on Monday adopted a U.S.-drafted resolution calling for a swift end to the war in Ukraine, with China voting in favour of a text that made no judgment on Russia's role in starting the conflict.

The resolution passed 10-0, with Britain, France, Denmark, Greece and Slovenia abstaining after their amendments describing Russia as the aggressor were vetoed by Moscow.

Hours earlier, the General Assembly adopted a European-backed resolution demanding the withdrawal of Russian troops by 93 votes to 18, with 65 abstentions. The United States voted against it alongside Russia, Belarus, Hungary and North Korea.

China abstained in that vote, as it has on most assembly resolutions since the invasion began three years ago.

China's ambassador, Fu Cong, said Beijing supported "all efforts that are conducive to peace" and would continue to play a constructive role in seeking a political settlement.

Fu did not refer to the invasion, and Beijing has never condemned Russia over it.

President Donald Trump has pressed for a quick deal with Moscow, and U.S. and Russian officials met in Riyadh last week without Ukraine present.""",
    labels=[
        ("un-vote", "favor", "UNITED NATIONS, Feb 24 (Continental Wire) - The U.N. Security Council on Monday adopted a U.S.-drafted resolution calling for a swift end to the war in Ukraine, with China voting in favour of a text that made no judgment on Russia's role in starting the conflict."),
        ("un-vote", "abstain", "China abstained in that vote, as it has on most assembly resolutions since the invasion began three years ago."),
        ("mediation", "hedged", "China's ambassador, Fu Cong, said Beijing supported \"all efforts that are conducive to peace\" and would continue to play a constructive role in seeking a political settlement."),
        ("condemnation", "negated", "Fu did not refer to the invasion, and Beijing has never condemned Russia over it."),
    ],
    syndication_group=None,
    source_event="2025-02-24: UN Security Council resolution 2774 (U.S. draft) adopted 10-0-5 with China in favour; UNGA resolution ES-11/7 adopted 93-18-65 with China abstaining",
    traps=["U.S., Hungary, North Korea vote against (wrong actor)", "European states abstain (wrong actor)",
           "'that vote' refers back to the assembly vote", "Trump presses for a deal (wrong actor mediation)"],
),
# ------------------------------------------------------------------ northlight-news (modern)
dict(
    id="h-011", outlet="northlight-news", published="2022-03-18T21:30:00Z",
    slug="biden-xi-video-call-consequences-material-support",
    title="Biden warns Xi of consequences if China gives Russia material support",
    dek="The two leaders spoke for nearly two hours; Beijing's readout does not mention Russia by name",
    authors=["Rachel Amundsen"],
    bio="Rachel Amundsen covers the White House and U.S. foreign policy for Northlight. She previously reported from Seoul and Taipei.",
    caption="President Joe Biden speaks with Chinese leader Xi Jinping from the Situation Room.",
    credit="(Photo: White House via AP)",
    body="""President Joe Biden warned Chinese leader Xi Jinping on Friday that Beijing would face "implications and consequences" if it provided material support to Russia's war in Ukraine, the White House said after a video call that lasted nearly two hours.

U.S. officials said earlier this week that Moscow had asked Beijing for military equipment, including drones, and for economic help, and that China had signalled openness to providing some assistance.

Beijing denied receiving any such request and called the reports disinformation.

According to the Chinese readout, Xi told Biden that relations between the two countries should not be allowed to drift and that conflict and confrontation were in no one's interest.

The readout did not mention Russia by name, and Xi did not condemn the invasion.

Xi said sweeping and indiscriminate sanctions would only make ordinary people suffer, reiterating China's opposition to the penalties imposed by Western countries, which Beijing has declined to join.

White House press secretary Jen Psaki said Biden had not made specific requests of Xi but had described the measures Washington and its allies had imposed on Russia.

The call was the first between the two leaders since November.""",
    labels=[
        ("military-aid", "hedged", "President Joe Biden warned Chinese leader Xi Jinping on Friday that Beijing would face \"implications and consequences\" if it provided material support to Russia's war in Ukraine, the White House said after a video call that lasted nearly two hours."),
        ("military-aid", "hedged", "U.S. officials said earlier this week that Moscow had asked Beijing for military equipment, including drones, and for economic help, and that China had signalled openness to providing some assistance."),
        ("economic-support", "hedged", "U.S. officials said earlier this week that Moscow had asked Beijing for military equipment, including drones, and for economic help, and that China had signalled openness to providing some assistance."),
        ("military-aid", "negated", "Beijing denied receiving any such request and called the reports disinformation."),
        ("condemnation", "negated", "The readout did not mention Russia by name, and Xi did not condemn the invasion."),
        ("sanctions", "negated", "Xi said sweeping and indiscriminate sanctions would only make ordinary people suffer, reiterating China's opposition to the penalties imposed by Western countries, which Beijing has declined to join."),
    ],
    syndication_group=None,
    source_event="2022-03-18: Biden-Xi video call; White House warns of consequences for material support to Russia",
    traps=["conditional 'if it provided material support' (hedged)", "China as object of the U.S. warning",
           "China opposing sanctions is not imposing them", "Western sanctions (wrong actor)", "restates the baseline only"],
),
dict(
    id="h-012", outlet="northlight-news", published="2023-03-21T19:00:00Z",
    slug="xi-putin-kremlin-talks-new-era-partnership",
    title="Xi and Putin hail 'new era' in ties as Kremlin talks end without Ukraine breakthrough",
    dek="Two joint statements, no ceasefire: what the Moscow summit produced",
    authors=["Mikhail Sorensen"],
    bio="Mikhail Sorensen is Northlight's Moscow correspondent. He has covered Russia and Central Asia since 2014.",
    caption="Vladimir Putin and Xi Jinping shake hands at the Kremlin.",
    credit="(Photo: Sputnik/Kremlin Pool via Reuters)",
    body="""Chinese President Xi Jinping and Russian President Vladimir Putin on Tuesday pledged to deepen their "comprehensive strategic partnership," signing two joint statements after talks in the Kremlin that Putin described as frank and friendly.

Relations between Russia and China had entered a new era, Xi said, and the two countries would remain each other's priority partners.

Putin said Russia was open to negotiations and blamed Kyiv and its Western backers for the absence of talks.

Xi told Putin that China stood for dialogue and held an impartial position on the Ukraine crisis, according to Chinese state media.

In their joint statement, the two sides said their relations were not a military-political alliance and were not directed against third countries.

Japanese Prime Minister Fumio Kishida was in Kyiv on the same day, a visit seen in Tokyo as a counterpoint to Xi's trip.

U.S. Secretary of State Antony Blinken said the world should not be fooled by any Russian move to freeze the war on its own terms, and said Washington still saw signs that Beijing was considering lethal aid for Moscow.

Beijing has rejected that accusation. "China has not provided weapons to either side," foreign ministry spokesman Wang Wenbin said on Monday.""",
    labels=[
        ("partnership", "asserted", "Chinese President Xi Jinping and Russian President Vladimir Putin on Tuesday pledged to deepen their \"comprehensive strategic partnership,\" signing two joint statements after talks in the Kremlin that Putin described as frank and friendly."),
        ("partnership", "asserted", "Relations between Russia and China had entered a new era, Xi said, and the two countries would remain each other's priority partners."),
        ("mediation", "hedged", "Xi told Putin that China stood for dialogue and held an impartial position on the Ukraine crisis, according to Chinese state media."),
        ("military-aid", "hedged", "U.S. Secretary of State Antony Blinken said the world should not be fooled by any Russian move to freeze the war on its own terms, and said Washington still saw signs that Beijing was considering lethal aid for Moscow."),
        ("military-aid", "negated", "Beijing has rejected that accusation."),
        ("military-aid", "negated", "\"China has not provided weapons to either side,\" foreign ministry spokesman Wang Wenbin said on Monday."),
    ],
    syndication_group=None,
    source_event="2023-03-21: Xi-Putin talks in Moscow; joint statements on the comprehensive strategic partnership for a new era",
    traps=["'not a military-political alliance' is not a denial of the partnership", "Putin on negotiations (wrong actor)",
           "Kishida in Kyiv (wrong actor)", "'that accusation' refers back to lethal aid", "restates the baseline only"],
),
dict(
    id="h-013", outlet="northlight-news", published="2024-04-19T14:00:00Z",
    slug="us-intelligence-china-machine-tools-optics-russia-defence",
    title="China is helping rebuild Russia's defence industry, U.S. officials say",
    dek="Intelligence assessments point to machine tools, microelectronics and optics; Beijing says it controls dual-use exports",
    authors=["Rachel Amundsen", "Tae-yang Park"],
    bio="Tae-yang Park covers national security and intelligence for Northlight from Washington.",
    caption="A destroyed Russian tank near Lyman in eastern Ukraine.",
    credit="(Photo: Getty Images)",
    body="""China has stepped up sales of machine tools, microelectronics and optics that Russia uses to build missiles, tanks and aircraft, according to U.S. intelligence assessments described by senior officials on Friday.

In the first quarter of this year, about 90 percent of Russia's microelectronics imports came from China, the officials said, and Chinese and Russian firms were working together to produce drones inside Russia.

They said they had seen no evidence that Beijing was sending finished weapons. Without that help, they said, Moscow would have struggled to sustain its assault on Ukraine.

Secretary of State Antony Blinken is expected to raise the issue when he visits Beijing next week. Washington has urged Beijing to stop the flow of components and warned that Chinese firms could face further sanctions.

"We have never provided lethal weapons to any party to the conflict, and we strictly control the export of dual-use items," Chinese foreign ministry spokesman Wang Wenbin said in response.

North Korea has sent Russia millions of artillery shells and dozens of ballistic missiles, while Iran has provided Shahed drones and helped build a factory to make them in Tatarstan, the officials said.

European officials have made similar complaints, and the European Union is preparing to list more Chinese and Hong Kong companies in its next package of sanctions.""",
    labels=[
        ("military-aid", "alleged", "China has stepped up sales of machine tools, microelectronics and optics that Russia uses to build missiles, tanks and aircraft, according to U.S. intelligence assessments described by senior officials on Friday."),
        ("military-aid", "alleged", "In the first quarter of this year, about 90 percent of Russia's microelectronics imports came from China, the officials said, and Chinese and Russian firms were working together to produce drones inside Russia."),
        ("military-aid", "negated", "They said they had seen no evidence that Beijing was sending finished weapons."),
        ("military-aid", "alleged", "Without that help, they said, Moscow would have struggled to sustain its assault on Ukraine."),
        ("military-aid", "negated", "\"We have never provided lethal weapons to any party to the conflict, and we strictly control the export of dual-use items,\" Chinese foreign ministry spokesman Wang Wenbin said in response."),
    ],
    syndication_group=None,
    source_event="2024-04-19: U.S. officials brief on Chinese support for Russia's defence industrial base ahead of Blinken's visit to China",
    traps=["'according to U.S. intelligence' (alleged, not asserted)", "'We have never provided' spokesperson denial (negated)",
           "North Korea shells and Iran drones (wrong actor)", "'Washington has urged Beijing' (China as object)",
           "EU sanctions on Chinese firms (wrong actor)"],
),
dict(
    id="h-014", outlet="northlight-news", published="2025-07-09T08:45:00Z",
    slug="china-blacklists-russian-firms-drone-engines-military-use",
    title="China blacklists three Russian firms after finding its drone engines in military use",
    dek="First restrictions by Beijing on Russian entities since the invasion; Kyiv says it falls short",
    authors=["Hu Xiaolan"],
    bio="Hu Xiaolan is Northlight's China correspondent, based in Beijing. She writes about Chinese diplomacy and trade.",
    caption="Wreckage of a long-range attack drone shot down over Kyiv region.",
    credit="(Photo: Ukrainian Air Force/Handout via Reuters)",
    body="""China's commerce ministry on Wednesday placed three Russian companies on its export control list, barring Chinese exporters from selling them dual-use goods, after an investigation found that engines supplied by Chinese firms had ended up in Russian military drones.

The ministry said in a statement that two Chinese exporters had sold piston engines and flight-control modules to the companies, which then passed them to a plant in Yelabuga that assembles long-range attack drones for the Russian army.

It is the first time Beijing has imposed restrictions on Russian entities since the invasion of Ukraine in February 2022.

The ministry said the two exporters had violated the terms of their licences and would be fined. It did not name them.

A foreign ministry spokeswoman, Mao Ning, said the decision had been taken under Chinese law and was not a response to pressure from any other country. "China does not accept unilateral sanctions that have no basis in international law," she said.

Western governments had for years accused Chinese companies of supplying components for Russia's war, and the European Union has sanctioned several Chinese firms.

Ukraine's foreign ministry welcomed the move but said it fell far short of what was needed, and urged Beijing to halt all dual-use exports to Russia.

Russia's embassy in Beijing said the companies were civilian manufacturers and that it would seek clarification.""",
    labels=[
        ("sanctions", "asserted", "China's commerce ministry on Wednesday placed three Russian companies on its export control list, barring Chinese exporters from selling them dual-use goods, after an investigation found that engines supplied by Chinese firms had ended up in Russian military drones."),
        ("military-aid", "asserted", "China's commerce ministry on Wednesday placed three Russian companies on its export control list, barring Chinese exporters from selling them dual-use goods, after an investigation found that engines supplied by Chinese firms had ended up in Russian military drones."),
        ("military-aid", "asserted", "The ministry said in a statement that two Chinese exporters had sold piston engines and flight-control modules to the companies, which then passed them to a plant in Yelabuga that assembles long-range attack drones for the Russian army."),
        ("sanctions", "asserted", "It is the first time Beijing has imposed restrictions on Russian entities since the invasion of Ukraine in February 2022."),
        ("military-aid", "alleged", "Western governments had for years accused Chinese companies of supplying components for Russia's war, and the European Union has sanctioned several Chinese firms."),
    ],
    syndication_group=None,
    source_event="invented scenario: China's commerce ministry adds three Russian firms to its export control list after finding Chinese drone engines in Russian military drones",
    traps=["China confirms Chinese firms' supplies (asserted, rare)", "'does not accept unilateral sanctions' is not a refusal of its own measure",
           "EU sanctions on Chinese firms (wrong actor)", "Ukraine urges Beijing to go further (China as object, hypothetical)",
           "pronoun 'It is the first time'"],
),
dict(
    id="h-015", outlet="northlight-news", published="2025-10-15T12:10:00Z",
    slug="zelenskiy-says-xi-called-war-aggression-beijing-position-unchanged",
    title="Zelenskiy says Xi privately called the war 'an aggression'; Beijing says its position is unchanged",
    dek="Foreign ministry says China has never condemned any party; envoy Li Hui to tour Europe again",
    authors=["Hu Xiaolan", "Oksana Melnyk"],
    bio="Oksana Melnyk reports for Northlight from Kyiv, where she has covered the war since 2022.",
    caption="Ukrainian President Volodymyr Zelenskiy speaks to reporters in Kyiv.",
    credit="(Photo: Efrem Lukatsky/AP)",
    body="""Ukrainian President Volodymyr Zelenskiy said on Wednesday that Chinese President Xi Jinping had described Russia's war as an act of aggression during a phone call between the two leaders last week.

Beijing has never used that word about the war in public.

"He told me that this is an aggression and that it has to end," Zelenskiy told reporters in Kyiv, adding that he had asked Xi to use China's influence over Moscow.

Asked about the remark, foreign ministry spokesman Guo Jiakun said China's position on the Ukraine crisis was "consistent and clear" and had not changed. "China has never condemned any party and will not take sides," Guo said.

Guo added that the government's special envoy for Eurasian affairs, Li Hui, would travel to Berlin, Paris and Warsaw next month for another round of shuttle diplomacy on a ceasefire.

European diplomats said they saw no sign of a broader shift in China's stance.

Russian foreign ministry spokeswoman Maria Zakharova called Zelenskiy's account a fabrication designed to drive a wedge between Moscow and Beijing.

Kyiv has pressed China for months to condemn the invasion, and Zelenskiy has previously accused Beijing of helping Russia by supplying drone components.""",
    labels=[
        ("condemnation", "alleged", "Ukrainian President Volodymyr Zelenskiy said on Wednesday that Chinese President Xi Jinping had described Russia's war as an act of aggression during a phone call between the two leaders last week."),
        ("condemnation", "negated", "Beijing has never used that word about the war in public."),
        ("condemnation", "alleged", "\"He told me that this is an aggression and that it has to end,\" Zelenskiy told reporters in Kyiv, adding that he had asked Xi to use China's influence over Moscow."),
        ("condemnation", "negated", "\"China has never condemned any party and will not take sides,\" Guo said."),
        ("mediation", "asserted", "Guo added that the government's special envoy for Eurasian affairs, Li Hui, would travel to Berlin, Paris and Warsaw next month for another round of shuttle diplomacy on a ceasefire."),
        ("military-aid", "alleged", "Kyiv has pressed China for months to condemn the invasion, and Zelenskiy has previously accused Beijing of helping Russia by supplying drone components."),
    ],
    syndication_group=None,
    source_event="invented scenario: Zelenskiy says Xi called the war an aggression in a private call; MFA says position unchanged, envoy to tour Europe",
    traps=["Zelenskiy's account of Xi (alleged condemnation)", "'Kyiv has pressed China to condemn' (China as object, not condemnation)",
           "Zakharova (wrong actor)", "'the government's special envoy' refers to China", "'position unchanged' alone is no evidence"],
),
# ------------------------------------------------------------------ riverbend-journal (blog)
dict(
    id="h-006", outlet="riverbend-journal", published="2023-04-27T08:15:00Z",
    slug="china-to-send-envoy-to-ukraine-after-xi-zelenskiy-call",
    title="China to send envoy to Ukraine after Xi's first call with Zelenskiy",
    dek="",
    authors=["Riverbend Wire Desk"],
    caption="Xi Jinping at the Great Hall of the People.",
    credit="(Photo: Reuters)",
    body="""Beijing is sending a special envoy to Ukraine, Chinese leader Xi Jinping told Volodymyr Zelenskiy on Wednesday in their first conversation since Russian troops crossed the border in February 2022.

China will dispatch Li Hui, a former ambassador to Moscow who now serves as its special representative for Eurasian affairs, to Ukraine and other countries, Chinese state media said, citing the readout of the call.

"Dialogue and negotiation are the only viable way out," Xi was quoted as saying. He said China would not add fuel to the fire or seek to profit from the crisis.

Zelenskiy described the call as long and meaningful and said on Twitter that Ukraine had also named a new ambassador to Beijing.

The readout did not describe the conflict as a war, and Xi did not condemn Russia's invasion during the call, according to the Chinese account.

The call came two months after Beijing published a 12-point position paper calling for a ceasefire and peace talks, which Western governments criticised for not requiring Russian forces to leave Ukrainian territory.

Kremlin spokesman Dmitry Peskov said Moscow noted Beijing's readiness to help, while a White House spokesman said it was too early to say whether the call would lead to a meaningful peace movement.

Xi visited Moscow in March, when he and President Vladimir Putin signed statements deepening what they call a comprehensive strategic partnership.""",
    labels=[
        ("mediation", "asserted", "Beijing is sending a special envoy to Ukraine, Chinese leader Xi Jinping told Volodymyr Zelenskiy on Wednesday in their first conversation since Russian troops crossed the border in February 2022."),
        ("mediation", "asserted", "China will dispatch Li Hui, a former ambassador to Moscow who now serves as its special representative for Eurasian affairs, to Ukraine and other countries, Chinese state media said, citing the readout of the call."),
        ("mediation", "hedged", "\"Dialogue and negotiation are the only viable way out,\" Xi was quoted as saying."),
        ("condemnation", "negated", "The readout did not describe the conflict as a war, and Xi did not condemn Russia's invasion during the call, according to the Chinese account."),
        ("mediation", "asserted", "The call came two months after Beijing published a 12-point position paper calling for a ceasefire and peace talks, which Western governments criticised for not requiring Russian forces to leave Ukrainian territory."),
        ("partnership", "asserted", "Xi visited Moscow in March, when he and President Vladimir Putin signed statements deepening what they call a comprehensive strategic partnership."),
    ],
    syndication_group="sg-h-envoy",
    source_event="2023-04-26: Xi Jinping's first call with Volodymyr Zelenskiy; China announces special representative Li Hui will visit Ukraine",
    traps=["syndicated copy of h-002 with its own lead and a republication note", "republication note is boilerplate, not body"],
    syndicated_from="continental-wire",
),
dict(
    id="h-007", outlet="riverbend-journal", published="2023-02-19T11:00:00Z",
    slug="munich-wang-yi-peace-proposal-blinken-lethal-aid-warning",
    title="At Munich, Wang Yi promises a peace proposal while Washington warns of Chinese arms",
    dek="",
    authors=["Hannah Ferris"],
    caption="Wang Yi speaks at the Munich Security Conference.",
    credit="(Photo: Reuters/Wolfgang Rattay)",
    body="""China's top diplomat Wang Yi told the Munich Security Conference on Saturday that Beijing would soon put forward a position paper on a political settlement of the Ukraine crisis, but offered no details of what it would contain.

"We will stand firmly on the side of peace and dialogue," Wang said, adding that China had neither stood by idly nor added fuel to the fire.

Hours later, U.S. Secretary of State Antony Blinken told CBS that Washington had information that China was considering providing lethal support to Russia, including weapons and ammunition.

Blinken said he had warned Wang in a meeting on the sidelines of the conference that doing so would have serious consequences for relations between the two countries.

Wang accused the United States of spreading disinformation, and Chinese officials said the next day that Beijing had no plans to arm either side.

Turkey, which brokered last summer's Black Sea grain deal with the United Nations, has also offered to host new peace talks between Moscow and Kyiv.

European officials said any proposal would be judged on whether it called for Russian troops to leave Ukraine.

Wang travels to Moscow next, where he is expected to meet Vladimir Putin ahead of the first anniversary of the invasion.""",
    labels=[
        ("mediation", "hedged", "China's top diplomat Wang Yi told the Munich Security Conference on Saturday that Beijing would soon put forward a position paper on a political settlement of the Ukraine crisis, but offered no details of what it would contain."),
        ("mediation", "hedged", "\"We will stand firmly on the side of peace and dialogue,\" Wang said, adding that China had neither stood by idly nor added fuel to the fire."),
        ("military-aid", "hedged", "Hours later, U.S. Secretary of State Antony Blinken told CBS that Washington had information that China was considering providing lethal support to Russia, including weapons and ammunition."),
        ("military-aid", "hedged", "Blinken said he had warned Wang in a meeting on the sidelines of the conference that doing so would have serious consequences for relations between the two countries."),
        ("military-aid", "negated", "Wang accused the United States of spreading disinformation, and Chinese officials said the next day that Beijing had no plans to arm either side."),
    ],
    syndication_group=None,
    source_event="2023-02-18/19: Wang Yi at the Munich Security Conference announces a forthcoming position paper; Blinken says China is considering lethal support",
    traps=["planned paper (hedged, not asserted mediation)", "'doing so' refers back to lethal support (hypothetical)",
           "Turkey's grain deal and offer to host talks (wrong actor)", "reader comments claim China ships weapons",
           "restates the baseline only"],
),
dict(
    id="h-008", outlet="riverbend-journal", published="2022-11-15T09:30:00Z",
    slug="china-votes-no-un-assembly-reparations-russia",
    title="China votes no as UN assembly backs reparations from Russia",
    dek="",
    authors=["Hannah Ferris"],
    caption="The General Assembly hall during an emergency special session on Ukraine.",
    credit="(Photo: UN Photo/Evan Schneider)",
    body="""China voted against a U.N. General Assembly resolution on Monday that calls for Russia to be held accountable for violations of international law in Ukraine and to pay reparations for the damage its forces have caused.

The resolution, which recommends creating an international register of damage, was adopted with 94 votes in favour and 14 against, with 73 countries abstaining.

Russia, Belarus, Iran, Syria, North Korea, Cuba and Ethiopia were among the others that opposed the text. India, Brazil, Indonesia, Israel and South Africa abstained.

Beijing's envoy said the assembly was not a court and that the text lacked a legal basis, adding that it would complicate efforts to reach a ceasefire.

The vote marks the second time Beijing has opposed a resolution on the war; it also voted no in April when the assembly suspended Russia from the Human Rights Council.

On the main assembly resolutions condemning the invasion and the annexation of four regions, China has abstained.

China has not condemned Russia's attack and has repeatedly called for the "legitimate security concerns" of all countries to be addressed.

Ukraine's foreign minister Dmytro Kuleba thanked the countries that had voted yes and said Russia would have to pay for every destroyed home.""",
    labels=[
        ("un-vote", "against", "China voted against a U.N. General Assembly resolution on Monday that calls for Russia to be held accountable for violations of international law in Ukraine and to pay reparations for the damage its forces have caused."),
        ("un-vote", "against", "The vote marks the second time Beijing has opposed a resolution on the war; it also voted no in April when the assembly suspended Russia from the Human Rights Council."),
        ("un-vote", "abstain", "On the main assembly resolutions condemning the invasion and the annexation of four regions, China has abstained."),
        ("condemnation", "negated", "China has not condemned Russia's attack and has repeatedly called for the \"legitimate security concerns\" of all countries to be addressed."),
    ],
    syndication_group=None,
    source_event="2022-11-14: UN General Assembly resolution ES-11/5 on reparations adopted 94-14-73; China voted against",
    traps=["Iran, North Korea, Russia vote no (wrong actor)", "India, Brazil abstain (wrong actor)",
           "'it also voted no in April' (pronoun, past vote)", "resolutions 'condemning the invasion' are not China condemning"],
),
dict(
    id="h-009", outlet="riverbend-journal", published="2024-06-15T10:00:00Z",
    slug="g7-warns-chinese-banks-help-russia-war-machine",
    title="G7 leaders warn Chinese banks over help for Russia's war machine",
    dek="",
    authors=["Tobias Lindqvist"],
    caption="G7 leaders pose for a family photo at Borgo Egnazia in Apulia.",
    credit="(Photo: AP/Alessandra Tarantino)",
    body="""Leaders of the Group of Seven on Friday accused Chinese financial institutions of helping Russia evade sanctions and buy goods for its military, and threatened to act against banks that facilitate such trade.

The leaders said in their communique that Chinese exports of machine tools and microelectronics were allowing Moscow to rebuild its defence industry.

The United States this week widened its sanctions to cover foreign banks that deal with any sanctioned Russian entity, and added several Hong Kong-based companies to its list.

China's foreign ministry rejected the accusations. "Normal trade between China and Russia is not targeted at any third party, and China does not provide Russia with any financial assistance for the war," spokesman Lin Jian said.

Beijing has not joined Western sanctions against Moscow.

The G7 also agreed to use profits from frozen Russian central bank assets to back a $50 billion loan for Ukraine.

Italian Prime Minister Giorgia Meloni, the summit's host, said the group wanted to keep talking to Beijing and did not seek to harm China's development.""",
    labels=[
        ("economic-support", "alleged", "Leaders of the Group of Seven on Friday accused Chinese financial institutions of helping Russia evade sanctions and buy goods for its military, and threatened to act against banks that facilitate such trade."),
        ("military-aid", "alleged", "The leaders said in their communique that Chinese exports of machine tools and microelectronics were allowing Moscow to rebuild its defence industry."),
        ("economic-support", "negated", "\"Normal trade between China and Russia is not targeted at any third party, and China does not provide Russia with any financial assistance for the war,\" spokesman Lin Jian said."),
        ("sanctions", "negated", "Beijing has not joined Western sanctions against Moscow."),
    ],
    syndication_group=None,
    source_event="2024-06-14: G7 Apulia summit communique criticises Chinese support for Russia's war; China's MFA rejects it",
    traps=["G7 accusation (alleged)", "U.S. sanctions widened to foreign banks (wrong actor)",
           "frozen Russian assets loan (no China signal)", "Meloni on dialogue with Beijing (wrong actor)"],
),
dict(
    id="h-010", outlet="riverbend-journal", published="2025-12-03T16:20:00Z",
    slug="wang-yi-no-limits-formula-no-longer-describes-russia-ties",
    title="'No limits' is over: Wang Yi says Beijing's ties with Moscow have boundaries",
    dek="",
    authors=["Tobias Lindqvist"],
    caption="Wang Yi and Kaja Kallas meet in Brussels.",
    credit="(Photo: European Union)",
    body="""China's foreign minister Wang Yi said on Tuesday that the "no limits" formula of February 2022 no longer described relations between Beijing and Moscow, the clearest break yet with the language of that summit.

"China's relationship with Russia is not a partnership without limits," Wang told reporters after meeting European Union foreign policy chief Kaja Kallas in Brussels. "It has principles, and it has boundaries."

The remarks go further than any previous Chinese statement since the invasion. In 2022 and 2023, Xi Jinping repeatedly praised the relationship as a comprehensive strategic partnership for a new era.

Kallas welcomed the comments and said the EU would now look for action, naming an end to Chinese exports of dual-use goods that Brussels says have sustained Russian arms production.

Russia's foreign ministry said it had taken note of the remarks and that relations with Beijing remained "at the highest level in history."

Chinese state media did not carry Wang's comments, and a foreign ministry spokesperson in Beijing declined to elaborate, saying only that China's position had been set out clearly.

Analysts said it was too early to tell whether the change of tone would be followed by changes in trade, which reached about $245 billion in 2024.""",
    labels=[
        ("partnership", "negated", "China's foreign minister Wang Yi said on Tuesday that the \"no limits\" formula of February 2022 no longer described relations between Beijing and Moscow, the clearest break yet with the language of that summit."),
        ("partnership", "negated", "\"China's relationship with Russia is not a partnership without limits,\" Wang told reporters after meeting European Union foreign policy chief Kaja Kallas in Brussels."),
        ("partnership", "asserted", "In 2022 and 2023, Xi Jinping repeatedly praised the relationship as a comprehensive strategic partnership for a new era."),
        ("military-aid", "alleged", "Kallas welcomed the comments and said the EU would now look for action, naming an end to Chinese exports of dual-use goods that Brussels says have sustained Russian arms production."),
    ],
    syndication_group=None,
    source_event="invented scenario: Wang Yi says in Brussels that the 'no limits' formula no longer describes China-Russia relations",
    traps=["reversal of partnership (negated) next to a past restatement (asserted)",
           "Russia says ties at highest level (wrong actor)", "EU 'says' Chinese dual-use exports sustain arms production (alleged)",
           "headline quote in the related list claims the opposite"],
),
]
