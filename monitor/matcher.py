"""Compiled rules x article -> evidence (pure: no I/O).

How one article is read:

1. Every term of every topic (actor names, verbs, objects, phrases, context words, values)
   and every cue of the lexicon is compiled, in lemma form, into **one** Aho-Corasick
   automaton.  A paragraph is lemmatised once and scanned once; paragraphs without a signal
   term are not even split into sentences, so cost grows slowly with topics and signals.
2. For each sentence with a trigger (a verb with an object in its window, an inverse verb, a
   phrase, an operator pattern, a value), the **actor doing it** is found: the passive agent
   ("by Chinese firms"), the source of an inverse verb ("from China", "Chinese drones"), or
   the nearest subject-like actor mention to the left in the clause (mentions after a
   preposition and mentions of the target are skipped; coordinations "Xi and Putin" count
   whole).  Pronouns and subject-less sentences take the actor of the sentence before; "we"
   inside a quote is the quote's speaker.
3. The **state** comes from cues around the trigger, NegEx/ConText style: a cue reaches
   ``scope`` tokens in its direction and stops at a terminator.  negation > hedge >
   attribution (a speaker other than the actor) > asserted.  A request ("urged China to")
   drops the evidence.  A denial by the actor ("Beijing denies it") negates the signals of
   the clause or sentence before it.  A past-time cue marks the evidence ``historical``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import ahocorasick

from monitor.rulebook import Rulebook, Signal, Topic, compile_pattern
from monitor.text import Tokens, lemma, sentence_spans, tokenize
from monitor.types import Article, Cue, Evidence

__all__ = ["Matcher"]

_PREPS = frozenset(
    "to on against for of from with at in into toward towards between among over about as "
    "than like upon onto via amid including include".split()
)
_BE = frozenset({"be", "get", "have been"})
_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "she", "her"})
_FIRST_PERSON = frozenset({"we", "our", "us", "i", "my"})
_COORD = frozenset({"and", ",", "&", "or", "as well as"})
_HARD = frozenset({";", ":"})
_QUOTE_CHARS = frozenset('"“”')
_ANAPHORA = frozenset(
    "it this these them any such claim report allegation accusation charge suggestion story "
    "account assertion notion those both all".split()
)
# A speaker named only by role ("the spokeswoman said") is the actor the text is about.
_TITLES = frozenset(
    "President Premier Prime Minister Chancellor Foreign Secretary Leader Chairman Ambassador "
    "Envoy Spokesman Spokeswoman Defence Defense Russian Chinese Ukrainian".split()
)
_SPEAKER_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson ministry embassy government cabinet bank lender regulator".split()
)
_MADE_SUFFIXES = (
    "made",
    "built",
    "supplied",
    "manufactured",
    "produced",
    "based",
    "owned",
    "sourced",
    "origin",
    "linked",
    "backed",
)
_REDUCED_PASSIVE = frozenset("accuse suspect allege charge believe report say think know".split())
_DOC_NOUNS = frozenset({"statement", "document", "declaration", "communique", "communiqué", "paper"})
_STRENGTH = {"negated": 3, "hedged": 2, "alleged": 1, "asserted": 0}


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    kind: str  # actor verb inv obj phrase ctx val cue term pattern
    topic: str = ""
    signal: int = -1
    form: int = -1
    name: str = ""  # actor id, value name or cue kind
    direction: str = ""
    scope: int = 0


@dataclass
class _Sentence:
    tokens: Tokens
    a: int  # first token index in the paragraph's tokens
    b: int  # one past the last token
    hits: list[_Hit]
    start: int  # character offsets in Article.text
    end: int
    text: str
    cues: list[_Hit] = field(default_factory=list)
    bounds: list[int] = field(default_factory=list)  # terminator token indices
    # shared by every topic reading the sentence (filled by _group)
    actor_hits: dict[int, list[_Hit]] = field(default_factory=dict)  # actor class -> mentions
    signal_hits: dict[int, list[_Hit]] = field(default_factory=dict)  # signal class -> hits
    actors: dict[int, list[_Hit]] = field(default_factory=dict)  # actor class -> longest mentions
    masked: set[tuple[int, int]] = field(default_factory=set)
    pseudo: list[tuple[int, int]] = field(default_factory=list)  # pseudo-cue token spans
    has_denial: bool = False
    joint: frozenset[str] = frozenset()  # signers of the joint document the text last named


@dataclass
class _Found:
    signal: Signal
    state: str | None
    value: str | None
    hits: list[tuple[str, int, int]]  # (cue kind, token start, token end)
    historical: bool
    span: tuple[int, int]
    refusal: bool = False  # found by a form whose every act is a refusal (state floor negated)
    aspiration: bool = False  # found by a form of aspiration or advocacy (state floor hedged)
    opposite: bool = False  # found by a form naming the signal's opposite ("never abandon")


class Matcher:
    """Match articles against every topic of a rulebook."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self.topics: dict[str, Topic] = dict(rulebook.topics)
        self._auto: Any = ahocorasick.Automaton()
        table: dict[str, list[tuple[tuple[str, int] | None, _Hit]]] = {}

        def add(phrase: tuple[str, ...], hit: _Hit, group: tuple[str, int] | None) -> None:
            if phrase:
                table.setdefault(" " + " ".join(phrase) + " ", []).append((group, hit))

        # Topics are compiled into shared *classes*: an actor table and a signal that several
        # topics spell the same way are one class, scanned, expanded and evaluated once per
        # sentence, whichever topics use them.  A hit's ``signal`` field is its class index.
        self._sig_classes: list[Signal] = []
        self._act_classes: list[Any] = []
        sig_index: dict[Any, int] = {}
        act_index: dict[Any, int] = {}
        self._plan: dict[str, tuple[int, tuple[int, ...]]] = {}
        self._patterns: list[tuple[int, Any]] = []
        for topic in self.topics.values():
            akey = tuple(sorted(topic.actors.items()))
            ac = act_index.get(akey)
            if ac is None:
                ac = act_index[akey] = len(self._act_classes)
                self._act_classes.append(akey)
                for actor, names in topic.actors.items():
                    for name in names:
                        add(name, _Hit(0, 0, "actor", signal=ac, name=actor), ("a", ac))
                        if len(name) == 1 and name[0][:1].isalpha():
                            for suffix in _MADE_SUFFIXES:
                                made = (lemma(f"{name[0]}-{suffix}"),)
                                add(made, _Hit(0, 0, "actor", signal=ac, name=actor), ("a", ac))
            scs: list[int] = []
            for sig in topic.signals:
                skey = _signal_key(sig)
                sc = sig_index.get(skey)
                if sc is None:
                    sc = sig_index[skey] = len(self._sig_classes)
                    self._sig_classes.append(sig)
                    g = ("s", sc)
                    for fi, form in enumerate(sig.forms):
                        for v in form.verbs:
                            add(v, _Hit(0, 0, "verb", signal=sc, form=fi), g)
                        for v in form.inverse_verbs:
                            add(v, _Hit(0, 0, "inv", signal=sc, form=fi), g)
                        for o in form.objects:
                            add(o, _Hit(0, 0, "obj", signal=sc, form=fi), g)
                        for ph in form.phrases:
                            add(ph, _Hit(0, 0, "phrase", signal=sc, form=fi), g)
                    for c in sig.context:
                        add(c, _Hit(0, 0, "ctx", signal=sc), g)
                    for value, terms in sig.values.items():
                        for t in terms:
                            add(t, _Hit(0, 0, "val", signal=sc, name=value), g)
                    for pattern in sig.patterns:
                        self._patterns.append((sc, compile_pattern(pattern)))
                scs.append(sc)
            self._plan[topic.id] = (ac, tuple(scs))
        lex = rulebook.lexicon
        for cue in lex.cues:
            for t in cue.terms:
                add(t, _Hit(0, 0, "cue", name=cue.kind, direction=cue.direction, scope=cue.scope), None)
        for t in lex.terminators:
            add(t, _Hit(0, 0, "term"), None)
        # the topics whose actor of interest an actor class names with a given term
        interest: dict[tuple[int, str], frozenset[str]] = {}
        for topic in self.topics.values():
            key_ = (self._plan[topic.id][0], topic.actor)
            interest[key_] = interest.get(key_, frozenset()) | {topic.id}
        for key, entries in table.items():
            common = tuple(h for grp, h in entries if grp is None)
            per_group: dict[tuple[str, int], tuple[_Hit, ...]] = {}
            for grp, h in entries:
                if grp is not None:
                    per_group[grp] = per_group.get(grp, ()) + (h,)
            of_interest: frozenset[str] = frozenset()
            for grp, h in entries:
                if grp is not None and h.kind == "actor":
                    of_interest |= interest.get((h.signal, h.name), frozenset())
            self._auto.add_word(key, (len(key) - 1, common, per_group, of_interest))
        if table:
            self._auto.make_automaton()
        self._empty = not table
        self._pseudo_scope = lex.scope

    # --- scanning ----------------------------------------------------------------------

    def _scan(self, tokens: Tokens) -> list[tuple[int, int, Any]]:
        """Raw automaton matches: (first token, last token + 1, payload)."""
        if self._empty:
            return []
        line, owner = tokens.lemma_line()
        out: list[tuple[int, int, Any]] = []
        for end_char, payload in self._auto.iter(line):
            # the key is " a b c ": its first token owns the character after its leading space
            last, first = owner[end_char - 1], owner[end_char - payload[0] + 1]
            out.append((first, last + 1, payload))
        return out

    @staticmethod
    def _expand(raw: list[tuple[int, int, Any]], groups: set[tuple[str, int]]) -> list[_Hit]:
        """The hits of the cues and of the given actor and signal classes only."""
        hits: list[_Hit] = []
        for first, end, (_, common, per_group, _) in raw:
            for h in common:
                hits.append(_Hit(first, end, h.kind, h.topic, h.signal, h.form, h.name, h.direction, h.scope))
            for g in groups.intersection(per_group) if per_group else ():
                for h in per_group[g]:
                    hits.append(_Hit(first, end, h.kind, h.topic, h.signal, h.form, h.name, h.direction, h.scope))
        return hits

    # --- public API --------------------------------------------------------------------

    def match(self, article: Article, topics: Collection[str] | None = None) -> list[Evidence]:
        """Evidence for the given topics (all when None), in reading order."""
        wanted = [t for t in self.topics.values() if topics is None or t.id in topics]
        if not wanted:
            return []
        ids = {t.id for t in wanted}
        scanned: list[tuple[str, int, Tokens, list[tuple[int, int, Any]]]] = []
        offset = 0
        present: set[str] = set()  # topics whose actor of interest the article names at all
        for para in article.paragraphs:
            tokens = tokenize(para, offset)
            raw = self._scan(tokens)
            for _, _, payload in raw:
                if payload[3]:
                    present.update(payload[3])
            scanned.append((para, offset, tokens, raw))
            offset += len(para) + 2
        present &= ids
        wanted = [t for t in wanted if t.id in present]
        if not wanted:
            return []
        acs = sorted({self._plan[t.id][0] for t in wanted})
        scs = {sc for t in wanted for sc in self._plan[t.id][1]}
        groups = {("a", ac) for ac in acs} | {("s", sc) for sc in scs}
        paragraphs: list[tuple[str, int, Tokens, list[_Hit]]] = []
        for para, offset, tokens, raw in scanned:
            hits = self._expand(raw, groups)
            hits.extend(self._pattern_hits(para, tokens, scs))
            paragraphs.append((para, offset, tokens, hits))
        out: list[Evidence] = []
        context: dict[int, str | None] = {ac: None for ac in acs}  # per actor class
        prev: _Sentence | None = None
        # claims of the last sentences per topic: a plural anaphor ("rejected the accusations")
        # denies all of them, not only the sentence right before
        recent: dict[str, list[dict[str, Signal]]] = {t.id: [] for t in wanted}
        joint: frozenset[str] = frozenset()
        for para, offset, tokens, hits in paragraphs:
            triggers = any(
                h.kind in ("verb", "inv", "phrase", "val", "pattern")
                or (h.kind == "cue" and h.name == "denial")
                or (h.kind == "ctx" and tokens.lemmas[h.start] == "vote")  # "voted on Monday for"
                for h in hits
            ) or any(  # "There is no evidence that it has done so.": the act before, again
                tokens.lemmas[k] == "do" and tokens.lemmas[k + 1] == "so" for k in range(len(tokens) - 1)
            )
            if not triggers:
                for ac in acs:
                    first = _first_subject(tokens, 0, len(tokens), hits, ac)
                    if first is not None:
                        context[ac] = first
                joint = _joint_signers(tokens, 0, len(tokens), hits) or joint
                prev = None
                continue
            for s_start, s_end in sentence_spans(para):
                a, b = _token_range(tokens, offset + s_start, offset + s_end)
                if a >= b:
                    continue
                sent_hits = [h for h in hits if h.start >= a and h.end <= b]
                sent = _Sentence(tokens, a, b, sent_hits, offset + s_start, offset + s_end, para[s_start:s_end])
                sent.joint = joint = _joint_signers(tokens, a, b, sent_hits) or joint
                _resolve_cues(sent)
                _group(sent)
                memo: dict[Any, Any] = {}
                for t in wanted:
                    ac, t_scs = self._plan[t.id]
                    found = self._sentence(t, ac, t_scs, sent, context[ac], prev, memo, recent[t.id])
                    out.extend(self._evidence(t, sent, f, memo) for f in found)
                    claims = {
                        f.signal.id: f.signal for f in found if f.signal.kind == "presence" and f.state != "negated"
                    }
                    recent[t.id] = (recent[t.id] + [claims])[-_RECENT:]
                for ac in acs:
                    first = _first_subject(tokens, a, b, sent.actor_hits.get(ac, ()), ac)
                    if first is not None:
                        context[ac] = first
                prev = sent
        return _dedupe(out)

    def _pattern_hits(self, para: str, tokens: Tokens, classes: set[int]) -> list[_Hit]:
        out: list[_Hit] = []
        if not self._patterns:
            return out
        base = tokens.starts[0] - (tokens.text.find(tokens.words[0]) if tokens.words else 0)
        for sc, regex in self._patterns:
            if sc not in classes:
                continue
            pos = 0
            while pos <= len(para):
                m = regex.search(para, pos)
                if m is None or m.end() == m.start() and m.end() >= len(para):
                    break
                a, b = _token_range(tokens, base + m.start(), base + m.end())
                if a < b:
                    out.append(_Hit(a, b, "pattern", signal=sc))
                pos = max(m.end(), m.start() + 1)
        return out

    # --- one sentence ------------------------------------------------------------------

    def _sentence(
        self,
        topic: Topic,
        ac: int,
        scs: tuple[int, ...],
        sent: _Sentence,
        context: str | None,
        prev: _Sentence | None,
        memo: dict[Any, Any] | None,
        recent: list[dict[str, Signal]] | None = None,
    ) -> list[_Found]:
        """What one topic finds in one sentence; signal results are shared through ``memo``
        by every topic reading the sentence with the same actor class, actor and context."""
        if memo is None:
            memo = {}
        actors = sent.actors.get(ac)
        if actors is None:
            actors = sent.actors[ac] = _longest(list(sent.actor_hits.get(ac, ())))
        found: list[_Found] = []
        if sent.text.rstrip("\"”’' ").endswith("?"):  # a question reports nothing
            return found
        for sc in scs:
            sig_hits = sent.signal_hits.get(sc)
            if not sig_hits:
                continue
            key = (sc, ac, topic.actor, context)
            got = memo.get(key)
            if got is None:
                sig = self._sig_classes[sc]
                if sig.kind == "value":
                    got = self._values(topic, sig, sc, sent, sig_hits, actors, context, prev)
                else:
                    got = self._presence(topic, sig, sent, sig_hits, actors, context)
                memo[key] = got
            found.extend(got)
        if sent.has_denial:
            earlier: dict[str, Signal] = {}
            for claims in reversed(recent or ()):  # the unbroken run of claims just before
                if not claims:
                    break
                earlier.update(claims)
            dkey = ("denial", ac, topic.actor, scs, context, tuple(sorted(earlier)))
            denied = memo.get(dkey)
            if denied is None:
                denied = memo[dkey] = self._denials(topic, ac, scs, sent, actors, context, found, prev, earlier)
            found.extend(denied)
        if not found and prev is not None and _do_so(sent) is not None:
            skey = ("do-so", ac, topic.actor, scs, context)
            again = memo.get(skey)
            if again is None:
                again = memo[skey] = self._done_so(topic, ac, scs, sent, actors, context, prev)
            found.extend(again)
        return found

    def _done_so(
        self,
        topic: Topic,
        ac: int,
        scs: tuple[int, ...],
        sent: _Sentence,
        actors: list[_Hit],
        context: str | None,
        prev: _Sentence,
    ) -> list[_Found]:
        """'Beijing could ship ammunition. There is no evidence that it has done so.': "do so"
        stands for the act of the sentence before, in this sentence's state."""
        k = _do_so(sent)
        assert k is not None
        who = _subject(sent, k, actors, topic, None, context)
        if who is None or topic.actor not in who[0]:
            j = k - 1
            while j > sent.a and sent.tokens.lemmas[j] in _AUXILIARIES:
                j -= 1
            if sent.tokens.lemmas[j] not in _NOMINATIVE:
                return []
            who = {topic.actor}, [(j, j + 1)]  # "it has done so": the doer of that act
        span = (k, k + 2)
        state, cue_used, drop = _state(sent, span, topic, actors, context, topic.actor)
        if drop:
            return []
        used = [("verb", k, k + 2), *(("actor", s, e) for s, e in who[1]), *cue_used]
        hist, hist_cues = _historical(sent, span)
        acts = {f.signal.id: f.signal for f in self._sentence(topic, ac, scs, prev, context, None, None)
                if f.signal.kind == "presence"}
        return [_Found(sig, state, None, used + hist_cues, hist, span) for sig in acts.values()]

    def _presence(
        self,
        topic: Topic,
        sig: Signal,
        sent: _Sentence,
        hits: list[_Hit],
        actors: list[_Hit],
        context: str | None,
    ) -> list[_Found]:
        out: list[_Found] = []
        masked = sent.masked
        objects = [h for h in hits if h.kind == "obj" and (h.start, h.end) not in masked
                   and not _attributive_participle(sent, h)]
        verbs = [h for h in hits if h.kind == "verb" and (h.start, h.end) not in masked]
        for trig in hits:
            if trig.kind not in ("verb", "inv", "phrase", "pattern"):
                continue
            if (trig.start, trig.end) in masked:
                continue
            if _in_question(sent, trig.start):
                continue
            if trig.kind == "verb" and _adjectival(sent, trig):
                continue
            if trig.kind == "verb" and _restricted(sent, trig):
                continue
            obj: _Hit | None = None
            if trig.kind in ("verb", "inv"):
                obj = _nearest_object(trig, objects, sig.window, sent, actors, verbs)
                if obj is None:
                    continue
            actor_hits = self._actor_of(topic, sig, trig, obj, sent, actors, context)
            if actor_hits is None:
                continue
            names, spans = actor_hits
            if sig.subject not in names:
                continue
            tgt = _target_ok(topic, sig, sent, actors, trig)
            if tgt is None:
                continue
            span = (min(trig.start, obj.start) if obj else trig.start, max(trig.end, obj.end) if obj else trig.end)
            if obj is not None and _pronoun_object(sent, trig, obj):
                span = (trig.start, trig.end + 1)  # the act is where the pronoun stands
            used = [("verb" if trig.kind != "phrase" else "object", trig.start, trig.end)]
            if obj is not None:
                used.append(("object", obj.start, obj.end))
            used.extend(("actor", s, e) for s, e in spans)
            if tgt:
                used.append(("target", tgt[0], tgt[1]))
            parts = ((trig.start, trig.end),) + (((obj.start, obj.end),) if obj is not None else ())
            if obj is not None and _pronoun_object(sent, trig, obj):
                parts = ((trig.start, trig.end), (trig.end, trig.end + 1))
            state, cue_used, drop = _state(sent, span, topic, actors, context, sig.subject, parts)
            if drop:
                continue
            if state == "alleged" and _partner_speaks(sent, spans, cue_used, actors, context, sig.subject):
                continue
            floor = sig.forms[trig.form].state if 0 <= trig.form < len(sig.forms) else None
            if floor == "hedged" and _purpose(sent, trig.start, actors):
                floor = None  # "met Zelensky in Kyiv to promote peace talks": a done act's aim
            if state in ("asserted", "alleged") and _hypothetical(sent, span):
                state = "hedged"  # "warned that any shipment of arms ... would cross a red line"
            opposite = floor == "opposite"
            if opposite:
                state = _OPPOSITE[state]
                floor = None
            elif floor is not None and _STRENGTH[floor] > _STRENGTH[state]:
                state = floor  # advocacy is hedged, a refusal negated, whatever the cues say
            used.extend(cue_used)
            hist, hist_cues = _historical(sent, span)
            used.extend(hist_cues)
            out.append(_Found(sig, state, None, used, hist, span, floor == "negated", floor == "hedged", opposite))
        out = _nearest_reading(out)
        opposites = [f for f in out if f.opposite]
        if opposites:
            # "would never abandon its old friend Russia": the opposite act is the reading;
            # "old friend" alone under the same negation is not a second one
            out = [f for f in out if f.opposite or not any(
                o.span[0] < f.span[1] and f.span[0] < o.span[1] for o in opposites)]
        if any(f.refusal for f in out) and any(not f.refusal and f.state in ("asserted", "alleged") for f in out):
            # "opened a channel for importers whose payments were rejected by larger banks":
            # the refusal is the background of the act the sentence reports
            out = [f for f in out if not f.refusal]
        out = _outer_governs(out)
        if any(f.state == "hedged" for f in out) and any(not f.aspiration and f.state == "asserted" for f in out):
            # "pressed the peace plan China published, and said it would keep playing a
            # constructive role": the concrete act reported beats the aspiration beside it
            out = [f for f in out if f.state != "hedged"]
        return out

    def _values(
        self,
        topic: Topic,
        sig: Signal,
        sc: int,
        sent: _Sentence,
        hits: list[_Hit],
        actors: list[_Hit],
        context: str | None,
        prev: _Sentence | None,
    ) -> list[_Found]:
        out: list[_Found] = []
        hits = [h for h in hits if (h.start, h.end) not in sent.masked]
        ctx = [h for h in hits if h.kind == "ctx"]
        has_ctx = bool(ctx) or (prev is not None and any(h.kind == "ctx" for h in prev.signal_hits.get(sc, ())))
        if not has_ctx:
            return out
        toks = sent.tokens
        vals = [h for h in hits if h.kind == "val"]
        vals.extend(_split_votes(sent, vals, sc))
        for val in _longest(vals):
            members = _vote_members(sent, val, actors)
            tally = any(toks.words[k][:1].isdigit() and not _YEAR.fullmatch(toks.words[k])
                        for k in range(max(sent.a, val.start - 2), val.start))
            if tally and sig.subject not in members:
                continue  # "94 votes in favour", "73 countries abstaining": a tally, no one's vote
            actor_hits: tuple[set[str], list[tuple[int, int]]] | None
            if sig.subject in members:
                actor_hits = _subject_in(members[sig.subject], sig.subject)
            else:
                actor_hits = _subject(sent, val.start, actors, topic, None, context)
            if actor_hits is not None and val.start - 1 > sent.a and toks.lemmas[val.start - 1] == "in":
                # "China joined Russia in voting against": the joiner votes too
                first = next((h for h in actors if h.end <= val.start and h.start > sent.a
                              and toks.lemmas[h.start - 1] == "join"), None)
                if first is not None:
                    actor_hits = _subject(sent, first.start - 1, actors, topic, None, context)
            if actor_hits is None or sig.subject not in actor_hits[0]:
                continue
            span = (val.start, val.end)
            state, cue_used, drop = _state(sent, span, topic, actors, context, sig.subject, prohibitions=False)
            if state == "negated" and actor_hits[1]:
                own = min(s for s, _ in actor_hits[1])
                if all(c[2] <= own for c in cue_used):
                    # "when the assembly voted to suspend Russia ..., China voted no": the
                    # negation belongs to the clause before the voter's own
                    state = "asserted"
            if drop or state in ("negated", "hedged"):
                continue
            used = [("value", val.start, val.end)]
            used.extend(("actor", s, e) for s, e in actor_hits[1])
            used.extend(("context", h.start, h.end) for h in ctx[:1])
            hist, hist_cues = _historical(sent, span)
            used.extend(hist_cues)
            out.append(_Found(sig, None, val.name, used, hist, span))
        return out

    def _denials(
        self,
        topic: Topic,
        ac: int,
        scs: tuple[int, ...],
        sent: _Sentence,
        actors: list[_Hit],
        context: str | None,
        found: list[_Found],
        prev: _Sentence | None,
        earlier_claims: dict[str, Signal] | None = None,
    ) -> list[_Found]:
        """'Beijing denies it': the actor rejects the claim made just before ('the
        accusations', a plural, reaches the claims of the last few sentences)."""
        out: list[_Found] = []
        for cue in sent.cues:
            if cue.name != "denial" or not (_anaphoric(sent, cue.end) or _appositive_claim(sent, cue, actors)):
                continue
            who = _subject(sent, cue.start, actors, topic, None, context)
            if who is None or topic.actor not in who[0]:
                continue
            earlier = [
                f for f in found if f.span[1] <= cue.start and f.signal.kind == "presence" and f.state != "negated"
            ]
            if earlier:
                sigs = {f.signal.id: f.signal for f in earlier}
            elif prev is not None and not found:
                sigs = {}
                prev_found = self._sentence(topic, ac, scs, prev, context, None, None) if prev else []
                for f in prev_found:
                    if f.signal.kind == "presence":
                        sigs[f.signal.id] = f.signal
                if earlier_claims and _plural_anaphor(sent, cue.end):
                    sigs.update(earlier_claims)
            else:
                continue
            for sig in sigs.values():
                used = [("negation", cue.start, cue.end)]
                used.extend(("actor", s, e) for s, e in who[1])
                out.append(_Found(sig, "negated", None, used, False, (cue.start, cue.end)))
        return out

    def _actor_of(
        self,
        topic: Topic,
        sig: Signal,
        trig: _Hit,
        obj: _Hit | None,
        sent: _Sentence,
        actors: list[_Hit],
        context: str | None,
    ) -> tuple[set[str], list[tuple[int, int]]] | None:
        toks = sent.tokens
        if trig.kind == "inv":
            src = _after_word(sent, trig.end, ("from",), actors, sig.window)
            if src is not None:
                return src
            if obj is not None:
                mod = _modifier(obj, actors)
                if mod is not None:
                    return mod
            return None
        if trig.kind == "verb" and _nominal(sent, trig):
            mod = _modifier(trig, actors) or _after_word(sent, trig.end, ("by", "from"), actors, 4)
            if mod is None and _voiced_by(sent, trig.end, sig.window):
                # "no criticism of Russia's invasion was voiced by the Chinese side"
                mod = _after_word(sent, trig.end, ("by",), actors, sig.window)
            if mod is None and obj is not None:  # "arms deliveries", "any transfer of Chinese weapons"
                mod = _modifier(obj, actors)
            if mod is None and trig.start > sent.a and toks.lemmas[trig.start - 1] == "the":
                # "China is considering the sale of drones": the act of the clause's subject
                mod = _subject(sent, trig.start, actors, topic, sig.target, context)
            return mod
        if trig.kind == "verb" and trig.start > sent.a:
            # "an end to Chinese exports of dual-use goods": a plural noun whose maker is the
            # actor right before it (in a verb reading that actor is the subject anyway)
            adj = next((h for h in actors if h.end == trig.start), None)
            word = toks.words[trig.start].lower()
            if (
                adj is not None
                and adj.start > sent.a
                and word.endswith("s")
                and word != toks.lemmas[trig.start]
                and (toks.lemmas[adj.start - 1] in _PREPS or toks.lemmas[adj.start - 1] in _DETERMINERS)
            ):
                return {adj.name}, [(adj.start, adj.end)]
        if trig.kind == "verb" and trig.start - 3 >= sent.a and toks.lemmas[trig.start - 1] == "to":
            # "no effort by China to help Moscow", "a mistake for Beijing to send": the
            # infinitive's subject is the actor its noun or adjective introduces
            doer = next(
                (
                    h
                    for h in actors
                    if trig.start - 3 <= h.end <= trig.start - 1
                    and all(
                        toks.words[k].isalpha() and toks.lemmas[k] not in _PREPS for k in range(h.end, trig.start - 1)
                    )
                ),
                None,
            )  # "by China to", "by Chinese banks to"
            if doer is not None and doer.start > sent.a and toks.lemmas[doer.start - 1] in ("by", "for", "from"):
                return {doer.name}, [(doer.start, doer.end)]
        if trig.kind == "verb":
            rel = _that_antecedent(sent, trig.start, actors)
            if rel is not None:
                return rel or None
        participle = toks.words[trig.start].lower().endswith(("ed", "en")) and not _perfect(toks, trig.start, sent.a)
        if trig.kind == "verb" and participle:  # "sanctions imposed on Russia by the U.S."
            agent = _after_word(sent, trig.end, ("by",), actors, sig.window)
            if agent is not None:
                return agent
        if trig.kind == "verb" and _is_passive(toks, trig.start, sent.a):
            agent = _after_word(sent, trig.end, ("by",), actors, sig.window)
            if agent is not None:
                return agent
            if obj is not None and obj.end <= trig.start:
                mod = _modifier(obj, actors)
                if mod is not None:
                    return mod
        return _subject(sent, trig.start, actors, topic, sig.target, context)

    def _evidence(self, topic: Topic, sent: _Sentence, f: _Found, memo: dict[Any, Any]) -> Evidence:
        cues = memo.get(("cues", id(f)))
        if cues is None:
            cues = memo[("cues", id(f))] = self._cues(sent, f)
        return Evidence(
            topic=topic.id,
            signal=f.signal.id,
            state=f.state,
            value=f.value,
            actor=f.signal.subject,
            sentence=sent.text,
            cues=cues,
            start=sent.start,
            end=sent.end,
            historical=f.historical,
        )

    @staticmethod
    def _cues(sent: _Sentence, f: _Found) -> tuple[Cue, ...]:
        toks = sent.tokens
        cues: list[Cue] = []
        seen: set[tuple[str, int, int]] = set()
        for kind, s, e in f.hits:
            if (kind, s, e) in seen or s >= e:
                continue
            seen.add((kind, s, e))
            cs, ce = toks.starts[s] - sent.start, toks.ends[e - 1] - sent.start
            cues.append(Cue(kind=kind, text=sent.text[cs:ce], start=cs, end=ce))
        cues.sort(key=lambda c: (c.start, c.end))
        return tuple(cues)


