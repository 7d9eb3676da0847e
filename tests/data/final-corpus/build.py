#!/usr/bin/env python3
"""Build the final check corpus (stance-dev layout) from the article texts in this file.

Usage: python3 build.py            (writes manifest.jsonl, labels.jsonl, gold.jsonl,
                                    expected_shifts.json and site/ beside this script)

Three outlets with their own page templates:
  riverside-gazette   old-school newspaper: table layout, <font>, <br><br>, "In other news"
  eurasia-policy-lab  think-tank analysis: contents, key takeaways, footnotes, pull quotes,
                      "About the author"
  northwind-news      broadcaster: timestamped posts, video players, "Updated ... ago",
                      transcript teaser, "Top stories" rail
Each page gets a plain-text dump made the way a browser's "save as text" would.
Expected shifts come from shared/eval/stance/baseline.py (found beside the repository, as
../shared, or at /work/shared). The build checks that every labelled sentence is a whole
sentence of its gold body and that every gold paragraph is a line of the text dump.
Standard library only.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import sys
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "http://127.0.0.1:8765"
SPLIT = "final"

for cand in (HERE.parents[3] / "shared" / "eval" / "stance", Path("/work/shared/eval/stance")):
    if (cand / "baseline.py").exists():
        sys.path.insert(0, str(cand))
        break
from baseline import article_shift_keys, expected_shifts  # noqa: E402

OUTLETS = {
    "riverside-gazette": {"name": "The Riverside Gazette", "feed": "rss"},
    "eurasia-policy-lab": {"name": "Eurasia Policy Lab", "feed": "atom"},
    "northwind-news": {"name": "Northwind News", "feed": "rss"},
}

# ---------------------------------------------------------------------------------------
# Article texts. Text DSL, blank-line separated blocks:
#   plain block        body paragraph ([^n] = footnote marker, not in the gold body)
#   "## " heading      body section heading (in the gold body)
#   "> " pull quote    repeated from the text (not in the gold body)
#   "@ " time          post time stamp of a live layout (not in the gold body)
#   "! " video         "! caption | 2:31" video player (not in the gold body)
# Evidence lines: "signal state-or-value :: exact sentence of the gold body".
# ---------------------------------------------------------------------------------------

ARTICLES: list[dict] = []


def article(**kw) -> None:
    ARTICLES.append(kw)


article(
    id="f-01", outlet="eurasia-policy-lab", published="2022-03-20T09:00:00Z",
    slug="reading-chinas-neutrality-on-ukraine",
    title="Neither ally nor arbiter: reading China's 'neutrality' on the Ukraine war",
    dek="A month into the war, Beijing is trying to keep every door open, and its vocabulary shows it",
    author="Mei-Ling Hartmann", author_role="Senior Fellow, China and Eurasia Programme",
    bio="Mei-Ling Hartmann is a senior fellow in the China and Eurasia Programme. Her research covers Chinese foreign policy towards Russia and Central Asia and the politics of sanctions compliance in Chinese banks. She previously worked as a correspondent in Beijing and Moscow.",
    takeaways=["Beijing is avoiding both open support for Moscow and any criticism of it.",
               "Washington says Moscow has asked China for weapons; China calls this disinformation.",
               "A Chinese mediation role is talked about far more than it is practised."],
    notes=["Foreign ministry press conference transcripts, 24 February to 18 March 2022.",
           "Joint Statement of the Russian Federation and the People's Republic of China on the International Relations Entering a New Era, 4 February 2022.",
           "UN General Assembly resolution ES-11/1, adopted 2 March 2022.",
           "Press reports of late February 2022 on Chinese state banks restricting financing for Russian commodity purchases.",
           "Remarks by Wang Yi at his annual press conference, 7 March 2022."],
    syndication_group=None,
    source_event="2022-03 (first month of the war): China does not condemn, abstains on UNGA ES-11/1 (2 March), stays out of sanctions; 13-14 March U.S. officials say Russia asked China for military and economic help; Wang Yi says China willing to mediate when necessary",
    traps=["India/South Africa abstain and Belarus/Eritrea/North Korea/Syria vote no (wrong actors)",
           "resolution 'deplores Russia's aggression' (not China's voice)",
           "China opposing unilateral sanctions is not China imposing sanctions",
           "question inside an EU diplomat's quote (no evidence)",
           "conditional 'If China did step forward as a broker' (hedged)",
           "'Russian officials hope China will help' (hedged economic support)",
           "key takeaways box and footnotes are not body text",
           "double negative 'Nothing ... has retracted that declaration' (partnership asserted)"],
    text=r"""
## A careful vocabulary

Almost four weeks after Russian troops crossed into Ukraine, China's official vocabulary has barely moved.[^1] Beijing has not condemned the invasion, and its diplomats still refer to "the Ukraine issue" or "the situation in Ukraine" rather than to a war.

> Beijing has not condemned the invasion.

The line is not new. When Xi Jinping received Vladimir Putin at the opening of the Winter Olympics on 4 February, the two leaders declared that the friendship between their states had "no limits" and that there were no "forbidden" areas of cooperation.[^2] Nothing said in Beijing since the invasion has retracted that declaration.

At the United Nations, China abstained on 2 March when the General Assembly voted 141 to 5 to deplore Russia's aggression, placing it alongside India, South Africa and 32 other abstainers.[^3] Belarus, Eritrea, North Korea and Syria joined Russia in voting no.

## The economic question

China has also declined to join the sanctions imposed by the United States, the European Union, Britain and Japan. Its foreign ministry describes them as unilateral measures without a basis in international law.

Whether Beijing goes further is the open question. Chinese state banks could in principle offer Russian companies an alternative to the dollar system, and Russian officials have spoken openly of hoping that China will help them through the sanctions. So far, the evidence points the other way: the Beijing-based Asian Infrastructure Investment Bank has put its Russia business on hold, and several Chinese state lenders have reportedly limited financing for purchases of Russian commodities.[^4]

U.S. officials told reporters on 13 March that Russia had asked China for military equipment and economic assistance, and that China might be willing to provide it. China's foreign ministry called the reports disinformation and said Beijing was not supplying arms to either side.

## Mediator in waiting?

European leaders have spent much of the month urging Beijing to use its influence in Moscow. "Who else can speak to Putin as an equal?" one EU diplomat asked.

Chinese officials say they support any effort that leads to a ceasefire, and foreign minister Wang Yi has said China is willing to play a constructive role in mediation "when necessary".[^5] Beijing has not, however, put forward a proposal of its own or named anyone to carry one.

If China did step forward as a broker, it would bring leverage over Moscow that no Western government has.
""",
    ev=r"""
condemnation negated :: Beijing has not condemned the invasion, and its diplomats still refer to "the Ukraine issue" or "the situation in Ukraine" rather than to a war.
partnership asserted :: When Xi Jinping received Vladimir Putin at the opening of the Winter Olympics on 4 February, the two leaders declared that the friendship between their states had "no limits" and that there were no "forbidden" areas of cooperation.
partnership asserted :: Nothing said in Beijing since the invasion has retracted that declaration.
un-vote abstain :: At the United Nations, China abstained on 2 March when the General Assembly voted 141 to 5 to deplore Russia's aggression, placing it alongside India, South Africa and 32 other abstainers.
sanctions negated :: China has also declined to join the sanctions imposed by the United States, the European Union, Britain and Japan.
economic-support hedged :: Chinese state banks could in principle offer Russian companies an alternative to the dollar system, and Russian officials have spoken openly of hoping that China will help them through the sanctions.
economic-support negated :: So far, the evidence points the other way: the Beijing-based Asian Infrastructure Investment Bank has put its Russia business on hold, and several Chinese state lenders have reportedly limited financing for purchases of Russian commodities.
military-aid hedged :: U.S. officials told reporters on 13 March that Russia had asked China for military equipment and economic assistance, and that China might be willing to provide it.
economic-support hedged :: U.S. officials told reporters on 13 March that Russia had asked China for military equipment and economic assistance, and that China might be willing to provide it.
military-aid negated :: China's foreign ministry called the reports disinformation and said Beijing was not supplying arms to either side.
mediation hedged :: Chinese officials say they support any effort that leads to a ceasefire, and foreign minister Wang Yi has said China is willing to play a constructive role in mediation "when necessary".
mediation negated :: Beijing has not, however, put forward a proposal of its own or named anyone to carry one.
mediation hedged :: If China did step forward as a broker, it would bring leverage over Moscow that no Western government has.
""")

article(
    id="f-02", outlet="riverside-gazette", published="2022-11-15T06:40:00Z",
    slug="un-assembly-backs-reparations-register-china-votes-no",
    title="U.N. assembly backs reparations register for Ukraine; China votes no",
    dek="Beijing joins Moscow among 14 opponents as India, Brazil and South Africa abstain",
    author="From Gazette news services",
    caption="Delegates watch the vote tally at the U.N. General Assembly in New York. (Gazette file photo)",
    syndication_group=None,
    source_event="2022-11-14: UNGA resolution ES-11/5 on remedy and reparation for Ukraine, 94-14-73; China votes against",
    traps=["India/Brazil/South Africa abstain (wrong actors)",
           "Russia, Belarus, Iran, North Korea, Syria vote against (wrong actors, same sentence as China)",
           "question inside the Chinese envoy's quote",
           "second 'against' vote restated with the earlier April one (past restatement)",
           "the October resolution 'condemned' the annexation (resolution's voice, not China's)",
           "EU urged Beijing (China as object)",
           "'In other news' list with China headlines"],
    text=r"""