# --- helpers ---------------------------------------------------------------------------


def _token_range(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    a = 0
    n = len(tokens)
    while a < n and tokens.starts[a] < start:
        a += 1
    b = a
    while b < n and tokens.ends[b] <= end:
        b += 1
    return a, b


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits contained in a longer hit of the same kind (Bank of China > China)."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    for h in hits:
        if out and h.start >= out[-1].start and h.end <= out[-1].end and h != out[-1]:
            continue
        out.append(h)
    return out


def _resolve_cues(sent: _Sentence) -> None:
    """Longest cue wins where cues overlap; pseudo cues mask what they contain."""
    cues = sorted((h for h in sent.hits if h.kind == "cue"), key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for h in cues:
        if any(k.start <= h.start and h.end <= k.end and (k.end - k.start) > (h.end - h.start) for k in kept):
            continue
        if any(k.start < h.end and h.start < k.end and (k.end - k.start) > (h.end - h.start) for k in kept):
            continue
        kept.append(h)
    sent.cues = [h for h in kept if h.name != "pseudo"]
    sent.pseudo = [(h.start, h.end) for h in kept if h.name == "pseudo"]
    # a terminator inside a longer cue is part of that cue ("has yet to"), not a boundary
    sent.hits = [
        h
        for h in sent.hits
        if not (
            h.kind == "term" and any(k.start <= h.start < k.end and k.end - k.start > h.end - h.start for k in kept)
        )
    ]
    sent.bounds = sorted(
        {h.start for h in sent.hits if h.kind == "term" and not _parenthetical_term(sent, h)}
        | {i for i in range(sent.a, sent.b) if sent.tokens.words[i] in _HARD}
    )


def _parenthetical_term(sent: _Sentence, h: _Hit) -> bool:
    """', however,': a one-word terminator between commas is an aside, not a new clause."""
    words = sent.tokens.words
    if h.end - h.start == 1 and sent.a < h.start and words[h.start].lower() == "yet":
        if sent.tokens.lemmas[h.start - 1] in _MODALS | {"can", "have", "be", "not"}:
            return True  # "Beijing may yet decide": an adverb, not "but"
    return h.end - h.start == 1 and sent.a < h.start and h.end < sent.b and words[h.start - 1] == "," == words[h.end]


def _group(sent: _Sentence) -> None:
    """Per-sentence work shared by all topics: hits by class, masked triggers, denials."""
    for h in sent.hits:
        if h.kind == "actor":
            sent.actor_hits.setdefault(h.signal, []).append(h)
        elif h.kind not in ("cue", "term"):
            sent.signal_hits.setdefault(h.signal, []).append(h)
    sent.masked = _masked_spans(sent)
    sent.has_denial = any(c.name == "denial" for c in sent.cues)


def _signal_key(sig: Signal) -> tuple[Any, ...]:
    """Everything that decides what a signal finds: equal keys, one class."""
    return (
        sig.id,
        sig.label,
        sig.kind,
        sig.direction,
        sig.subject,
        sig.target,
        sig.forms,
        sig.patterns,
        sig.context,
        tuple(sorted(sig.values.items())),
        sig.window,
    )


def _masked_spans(sent: _Sentence) -> set[tuple[int, int]]:
    """Trigger spans swallowed by a longer cue ("call for" is not "call", "offer to")."""
    out: set[tuple[int, int]] = set()
    # a signal term inside a longer pseudo cue is not that term: "not an alliance" (the
    # formula for a partnership) holds "alliance", "the State Council" holds "council"
    for ps, pe in sent.pseudo:
        for h in sent.hits:
            if h.kind in ("verb", "inv", "obj", "phrase", "ctx", "val") and ps <= h.start and h.end <= pe:
                if h.end - h.start < pe - ps:
                    out.add((h.start, h.end))
    for c in sent.cues:
        if c.end - c.start < 2:
            continue
        for h in sent.hits:
            if h.kind in ("verb", "inv") and c.start == h.start and h.end < c.end:
                out.add((h.start, h.end))
            elif (c.end - c.start >= 3 and h.kind in ("verb", "inv", "obj", "phrase")
                  and c.start <= h.start and h.end <= c.end and h.end - h.start < c.end - c.start):
                out.add((h.start, h.end))  # "is not on the table" holds no negotiating table
    return out


def _nearest_reading(found: list[_Found]) -> list[_Found]:
    """One reading per verb: the form whose object is nearest it. "play a constructive role
    in promoting talks for peace" is playing a role (hedged), not playing peace."""

    def verb_and_gap(f: _Found) -> tuple[tuple[int, int] | None, int]:
        verb = next(((s, e) for k, s, e in f.hits if k == "verb"), None)
        obj = next(((s, e) for k, s, e in f.hits if k == "object"), None)
        if verb is None or obj is None:
            return None, 0
        return verb, (obj[0] - verb[1]) if obj[0] >= verb[1] else (verb[0] - obj[1])
    best: dict[tuple[str, tuple[int, int]], int] = {}
    for f in found:
        verb, gap = verb_and_gap(f)
        if verb is not None:
            key = (f.signal.id, verb)
            best[key] = min(gap, best.get(key, gap))
    out = []
    for f in found:
        verb, gap = verb_and_gap(f)
        if verb is None or gap <= best[(f.signal.id, verb)]:
            out.append(f)
    return out


#: The state of a signal whose opposite was found in a state (see ``FORM_STATES``).
_OPPOSITE = {"asserted": "negated", "alleged": "negated", "negated": "asserted", "hedged": "hedged"}


_RELATION_NOUNS = frozenset("relation tie partnership friendship cooperation".split())


def _partner_speaks(sent: _Sentence, spans: list[tuple[int, int]], cues: list[tuple[str, int, int]],
                    actors: list[_Hit], context: str | None, subject: str) -> bool:
    """'Peskov said relations with Beijing remained a strategic partnership': the other party
    describing its own relation with the actor speaks for itself, not about the actor."""
    toks = sent.tokens
    if not any(s > sent.a + 1 and toks.lemmas[s - 1] == "with" and toks.lemmas[s - 2] in _RELATION_NOUNS
               for s, _ in spans):
        return False
    speakers: set[str] = set()
    for kind, start, end in cues:
        if kind == "attribution":
            cue = next((c for c in sent.cues if c.start == start and c.end == end), None)
            spk = _speaker(sent, cue, actors, context) if cue is not None else None
            if not spk:
                return False
            speakers |= spk
    return bool(speakers) and subject not in speakers


def _voiced_by(sent: _Sentence, start: int, window: int) -> bool:
    """A passive verb with its agent after the noun phrase: '... was voiced by', 'were made by'."""
    toks = sent.tokens
    for k in range(start, min(sent.b - 1, start + window)):
        if toks.lemmas[k] == "be" and toks.words[k + 1].lower().endswith(("ed", "en")):
            return any(toks.lemmas[m] == "by" for m in range(k + 2, min(sent.b, k + 4)))
    return False


def _do_so(sent: _Sentence) -> int | None:
    """The token of "do" in "do so" / "has done so" / "did so", if the sentence has one."""
    toks = sent.tokens
    for k in range(sent.a, sent.b - 1):
        if toks.lemmas[k] == "do" and toks.lemmas[k + 1] == "so":
            if (k - 2 >= sent.a and toks.lemmas[k - 1] == "to"
                    and toks.lemmas[k - 2] in _GROUP_NOUNS | {"first", "last", "only", "one"}):
                return None  # "one of 14 countries to do so": the act of this sentence
            return k
    return None


def _attributive_participle(sent: _Sentence, h: _Hit) -> bool:
    """'credit lines to sanctioned Russian lenders': a participle before its noun describes
    that noun; it is not the thing named by the object term ("sanction")."""
    toks = sent.tokens
    if h.end - h.start != 1 or h.end >= sent.b:
        return False
    word, nxt = toks.words[h.start].lower(), toks.words[h.end]
    return (word.endswith("ed") and word != toks.lemmas[h.start].lower()
            and nxt[:1].isalpha() and toks.lemmas[h.end] not in _PREPS
            and toks.lemmas[h.end] not in ("and", "or", "by", "that", "which", "as", "to"))


def _blocked(sent: _Sentence, lo: int, hi: int, soft: bool = True) -> bool:
    """A terminator strictly between token lo and token hi."""
    for b in sent.bounds:
        if lo < b < hi:
            if soft or sent.tokens.words[b] in _HARD:
                return True
    return False


def _pronoun_object(sent: _Sentence, trig: _Hit, obj: _Hit) -> bool:
    """The object was reached through a pronoun right after the verb ('provide it')."""
    toks = sent.tokens
    return obj.end < trig.start and trig.end < sent.b and toks.words[trig.end].lower() in ("it", "them")


def _purpose(sent: _Sentence, i: int, actors: list[_Hit]) -> bool:
    """Token i heads a purpose infinitive after an act on someone ('met Zelensky in Kyiv to')."""
    toks = sent.tokens
    return i - 2 >= sent.a and toks.lemmas[i - 1] == "to" and any(h.end == i - 1 for h in actors)


def _that_antecedent(
    sent: _Sentence, i: int, actors: list[_Hit]
) -> tuple[set[str], list[tuple[int, int]]] | tuple[()] | None:
    """'transactions that help Russia's military': the subject of a verb right after a
    relative "that" is the noun before it, not the clause's subject; () when that noun is
    no actor (nor made by one: "Chinese components that power ..."), None when no relative."""
    toks = sent.tokens
    j = i - 1
    if j > sent.a and toks.words[j].lower().endswith("ly") and toks.lemmas[j - 1] == "that":
        j -= 1  # "that also help", "that directly support"
    if j <= sent.a or toks.lemmas[j] != "that" or toks.words[i].lower().endswith("ing"):
        return None
    k = j - 1
    if not toks.words[k][:1].isalpha():
        return None
    if any(c.name == "attribution" and c.end == j for c in sent.cues):
        return None  # "warned that ...": a complementizer
    for h in actors:
        if h.start <= k < h.end:
            return {h.name}, [(h.start, h.end)]
    for h in actors:  # a modifier of that noun: "Chinese-made parts that", "Chinese state banks that"
        if h.end <= k and k - h.end <= 2 and not any(toks.lemmas[m] in _PREPS for m in range(h.end, k)):
            return {h.name}, [(h.start, h.end)]
    return ()


def _in_question(sent: _Sentence, i: int) -> bool:
    """Token i is inside a quoted question ('"Will this bring a ceasefire?" he asked')."""
    toks = sent.tokens
    if not toks.quoted[i]:
        return False
    for k in range(i + 1, sent.b):
        if not toks.quoted[k] or toks.words[k] in ("”",):
            return toks.words[k - 1] == "?" or (k > i + 1 and toks.words[k - 2] == "?")
    return toks.words[sent.b - 1] == "?"


def _outer_governs(found: list[_Found]) -> list[_Found]:
    """A trigger inside the verb-object span of a stronger-stated one is its complement.

    "supported the convening of a peace conference": the convening is what is supported, so
    it has the support's (hedged) state, not a plain assertion of its own.
    """
    if len(found) < 2:
        return found
    out: list[_Found] = []
    for f in found:
        inner = any(
            g is not f
            and g.state is not None
            and f.state is not None
            and g.span[0] < f.span[0] < g.span[1]
            and _STRENGTH[g.state] > _STRENGTH[f.state]
            for g in found
        )
        if not inner:
            out.append(f)
    return out


_AUX_ADVERBS = frozenset(
    "be have still also now reportedly continue keep already increasingly routinely regularly "
    "quietly steadily".split()
)


def _nearest_object(
    trig: _Hit,
    objects: list[_Hit],
    window: int,
    sent: _Sentence,
    actors: list[_Hit],
    verbs: Collection[_Hit] = (),
) -> _Hit | None:
    """The object of the same form nearest the trigger.

    After the trigger within the window; before it only when adjacent ("arms deliveries"),
    passive ("drones were supplied") or relative ("the drones that China supplied").  An
    object that is an actor's name ("back Russia") must follow the verb directly.
    """
    best: _Hit | None = None
    best_d = window + 1
    toks = sent.tokens
    passive = _is_passive(toks, trig.start, sent.a)
    names = {(h.start, h.end) for h in actors}
    for o in objects:
        if o.form != trig.form or (o.start < trig.end and trig.start < o.end):
            continue
        is_name = (o.start, o.end) in names
        if o.start >= trig.end:
            # quote marks are punctuation, not words: 'described Russia as "a ... partner"'
            d = o.start - trig.end - sum(1 for k in range(trig.end, o.start) if toks.words[k] in _QUOTE_CHARS)
            lo, hi = trig.end - 1, o.start
            if is_name and d > 0:
                continue
            if any(
                v.form == trig.form
                and trig.end <= v.start
                and v.end <= o.start <= v.end + 2
                and toks.words[v.start].lower().endswith("ing")
                for v in verbs
            ):
                continue  # "supported X in promoting peace talks": the nearer verb governs it
            if any(
                toks.lemmas[k] == "by" and toks.words[k + 1].lower().endswith("ing") for k in range(trig.end, o.start)
            ):
                continue  # "helping Russia evade sanctions by re-exporting electronics": a means clause
        else:
            d = (trig.start - o.end) + 2  # objects before the verb: a little further
            lo, hi = o.end - 1, trig.start
            between = toks.lemmas[o.end : trig.start]
            relative = 0 < len(between) <= 4 and between[0] in ("that", "which")
            if not relative and "which" in between:
                # "the penalties imposed by the West, which Beijing has declined to join": the
                # object heads a reduced relative that the relative clause continues
                k = len(between) - 1 - between[::-1].index("which")
                relative = k <= 6 and len(between) - k <= 5 and "." not in between[:k]
                relative = relative and not any(w in between[:k] for w in (";", ":", "and", "but"))
            adjacent = not between or (len(between) == 1 and between[0] not in _COORD)
            # "Chinese-made drones are still reaching Russian units": the goods as the subject
            # of a verb of motion, with only auxiliaries and adverbs between
            unquoted = [w for w in between if w not in _QUOTE_CHARS]
            subject = 0 < len(unquoted) <= 3 and all(w in _AUX_ADVERBS for w in unquoted)
            if is_name or not (adjacent or passive or relative or subject):
                continue
        if (
            d < best_d
            and not _blocked(sent, lo, hi + 0, soft=False)
            and not any(sent.tokens.words[i] in ".!?" for i in range(lo + 1, hi))
        ):
            best, best_d = o, d
    if best is None and trig.end < sent.b and toks.words[trig.end].lower() in ("it", "them"):
        # "China might be willing to provide it", "has not joined them": the pronoun stands
        # for the nearest earlier object of the same form in the sentence
        plural = toks.words[trig.end].lower() == "them"
        earlier = [o for o in objects if o.form == trig.form and o.end <= trig.start]
        if earlier:
            best = max(earlier, key=lambda o: o.end)
            head = toks.words[best.end - 1].lower()
            if plural != (head != toks.lemmas[best.end - 1] and head.endswith("s")):
                best = None  # "labeling them disinformation": them is no singular invasion
    return best


_DETERMINERS = frozenset("the a an any its their his her our this these those such no every each another".split())


def _nominal(sent: _Sentence, trig: _Hit) -> bool:
    """'any shipment of', 'China's arms deliveries': a noun, whose actor is its modifier."""
    toks = sent.tokens
    word = toks.words[trig.start].lower()
    if word.endswith("ing") or trig.start == sent.a:
        return False
    before = toks.lemmas[trig.start - 1]
    return (
        before in _DETERMINERS
        or before == "'s"
        or (
            word.endswith(("ment", "ion", "ies", "ery", "ale", "ales", "er", "ers", "ance"))
            and word != toks.lemmas[trig.start]
            and False
        )
    )


_RESTRICTIVE = frozenset(
    "rule control restriction ban curb licence license licensing requirement limit embargo check".split()
)


def _restricted(sent: _Sentence, trig: _Hit) -> bool:
    """'licensing rules for exports of drone engines': the act is what a restriction governs."""
    toks = sent.tokens
    i = trig.start
    return i - 2 >= sent.a and toks.lemmas[i - 1] in ("for", "on", "of") and toks.lemmas[i - 2] in _RESTRICTIVE


def _adjectival(sent: _Sentence, trig: _Hit) -> bool:
    """'to sanctioned Russian firms': a participle used as an adjective, not an act."""
    toks = sent.tokens
    i = trig.start
    word = toks.words[i].lower()
    if not word.endswith("ed") or i == sent.a:
        return False
    return toks.lemmas[i - 1] in _PREPS or toks.lemmas[i - 1] in _DETERMINERS


def _perfect(toks: Tokens, i: int, a: int) -> bool:
    """'has not joined', 'had quietly sold': an active perfect, not a passive participle."""
    for j in range(i - 1, max(a, i - 4) - 1, -1):
        if toks.lemmas[j] in _BE or toks.lemmas[j] == "have":
            return toks.lemmas[j] == "have"
        if not toks.words[j].isalpha():
            return False
    return False


def _is_passive(toks: Tokens, i: int, a: int) -> bool:
    word = toks.words[i].lower()
    lem = toks.lemmas[i]
    participle = word != lem and not word.endswith(("ing", "s"))
    if not participle:
        return False
    for j in range(i - 1, max(a, i - 4) - 1, -1):
        if toks.lemmas[j] in _BE:
            return True
        if not toks.words[j].isalpha():
            return False
    return False


def _mention_at(actors: list[_Hit], i: int) -> _Hit | None:
    for h in actors:
        if h.start == i:
            return h
    return None


def _after_word(
    sent: _Sentence, i: int, words: tuple[str, ...], actors: list[_Hit], window: int
) -> tuple[set[str], list[tuple[int, int]]] | None:
    toks = sent.tokens
    end = min(sent.b, i + window)
    for j in range(i, end):
        if toks.words[j] in _HARD or toks.words[j] in ".":
            return None
        if toks.lemmas[j] in words:
            for k in range(j + 1, min(sent.b, j + 5)):
                m = _mention_at(actors, k)
                if m is not None:
                    names, spans = {m.name}, [(m.start, m.end)]
                    _extend_right(sent, m, actors, names, spans)
                    return names, spans
                if toks.words[k] in _HARD or toks.words[k] in ",.":
                    break
    return None


def _extend_right(sent: _Sentence, m: _Hit, actors: list[_Hit], names: set[str], spans: list[tuple[int, int]]) -> None:
    j = m.end
    while j + 1 < sent.b and sent.tokens.lemmas[j] in _COORD:
        nxt = _mention_at(actors, j + 1)
        if nxt is None:
            break
        names.add(nxt.name)
        spans.append((nxt.start, nxt.end))
        j = nxt.end


def _modifier(obj: _Hit, actors: list[_Hit]) -> tuple[set[str], list[tuple[int, int]]] | None:
    near = [h for h in actors if h.end <= obj.start and obj.start - h.end <= 2]
    if not near:
        return None
    h = max(near, key=lambda x: x.end)
    return {h.name}, [(h.start, h.end)]


def _subject(
    sent: _Sentence,
    i: int,
    actors: list[_Hit],
    topic: Topic,
    target: str | None,
    context: str | None,
) -> tuple[set[str], list[tuple[int, int]]] | None:
    """The actor doing what starts at token i: the nearest subject-like mention to its left."""
    toks = sent.tokens
    left = [h for h in actors if h.end <= i]
    rel = _relative_antecedent(sent, i, actors)
    if rel is not None:
        return rel
    paren = _parentheticals(sent, i)
    reported = _reported_pronoun(sent, i, actors, context)
    if reported is not None:
        return reported
    pron = _pronoun_subject(sent, i, left, actors, context)
    if pron is not None:
        return pron
    pair = _pair_subject(sent, i, actors, topic.actor)
    if pair is not None:
        return pair
    for h in reversed(left):
        if any(lo <= h.start <= hi for lo, hi in paren):
            continue  # "Xi, who met Putin in Moscow, has not ...": inside a relative clause
        if any(h.end - 1 < b < i and not any(lo <= b <= hi for lo, hi in paren) for b in sent.bounds):
            elided = _elided_subject(sent, i, actors)
            if elided is not None:
                return elided
            break
        prev_word = toks.lemmas[h.start - 1] if h.start > sent.a else ""
        absolute = (
            prev_word == "with" and h.end < sent.b and (h.end == i or toks.words[h.end].lower().endswith("ing"))
        )  # "..., with China voting in favour": the subject of the absolute clause
        located = (  # "banks in China have set up ...": entities located in the actor
            prev_word in ("in", "from", "across")
            and h.start > sent.a + 1
            and toks.lemmas[h.start - 2] in _ENTITY_NOUNS
        ) or (  # "many of China's biggest banks": a share of the actor's own
            prev_word == "of" and h.start > sent.a + 1 and toks.lemmas[h.start - 2] in _QUANTIFIERS
        )
        if (prev_word in _PREPS or prev_word == "by") and not absolute and not located:  # "accused by NATO of"
            continue
        if prev_word in _IO_VERBS and h.start > sent.a + 1 and _indirect_object(sent, h, i, actors):
            continue  # "Xi told Putin that the ...", "throw Moscow a lifeline": the indirect object
        if prev_word == "'s" or (
            h.start > sent.a + 1 and toks.lemmas[h.start - 2] in _PREPS and toks.words[h.start - 1] == "the"
        ):
            continue
        if target is not None and h.name == target and h.name != topic.actor:
            continue
        names, spans = {h.name}, [(h.start, h.end)]
        _extend_left(sent, h, actors, names, spans, context)
        if i > sent.a and toks.lemmas[i - 1] == "to":  # "X met Y in Kyiv to promote talks"
            first = _clause_subject(sent, i, actors)
            if first is not None and first.name not in names:
                names.add(first.name)
                spans.append((first.start, first.end))
        return names, spans
    # no mention in the clause: a pronoun or nothing -> the actor of the sentence before
    for j in range(i - 1, sent.a - 1, -1):
        lem = toks.lemmas[j]
        if lem in _FIRST_PERSON and toks.quoted[j]:
            spk = _quote_speaker(sent, actors, context)
            return ({spk}, [(j, j + 1)]) if spk else None
        if lem in _PRONOUNS and context is not None:
            return {context}, [(j, j + 1)]
    if i < sent.b and toks.quoted[i]:
        # '"Talks are the only way out," Xi said': what a quote says unattributed inside it
        # is its speaker's
        spk = _quote_speaker(sent, actors, None)
        if spk is not None:
            return {spk}, []
    if context is not None and not actors and not _voted_text(sent):
        return {context}, []  # a sentence naming nobody continues the last one
    if context is not None and not left and _document_subject(sent, i):
        # "The document does not describe Russia's war as an invasion": the paper of the
        # actor the text is about speaks for it
        return {context}, []
    opening = range(sent.a, min(i, sent.a + 4))
    if context is not None and not left and any(toks.lemmas[k] in _SPEAKER_NOUNS for k in opening):
        # "The spokeswoman described Russia as a strategic partner": the institution the
        # text is about, named by its role
        return {context}, []
    if not left and i - sent.a <= 1 and toks.words[i].lower().endswith("ing"):
        # "Sending arms to Russia is not on the table, Chinese officials insisted": an act
        # with no doer of its own, as the speaker who reports it sees it
        for c in sent.cues:
            if c.name == "attribution" and c.start > i:
                reporter = _speaker(sent, c, actors, None)
                if reporter:
                    return reporter, []
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")  # "In February 2022 it abstained": a date, not a tally

_PAIR_NOUNS = frozenset(
    "leader country side nation president government neighbour neighbor capital power head man "
    "statesman partner ally economy giant superpower autocrat strongman counterpart".split()
)


def _pair_subject(
    sent: _Sentence, i: int, actors: list[_Hit], actor: str
) -> tuple[set[str], list[tuple[int, int]]] | None:
    """'the two leaders proclaimed', 'ties between the two countries are': a subject naming
    both of exactly two actors the sentence mentions (the topic's actor among them)."""
    toks = sent.tokens
    named = {h.name for h in actors}
    if actor not in named or len(named) != 2:
        return None
    for j in range(i - 1, max(sent.a, i - 10) - 1, -1):
        if toks.words[j] in _HARD or toks.lemmas[j] in ("that", "where", "which", "who", "when", "as"):
            return None
        if j in sent.bounds or any(h.start <= j < h.end for h in actors):
            return None
        if j > sent.a and toks.lemmas[j] in _PAIR_NOUNS and toks.lemmas[j - 1] in ("two", "both"):
            return set(named), [(j - 1, j + 1)]
        if j > sent.a and toks.lemmas[j] in ("pair", "duo") and toks.lemmas[j - 1] == "the":
            return set(named), [(j - 1, j + 1)]
        if j > sent.a and toks.lemmas[j] in ("tie", "relation") and toks.lemmas[j - 1] == "bilateral":
            return set(named), [(j - 1, j + 1)]
    return None


_QUANTIFIERS = frozenset(
    "many some most all several few both each one two three dozen hundred score number handful".split()
)
_ENTITY_NOUNS = frozenset(
    "bank lender company firm supplier manufacturer exporter trader refiner factory business "
    "entity maker producer vendor distributor".split()
)
_IO_VERBS = frozenset("tell assure inform remind promise throw give hand lend grant toss".split())


def _indirect_object(sent: _Sentence, h: _Hit, i: int, actors: list[_Hit]) -> bool:
    """'throw Moscow a lifeline', 'told Putin that the partnership ...': the actor after the
    verb is its recipient when a determiner opens what follows (the thing given or said),
    and no other actor stands between it and the act."""
    toks = sent.tokens
    k = h.end
    if k < sent.b and toks.lemmas[k] == "that":
        k += 1
    if k >= sent.b or toks.lemmas[k] not in ("a", "an", "the", "its", "their"):
        return False
    return not any(h.end <= o.start < i for o in actors)


_GROUP_NOUNS = frozenset("country nation state member government delegation vote".split())


def _vote_members(sent: _Sentence, val: _Hit, actors: list[_Hit]) -> dict[str, list[_Hit]]:
    """Actors named as members of the group that cast a vote: 'China was among the 35
    countries that abstained', 'with China joining Russia among the 14 countries that voted
    against', '10 votes in favour, among them the United States, Russia and China'."""
    toks = sent.tokens
    found: dict[str, list[_Hit]] = {}
    # backward: "<actors> ... among [the] [N] <group> [that|who] <vote>"
    for k in range(val.start - 1, max(sent.a, val.start - 8) - 1, -1):
        if k in sent.bounds and toks.lemmas[k] not in ("that", "who"):
            break
        if toks.lemmas[k] == "among" and any(toks.lemmas[g] in _GROUP_NOUNS for g in range(k + 1, val.start)):
            clause = max([b for b in sent.bounds if sent.a <= b < k] + [sent.a - 1])
            for h in actors:
                if clause < h.start and h.end <= k:
                    found.setdefault(h.name, []).append(h)
            break
    # forward: "<vote>, among them|including <actors>", "India abstained, as did China"
    k = val.end
    if k < sent.b and toks.words[k] == ",":
        k += 1
    if k < sent.b and toks.lemmas[k] == "and":
        k += 1
    if k + 2 < sent.b and toks.lemmas[k] in ("as", "so") and toks.lemmas[k + 1] == "do":
        for h in actors:
            if h.start >= k + 2 and not any(k < b < h.start for b in sent.bounds):
                found.setdefault(h.name, []).append(h)
        return found
    if k + 1 < sent.b and (toks.lemmas[k] in ("include", "including")
                           or (toks.lemmas[k] == "among" and toks.words[k + 1].lower() in ("them", "whom"))):
        for h in actors:
            if h.start > k and not any(k < b < h.start for b in sent.bounds):
                found.setdefault(h.name, []).append(h)
    return found


_OFFICIAL_NOUNS = frozenset("official authority lawmaker regulator policymaker leader".split())

_AUXILIARIES = frozenset(
    "be have do will would may might could can should shall must not also still now reportedly "
    "quietly already never".split()
)


def _reported_pronoun(
    sent: _Sentence, i: int, actors: list[_Hit], context: str | None
) -> tuple[set[str], list[tuple[int, int]]] | None:
    """'officials in Washington have said they are weighing penalties', 'Xi said he would
    send an envoy': a subject pronoun right after a reporting verb is its speaker."""
    toks = sent.tokens
    j = i - 1
    while j > sent.a and toks.lemmas[j] in _AUXILIARIES:
        j -= 1
    if j <= sent.a or toks.lemmas[j] not in _NOMINATIVE or toks.quoted[j]:
        return None
    k = j - 1 if toks.lemmas[j - 1] != "that" else j - 2
    cue = next((c for c in sent.cues if c.name == "attribution" and c.end - 1 == k), None)
    if cue is None:
        return None
    if toks.lemmas[j] in ("they", "it") and not _plain_speaker(sent, cue, plural=toks.lemmas[j] == "they"):
        return None  # "proposed adding several firms ..., saying they supplied": the firms
    spk = _speaker(sent, cue, actors, context)
    return (spk, [(j, j + 1)]) if spk else None


def _plain_speaker(sent: _Sentence, cue: _Hit, plural: bool) -> bool:
    """The reporting verb has a subject of its own, of the pronoun's number, right before it
    ('officials in Washington have said they', 'the ministry said it')."""
    toks = sent.tokens
    j = cue.start - 1
    while j > sent.a and toks.lemmas[j] in _AUXILIARIES:
        j -= 1
    if j - 2 > sent.a and toks.lemmas[j - 1] in ("in", "from", "at"):
        j -= 2  # "officials in Washington"
    word = toks.words[j]
    if not word[:1].isalpha():
        return False
    is_plural = word.lower().endswith("s") and toks.lemmas[j] != word.lower()
    return is_plural == plural


def _elided_subject(
    sent: _Sentence, i: int, actors: list[_Hit]
) -> tuple[set[str], list[tuple[int, int]]] | None:
    """'Beijing has voiced concern but has refrained from criticising Moscow': a clause opened
    by "but" or "yet" and going straight on with its verb shares the sentence's subject."""
    toks = sent.tokens
    b = max((b for b in sent.bounds if sent.a < b < i), default=None)
    if b is None or toks.lemmas[b] not in ("but", "yet") or b + 1 >= i:
        return None
    if any(b < h.start < i for h in actors) or toks.lemmas[b + 1] not in _AUXILIARIES:
        return None
    if any(toks.lemmas[k] in _NOMINATIVE for k in range(b + 1, i)):
        return None
    first = _opening_subject(sent, b, actors)
    if first is None:
        return None
    mention = next(h for h in actors if h.name == first and h.start >= sent.a)
    return {first}, [(mention.start, mention.end)]


def _subject_in(mentions: list[_Hit], name: str) -> tuple[set[str], list[tuple[int, int]]]:
    return {name}, [(h.start, h.end) for h in mentions]


def _voted_text(sent: _Sentence) -> bool:
    """'That text, which described the conflict as an invasion, was adopted ...': a sentence
    about the resolution voted on speaks for its drafters, not for the voter before it."""
    toks = sent.tokens
    if sent.b - sent.a < 2 or toks.lemmas[sent.a] not in ("that", "the", "this"):
        return False
    noun = toks.lemmas[sent.a + 1]
    return noun in ("resolution", "motion") or (toks.lemmas[sent.a] == "that" and noun in ("text", "draft"))


_DOC_SUBJECTS = _DOC_NOUNS | frozenset({"plan", "proposal", "text", "blueprint", "initiative", "position"})


def _document_subject(sent: _Sentence, i: int) -> bool:
    """The sentence opens with a definite document ('The paper', 'This 12-point plan') as
    the subject of what starts at token i."""
    toks = sent.tokens
    if i - sent.a < 2 or toks.lemmas[sent.a] not in ("the", "this", "its"):
        return False
    for k in range(sent.a + 1, min(i, sent.a + 4)):
        if toks.lemmas[k] in _DOC_SUBJECTS:
            return not any(toks.words[m] in (",", ";", ":") for m in range(k, i))
    return False


_NOMINATIVE = frozenset({"it", "they", "he", "she"})
_CLAUSE_OPENERS = frozenset({"and", "but", ",", ":", ";", "that", "while", "as", "because", "so"})


_TIME_WORDS = frozenset(
    "year month week day time later earlier then now since ago today yesterday weekend "
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter".split()
)


def _after_time_phrase(toks: Tokens, j: int) -> bool:
    """'and on 24 February this year it voted', 'and in 2023 they': a pronoun right after a
    fronted time adverbial is the subject of a new clause, not an object."""
    prev = toks.lemmas[j - 1]
    return prev in _TIME_WORDS or bool(_YEAR.fullmatch(toks.words[j - 1]))


def _pronoun_subject(
    sent: _Sentence, i: int, left: list[_Hit], actors: list[_Hit], context: str | None
) -> tuple[set[str], list[tuple[int, int]]] | None:
    """', and it has not condemned ...': a subject pronoun nearer than any named actor opens
    a clause of its own; it stands for the sentence's first subject (else the last one's)."""
    toks = sent.tokens
    lo = left[-1].end if left else sent.a
    if not left:
        return None
    for j in range(i - 1, lo - 1, -1):
        if any(j < b < i for b in sent.bounds):
            return None
        if toks.lemmas[j] in _NOMINATIVE and not toks.quoted[j] and (
            toks.lemmas[j - 1] in _CLAUSE_OPENERS or _after_time_phrase(toks, j)
        ):
            ref = _first_subject(toks, sent.a, j, actors, actors[0].signal) or context
            return ({ref}, [(j, j + 1)]) if ref is not None else None
    return None


def _parentheticals(sent: _Sentence, i: int) -> list[tuple[int, int]]:
    """Closed non-restrictive relative clauses before token i: ", who ... ," (token ranges)."""
    toks = sent.tokens
    out: list[tuple[int, int]] = []
    for b in sent.bounds:
        if not (sent.a < b < i) or toks.lemmas[b] not in ("who", "which") or toks.words[b - 1] != ",":
            continue
        for k in range(b + 1, i):
            if toks.words[k] == ",":
                out.append((b - 1, k))
                break
            if toks.words[k] in _HARD:
                break
    return out


def _clause_subject(sent: _Sentence, i: int, actors: list[_Hit]) -> _Hit | None:
    """The first subject-like mention of the clause that ends at token i."""
    lo = max([b for b in sent.bounds if sent.a <= b < i], default=sent.a - 1)
    toks = sent.tokens
    for h in actors:
        if lo < h.start and h.end <= i:
            if h.start > sent.a and toks.lemmas[h.start - 1] in _PREPS:
                continue
            return h
    return None


def _relative_antecedent(sent: _Sentence, i: int, actors: list[_Hit]) -> tuple[set[str], list[tuple[int, int]]] | None:
    """'China and Russia, who together declared ...': the antecedent of who/which."""
    toks = sent.tokens
    bounds = [b for b in sent.bounds if sent.a < b < i]
    if not bounds:
        return None
    b = bounds[-1]
    if toks.lemmas[b] not in ("who", "which") or any(h.end <= i and h.start > b for h in actors):
        return None
    j = b - 1 if toks.words[b - 1] != "," else b - 2
    for h in actors:
        if h.end == j + 1:
            names, spans = {h.name}, [(h.start, h.end)]
            _extend_left(sent, h, actors, names, spans)
            return names, spans
    return None


def _extend_left(
    sent: _Sentence,
    m: _Hit,
    actors: list[_Hit],
    names: set[str],
    spans: list[tuple[int, int]],
    context: str | None = None,
) -> None:
    toks = sent.tokens
    j = m.start - 1
    while j > sent.a and toks.words[j] in _TITLES:  # "he and President Putin"
        j -= 1
    if j > sent.a and toks.lemmas[j] == "and" and toks.lemmas[j - 1] in ("he", "she"):
        # "when he and Putin signed": the pronoun is the sentence's earlier subject
        ref = _first_subject(toks, sent.a, j - 1, actors, actors[0].signal) if actors else None
        ref = ref or context
        if ref is not None:
            names.add(ref)
            spans.append((j - 1, j))
        return
    j = m.start - 1
    if j > sent.a and toks.lemmas[j] == "the" and toks.lemmas[j - 1] in _COORD:
        j -= 1  # "China, Russia and the United States"
    while j > sent.a and toks.lemmas[j] in _COORD:
        prev = None
        for h in actors:
            if h.end == j:
                prev = h
        if prev is None:
            break
        names.add(prev.name)
        spans.append((prev.start, prev.end))
        j = prev.start - 1
        if j > sent.a and toks.lemmas[j] == "the" and toks.lemmas[j - 1] in _COORD:
            j -= 1


def _quote_speaker(sent: _Sentence, actors: list[_Hit], context: str | None) -> str | None:
    for c in sent.cues:
        if c.name == "attribution" and not sent.tokens.quoted[c.start]:
            spk = _speaker(sent, c, actors, context)
            if spk:
                return sorted(spk)[0] if len(spk) == 1 else next(iter(sorted(spk)))
    return context


def _speaker(
    sent: _Sentence,
    cue: _Hit,
    actors: list[_Hit],
    context: str | None,
    after: int = -1,
    subject: str | None = None,
) -> set[str] | None:
    """Who says what a reporting cue introduces (with coordinations: 'Xi and Putin said').

    A speaker named only by an institutional role ("the commerce ministry said", "the
    spokeswoman told") with no actor modifying it is the actor the text is about: the actor
    of the sentence before, else the actor doing what is reported (its own voice).  Actor
    mentions after a preposition modify the speaker ("diplomats in Beijing"), they are not it.
    """
    toks = sent.tokens
    own = {context} if context is not None else ({subject} if subject is not None else None)
    if toks.lemmas[cue.start] in _DOC_NOUNS:
        doc = _document_owner(sent, cue, actors, own, subject)
        if doc is not False:
            return doc
    reduced = (  # "companies accused of helping": a reduced passive
        cue.end < sent.b
        and cue.start > sent.a
        and toks.lemmas[cue.start] in _REDUCED_PASSIVE
        and toks.words[cue.start].lower().endswith("ed")
        and toks.lemmas[cue.end] in ("of", "by", "to")
        and not any(h.end == cue.start for h in actors)
        and toks.lemmas[cue.start - 1] not in ("have", "be", "not", "who", "that", "which")
    )
    if reduced or _is_passive(toks, cue.start, sent.a):  # "China has been accused of": someone else
        agent = _after_word(sent, cue.end, ("by",), actors, 6)
        return agent[0] if agent is not None else None
    if cue.end + 1 < sent.b and toks.lemmas[cue.end] == "by" and toks.lemmas[cue.end - 1] in _CLAIM_NOUNS:
        agent = _after_word(sent, cue.end, ("by",), actors, 4)  # "a claim by Zelensky that ..."
        if agent is not None:
            return agent[0]
    if toks.lemmas[cue.start] == "according":
        for h in actors:
            if cue.end <= h.start <= cue.end + 6:
                return {h.name}
        return None

    def role_owner(j: int) -> set[str] | None:
        """The actor modifying the role noun at j ('Ukraine's foreign ministry'), else own."""
        for k in range(j - 1, max(sent.a, j - 5) - 1, -1):
            if toks.words[k] in _QUOTE_CHARS or toks.words[k] in _HARD or toks.words[k] == ",":
                break
            for h in actors:
                if h.start <= k < h.end:
                    return {h.name}
        return own

    if cue.start > sent.a and toks.lemmas[cue.start - 1] in ("who", "which"):
        relative = _relative_antecedent(sent, cue.start, actors)
        if relative is not None:
            return relative[0]  # "Beijing, which declared ...": the clause's antecedent speaks
    j = cue.start - 1
    low = max(sent.a, cue.start - 8)
    while j >= low:
        w = toks.words[j]
        if w == "," and j - 1 > sent.a:
            opening = _relative_opening(sent, j)
            if opening is not None:  # "Beijing, which declared ..., has said": skip the clause
                j = opening - 1
                low = max(sent.a, j - 6)
                continue
        if w in _QUOTE_CHARS or w in _HARD or w == ",":
            break
        mention = next((h for h in actors if h.start <= j < h.end), None)
        if mention is not None:
            if mention.start > sent.a and toks.lemmas[mention.start - 1] in _PREPS:
                if (mention.start > sent.a + 1 and toks.lemmas[mention.start - 1] == "in"
                        and toks.lemmas[mention.start - 2] in _OFFICIAL_NOUNS):
                    return {mention.name}  # "officials in Washington said": that capital's own
                j -= 1
                continue  # "diplomats in Beijing say": a modifier of the speaker
            names, spans = {mention.name}, [(mention.start, mention.end)]
            _extend_left(sent, mention, actors, names, spans)
            return names
        if toks.lemmas[j] in _SPEAKER_NOUNS:
            return role_owner(j)
        if (j == cue.start - 1 or j == sent.a) and toks.lemmas[j] in ("he", "she", "it"):
            # "Wang Yi was in Moscow, where he told Putin": the subject that opened the sentence;
            # "He said", "It is careful to say": the actor of the sentence before
            opener = _opening_subject(sent, j, actors) if j > sent.a else None
            if opener is not None:
                return {opener}
            if context is not None:
                return {context}
        j -= 1
    if cue.start < after:  # "said Chinese firms ...": what follows is the report, not the speaker
        return None
    for j in range(cue.end, min(sent.b, cue.end + 5)):
        if toks.words[j] in _HARD or toks.words[j] in (",", ".") or toks.lemmas[j] in ("and", "that"):
            break  # "the officials said, and Chinese firms ...": the report, not its speaker
        for h in actors:
            if h.start == j:
                return {h.name}
        if toks.lemmas[j] in _SPEAKER_NOUNS:
            return role_owner(j)
    return None


def _opening_subject(sent: _Sentence, j: int, actors: list[_Hit]) -> str | None:
    """The actor named first in the sentence, before ``j``, when it opens the sentence as its
    subject ("China's top diplomat Wang Yi ..."), not a setting after a preposition."""
    first = min((h for h in actors if sent.a <= h.start < j), key=lambda h: h.start, default=None)
    if first is None or first.start - sent.a > 3:
        return None
    if first.start > sent.a and sent.tokens.lemmas[first.start - 1] in _PREPS:
        return None
    return first.name


def _relative_opening(sent: _Sentence, close: int) -> int | None:
    """The comma opening a non-restrictive relative clause closed by the comma at close."""
    toks = sent.tokens
    for k in range(close - 1, max(sent.a, close - 30), -1):
        if toks.words[k] in _HARD:
            return None
        if toks.words[k] == ",":
            if k + 1 < close and toks.lemmas[k + 1] in ("which", "who"):
                return k
            return None
    return None


_ISSUE_VERBS = frozenset({"sign", "issue", "release", "publish", "adopt", "unveil", "sign off"})
_NP_WORDS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "final", "written"})
_LEAKED = frozenset({"see", "obtain", "review", "leak", "examine", "read"})


def _joint_signers(tokens: Tokens, a: int, b: int, hits: Iterable[_Hit]) -> frozenset[str]:
    """The actors named where a joint statement or declaration is mentioned (its signers)."""
    for k in range(a, b - 1):
        if tokens.lemmas[k] == "joint" and tokens.lemmas[k + 1] in _DOC_NOUNS:
            return frozenset(h.name for h in hits if h.kind == "actor" and a <= h.start < b)
    return frozenset()


def _document_owner(
    sent: _Sentence, cue: _Hit, actors: list[_Hit], own: set[str] | None, subject: str | None
) -> set[str] | None | Literal[False]:
    """Who speaks through a document ('the statement', 'a statement with Putin that ...').

    A document is the voice of whoever issued or signed it: an actor modifying it ("the U.S.
    statement"), the subject of the verb that issues it ("Xi signed a statement with Putin":
    both signers) or, for "The document ..." opening a sentence, the actor the text is about.
    A document "seen by" or "obtained by" someone is a leak, a third party's report.  False
    when none of these readings applies (the ordinary speaker rules decide).
    """
    toks = sent.tokens
    after = cue.end
    if after < sent.b and toks.lemmas[after] in _LEAKED:
        return None
    if after + 1 < sent.b and toks.lemmas[after] in ("from", "by"):
        m = _mention_at(actors, after + 1) or _mention_at(actors, after + 2)
        if m is not None:
            return {m.name}
    names: set[str] = set()
    j = cue.start - 1
    while j >= sent.a and (toks.lemmas[j] in _NP_WORDS or toks.lemmas[j] in ("joint", "'s")):
        j -= 1
    mention = next((h for h in actors if h.start <= j < h.end), None) if j >= sent.a else None
    if mention is not None:
        if mention.start > sent.a and toks.lemmas[mention.start - 1] in _PREPS:
            return False
        return {mention.name}
    if j >= sent.a and toks.lemmas[j] in _ISSUE_VERBS:
        first = _clause_subject(sent, j, actors)
        if first is None:
            return False
        names = {first.name}
    elif j < sent.a:  # "The statement commits ...": the document the story is about
        if subject is not None and subject in sent.joint:
            names = {subject}  # the joint statement named before: its signers' own voice
        elif own is None:
            return False
        else:
            names = set(own)
    else:
        return False
    if after + 1 < sent.b and toks.lemmas[after] == "with":  # signed with Putin: co-signers
        m = _mention_at(actors, after + 1) or _mention_at(actors, after + 2)
        if m is not None:
            names.add(m.name)
    return names