UNITED NATIONS — The U.N. General Assembly on Monday called for Russia to be held responsible for the damage caused by its invasion of Ukraine and backed the creation of an international register to record claims for reparations.

The resolution passed with 94 votes in favour, 14 against and 73 abstentions. China voted against it, along with Russia, Belarus, Iran, North Korea and Syria, among others.

India, Brazil and South Africa were among the countries that abstained, as were most of the Gulf states.

Speaking before the vote, China's deputy ambassador, Geng Shuang, said the text went beyond the assembly's powers and would only deepen divisions. "Will this resolution bring the parties one step closer to a ceasefire?" he asked. "We see no evidence that it will."

It was the second time Beijing had voted against a General Assembly resolution on the war, after it opposed suspending Russia from the Human Rights Council in April. It abstained in March on the resolution that demanded Russia withdraw its troops, and again in October on the text that condemned Moscow's attempted annexation of four Ukrainian regions.

China has not condemned Russia's invasion and has repeatedly called for the "legitimate security concerns" of all sides to be taken seriously.

Ukraine's ambassador, Sergiy Kyslytsya, said the vote showed who was prepared to stand up for international law. The European Union urged Beijing after the vote to use its influence with Moscow to bring the war to an end.

The register is expected to be set up under the Council of Europe. Russia's envoy called the resolution legally void.
""",
    ev=r"""
un-vote against :: China voted against it, along with Russia, Belarus, Iran, North Korea and Syria, among others.
un-vote against :: It was the second time Beijing had voted against a General Assembly resolution on the war, after it opposed suspending Russia from the Human Rights Council in April.
un-vote abstain :: It abstained in March on the resolution that demanded Russia withdraw its troops, and again in October on the text that condemned Moscow's attempted annexation of four Ukrainian regions.
condemnation negated :: China has not condemned Russia's invasion and has repeatedly called for the "legitimate security concerns" of all sides to be taken seriously.
""")

article(
    id="f-03", outlet="riverside-gazette", published="2023-02-25T05:15:00Z",
    slug="beijing-issues-twelve-point-paper-on-ukraine",
    title="Beijing issues 12-point paper on 'political settlement' in Ukraine",
    dek="Western capitals cool to a plan that calls for a ceasefire but leaves Russian troops in place",
    author="By Ellen Marsh, Gazette Foreign Desk",
    caption="Foreign ministry building in Beijing. (Gazette file photo)",
    syndication_group=None,
    source_event="2023-02-24: China's foreign ministry publishes 'China's Position on the Political Settlement of the Ukraine Crisis'; UNGA ES-11/6 (23 Feb, 141-7-32) with China abstaining",
    traps=["sovereignty and nuclear language is not condemnation",
           "the paper's call to end unilateral sanctions is not China sanctioning Russia",
           "Zelensky's conditional 'If China is serious' (other actor)",
           "denial quote also mentions others 'pouring arms' (U.S.)",
           "Stoltenberg's 'credibility as a mediator' is not mediation evidence"],
    text=r"""
BEIJING — China on Friday published a 12-point position paper on the war in Ukraine, calling for a ceasefire, the resumption of peace talks and an end to unilateral sanctions, on the first anniversary of Russia's invasion.

The document, released by the foreign ministry, says the sovereignty of all countries must be upheld and that nuclear weapons must not be used. It does not call on Russia to withdraw its forces and does not describe the fighting as an invasion.

Beijing said it was ready to play a constructive role and would keep talking to both sides.

President Volodymyr Zelensky said he would like to meet Xi Jinping and that some parts of the paper were worth working on. "If China is serious, the first step is to talk to us," he said.

In Washington, officials were dismissive. Secretary of State Antony Blinken said last weekend that the United States had information that Beijing was considering providing lethal support to Russia's war effort, including weapons and ammunition.

"China has never provided weapons to either side of the conflict, and we will not be lectured by those who are pouring arms onto the battlefield," foreign ministry spokesman Wang Wenbin told reporters.

NATO Secretary General Jens Stoltenberg said China did not have much credibility as a mediator because it had not been able to condemn the illegal invasion of Ukraine.

On Thursday, China sat out a General Assembly vote that demanded Russian forces leave Ukraine, abstaining along with India and 30 other countries; the resolution passed 141 to 7.

The paper's call to stop "unilateral sanctions" was read in Europe as a reference to Western measures; China has not joined them.
""",
    ev=r"""
mediation asserted :: BEIJING — China on Friday published a 12-point position paper on the war in Ukraine, calling for a ceasefire, the resumption of peace talks and an end to unilateral sanctions, on the first anniversary of Russia's invasion.
condemnation negated :: It does not call on Russia to withdraw its forces and does not describe the fighting as an invasion.
mediation hedged :: Beijing said it was ready to play a constructive role and would keep talking to both sides.
military-aid hedged :: Secretary of State Antony Blinken said last weekend that the United States had information that Beijing was considering providing lethal support to Russia's war effort, including weapons and ammunition.
military-aid negated :: "China has never provided weapons to either side of the conflict, and we will not be lectured by those who are pouring arms onto the battlefield," foreign ministry spokesman Wang Wenbin told reporters.
condemnation negated :: NATO Secretary General Jens Stoltenberg said China did not have much credibility as a mediator because it had not been able to condemn the illegal invasion of Ukraine.
un-vote abstain :: On Thursday, China sat out a General Assembly vote that demanded Russian forces leave Ukraine, abstaining along with India and 30 other countries; the resolution passed 141 to 7.
sanctions negated :: The paper's call to stop "unilateral sanctions" was read in Europe as a reference to Western measures; China has not joined them.
""")

WIRE_2025 = r"""
UNITED NATIONS (Continental Press) — The U.N. Security Council on Monday adopted a U.S.-drafted resolution that calls for a swift end to the war in Ukraine but stops short of criticising Russia, on the third anniversary of the invasion.

The text passed with 10 votes in favour and five abstentions. China voted for it, as did Russia and the United States, while Britain, France, Denmark, Greece and Slovenia abstained after their attempts to add language on Ukraine's territorial integrity were voted down.

China's ambassador, Fu Cong, said Beijing supported "all efforts that are conducive to peace" and was willing to keep playing a constructive role in bringing about talks.

Earlier in the day, the 193-member General Assembly adopted a resolution drafted by Ukraine and European countries that demands Russia's withdrawal, by 93 votes to 18 with 65 abstentions. China abstained on that text, while the United States voted against it alongside Russia.

Western diplomats noted that the council resolution does not refer to Russian aggression, a term that Beijing has avoided since the start of the war. China has not condemned the invasion.
"""
WIRE_2025_LAST = r"""
Chinese President Xi Jinping spoke by phone with Vladimir Putin on Monday, and the two leaders reaffirmed their "comprehensive strategic partnership of coordination", according to Chinese state media.
"""
WIRE_2025_EV = r"""
un-vote favor :: China voted for it, as did Russia and the United States, while Britain, France, Denmark, Greece and Slovenia abstained after their attempts to add language on Ukraine's territorial integrity were voted down.
mediation hedged :: China's ambassador, Fu Cong, said Beijing supported "all efforts that are conducive to peace" and was willing to keep playing a constructive role in bringing about talks.
un-vote abstain :: China abstained on that text, while the United States voted against it alongside Russia.
condemnation negated :: Western diplomats noted that the council resolution does not refer to Russian aggression, a term that Beijing has avoided since the start of the war.
condemnation negated :: China has not condemned the invasion.
"""
WIRE_TRAPS = ["Russia and the U.S. vote in favour, Britain/France/Denmark/Greece/Slovenia abstain (wrong actors)",
              "U.S. and Russia vote against the assembly text (wrong actors)",
              "the resolution does not criticise Russia (resolution, not China)",
              "two votes on one day: favour in the council, abstain in the assembly"]

article(
    id="f-04", outlet="riverside-gazette", published="2025-02-25T06:20:00Z",
    slug="security-council-backs-us-text-on-ukraine-china-votes-yes",
    title="Security Council backs U.S. text on Ukraine; China votes in favour",
    dek="Europeans abstain after failing to add language on Ukraine's borders",
    author="Continental Press",
    caption="The Security Council chamber in New York. (Continental Press photo)",
    syndication_group="sg-f1",
    source_event="2025-02-24: UNSC resolution 2774 (10-0-5), China in favour; UNGA ES-11/7 (93-18-65), China abstains",
    traps=WIRE_TRAPS + ["syndicated wire copy with the last paragraph (partnership) trimmed"],
    text=WIRE_2025, ev=WIRE_2025_EV)

article(
    id="f-05", outlet="northwind-news", published="2025-02-25T01:55:00Z",
    slug="un-security-council-adopts-us-resolution-ukraine",
    title="UN Security Council adopts US resolution calling for end to Ukraine war",
    dek="China and Russia back the text; European members abstain",
    author="Continental Press", updated="Updated 5 hours ago",
    video=("Watch: Security Council votes on Ukraine resolution", "2:31"),
    image_alt="Ambassadors raise their hands during a vote in the UN Security Council chamber",
    caption="Council members vote on the US draft in New York on Monday. Photo: Continental Press",
    transcript="Transcript: \"The resolution is a starting point, not a solution\" — read the council debate in full",
    syndication_group="sg-f1",
    source_event="2025-02-24: UNSC resolution 2774 (10-0-5), China in favour; UNGA ES-11/7 (93-18-65), China abstains; Xi-Putin phone call",
    traps=WIRE_TRAPS + ["syndicated wire original (full text)", "image alt text and video captions"],
    text="@ 01:55 GMT\n\n" + WIRE_2025 + "\n! Watch: Fu Cong explains China's vote | 1:12\n\n" + WIRE_2025_LAST,
    ev=WIRE_2025_EV + r"""