def _distance(cue: _Hit, span: tuple[int, int]) -> int:
    return cue.start - span[1] if cue.start >= span[1] else span[0] - cue.end


def _in_scope(
    sent: _Sentence,
    cue: _Hit,
    span: tuple[int, int],
    soft: bool = True,
    parts: tuple[tuple[int, int], ...] = (),
) -> bool:
    s, e = span
    if cue.start < e and s < cue.end:
        if parts and not any(cue.start < pe and ps < cue.end for ps, pe in parts):
            # in the gap between verb and object: "sent no weapons", "drones were not supplied"
            return cue.name in ("hedge", "negation")
        if cue.name == "prohibition" and cue.start < s < cue.end and cue.end < e:
            return True  # "controls dual-use exports": the measure's words run into the act
        return cue.name in ("hedge",)  # the cue is (part of) the trigger itself
    fwd = cue.direction in ("forward", "both")
    bwd = cue.direction in ("backward", "both")
    if fwd and cue.end <= s and s - cue.end <= cue.scope:
        return not _blocked(sent, cue.end - 1, s, soft)
    if bwd and cue.start >= e and cue.start - e <= cue.scope:
        if cue.name == "attribution" and cue.end < sent.b and sent.tokens.lemmas[cue.end] == "that":
            return False  # "..., after an inquiry found that ...": it reports what follows
        if cue.name == "attribution" and _own_clause_report(sent, e, cue):
            return False
        if cue.name == "hedge" and cue.start - 1 >= e and sent.tokens.lemmas[cue.start - 1] == "and":
            return False  # "ties were rock solid and would not bow": the modal of the next predicate
        return not _blocked(sent, e - 1, cue.start, soft)
    return False


_RELATIVES = frozenset({"which", "who", "whom", "whose"})


def _own_clause_report(sent: _Sentence, e: int, cue: _Hit) -> bool:
    """A reporting verb after the trigger that governs a clause of its own, not the trigger.

    ", which Putin said could ...": a relative clause's reporting verb reports that clause;
    "a statement that said ...", "Xi called Putin a friend and said ...": a coordinated or
    relative reporting verb introduces what follows it.
    """
    lem = sent.tokens.lemmas
    if any(lem[k] in _RELATIVES for k in range(e, cue.start)):
        return True
    return cue.start - 1 >= e and lem[cue.start - 1] in ("that", "and") and cue.end < sent.b


def _state(
    sent: _Sentence,
    span: tuple[int, int],
    topic: Topic,
    actors: list[_Hit],
    context: str | None,
    subject: str,
    parts: tuple[tuple[int, int], ...] = (),
    prohibitions: bool = True,
) -> tuple[str, list[tuple[str, int, int]], bool]:
    """(state, deciding cues, drop) for a trigger spanning tokens span.

    ``prohibitions=False`` for votes: "voted to suspend Russia" is still a vote."""
    neg: list[_Hit] = []
    hedge: list[_Hit] = []
    attr: list[_Hit] = []
    own: list[_Hit] = []
    for c in sent.cues:
        if (c.name == "request" or (c.name == "prohibition" and prohibitions)) and _in_scope(sent, c, span):
            if (c.name == "request" and sent.tokens.lemmas[c.start] in ("persuade", "convince")
                    and any(h.name == "hedge" and c.start - 4 <= h.start < c.start for h in sent.cues)):
                # "Beijing might eventually be persuaded to call it aggression": a persuasion
                # that may succeed is a possibility; an urging ("would urge Beijing not to")
                # stays a request, no evidence
                hedge.append(c)
                continue
            if c.name == "prohibition" or _addressed(sent, c, actors):
                return "hedged", [], True
        if c.name == "negation" and _in_scope(sent, c, span, parts=parts):
            if c.start >= span[1] and _appositive_claim(sent, c, actors):
                continue  # "..., a charge Beijing denies": the claim stands; the denial is its own
            neg.append(c)
        elif c.name == "hedge" and _in_scope(sent, c, span, parts=parts):
            hedge.append(c)
        elif c.name == "attribution" and _in_scope(sent, c, span, soft=False):
            spk = _speaker(sent, c, actors, context, after=span[1], subject=subject)
            (own if spk and subject in spk else attr).append(c)
    if own and attr:
        # reported speech nests: the attribution nearest the trigger decides, unless a third
        # party's frame opens before the actor's own words ("Per a leaked cable, Chinese
        # officials told exporters to ...": the actor's act as someone else reports it)
        nearest = min(own + attr, key=lambda c: _distance(c, span))
        outer = min(attr, key=lambda c: c.start)
        if nearest in own and not (outer.start < min(c.start for c in own) and outer.end <= span[0]):
            attr = []
        else:
            own = []
    # double negation in scope ("not ... deny") cancels nothing here: any negation negates
    if neg:
        return "negated", [("negation", c.start, c.end) for c in neg], False
    if hedge:
        return "hedged", [("hedge", c.start, c.end) for c in hedge], False
    if attr and not own:
        return "alleged", [("attribution", c.start, c.end) for c in attr], False
    punisher = _punished_for(sent, span, actors, subject)
    if punisher is not None:
        return "alleged", [("attribution", punisher, punisher + 1)], False
    return "asserted", [("attribution", c.start, c.end) for c in own], False