partnership asserted :: Chinese President Xi Jinping spoke by phone with Vladimir Putin on Monday, and the two leaders reaffirmed their "comprehensive strategic partnership of coordination", according to Chinese state media.
""")

article(
    id="f-06", outlet="riverside-gazette", published="2024-05-17T05:30:00Z",
    slug="xi-putin-pledge-to-deepen-partnership-beijing-summit",
    title="Xi and Putin pledge to deepen partnership at Beijing summit",
    dek="Russian leader's first foreign trip of his new term; Western capitals watch for signs of arms deals",
    author="By Ellen Marsh, Gazette Foreign Desk",
    caption="Xi Jinping welcomes Vladimir Putin in Beijing on Thursday. (Gazette wire photo)",
    syndication_group=None,
    source_event="2024-05-16: Putin state visit to Beijing, joint statement on the 'new era' partnership; Xi supports a peace conference recognised by both sides",
    traps=["Putin praises the friendship and record trade (Russian actor; trade not labelled)",
           "Iranian-designed drones and North Korean shells (wrong actors)",
           "EU sanctions on Chinese firms, denounced by Beijing (EU actor; denouncing sanctions is not condemnation)",
           "conditional U.S. penalties 'if Chinese companies were found' (hedged)",
           "baseline-only article: no shift"],
    text=r"""
BEIJING — Chinese President Xi Jinping and Russian President Vladimir Putin on Thursday pledged to deepen what they called a "new era" of partnership, signing a lengthy joint statement during Putin's first trip abroad since beginning a fifth term.

Xi told Putin the relationship between the two countries was "conducive to peace, stability and prosperity" and that China would be a good neighbour and a reliable partner.

Putin, for his part, praised the friendship as a stabilising force in world affairs and said trade between the two countries had reached record levels.

On Ukraine, Xi repeated that China favoured a political settlement and supported the convening of an international peace conference "at an appropriate time" that both Russia and Ukraine recognised.

He did not use the word invasion, and Chinese officials have never condemned Moscow for the war.

American officials have warned that they would impose penalties if Chinese companies were found to be supplying Russia's arms industry.

"China has never provided lethal weapons to any party to the conflict," foreign ministry spokesman Wang Wenbin said on Wednesday, adding that Beijing strictly controlled exports of dual-use items.

The summit came as Ukraine faces renewed pressure in the Kharkiv region, where Russian forces are using glide bombs, Iranian-designed drones and artillery shells that Washington says were sent by North Korea.

In February, the European Union added several companies based in mainland China to its Russia sanctions list, a decision that Beijing denounced as unlawful.

Some analysts say China could do more to cushion Russia's economy if Western pressure on Moscow grows, for instance by expanding yuan lending to Russian firms.

China has not joined Western sanctions on Russia.
""",
    ev=r"""
partnership asserted :: BEIJING — Chinese President Xi Jinping and Russian President Vladimir Putin on Thursday pledged to deepen what they called a "new era" of partnership, signing a lengthy joint statement during Putin's first trip abroad since beginning a fifth term.
partnership asserted :: Xi told Putin the relationship between the two countries was "conducive to peace, stability and prosperity" and that China would be a good neighbour and a reliable partner.
mediation hedged :: On Ukraine, Xi repeated that China favoured a political settlement and supported the convening of an international peace conference "at an appropriate time" that both Russia and Ukraine recognised.
condemnation negated :: He did not use the word invasion, and Chinese officials have never condemned Moscow for the war.
military-aid hedged :: American officials have warned that they would impose penalties if Chinese companies were found to be supplying Russia's arms industry.
military-aid negated :: "China has never provided lethal weapons to any party to the conflict," foreign ministry spokesman Wang Wenbin said on Wednesday, adding that Beijing strictly controlled exports of dual-use items.
economic-support hedged :: Some analysts say China could do more to cushion Russia's economy if Western pressure on Moscow grows, for instance by expanding yuan lending to Russian firms.
sanctions negated :: China has not joined Western sanctions on Russia.
""")

article(
    id="f-07", outlet="eurasia-policy-lab", published="2023-06-05T08:30:00Z",
    slug="li-hui-mission-what-chinas-envoy-offered",
    title="The Li Hui mission: what China's envoy offered Europe, and what he didn't",
    dek="A shuttle tour that changed the form of China's Ukraine policy more than its substance",
    author="Tomasz Wren", author_role="Fellow, European Security Programme",
    bio="Tomasz Wren is a fellow in the European Security Programme, where he works on European policy towards China and on ceasefire diplomacy. He was previously a diplomat posted to Warsaw and Brussels.",
    takeaways=["China now has a named envoy for the war, a first since February 2022.",
               "The envoy carried the February position paper rather than new proposals.",
               "European officials say they were asked to accept a freeze of the front line."],
    notes=["Chinese foreign ministry statements on the visits of the Special Representative for Eurasian Affairs, 15 May to 28 May 2023.",
           "Foreign ministry readout of the telephone call between Xi Jinping and Volodymyr Zelensky, 26 April 2023.",
           "Foreign ministry press conference, 2 June 2023.",
           "See our earlier analysis of U.S. intelligence disclosures, February 2023."],
    syndication_group=None,
    source_event="2023-05: Li Hui, China's Special Representative for Eurasian Affairs, tours Kyiv, Warsaw, Berlin, Paris, Brussels and Moscow after the Xi-Zelensky call of 26 April",
    traps=["key takeaways make a claim ('freeze of the front line') not in the body",
           "pull quote repeats a body sentence",
           "Moscow calling the partnership its most important (Russian actor)",
           "conditional 'If that happens, China would ...' (hedged)",
           "U.S. warning (hedged) and Chinese denial in one sentence"],
    text=r"""
## The itinerary

In late May, Li Hui, China's special representative for Eurasian affairs and a former ambassador to Moscow, completed a tour of Kyiv, Warsaw, Berlin, Paris, Brussels and Moscow.[^1] It was the first time since the war began that Beijing had sent an envoy to both capitals with a mandate to discuss a settlement.

> It was the first time since the war began that Beijing had sent an envoy to both capitals with a mandate to discuss a settlement.

The trip followed Xi Jinping's first telephone call with Volodymyr Zelensky on 26 April, after which Beijing named Li as its envoy for "in-depth communication with all parties".[^2]

## What Europe heard

Accounts of the meetings differ, and China's foreign ministry has rejected some of the versions that circulated in European capitals.[^3]

Li relied on the 12-point position paper that Beijing published in February, which calls for a ceasefire and peace talks but does not call Russia's invasion an act of aggression.

Nor has Beijing moved on the questions that matter most to Kyiv. China has not condemned the invasion, it has not joined sanctions, and it has not said that Russian troops should leave Ukrainian territory.

## What it means

For Moscow, the relationship with Beijing remains the most important it has. Xi's state visit to Moscow in March ended with a joint statement on deepening the two countries' comprehensive strategic partnership, and nothing in Li's tour suggested that Beijing intends to loosen it.

Washington's warning that China was weighing arms deliveries to Russia has not, so far, been borne out in public evidence; Beijing continues to deny any such plan.[^4]

Chinese diplomats say Li could return to Europe for a second round, and Beijing has said it is prepared to take part in a future peace conference if both Russia and Ukraine attend.

If that happens, China would for the first time be sitting at a table where the war's end is negotiated.
""",
    ev=r"""
mediation asserted :: In late May, Li Hui, China's special representative for Eurasian affairs and a former ambassador to Moscow, completed a tour of Kyiv, Warsaw, Berlin, Paris, Brussels and Moscow.
mediation asserted :: It was the first time since the war began that Beijing had sent an envoy to both capitals with a mandate to discuss a settlement.
mediation asserted :: The trip followed Xi Jinping's first telephone call with Volodymyr Zelensky on 26 April, after which Beijing named Li as its envoy for "in-depth communication with all parties".
mediation asserted :: Li relied on the 12-point position paper that Beijing published in February, which calls for a ceasefire and peace talks but does not call Russia's invasion an act of aggression.
condemnation negated :: Li relied on the 12-point position paper that Beijing published in February, which calls for a ceasefire and peace talks but does not call Russia's invasion an act of aggression.
condemnation negated :: China has not condemned the invasion, it has not joined sanctions, and it has not said that Russian troops should leave Ukrainian territory.
sanctions negated :: China has not condemned the invasion, it has not joined sanctions, and it has not said that Russian troops should leave Ukrainian territory.
partnership asserted :: Xi's state visit to Moscow in March ended with a joint statement on deepening the two countries' comprehensive strategic partnership, and nothing in Li's tour suggested that Beijing intends to loosen it.
military-aid hedged :: Washington's warning that China was weighing arms deliveries to Russia has not, so far, been borne out in public evidence; Beijing continues to deny any such plan.
military-aid negated :: Washington's warning that China was weighing arms deliveries to Russia has not, so far, been borne out in public evidence; Beijing continues to deny any such plan.
mediation hedged :: Chinese diplomats say Li could return to Europe for a second round, and Beijing has said it is prepared to take part in a future peace conference if both Russia and Ukraine attend.
mediation hedged :: If that happens, China would for the first time be sitting at a table where the war's end is negotiated.
""")

article(
    id="f-08", outlet="eurasia-policy-lab", published="2024-04-30T10:00:00Z",
    slug="machine-tools-microchips-china-russia-war-economy",
    title="Machine tools and microchips: how Chinese supply chains sustain Russia's war economy",
    dek="Dual-use exports and yuan payments have done more for Moscow than any arms deal",
    author="Anika Sorensen", author_role="Associate Fellow, Economic Security Programme",
    bio="Dr Anika Sorensen is an associate fellow in the Economic Security Programme. She studies export controls, trade data and sanctions enforcement, and previously worked at a customs-data analytics firm.",
    takeaways=["Chinese firms are now the main outside source of dual-use goods for Russian arms makers.",
               "Yuan settlement has replaced much of Russia's lost access to dollar and euro payments.",
               "Beijing denies any state role and calls its trade with Russia normal."],
    notes=["Trade-data estimates compiled from Chinese and Russian customs statistics, 2022-2024.",
           "Remarks by the U.S. Secretary of State at a press availability in Beijing, 26 April 2024.",
           "On North Korean munitions deliveries, see statements by the South Korean defence ministry, February 2024.",
           "U.S. Treasury and Commerce Department designations, 2023-2024."],
    syndication_group=None,
    source_event="2024-04: Blinken says China is the top supplier of machine tools, microelectronics and nitrocellulose to Russia's defence industry; yuan settlement of China-Russia trade; Chinese banks tighten Russian payments after the U.S. executive order of December 2023",
    traps=["Iranian and North Korean munitions in the same sentence as a Chinese negation",
           "EU sanctions on Chinese companies (EU actor)",
           "U.S. sanctions on Chinese entities and European urging (China as object)",
           "banks rejecting payments (economic support negated, not sanctions)",
           "expected reaffirmation of the partnership (hedged, no shift)",
           "pull quotes repeat body sentences"],
    text=r"""