_PUNITIVE = frozenset(
    "sanction blacklist penalize penalise punish fine indict charge target designate".split()
)


def _punished_for(sent: _Sentence, span: tuple[int, int], actors: list[_Hit], subject: str) -> int | None:
    """'Washington added 42 Chinese companies to a trade blacklist for supplying Russia's
    military': the reason someone else gives for punishing the actor is that party's claim.
    The punitive word's token when it frames the act, else None."""
    toks = sent.tokens
    k = span[0] - 1
    if k <= sent.a or toks.lemmas[k] != "for":
        return None
    for j in range(k - 1, max(sent.a, k - 12) - 1, -1):
        if j in sent.bounds:
            return None
        if toks.lemmas[j] in _PUNITIVE:
            before = [h for h in actors if h.end <= j and not (h.start > sent.a and toks.lemmas[h.start - 1] in _PREPS)]
            punisher = before[0].name if before else None
            if punisher == subject and not _is_passive(toks, j, sent.a):
                return None  # the actor punishing someone else for it
            return j
    return None


_MODALS = frozenset({"would", "could", "might", "will", "may", "should"})


def _hypothetical(sent: _Sentence, span: tuple[int, int]) -> bool:
    """'any shipment of arms from China would ...': an act introduced by 'any' as the
    subject of a modal is a hypothetical, whoever warns about it."""
    toks = sent.tokens
    if span[0] <= sent.a or toks.lemmas[span[0] - 1] != "any":
        return False
    for k in range(span[1], min(sent.b, span[1] + 8)):
        if toks.lemmas[k] in _MODALS:
            return True
        if toks.words[k] in _HARD or toks.words[k] in (",", ".") or k in sent.bounds:
            return False
    return False


def _addressed(sent: _Sentence, cue: _Hit, actors: list[_Hit]) -> bool:
    """A request has an addressee: 'urged Beijing to', 'called on China to', 'China was
    pressed to', 'demanded that China'; 'pressed the peace plan' is promoting, no request."""
    toks = sent.tokens
    if toks.lemmas[cue.start] in ("want", "wish") and cue.end < sent.b and toks.lemmas[cue.end] == "to":
        return False  # "says it wants to broker": its own wish (a hedge), no one is asked
    if _is_passive(toks, cue.start, sent.a) or (cue.end < sent.b and toks.lemmas[cue.end] in ("to", "for")):
        return True
    for k in range(cue.end, min(sent.b, cue.end + 4)):
        if _mention_at(actors, k) is not None:
            return True
        if toks.lemmas[k] in _SPEAKER_NOUNS or toks.words[k].lower() in ("it", "them", "him", "her", "officials"):
            return True
        if not (toks.lemmas[k] in ("that", "the", "on", "upon", "its", "their") or toks.words[k] in _TITLES):
            return False
    return False


def _historical(sent: _Sentence, span: tuple[int, int]) -> tuple[bool, list[tuple[str, int, int]]]:
    s, e = span
    toks = sent.tokens
    for c in sent.cues:
        if c.name != "past":
            continue
        if c.end <= s and s - c.end <= c.scope and not _blocked(sent, c.end - 1, s, soft=True):
            return True, [("past", c.start, c.end)]
        if (
            c.start >= e
            and c.start - e <= c.scope
            and not _blocked(sent, e - 1, c.start)
            and not any(toks.words[k] == "," for k in range(e, c.start))
        ):
            return True, [("past", c.start, c.end)]
    return False, []