## Dual-use supply

Two years into the war, Russia's defence industry runs on imported components, and most of them now come from China.[^1] Chinese companies, many of them small trading firms registered in Hong Kong and on the mainland, have become the main suppliers of machine tools, microelectronics, optics and drone parts to Russian weapons makers.

> Russia's defence industry runs on imported components, and most of them now come from China.

U.S. Secretary of State Antony Blinken said on 26 April, after meeting Chinese leaders in Beijing, that China was the top supplier of machine tools, microelectronics and nitrocellulose, an ingredient of gunpowder, to Russia's defence industrial base.[^2]

Beijing has not been shown to have supplied finished weapons such as missiles, artillery shells or combat drones to Russia; those have come mainly from Iran and from North Korea, which has sent millions of rounds of ammunition.[^3]

"China has never provided lethal weapons to any party to the conflict and strictly controls the export of dual-use items," foreign ministry spokesman Wang Wenbin said in response to Blinken's remarks.

## Money and payments

Payments are the second pillar. Since 2022 the share of Russia's trade with China settled in yuan and roubles has risen to more than 90 percent, and Chinese banks have kept that settlement running while Western banks have left the Russian market. In effect, China has become the economic lifeline that allows the Kremlin to finance the war despite sanctions.

> In effect, China has become the economic lifeline that allows the Kremlin to finance the war despite sanctions.

That lifeline has frayed at times. After Washington threatened in December to cut off foreign banks that help Russia's military-industrial base, several large Chinese banks began rejecting payments from Russian clients, according to Russian importers.

China has not imposed sanctions or export restrictions of its own on Russia, and it objected when the European Union added Chinese companies to its sanctions lists.

## Policy options

European governments have urged Beijing to rein in the trade, and Washington has sanctioned dozens of Chinese entities.[^4] Tighter enforcement by Western banks and customs agencies is likely to matter more than appeals to Beijing.

Xi and Putin will meet again in May, when both sides are expected to reaffirm their strategic partnership.
""",
    ev=r"""
military-aid asserted :: Two years into the war, Russia's defence industry runs on imported components, and most of them now come from China.
military-aid asserted :: Chinese companies, many of them small trading firms registered in Hong Kong and on the mainland, have become the main suppliers of machine tools, microelectronics, optics and drone parts to Russian weapons makers.
military-aid alleged :: U.S. Secretary of State Antony Blinken said on 26 April, after meeting Chinese leaders in Beijing, that China was the top supplier of machine tools, microelectronics and nitrocellulose, an ingredient of gunpowder, to Russia's defence industrial base.
military-aid negated :: Beijing has not been shown to have supplied finished weapons such as missiles, artillery shells or combat drones to Russia; those have come mainly from Iran and from North Korea, which has sent millions of rounds of ammunition.
military-aid negated :: "China has never provided lethal weapons to any party to the conflict and strictly controls the export of dual-use items," foreign ministry spokesman Wang Wenbin said in response to Blinken's remarks.
economic-support asserted :: Since 2022 the share of Russia's trade with China settled in yuan and roubles has risen to more than 90 percent, and Chinese banks have kept that settlement running while Western banks have left the Russian market.
economic-support asserted :: In effect, China has become the economic lifeline that allows the Kremlin to finance the war despite sanctions.
economic-support negated :: After Washington threatened in December to cut off foreign banks that help Russia's military-industrial base, several large Chinese banks began rejecting payments from Russian clients, according to Russian importers.
sanctions negated :: China has not imposed sanctions or export restrictions of its own on Russia, and it objected when the European Union added Chinese companies to its sanctions lists.
partnership hedged :: Xi and Putin will meet again in May, when both sides are expected to reaffirm their strategic partnership.
""")

article(
    id="f-09", outlet="eurasia-policy-lab", published="2025-03-10T09:00:00Z",
    slug="china-un-votes-ukraine-abstain-against-favour",
    title="Abstain, against, in favour: what China's UN votes on Ukraine tell us",
    dek="Three years of roll calls show a more varied record than Beijing's reputation suggests",
    author="Tomasz Wren", author_role="Fellow, European Security Programme",
    bio="Tomasz Wren is a fellow in the European Security Programme, where he works on European policy towards China and on ceasefire diplomacy. He was previously a diplomat posted to Warsaw and Brussels.",
    takeaways=["China has abstained on most General Assembly resolutions on the war.",
               "It voted against two texts in 2022: the Human Rights Council suspension and reparations.",
               "Its vote for the U.S. text in February 2025 was its first yes on a Ukraine resolution."],
    notes=["Voting records compiled from the UN Digital Library, February 2022 to February 2025.",
           "Security Council draft S/2022/155 (vetoed by Russia, 25 February 2022) and General Assembly resolution ES-11/1.",
           "General Assembly resolutions ES-11/3 (7 April 2022) and ES-11/5 (14 November 2022).",
           "Security Council resolution 2774 (24 February 2025).",
           "Joint communique of China and Brazil, May 2024; launch of the Friends for Peace group, 27 September 2024."],
    syndication_group=None,
    source_event="2022-2025 UN votes: abstain (UNSC 25 Feb 2022, UNGA ES-11/1, ES-11/7), against (ES-11/3, ES-11/5), in favour (UNSC 2774); China-Brazil Friends for Peace group (Sept 2024)",
    traps=["India and the UAE abstain (wrong actors)",
           "'has never voted for a text that calls Russia's actions aggression' (negated favour, no un-vote label)",
           "the United States voted against the assembly text (wrong actor)",
           "question in a Ukrainian diplomat's quote",
           "key takeaways repeat the votes outside the body"],
    text=r"""
## Three years of votes

Voting records are a blunt instrument, but they are public, and China's record on Ukraine is more varied than its reputation suggests.[^1]

In the first weeks of the war, China abstained in the Security Council on 25 February 2022 and in the General Assembly on 2 March, when 141 states demanded that Russia withdraw.[^2] India and the United Arab Emirates also abstained in the council, which made Beijing's position look less isolated than it was.

Beijing has twice gone further. It voted against the resolution that suspended Russia from the Human Rights Council in April 2022, and it voted against the General Assembly resolution on reparations in November of that year.[^3]

On the resolutions that matter most for the legal framing of the war, Beijing has been consistent: it has never voted for a text that calls Russia's actions aggression, and it has not condemned the invasion in its own statements.

## The February 2025 votes

The third anniversary of the invasion broke the pattern. On 24 February 2025, China voted in favour of Security Council resolution 2774, a short U.S. text that calls for a swift end to the conflict without assigning blame.[^4]

> On 24 February 2025, China voted in favour of Security Council resolution 2774.

On the same day China abstained on a General Assembly resolution tabled by Ukraine and its European partners, which the United States voted against.

Chinese diplomats presented the yes vote as consistent with their long-standing call for a political settlement.

## Beyond New York

Votes are only part of the picture. In September 2024, China and Brazil launched a "Friends for Peace" group at the United Nations to build support for their six-point proposal for a negotiated settlement, and China's special envoy Li Hui has made several rounds of shuttle visits since 2023.[^5]

Ukraine has kept its distance from the Chinese-Brazilian initiative, and Kyiv argues that a mediator must first accept that Russia is the aggressor. "Can a country that will not name the aggressor be an honest broker?" a senior Ukrainian diplomat asked in an interview for this paper.

Through all of this Beijing has kept faith with Moscow. Xi and Putin spoke by telephone on the day of the anniversary votes and reaffirmed their comprehensive strategic partnership.
""",
    ev=r"""
un-vote abstain :: In the first weeks of the war, China abstained in the Security Council on 25 February 2022 and in the General Assembly on 2 March, when 141 states demanded that Russia withdraw.
un-vote against :: It voted against the resolution that suspended Russia from the Human Rights Council in April 2022, and it voted against the General Assembly resolution on reparations in November of that year.
condemnation negated :: On the resolutions that matter most for the legal framing of the war, Beijing has been consistent: it has never voted for a text that calls Russia's actions aggression, and it has not condemned the invasion in its own statements.
un-vote favor :: On 24 February 2025, China voted in favour of Security Council resolution 2774, a short U.S. text that calls for a swift end to the conflict without assigning blame.
un-vote abstain :: On the same day China abstained on a General Assembly resolution tabled by Ukraine and its European partners, which the United States voted against.
un-vote favor :: Chinese diplomats presented the yes vote as consistent with their long-standing call for a political settlement.
mediation hedged :: Chinese diplomats presented the yes vote as consistent with their long-standing call for a political settlement.
mediation asserted :: In September 2024, China and Brazil launched a "Friends for Peace" group at the United Nations to build support for their six-point proposal for a negotiated settlement, and China's special envoy Li Hui has made several rounds of shuttle visits since 2023.
partnership asserted :: Through all of this Beijing has kept faith with Moscow.
partnership asserted :: Xi and Putin spoke by telephone on the day of the anniversary votes and reaffirmed their comprehensive strategic partnership.
""")

article(
    id="f-10", outlet="northwind-news", published="2023-03-21T17:45:00Z",
    slug="xi-in-moscow-live-updates",
    title="Xi in Moscow: Chinese leader and Putin sign pledge to deepen ties",
    dek="Live updates from the second day of Xi Jinping's state visit to Russia",
    author="Northwind News staff", updated="Updated 3 hours ago", live=True,
    video=("Watch: Xi and Putin greet each other in the Kremlin", "2:31"),
    image_alt="Xi Jinping and Vladimir Putin shake hands in front of Chinese and Russian flags",
    caption="Xi Jinping and Vladimir Putin at the Kremlin on Tuesday. Photo: Northwind News",
    transcript="Transcript: \"We are neither allies nor enemies of anyone\" — read the full briefing",
    syndication_group=None,
    source_event="2023-03-20/22: Xi Jinping state visit to Moscow; joint statement on deepening the comprehensive strategic partnership; Kishida in Kyiv; White House says no evidence yet of Chinese lethal aid",
    traps=["Kishida in Kyiv (wrong actor)", "Zelensky invited China to talk (China as object)",
           "Putin on growing trade with China (Russian actor; trade not labelled)",
           "ICC warrant for Putin; 'China is not a member of the court' (no signal)",
           "White House sees no evidence (negated) but watches whether Beijing could start (hedged)",
           "video captions, image alt text and Top stories rail with China claims",
           "baseline-only live page: no shift"],
    text=r"""
@ 17:40 GMT

Xi Jinping and Vladimir Putin have signed a joint statement on deepening their countries' comprehensive strategic partnership, capping the second day of the Chinese leader's state visit to Moscow.

The statement says relations between China and Russia are at the highest level in their history.

! Watch: Xi and Putin sign joint statement at the Kremlin | 0:58

@ 16:55 GMT

Putin told reporters that Russia's economic ties with China would keep growing, pointing to new agreements on gas and grain.

@ 15:30 GMT

Xi said China's position on Ukraine was one of "objectivity and impartiality" and that Beijing stood for peace and dialogue.

He did not describe the war as an invasion, and the Chinese readout of the talks contained no criticism of Moscow.

@ 14:10 GMT

In Kyiv, Japanese Prime Minister Fumio Kishida has arrived for talks with Volodymyr Zelensky, a visit timed, officials in Tokyo say, to coincide with Xi's trip.

Zelensky has said he invited China to talk but has yet to receive an answer.

@ 12:25 GMT

The White House says it has still not seen evidence that China is sending lethal weapons to Russia, but it is watching closely for any sign that Beijing could start.

"China has never provided weapons to either side," Chinese foreign ministry spokesman Wang Wenbin said on Monday, when asked about the U.S. warnings.

! Watch: What the White House said about China and Russia | 1:47

@ 10:05 GMT

Good morning. Xi's state visit, his first trip to Russia since the invasion of Ukraine, enters its second day, with formal talks at the Kremlin scheduled for this afternoon.

The visit comes days after the International Criminal Court issued an arrest warrant for Putin over the deportation of Ukrainian children. China is not a member of the court.

China has not joined Western sanctions against Russia, and trade between the two countries hit a record last year.
""",
    ev=r"""
partnership asserted :: Xi Jinping and Vladimir Putin have signed a joint statement on deepening their countries' comprehensive strategic partnership, capping the second day of the Chinese leader's state visit to Moscow.
partnership asserted :: The statement says relations between China and Russia are at the highest level in their history.
mediation hedged :: Xi said China's position on Ukraine was one of "objectivity and impartiality" and that Beijing stood for peace and dialogue.
condemnation negated :: He did not describe the war as an invasion, and the Chinese readout of the talks contained no criticism of Moscow.
military-aid negated :: The White House says it has still not seen evidence that China is sending lethal weapons to Russia, but it is watching closely for any sign that Beijing could start.
military-aid hedged :: The White House says it has still not seen evidence that China is sending lethal weapons to Russia, but it is watching closely for any sign that Beijing could start.
military-aid negated :: "China has never provided weapons to either side," Chinese foreign ministry spokesman Wang Wenbin said on Monday, when asked about the U.S. warnings.
sanctions negated :: China has not joined Western sanctions against Russia, and trade between the two countries hit a record last year.
""")

article(
    id="f-11", outlet="northwind-news", published="2025-04-18T15:05:00Z",
    slug="zelensky-says-china-supplying-russia-gunpowder-artillery",
    title="Zelensky says China is supplying Russia with gunpowder and artillery; Beijing rejects claim",
    dek="Kyiv steps up accusations after the capture of two Chinese citizens fighting for Russia",
    author="Northwind News staff", updated="Updated 2 hours ago", live=True,
    video=("Watch: Zelensky accuses Beijing of arming Moscow", "1:48"),
    image_alt="Artillery shell casings stacked near a Ukrainian firing position",
    caption="Ukrainian gunners near Pokrovsk. Photo: Northwind News",
    transcript="Transcript: \"We have the evidence and we will show it\" — Zelensky's remarks in full",
    syndication_group=None,
    source_event="2025-04-17/18: Zelensky says (17 April) China supplies Russia with weapons, gunpowder and artillery; foreign ministry spokesman Lin Jian rejects it; earlier in April Ukraine captured two Chinese nationals fighting for Russia",
    traps=["Chinese nationals recruited by Russia (individuals, not the Chinese state or companies)",
           "Beijing denies a role in recruitment (not a weapons denial)",
           "North Korean shells and troops, Iranian-designed drones (wrong actors)",
           "U.S. ceasefire push (wrong actor)",
           "'Ukrainian intelligence says ...' (alleged)"],
    text=r"""
@ 15:00 GMT

Ukrainian President Volodymyr Zelensky said on Thursday that China was supplying Russia with weapons, gunpowder and artillery, the first time he has directly accused Beijing of arming Moscow.

He said Ukrainian intelligence had gathered evidence of the deliveries and would make it public.

! Watch: Zelensky speaks to reporters in Kyiv | 3:05

@ 13:40 GMT

China's foreign ministry has rejected the accusation. "China has never provided lethal weapons to any party to the conflict and strictly controls the export of dual-use items," spokesman Lin Jian told a regular briefing on Friday.

Lin said China's position on the Ukraine crisis was "objective and consistent" and that Beijing had always been committed to promoting peace talks.

@ 11:15 GMT

Earlier this month Ukraine said its troops had captured two Chinese citizens fighting for Russia in the Donetsk region. Kyiv says at least 155 Chinese nationals have been recruited by the Russian army, many through social media advertisements.

Beijing said Chinese citizens should stay away from armed conflicts and denied that the government had any role in their recruitment.

@ 09:30 GMT

Ukrainian intelligence says Chinese factories have also shipped machine tools and drone components to Russian defence plants, a claim Western officials have made repeatedly over the past year.

North Korea, meanwhile, has supplied millions of artillery shells and thousands of troops, and Russia continues to launch Iranian-designed Shahed drones at Ukrainian cities.

The accusation comes as the United States presses both Moscow and Kyiv to accept a ceasefire.
""",
    ev=r"""
military-aid alleged :: Ukrainian President Volodymyr Zelensky said on Thursday that China was supplying Russia with weapons, gunpowder and artillery, the first time he has directly accused Beijing of arming Moscow.
military-aid alleged :: He said Ukrainian intelligence had gathered evidence of the deliveries and would make it public.
military-aid negated :: China's foreign ministry has rejected the accusation.
military-aid negated :: "China has never provided lethal weapons to any party to the conflict and strictly controls the export of dual-use items," spokesman Lin Jian told a regular briefing on Friday.
mediation hedged :: Lin said China's position on the Ukraine crisis was "objective and consistent" and that Beijing had always been committed to promoting peace talks.
military-aid alleged :: Ukrainian intelligence says Chinese factories have also shipped machine tools and drone components to Russian defence plants, a claim Western officials have made repeatedly over the past year.
""")

article(
    id="f-12", outlet="northwind-news", published="2024-04-08T13:20:00Z",
    slug="yellen-warns-chinese-banks-over-russia-support",
    title="Yellen warns Chinese banks of 'significant consequences' over support for Russia",
    dek="Treasury chief ends four days of talks in China with a sanctions warning",
    author="Northwind News business desk", updated="Updated 6 hours ago",
    video=("Watch: Yellen's news conference in Beijing", "2:12"),
    image_alt="Janet Yellen speaks at a lectern in Beijing",
    caption="Janet Yellen at a news conference in Beijing on Monday. Photo: Northwind News",
    transcript="Transcript: \"Any banks that facilitate significant transactions ... expose themselves\" — read the news conference",
    syndication_group=None,
    source_event="2024-04-05/08: Janet Yellen visits Guangzhou and Beijing, warns of consequences for Chinese firms and banks supporting Russia's war; December 2023 U.S. executive order on secondary sanctions",
    traps=["U.S. threat of sanctions on Chinese banks (U.S. actor, conditional)",
           "U.S. executive order (U.S. actor)",
           "overcapacity dispute with Washington and the EU (no signal)",
           "European officials urge China (China as object)",
           "banks tightening checks is economic support negated, not sanctions",
           "passive voice with Chinese banks as the agent, attributed to U.S. officials (alleged)"],
    text=r"""