def _target_ok(
    topic: Topic, sig: Signal, sent: _Sentence, actors: list[_Hit], trig: _Hit
) -> tuple[int, int] | None | tuple[()]:
    """The target mention, () when implicit, None when another recipient is named."""
    if sig.target is None:
        return ()
    for h in actors:
        if h.name == sig.target:
            return (h.start, h.end)
    toks = sent.tokens
    for h in actors:
        if (
            h.start > trig.start
            and h.start - 1 >= sent.a
            and toks.lemmas[h.start - 1] in ("to", "on", "against", "for")
            and h.name not in (topic.actor, sig.target)
        ):
            return None
    return ()


_RECENT = 3
_PLURAL_ANAPHORS = frozenset({"these", "those", "them", "all", "both"})


def _plural_anaphor(sent: _Sentence, i: int) -> bool:
    """The anaphor at token i is plural ('the accusations', 'such reports', 'them')."""
    toks = sent.tokens
    while i < sent.b and toks.lemmas[i] in ("the", "any", "such", "all", "of"):
        i += 1
    if i >= sent.b:
        return False
    word = toks.words[i].lower()
    return word in _PLURAL_ANAPHORS or (word != toks.lemmas[i] and word.endswith("s") and toks.lemmas[i] in _ANAPHORA)


_CLAIM_NOUNS = frozenset("charge claim accusation allegation report assertion suggestion".split())


def _appositive_claim(sent: _Sentence, cue: _Hit, actors: list[_Hit]) -> bool:
    """'..., a charge China dismissed as groundless', '..., claims Beijing denies': the
    rejection of the claim just made in the same sentence, named by an appositive noun."""
    toks = sent.tokens
    for k in range(cue.start - 1, max(sent.a, cue.start - 7), -1):
        if toks.lemmas[k] in _CLAIM_NOUNS:
            opener = k - 1 if toks.lemmas[k - 1] in ("a", "an", "the", "which", "such") else k
            return (toks.words[opener - 1] in (",", "—", "-", "–")
                    and any(k < h.start and h.end <= cue.start for h in actors))
        if k in sent.bounds:
            return False
    return False


def _anaphoric(sent: _Sentence, i: int) -> bool:
    toks = sent.tokens
    if i >= sent.b:
        return True
    w = toks.lemmas[i]
    if not w[:1].isalnum():
        return True
    if w == "that":
        return i + 1 >= sent.b or not toks.lemmas[i + 1][:1].isalnum() or toks.lemmas[i + 1] in _ANAPHORA
    if w in ("the", "any") and i + 1 < sent.b:
        return toks.lemmas[i + 1] in _ANAPHORA or toks.lemmas[i + 1] in ("such",)
    return w in _ANAPHORA


def _first_subject(tokens: Tokens, a: int, b: int, hits: Iterable[_Hit], ac: int) -> str | None:
    """The sentence's first subject-like actor. Mentions inside a quote come last:
    '"NATO's claims are groundless," Lin Jian said' is Lin Jian's sentence."""
    for h in sorted(
        (h for h in hits if h.kind == "actor" and h.signal == ac and a <= h.start < b),
        key=lambda h: (tokens.quoted[h.start], h.start),
    ):
        if h.start > a and tokens.lemmas[h.start - 1] in _PREPS:
            continue
        if h.start > a + 1 and tokens.lemmas[h.start - 2] in _PREPS and tokens.lemmas[h.start - 1] == "the":
            continue  # "At the United Nations, China's record ...": a setting, not the subject
        return h.name
    return None


_VOTE_GAP = 4


def _split_votes(sent: _Sentence, vals: list[_Hit], sc: int) -> list[_Hit]:
    """'voted on Monday for', 'voted unanimously against': a vote and its side a few words
    apart (an adverbial between them, no clause boundary)."""
    toks = sent.tokens
    out: list[_Hit] = []
    for k in range(sent.a, sent.b - 2):
        if toks.lemmas[k] != "vote" or not toks.words[k].lower().startswith("vot"):
            continue
        if any(v.start <= k < v.end for v in vals):
            continue
        for j in range(k + 2, min(sent.b, k + 2 + _VOTE_GAP)):
            lem = toks.lemmas[j]
            favour = lem == "in" and j + 1 < sent.b and toks.lemmas[j + 1] in ("favor", "favour")
            if lem in ("for", "against") or favour:
                name = "against" if lem == "against" else "favor"
                out.append(_Hit(k, j + (2 if lem == "in" else 1), "val", signal=sc, name=name))
                break
            if not toks.words[j].isalnum() or lem in ("to", "that", "which", "and", "but", "whether"):
                break
    return out


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per sentence, signal and label."""
    seen: set[tuple[str, str, str, int]] = set()
    out: list[Evidence] = []
    for ev in evidence:
        key = (ev.topic, ev.signal, ev.label, ev.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    return out