@ 13:20 GMT

BEIJING — U.S. Treasury Secretary Janet Yellen on Monday warned that Chinese banks could face sanctions if they facilitated transactions that help Russia's military, as she wrapped up four days of talks in China.

Yellen said she had told Chinese officials that companies in China were providing material support for Russia's war, including dual-use goods that feed its defence industry.

Payments for some of those goods have been processed by Chinese banks in ways that help Russian importers get around Western sanctions, U.S. officials say, with part of the trade routed through small regional lenders to avoid scrutiny.

China's foreign ministry has rejected the accusations, saying its trade with Russia is normal and legitimate and should not be interfered with.

! Watch: Yellen on China's support for Russia | 0:45

China has not joined Western sanctions on Russia, and it has criticised what it calls unilateral sanctions and "long-arm jurisdiction".

Several large Chinese banks tightened checks on Russia-related payments after an executive order signed by President Joe Biden in December exposed foreign lenders to secondary sanctions, Russian businesses and traders have said.

Yellen also raised concerns about Chinese industrial overcapacity in electric vehicles and solar panels, an issue that has strained trade relations with Washington and the European Union.

Secretary of State Antony Blinken is expected to visit Beijing later this month, and European officials have urged China to use its influence with Moscow.
""",
    ev=r"""
economic-support hedged :: BEIJING — U.S. Treasury Secretary Janet Yellen on Monday warned that Chinese banks could face sanctions if they facilitated transactions that help Russia's military, as she wrapped up four days of talks in China.
military-aid alleged :: Yellen said she had told Chinese officials that companies in China were providing material support for Russia's war, including dual-use goods that feed its defence industry.
economic-support alleged :: Payments for some of those goods have been processed by Chinese banks in ways that help Russian importers get around Western sanctions, U.S. officials say, with part of the trade routed through small regional lenders to avoid scrutiny.
economic-support negated :: China's foreign ministry has rejected the accusations, saying its trade with Russia is normal and legitimate and should not be interfered with.
military-aid negated :: China's foreign ministry has rejected the accusations, saying its trade with Russia is normal and legitimate and should not be interfered with.
sanctions negated :: China has not joined Western sanctions on Russia, and it has criticised what it calls unilateral sanctions and "long-arm jurisdiction".
economic-support negated :: Several large Chinese banks tightened checks on Russia-related payments after an executive order signed by President Joe Biden in December exposed foreign lenders to secondary sanctions, Russian businesses and traders have said.
""")


# ---------------------------------------------------------------------------------------
# Parsing the DSL
# ---------------------------------------------------------------------------------------

FN = re.compile(r"\[\^(\d+)\]")


def blocks(art: dict) -> list[tuple[str, str]]:
    out = []
    for raw in re.split(r"\n\s*\n", art["text"].strip()):
        b = " ".join(raw.split())
        if not b:
            continue
        for prefix, kind in (("## ", "h"), ("> ", "pull"), ("@ ", "time"), ("! ", "video")):
            if b.startswith(prefix):
                out.append((kind, b[len(prefix):]))
                break
        else:
            out.append(("p", b))
    return out


def gold_body(art: dict) -> str:
    return "\n\n".join(FN.sub("", t) for k, t in blocks(art) if k in ("p", "h"))


def evidence(art: dict) -> list[dict]:
    out = []
    for line in art["ev"].strip().splitlines():
        if not line.strip():
            continue
        head, sentence = line.split(" :: ", 1)
        signal, label = head.split()
        key = "value" if signal == "un-vote" else "state"
        out.append({"signal": signal, key: label, "sentence": sentence.strip()})
    return out


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------

def esc(s: str) -> str:
    return html.escape(s, quote=True)


def when(art: dict) -> datetime:
    return datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rel(art: dict) -> str:
    d = when(art)
    return f"site/{art['outlet']}/{d:%Y}/{d:%m}/{art['slug']}"


def url(art: dict) -> str:
    return f"{BASE}/{rel(art)[len('site/'):]}.html"


def long_date(d: datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def fn_html(text: str) -> str:
    return FN.sub(lambda m: f'<sup class="fnref"><a href="#fn{m.group(1)}" id="ref{m.group(1)}">'
                            f'[{m.group(1)}]</a></sup>', esc(text))


# ---------------------------------------------------------------------------------------
# Template 1: The Riverside Gazette (tables, <font>, <br><br>)
# ---------------------------------------------------------------------------------------

GAZETTE_OTHER = [
    ("County board delays vote on Mill Street bridge repairs", "local"),
    ("Kyiv: Chinese-made parts found in wreckage of downed Russian drones", "world"),
    ("Riverside High Eagles advance to regional semifinal", "sports"),
    ("Water main break closes two lanes on Route 9", "local"),
    ("Beijing 'quietly shipping shells to Moscow,' says lawmaker", "world"),
    ("Library extends weekend hours through the winter", "local"),
    ("Obituary: Margaret Ellison, 91, taught piano for six decades", "obituaries"),
    ("Farm income expected to dip as feed prices climb", "business"),
    ("China joins Western sanctions? Not so fast, say analysts", "world"),
    ("Fire department open house draws record crowd", "local"),
    ("Letters: Readers weigh in on the school calendar", "opinion"),
    ("Grain shipments from Black Sea ports resume after pause", "world"),
    ("Hospital auxiliary gift shop marks 50 years", "local"),
    ("Gas prices edge lower ahead of the holiday weekend", "business"),
    ("India, Brazil keep buying Russian oil despite Western pressure", "world"),
    ("Historical society seeks photos of the 1937 flood", "local"),
    ("Zoning panel approves plans for riverside apartments", "local"),
    ("Chinese envoy to visit Kyiv and Moscow next month, sources say", "world"),
]


def gazette_html(art: dict, others: list[tuple[str, str, str]]) -> str:
    d = when(art)
    body = "<br><br>\n".join(esc(t) for k, t in blocks(art) if k == "p")
    other = "".join(f'&bull; <a href="/riverside-gazette/{sec}/{slug}.html">{esc(h)}</a> '
                    f'<font color="#808080">({dt})</font><br>\n' for h, sec, slug, dt in others)
    sections = "<br>".join(f'<a href="/riverside-gazette/{s.lower().replace(" ", "-")}/">{s}</a>'
                           for s in ("Local News", "Nation &amp; World", "Business", "Sports",
                                     "Schools", "Opinion", "Obituaries", "Church Notes",
                                     "Police Blotter", "Weddings", "Photo Gallery"))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Riverside Gazette - {esc(art['title'])}</title>
<link rel="canonical" href="{url(art)}">
<meta name="description" content="{esc(art['dek'])}">
<meta name="date" content="{d:%Y-%m-%d}">
<link rel="alternate" type="application/rss+xml" title="The Riverside Gazette" href="{BASE}/riverside-gazette/feed.xml">
<script language="JavaScript">var pageSection = "world"; function popup(u) {{ window.open(u, "gz", "width=500,height=400"); }}</script>
</head>
<body bgcolor="#FFFFF0" text="#000000" link="#00008B" vlink="#551A8B" topmargin="0" leftmargin="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3" align="center"><font face="Times New Roman" size="7"><b>The Riverside Gazette</b></font><br><font size="2"><i>Serving the Riverside valley since 1887</i> &middot; {long_date(d)}</font></td></tr>
<tr><td colspan="3" bgcolor="#000000" align="center"><font color="#FFFFFF" size="2"><b><a href="/riverside-gazette/"><font color="#FFFFFF">FRONT PAGE</font></a> | <a href="#"><font color="#FFFFFF">LOCAL</font></a> | <a href="#"><font color="#FFFFFF">NATION</font></a> | <a href="#"><font color="#FFFFFF">WORLD</font></a> | <a href="#"><font color="#FFFFFF">BUSINESS</font></a> | <a href="#"><font color="#FFFFFF">SPORTS</font></a> | <a href="#"><font color="#FFFFFF">OBITUARIES</font></a> | <a href="#"><font color="#FFFFFF">CLASSIFIEDS</font></a> | <a href="#"><font color="#FFFFFF">ARCHIVES</font></a></b></font></td></tr>
<tr>
<td width="140" valign="top" bgcolor="#EEE8CD"><font face="Arial" size="2"><b>SECTIONS</b><br>{sections}<br><br><b>SERVICES</b><br><a href="#">Subscribe</a><br><a href="#">Place an Ad</a><br><a href="#">E-Edition</a><br><a href="#">Contact Us</a></font></td>
<td width="480" valign="top"><table border="0" cellpadding="8" cellspacing="0" width="100%"><tr><td>
<font face="Arial" size="2" color="#8B0000"><b>NATION &amp; WORLD</b></font><br>
<font face="Georgia" size="5"><b>{esc(art['title'])}</b></font><br>
<font face="Georgia" size="3"><i>{esc(art['dek'])}</i></font><br><br>
<font face="Arial" size="2">{esc(art['author'])}<br>Published: {long_date(d)}</font><br><br>
<table align="right" width="210" border="0" cellpadding="4"><tr><td><img src="/riverside-gazette/images/{art['slug']}.jpg" width="200" height="140" border="1"><br><font face="Arial" size="1">{esc(art['caption'])}</font></td></tr></table>
<font face="Georgia" size="3">
{body}
</font>
<br><br><font face="Arial" size="1"><a href="javascript:popup('/print')">Print this story</a> | <a href="#">E-mail to a friend</a> | <a href="#">Letters to the editor</a></font>
<hr noshade size="1">
<font face="Arial" size="3"><b>In other news</b></font><br>
<font face="Arial" size="2">
{other}</font>
</td></tr></table></td>
<td width="160" valign="top" bgcolor="#F5F5DC"><font face="Arial" size="2"><b>WEATHER</b><br>Partly cloudy, high 54&deg;<br><a href="#">5-day forecast</a><br><br><b>MARKETS</b><br>Corn 4.31 &#9650;<br>Soybeans 12.08 &#9660;<br><br><b>CLASSIFIEDS</b><br><a href="#">Jobs</a><br><a href="#">Homes</a><br><a href="#">Autos</a><br><a href="#">Garage Sales</a><br><br><font size="1">ADVERTISEMENT</font><br><img src="/ads/160x600.gif" width="160" height="600"></font></td>
</tr>
<tr><td colspan="3" align="center"><hr><font face="Arial" size="1">Copyright &copy; {d.year} The Riverside Gazette. All rights reserved. Material may not be reproduced without permission.<br><a href="#">About Us</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | <a href="#">Contact the Newsroom</a></font></td></tr>
</table>
</body>
</html>
"""


def gazette_others(art: dict, n: int) -> list[tuple[str, str, str, str]]:
    d = when(art)
    start = n * 5
    out = []
    for i in range(14):
        h, sec = GAZETTE_OTHER[(start + i) % len(GAZETTE_OTHER)]
        slug = re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")[:60]
        day = max(1, d.day - (i % 4))
        out.append((h, sec, slug, f"{d:%b}. {day}"))
    return out


# ---------------------------------------------------------------------------------------
# Template 2: Eurasia Policy Lab (analysis page)
# ---------------------------------------------------------------------------------------

LAB_RELATED = [
    ("Is Beijing arming Moscow? What the customs data can and cannot show", "Analysis"),
    ("Why China will not join sanctions, and what could change that", "Commentary"),
    ("The 'no limits' partnership, one year on", "Research paper"),
    ("Podcast: India, Turkey and the Gulf in the sanctions economy", "Podcast"),
    ("Chinese envoy's peace tour ends without breakthrough", "Expert comment"),
]


def lab_html(art: dict) -> str:
    d = when(art)
    bl = blocks(art)
    heads = [t for k, t in bl if k == "h"]
    parts, si = [], 0
    for k, t in bl:
        if k == "h":
            si += 1
            parts.append(f'<h2 id="section-{si}">{esc(t)}</h2>')
        elif k == "p":
            parts.append(f"<p>{fn_html(t)}</p>")
        elif k == "pull":
            parts.append(f'<blockquote class="pull-quote" aria-hidden="true"><p>&ldquo;{esc(t)}&rdquo;</p>'
                         f'<button class="share-quote">Share this quote</button></blockquote>')
    toc = "".join(f'<li><a href="#section-{i}">{esc(h)}</a></li>' for i, h in enumerate(heads, 1))
    takeaways = "".join(f"<li>{esc(t)}</li>" for t in art["takeaways"])
    notes = "".join(f'<li id="fn{i}">{esc(n)} <a href="#ref{i}" aria-label="Back to text">&#8617;</a></li>'
                    for i, n in enumerate(art["notes"], 1))
    related = "".join(f'<li><a href="/eurasia-policy-lab/research/{re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")}">'
                      f'{esc(h)}</a> <span class="type">{t}</span></li>' for h, t in LAB_RELATED)
    words = len(gold_body(art).split())
    datestr = f"{d.day} {d:%B %Y}"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art['title'])} | Eurasia Policy Lab</title>
<link rel="canonical" href="{url(art)}">
<meta name="description" content="{esc(art['dek'])}">
<meta name="citation_title" content="{esc(art['title'])}">
<meta name="citation_author" content="{esc(art['author'])}">
<meta name="citation_publication_date" content="{d:%Y/%m/%d}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(art['title'])}">
<meta property="article:published_time" content="{d.isoformat()}">
<link rel="alternate" type="application/atom+xml" href="{BASE}/eurasia-policy-lab/feed.xml">
<style>.key-takeaways{{border:2px solid #1b4f72;padding:1em}}.pull-quote{{font-size:1.6em;color:#1b4f72}}sup.fnref a{{text-decoration:none}}</style>
</head>
<body class="template-analysis">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="brand"><a href="/eurasia-policy-lab/">Eurasia Policy Lab</a></div>
<nav class="primary-nav" aria-label="Main">
<ul><li><a href="#">Research</a></li><li><a href="#">Programmes</a></li><li><a href="#">Experts</a></li><li><a href="#">Events</a></li><li><a href="#">Publications</a></li><li><a href="#">Podcasts</a></li><li><a href="#">About us</a></li></ul>
</nav>
<div class="utility"><a href="#">Search</a> <a href="#">Newsletter</a> <a class="btn-donate" href="#">Support our work</a></div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ul><li><a href="/eurasia-policy-lab/">Home</a></li><li><a href="#">Publications</a></li><li>Analysis</li></ul></nav>
<main id="main">
<article class="publication">
<div class="pub-type">Analysis</div>
<h1 class="pub-title">{esc(art['title'])}</h1>
<p class="standfirst">{esc(art['dek'])}</p>
<div class="pub-meta"><span class="author"><a href="#">{esc(art['author'])}</a></span> <span class="role">{esc(art['author_role'])}</span><br><time datetime="{d.isoformat()}">{datestr}</time> <span class="read-time">{max(3, words // 200)} min read</span></div>
<div class="pub-tools"><a href="#">Download PDF</a> <a href="#">Share</a> <a href="#cite">Cite</a></div>
<aside class="key-takeaways"><h2>Key takeaways</h2><ul>{takeaways}</ul></aside>
<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{toc}<li><a href="#notes">Notes</a></li><li><a href="#about">About the author</a></li></ol></nav>
<div class="pub-body">
{chr(10).join(parts)}
</div>
<section class="notes" id="notes"><h2>Notes</h2><ol>{notes}</ol></section>
<section class="about-author" id="about"><h2>About the author</h2><p>{esc(art['bio'])}</p><p><a href="#">View full profile</a></p></section>
<section class="cite" id="cite"><h3>Cite this analysis</h3><p>{esc(art['author'])}, &ldquo;{esc(art['title'])}&rdquo;, Eurasia Policy Lab, {datestr}.</p></section>
</article>
<aside class="related"><h2>Related research</h2><ul>{related}</ul></aside>
<section class="newsletter"><h2>Get our weekly Eurasia briefing</h2><form action="#"><label>Email address <input type="email" name="email"></label> <button type="submit">Sign up</button></form></section>
</main>
<footer class="site-footer">
<p>Eurasia Policy Lab is an independent, non-partisan research institute. The views expressed in this publication are those of the author.</p>
<ul><li><a href="#">Contact</a></li><li><a href="#">Careers</a></li><li><a href="#">Privacy</a></li><li><a href="#">Accessibility</a></li></ul>
<p>&copy; {d.year} Eurasia Policy Lab. Registered charity.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# Template 3: Northwind News (broadcaster, timestamped posts)
# ---------------------------------------------------------------------------------------

NW_TOP = [
    ("China sending artillery shells to Russia, Kyiv claims", "1 hour ago"),
    ("Storm warnings issued for the northern coast", "2 hours ago"),
    ("Beijing ready to host Russia-Ukraine talks, envoy hints", "3 hours ago"),
    ("Central bank holds rates as inflation eases", "4 hours ago"),
    ("Watch: Rescue crews free driver trapped in flood water", "5 hours ago"),
    ("Champions League: late winner sends holders through", "6 hours ago"),
]


def nw_html(art: dict) -> str:
    d = when(art)
    live = art.get("live")
    posts, cur = [], None
    for k, t in blocks(art):
        if k == "time":
            cur = {"time": t, "items": []}
            posts.append(cur)
        elif k == "p":
            cur["items"].append(f"<p>{esc(t)}</p>")
        elif k == "video":
            cap, dur = [x.strip() for x in t.split("|")]
            cur["items"].append(
                f'<div class="inline-player" data-video-id="{uuid.uuid5(uuid.NAMESPACE_URL, cap).hex[:10]}">'
                f'<img src="/northwind-news/thumbs/{uuid.uuid5(uuid.NAMESPACE_URL, cap).hex[:8]}.jpg" alt="{esc(cap[7:])}">'
                f'<button class="play">Play Video</button> <span class="duration">{dur}</span>'
                f'<p class="video-caption">{esc(cap)}</p></div>')
    post_html = "\n".join(
        f'<div class="post" id="post-{i}"><div class="post-time"><time>{p["time"]}</time></div>'
        f'<div class="post-body">{"".join(p["items"])}</div>'
        f'<div class="post-tools"><a href="#post-{i}">Copy link</a> <a href="#">Share</a></div></div>'
        for i, p in enumerate(posts, 1))
    top = "".join(f'<li><a href="#">{esc(h)}</a> <span class="ago">{a}</span></li>' for h, a in NW_TOP)
    vcap, vdur = art["video"]
    ld = json.dumps({"@context": "https://schema.org",
                     "@type": "LiveBlogPosting" if live else "NewsArticle",
                     "headline": art["title"], "description": art["dek"],
                     "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                     "author": {"@type": "Organization", "name": "Northwind News"},
                     "publisher": {"@type": "Organization", "name": "Northwind News"},
                     "mainEntityOfPage": url(art)})
    published = f"Published {d.day} {d:%B %Y}, {d:%H:%M} GMT"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(art['title'])} | Northwind News</title>
<link rel="canonical" href="{url(art)}">
<meta name="description" content="{esc(art['dek'])}">
<meta property="og:title" content="{esc(art['title'])}">
<meta property="og:type" content="{'video.other' if live else 'article'}">
<meta property="article:published_time" content="{d.isoformat()}">
<link rel="alternate" type="application/rss+xml" href="{BASE}/northwind-news/feed.xml">
<script type="application/ld+json">{ld}</script>
<script>window.__NW__={{"player":{{"autoplay":false,"muted":true}},"ads":{{"slot":"story-top"}}}};</script>
<style>.nw-live{{background:#c00;color:#fff}}.post-time{{font-weight:bold}}.rail{{width:300px}}</style>
</head>
<body>
<div id="nw-root">
<header class="nw-header">
<a class="nw-logo" href="/northwind-news/">NWN <span>Northwind News</span></a>
<nav class="nw-nav"><ul><li><a href="#">Home</a></li><li><a href="#">News</a></li><li><a href="#">World</a></li><li><a href="#">US</a></li><li><a href="#">Politics</a></li><li><a href="#">Business</a></li><li><a href="#">Video</a></li><li><a href="#">Live TV</a></li><li><a href="#">Weather</a></li><li><a href="#">Sport</a></li></ul></nav>
<div class="nw-account"><a href="#">Watch Live</a> <a href="#">Sign in</a></div>
</header>
<main class="nw-main">
<div class="nw-story">
<div class="nw-kicker">{'<span class="nw-live">LIVE</span> ' if live else ''}World</div>
<h1>{esc(art['title'])}</h1>
<p class="nw-dek">{esc(art['dek'])}</p>
<div class="nw-byline">By {esc(art['author'])}<br><span class="nw-updated">{art['updated']}</span> <time datetime="{d.isoformat()}">{published}</time></div>
<div class="nw-player"><img src="/northwind-news/thumbs/{art['slug']}.jpg" alt="{esc(art['image_alt'])}"><button class="play">Play Video</button> <span class="duration">{vdur}</span><p class="video-caption">{esc(vcap)}</p></div>
<p class="nw-caption">{esc(art['caption'])}</p>
<div class="nw-posts">
{post_html}
</div>
<aside class="nw-transcript"><p>{esc(art['transcript'])}</p><a href="#">Read the transcript</a></aside>
<div class="nw-share">Share this story <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</div>
<aside class="rail"><h2>Top stories</h2><ol>{top}</ol>
<h2>Most watched</h2><ul><li><a href="#">Play Video 3:12 Inside the drone factories feeding the front line</a></li><li><a href="#">Play Video 0:44 Ferry rescue caught on camera</a></li><li><a href="#">Play Video 5:20 Explainer: who supplies Russia's army?</a></li></ul>
<div class="ad"><span>Advertisement</span></div></aside>
</main>
<footer class="nw-footer"><ul><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Cookies</a></li><li><a href="#">Contact Us</a></li><li><a href="#">Accessibility Help</a></li></ul><p>&copy; {d.year} Northwind Broadcasting. Northwind News is not responsible for the content of external sites.</p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------
# "Save as text" dump
# ---------------------------------------------------------------------------------------

class TextDump(HTMLParser):
    BLOCK = {"div", "tr", "td", "th", "table", "ul", "ol", "li", "header", "footer", "nav",
             "section", "article", "aside", "main", "figure", "figcaption", "form", "hr",
             "center", "dl", "dt", "dd", "label"}
    PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    SKIP = {"script", "style", "head", "title", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.lists: list[list] = []
        self.pending = 0

    def nl(self, n: int) -> None:
        self.pending = max(self.pending, n)

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "br":
            self.nl(1)
        elif tag in self.PARA:
            self.nl(2)
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
            self.nl(1)
        elif tag == "li":
            self.nl(1)
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.handle_data(f"{self.lists[-1][1]}. ")
        elif tag in self.BLOCK:
            self.nl(1)

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.PARA:
            self.nl(2)
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self.nl(1)
        elif tag in self.BLOCK:
            self.nl(1)

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r"\s+", " ", data)
        if self.pending and data.strip():
            self.out.append("\n" * self.pending)
            self.pending = 0
            data = data.lstrip()
        self.out.append(data)

    def text(self) -> str:
        raw = "".join(self.out)
        lines = [ln.strip() for ln in raw.split("\n")]
        txt = "\n".join(lines)
        txt = re.sub(r"\n{3,}", "\n\n", txt).strip()
        return txt + "\n"


def dump(page: str) -> str:
    p = TextDump()
    p.feed(page)
    p.close()
    return p.text()


# ---------------------------------------------------------------------------------------
# Feeds
# ---------------------------------------------------------------------------------------

def rss(outlet: str, arts: list[dict]) -> str:
    name = OUTLETS[outlet]["name"]
    items = []
    for a in arts:
        items.append(f"""  <item>
    <title>{esc(a['title'])}</title>
    <link>{url(a)}</link>
    <guid isPermaLink="false">{uuid.uuid5(uuid.NAMESPACE_URL, url(a))}</guid>
    <pubDate>{format_datetime(when(a), usegmt=True)}</pubDate>
    <description>{esc(a['dek'])}</description>
    <category>World</category>
  </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>{esc(name)}</title>
  <link>{BASE}/{outlet}/</link>
  <description>Latest world news from {esc(name)}</description>
  <language>en-us</language>
  <lastBuildDate>{format_datetime(when(arts[0]), usegmt=True)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(outlet: str, arts: list[dict]) -> str:
    name = OUTLETS[outlet]["name"]
    entries = []
    for a in arts:
        entries.append(f"""  <entry>
    <title>{esc(a['title'])}</title>
    <link rel="alternate" href="{url(a)}"/>
    <id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url(a))}</id>
    <published>{when(a).isoformat()}</published>
    <updated>{when(a).isoformat()}</updated>
    <author><name>{esc(a['author'])}</name></author>
    <summary>{esc(a['dek'])}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{esc(name)}: Analysis</title>
  <id>{BASE}/{outlet}/</id>
  <updated>{when(arts[0]).isoformat()}</updated>
  <link rel="self" href="{BASE}/{outlet}/feed.xml"/>
  <link rel="alternate" href="{BASE}/{outlet}/"/>
{chr(10).join(entries)}
</feed>
"""


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------

def check(art: dict, body: str, txt: str) -> None:
    paras = body.split("\n\n")
    for ev in evidence(art):
        s = ev["sentence"]
        assert any(p == s or p.startswith(s + " ") or p.endswith(" " + s) or f" {s} " in p
                   for p in paras), f"{art['id']}: sentence not a whole sentence of the body: {s!r}"
    txt_lines = {FN.sub("", re.sub(r"\[(\d+)\]", r"[^\1]", ln)) for ln in txt.splitlines()}
    for p in paras:
        assert p in txt_lines, f"{art['id']}: paragraph missing from the txt dump: {p[:60]!r}"


def main() -> int:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids))
    site = HERE / "site"
    if site.exists():
        shutil.rmtree(site)
    manifest, labels, gold = [], [], []
    gazette_n = 0
    for art in sorted(ARTICLES, key=lambda a: a["id"]):
        out = HERE / rel(art)
        out.parent.mkdir(parents=True, exist_ok=True)
        if art["outlet"] == "riverside-gazette":
            page = gazette_html(art, gazette_others(art, gazette_n))
            gazette_n += 1
        elif art["outlet"] == "eurasia-policy-lab":
            page = lab_html(art)
        else:
            page = nw_html(art)
        txt = dump(page)
        body = gold_body(art)
        check(art, body, txt)
        out.with_suffix(".html").write_text(page, encoding="utf-8")
        out.with_suffix(".txt").write_text(txt, encoding="utf-8")
        ts = when(art).timestamp()
        for suffix in (".html", ".txt"):
            os.utime(out.with_suffix(suffix), (ts, ts))
        manifest.append({"id": art["id"], "url": url(art), "canonical_url": url(art),
                         "html": rel(art) + ".html", "txt": rel(art) + ".txt",
                         "outlet": art["outlet"], "published": art["published"]})
        labels.append({"id": art["id"], "split": SPLIT, "outlet": art["outlet"],
                       "evidence": evidence(art), "syndication_group": art["syndication_group"],
                       "source_event": art["source_event"], "traps": art["traps"]})
        gold.append({"id": art["id"], "title": art["title"], "body": body})
    for outlet, spec in OUTLETS.items():
        arts = sorted((a for a in ARTICLES if a["outlet"] == outlet), key=when, reverse=True)
        feed = HERE / "site" / outlet / "feed.xml"
        feed.write_text((rss if spec["feed"] == "rss" else atom)(outlet, arts), encoding="utf-8")
        ts = when(arts[0]).timestamp()
        os.utime(feed, (ts, ts))
    manifest.sort(key=lambda m: m["published"])

    def jsonl(name: str, rows: list[dict]) -> None:
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")

    jsonl("manifest.jsonl", manifest)
    jsonl("labels.jsonl", labels)
    jsonl("gold.jsonl", gold)
    (HERE / "expected_shifts.json").write_text(
        json.dumps(expected_shifts(labels), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for rec in labels:
        keys = article_shift_keys(rec["evidence"])
        print(rec["id"], rec["outlet"], {f"{s}->{t}": v for (s, t), v in sorted(keys.items())} or "-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
