"""Events, quotations and themes, from a segmented article and its mentions.

A timeline entry (a section under a date heading) is one event: the first of
its sentences with a trigger phrase types it, and the entry's heading dates it.
Outside dated entries every sentence with a trigger phrase states an event of
its own, dated by a date in the sentence or, failing that, by the dateline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from . import dates
from .lexicon import Lexicon, Theme, Trigger
from .model import DateValue, Document, Entity, Event, Kind, Mention, Precision, Quote, Section, Span
from .text import APPOSITIVE, SUB_DATELINE, TITLE_FORM, alternation, fold, slug

_ACTOR_KINDS = (Kind.PERSON, Kind.ORGANIZATION, Kind.GATHERING)
_ABOUT_KINDS = (Kind.MISSION, Kind.VEHICLE)
# A sentence that opens with its verb: "Launched on an Ariane 5 rocket ...", "Docked with Tianhe".
_NO_SUBJECT = re.compile(r"[A-Z][a-z]+ed\s+(?:on|in|by|from|at|with|to|into|aboard|off|past|for)\b")
_REPORTING = (
    r"(?:said|says|stressed|noted|added|told|urged|pointed out|emphasized|underlined|"
    r"expressed (?:his|her|the) (?:belief|hope|confidence|wish)|called for|believes|hoped|"
    # (what is declared otherwise is done, not said: "declared the emergency", "declared war")
    r"declared(?=\s+that\b|\s*[.,;:!?\"\u201d]))"
)
_REPORTING_RE = re.compile(rf"\b{_REPORTING}\b")
# After these, a reporting verb closes its clause: "Xi said in a letter", "Xi said."
_CLAUSE_CLOSERS = re.compile(
    rf"\s*(?:[.,;:!?]|$|(?:in|when|at|on|while|during|as|after|before|upon|yesterday|today|{dates.WEEKDAY})\b)"
)
# Between a speaker and the verb: a description ("Li Wei, a furniture maker, said"; "Chen Shihua,
# deputy secretary-general of the association, said") or the acronym it goes by ("... (CAAM) said").
_APPOSITIVE = re.compile(rf"{APPOSITIVE}|,\s+[a-z][^,;.\"\u201c\u201d]{{2,80}},\s*|\s*\([A-Z][A-Za-z0-9&]{{1,9}}\)\s*")
# "said on Wednesday that CONTENT": the day, then what was said ("that" may be left out before a
# pronoun and its verb: "Microsoft said on Friday it had completed ...").
# (and where it was said may follow the day: "said on Monday in Danbury, Connecticut, that he would travel")
_DAY_THEN_THAT = re.compile(
    # (or before it: "said in Harrisburg on Saturday that")
    r"(?:\s+(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?"
    rf"\s+(?:on\s+|early\s+|late\s+)?(?:{dates.WEEKDAY}|{dates.MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s+"
    r"(?:(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?,\s+)?"
    r"(?:that\s+|(?=(?:it|they|he|she|we)\s+(?:had|has|have|was|were|is|are|would|will|could)\b))"
)
# "says in his inaugural address that CONTENT": where it was said, then what.
_WHERE_THEN_THAT = re.compile(
    r"\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:address|speech|statement|interview|letter|message|remarks|post|video|briefing|conference)\s+that\s+"
)
# (Whom, and when: "told RTL radio on Oct. 21 that", "told U.S. lawmakers that".)
_TOLD_THAT = re.compile(r"(?:[^.;!?\"\u201c\u201d]|\.(?=\s+\d)|(?<=[A-Z])\.){0,80}?\bthat\s+")
_LOCATIVE = re.compile(r"\b(?:in|at|on|from|near|over|above|inside|aboard)\s+(?:the\s+)?$")
# (and "as": "gave his first speech as president-elect" names no audience)
_PREPOSITION_START = re.compile(r"\s*(?:on|of|in|at|for|about|from|over|after|before|as)\b")
_NP_STOP = re.compile(
    r"[,;:.]|\s(?:who|which|that|when|where|whose|and said|to|in|at|during|via|after|before)\s"
    r"|\son\s(?=[A-Z]|the\s|a\s)"
)
_OBJECT_SKIP = re.compile(r"\s*(?:back\s+)?(?:to|with)?\s*")
_QUOTED = re.compile(r"\"(?P<a>[^\"]+)\"|“(?P<b>[^”]+)”")
# "said on Monday", "told a press conference on Wednesday", "said at a news briefing Friday": looked
# for in the few characters before a date (the longest form is under 70), not in the whole sentence.
_REPORT_REACH = 100
_SPEAKER_REACH = 200  # the longest description between a speaker and the verb is under 100
# A clause after a comma that times what the sentence tells by something else.
# (", hours after ...", or with no comma a clause with a subject and verb of its own: "lifted off ...
# after two launch attempts were called off on Sunday and Monday"; not "after lifting off ... on Oct.
# 15, 2003" or "minutes after launch on Thursday", whose day is the happening's own.)
_CLOSING_TIMING = re.compile(
    r"(?:,\s+(?:(?:hours|days|minutes|weeks|shortly|soon|just)\s+)?(?:after|before|since)\s"
    r"|\s(?:after|before)\s+(?:(?:it|they|he|she|we)\s|(?:[\w'-]+\s+){0,5}?(?:was|were|had|has)\s))[^,;]*$",
    re.IGNORECASE,
)
_REPORTED_ON = re.compile(
    r"\b(?:said|says|announced|reported|told|stated|confirmed|added|noted)\s+"
    r"(?:(?:at\s+)?(?:a|the)\s+(?:regular\s+)?(?:press|news)\s+(?:conference|briefing)\s+|reporters\s+|journalists\s+)?"
    # (where it was said may come before the day: "said in Harrisburg on Saturday")
    r"(?:(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,)?\s+)?"
    r"(?:(?:early|late)\s+)?(?:on\s+)?$"
    # (Or whom words were told to: "told RTL radio on Oct. 21", "told a Senate committee on Wednesday", "told the
    # House of Commons on Thursday", "told the committee on Monday".)
    r"|\btold\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w.'-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?[A-Z][\w.'-]*\s+)?){1,4}"
    r"(?:[a-z]+\s+)?on\s+$"
    r"|\btold\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){1,2}on\s+$"
)
# ("flight" is no cue: airliners fly flights too.)
_SPACE_CUE = re.compile(
    r"\b(?:rockets?|spacecraft|spaceships?|probes?|satellites?|capsules?|landers?|rovers?|orbiters?|boosters?|"
    r"astronauts?|taikonauts?|cosmonauts?|crews?|orbit\w*|space\w*|lunar|moon|mars|modules?|stations?|"
    r"missions?|launch (?:site|cent(?:er|re)|pad|vehicle)s?|payloads?|telescopes?|cosmodromes?)\b",
    re.IGNORECASE,
)
# What is yet to happen, or only hoped for: no happening told.
_PLANNED = re.compile(
    r"\b(?:will|would|could|may|might|shall|due to|expected to|"
    # (not a plan named as a thing: "a day after the talks ran past their scheduled close")
    # (nor what went as it was planned: "crashing into the moon ... as planned")
    rf"{dates.NOT_A_NAMED_PLAN}(?:plans? to|(?<!\bas )(?:planned(?!\s+as\b)|scheduled))|"
    # ("until" a past clause times what went on: "sending back data until it burned up")
    r"until(?!\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+(?:was|were|had|[a-z]+ed)\b)|"
    r"is to|are to|according to (?:the |its |their )?(?:\w+ )?(?:plans?|schedules?|timetables?|arrangements?))\b"
)
# A relative clause's opening, before a word of the future in it.
# (or in what was hoped after it: "crashed its Lunar Prospector spacecraft into a crater ... early on Saturday,
# hoping the impact would throw up a plume")
_RELATIVE_OPENING = re.compile(r"\b(?:that|which|who|what|hoping|expecting)\s+(?:[\w'-]+\s+){0,3}$")


def _planned(text: str, span: Span, found: list[dates.DateMention], day: DateValue) -> bool:
    """Whether a sentence tells of what is yet to come: a word of the future or of a plan in it, but
    not one in a relative clause after the day it tells ("... slammed into comet Tempel 1 early Monday,
    throwing up a plume of dust that scientists hope will reveal what comets are made of")."""
    told = next((f.span.end for f in found if f.value == day), None)
    # (nor one in what a clause after the day reports: "... on Friday, a day after the court ruled that defendants
    # may not be jailed until they have exhausted their appeals")
    reported = _REPORTED_CLAUSE.search(text, told, span.end) if told is not None else None
    for m in _PLANNED.finditer(text, span.begin, span.end):
        if (
            told is None
            or m.start() < told
            or not (
                _RELATIVE_OPENING.search(text, max(span.begin, m.start() - 40), m.start())
                or (reported is not None and reported.end() <= m.start())
            )
        ):
            return True
    return False


_REPORTED_CLAUSE = re.compile(r"\b(?:ruled|said|says|announced|decided|found|stated|argued|warned) that\b")


# Right before a trigger: what is yet to happen ("will return", "is expected to land", "is to touch down").
_WILL_WORDS = r"will|would|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|going)\s+to|(?:is|are)\s+to"
# (Or with a verb and its article between: "is expected to attempt a landing", "will make a landing".)
_TO_COME = re.compile(
    rf"\b(?:{_WILL_WORDS}|shall|plans?\s+to)\s+(?:\w+ly\s+)?(?:(?:attempt|make|try|conduct|perform)\s+(?:a|an|the)\s+)?$"
)
# Before a trigger in its sentence: what did not happen ("Had it landed, Israel would have become the
# fourth country to make a soft landing", "If the probe had landed", "could have landed").
_COUNTERFACTUAL_OPENING = re.compile(r"(?:Had\s+(?:it|they|he|she|we|I|the\s+\w+)|If\s+[^,;]{1,40}?\s+had)\s")
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)\s+have\s+(?:not\s+)?(?:\w+ed|become|been)\b")
# Anywhere in a trigger's clause before it: "It will bring the crew ... back to Earth next year".
_WILL = re.compile(rf"\b(?:{_WILL_WORDS})\b")
_WILL_OPENING = re.compile(rf"(?:{_WILL_WORDS})\s+", re.IGNORECASE)
# Where the clause of a word starts: after the last relative pronoun or semicolon before it ("The
# module will join the Wentian lab module, which was launched in July": the launch is past).
_CLAUSE_BREAK = re.compile(r",\s*(?:which|who|whose|that|when|after|before|since)\b|[;:]")


def _clause_start(text: str, begin: int, at: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, at)]
    return breaks[-1] if breaks else begin


_RECEIVED_WHOM = re.compile(r"\s+(?:the\s+|a\s+|visiting\s+)?[A-Z]")
_FOR_PURPOSE = re.compile(
    r"\bfor\s+(?:[a-z]+ing\b[^,;.]{0,40})?$"
    # or what someone aims at: "its goal of landing astronauts on the Moon before 2030"
    r"|\b(?:goal|aim|plan|bid|ambition|dream|hope|target)s?\s+(?:of|to)\s+$"
    # or what someone only means to do: "Space One aims to offer frequent launches"
    r"|\b(?:aims?|aimed|aiming|seeks?|sought|hopes?|hoped|wants?|wanted)\s+to\s+(?:[a-z]+\s+){0,3}$"
    # or was only meant to be: "Peregrine was meant to become the first U.S. spacecraft to land softly"
    r"|\b(?:meant|intended|supposed)\s+to\s+(?:[\w.-]+\s+){0,8}$"
    # or was about to do as something else befell it: "burst into flames as it came in to land"
    r"|\b(?:came|comes|coming)\s+in\s+to\s+$"
)
_CRAFT_NOUN_BEFORE = re.compile(
    r"\b(?:spacecraft|spaceship|capsule|module|satellite|probe|ship|station|vehicle|lander|rover|craft)\s+$"
)
# Words that open a clause of its own, whose verb is not the main one's; and the determiners that
# make an "-ed" word after them an adjective ("the uncrewed module").
_CLAUSE_OPENERS = frozenset(
    "after before when while since as that which who whom and or then it they he she we was were is are had has "
    "have been be".split()
)
_DETERMINERS = frozenset("the a an its their his her this these those".split())


def _main_verb_after(text: str, begin: int, end: int) -> bool:
    """Whether the clause after ``begin`` has a past verb of its own, so that a participle before it
    only describes its subject ("... spacecraft docked at the station leaked coolant")."""
    stop = _CLAUSE_END.search(text, begin, end)
    before = ""
    for word in text[begin : stop.start() if stop else end].split():
        if word.lower() in _CLAUSE_OPENERS:
            return False
        if word.endswith("ed") and word.isalpha() and word.islower() and before.lower() not in _DETERMINERS:
            return True
        before = word
    return False


_UNREALISED = re.compile(r"\b(?:planned|scheduled|proposed|upcoming|cancell?ed|called-off|scrapped)\s+$", re.IGNORECASE)


class _InsideNames:
    """Whether a stretch of text lies inside one of some names: a search in their starts (not a walk
    through every name, which a long sentence whose trigger words recur would make quadratic)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        spans = sorted((m.span.begin, m.span.end) for m in mentions)
        self._starts = [b for b, _ in spans]
        # (the furthest end of the names starting so far: one that reaches past ``end`` holds it)
        self._reach = list(itertools.accumulate((e for _, e in spans), max))

    def __call__(self, begin: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, begin) - 1
        return i >= 0 and self._reach[i] >= end


# A place's aside that tells what had happened there before: "the inauguration of a dam on the
# border with Azerbaijan, where Raisi had met Azerbaijani President Ilham Aliyev".
_HAD_THERE = re.compile(r",\s*where\s+[^,;]{1,60}?\bhad\s+(?:\w+ly\s+)?$")
# A participle between a determiner and its noun qualifies the noun: "shelter in their docked spacecraft".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# "France became the third nation to put a satellite into orbit on Friday": what one became the first or the third
# to do, it did.
_BECAME_NTH = re.compile(
    r"\b(?:became|becomes) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
    r"(?:[a-z]+ )?(?:nation|country|state|power) to $"
)
# After a trigger and a few words: what was made impossible did not happen ("had made a soft landing
# on the moon impossible").
_IMPOSSIBLE = re.compile(r"(?:\s+[a-z]+){0,4}?\s+(?:impossible|unlikely|unachievable)\b")
_SHOPS_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:stores|shops|shelves|showrooms|cinemas|theaters|theatres)\b")
_ASKED = re.compile(r"\bwhether\s+(?:[\w'-]+\s+){1,6}$", re.IGNORECASE)
# The present tense of the triggers' verbs, as chronologies tell them. A one-word trigger among them
# is also a plural noun ("67 launches in 2023", "more orbital launches", "his visits"): after a
# number, a determiner or a describing word it is counted, not told.
_PRESENT_VERBS = ("docks", "lands", "launches", "lifts", "meets", "returns", "visits")
_COUNTED = re.compile(
    r"(?<![\w-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|the|these|those|"
    r"its|their|his|her|our|of|more|most|many|several|few|fewer|all|such|orbital|space|rocket|satellite|"
    r"successful|failed|commercial|crewed|cargo|state|official|foreign|recent|future|planned|separate|multiple)\s+$",
    re.IGNORECASE,
)
# Right after a name, or after its description: the name reports ("... (CNSA) announced",
# "..., the agency said", "Ge Ping, deputy director of the center, said").
_OBJECT_AFTER = re.compile(r"\s+(?:[A-Z]|(?:a|an|the|its|their|his|her)\s)")
_REPORTER = re.compile(rf"\)?(?:\s*\([A-Z][A-Za-z0-9&]{{1,9}}\))?\s*(?:{_REPORTING}|announced|reported|confirmed)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|noted|told)\s+$")
# Between two names that are subjects together: " and U.S. President ".
_AND_TITLED = re.compile(r"\s+and\s+(?:[A-Z][\w.'-]*\s+){0,4}")
# A clause that times the main one: "... after lifting off", "a day after it lifted off", "since
# they met near San Francisco in November".
_TIMED = (
    r"\b(?:after|before|since|upon|while|when)\s+(?:(?:it|they|he|she|we)\s+)?"
    r"(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"  # "a few hours after it was launched"
)
_TIMING = re.compile(rf"{_TIMED}$", re.IGNORECASE)
# A clause that only describes a name: ", which had made the first soft landing ...", "the lunar
# samples the probe brought back".
_DESCRIBING = re.compile(
    r"(?:,\s*(?:which|who|whose)\b[^,;]*|\b(?:the|its|their|these|those)\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:the\s+[a-z]+|it|they)\s+)$"
)
# A verb coordinated with the one before it: "... and docked", "..., and later landed", "..., and it
# docked" (the same subject again, as a pronoun, or as its crew: "and its crew met ...").
_AND_SUBJECT = r"(?:(?:it|they|he|she|(?:its|the|their)\s+(?:crew|crews|astronauts|taikonauts))\s+)?"
# (a time between commas may come first: "and, less than seven hours later, made ...")
_AND_TIMED = r"\band(?:,\s+[^,;]{1,40},)?\s+"
_AND_OPENS = rf"{_AND_TIMED}{_AND_SUBJECT}(?:then\s+|later\s+|\w+ly\s+)?"
_AND_BEFORE = re.compile(rf"{_AND_OPENS}$")
_DONE_NOUN = re.compile(
    r"\b(?:made|performed|conducted|carried\s+out|completed)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$"
)
# (Or the present tense of a chronology: "lifts off and docks with Tianhe the next day".)
_PAST = (
    rf"(?:\w+ed|met|sent|spoke|held|flew|wrote|made|gave|came|became|took|won|lost|began|went|fell|struck|broke|brought|"
    # (more past forms of their own: "a day after the talks ran past their scheduled close")
    rf"ran|saw|led|rose|shook|sank|spent|stood|threw|paid|sold|bought|caught|fought|drove|froze|swept|grew|drew|knew|"
    rf"blew|fled|hung|lay|slid|sped|stole|tore|shot|sought|taught|swore|rode|sang|swam|dug|hid|swung|spun|built|bent|"
    rf"kept|dealt|"
    # (and the passive of those whose past is their present: "The election had been put off by a month")
    rf"(?:was|were|been)\s+(?:put|cut|shut|hit|let|spread|quit|set(?!\s+to\b))|"
    rf"{'|'.join(_PRESENT_VERBS)})\b"
)
_PAST_VERB = re.compile(_PAST, re.IGNORECASE)
# The first verb of a sentence, in lower case: who acts is named before it.
_VERB_OF_SUBJECT = re.compile(
    rf"(?<![\w'-])(?=[a-z])(?:{_PAST}|(?:rose|grew|saw|hit|set|led|sold|bought|paid|left|kept|found|built|shut|cut|"
    r"put|stood|drew|ran|sank|swept|told|said|rises|falls|grows)\b)"
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# A sentence whose subject is a name and then its verb: "Atlantis landed at ...".
_NAMED_SUBJECT = re.compile(rf"[A-Z][\w'-]*\s+{_PAST}")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
# (after "of", unless a group's: "the crew of Chen Dong, ...", "the four members of ...")
_OF_BEFORE = re.compile(r"(?<!\bcrew )(?<!\bcrews )(?<!\bteam )(?<!\bmembers )\b(?:of|for)\s+(?:the\s+)?$")
# Quick tests, before any trigger is looked for again: a past verb after "and", or after a comma.
# (one pattern for a verb after "and" and one after a word that times it: a single scan)
_JOINED_VERB = re.compile(rf"(?:{_AND_OPENS}|{_TIMED}){_PAST}", re.IGNORECASE)
# (An aside may be a relative clause: ", which arrived at the space station in late April,".)
_RELATIVE_OPENS = r"(?:which|who)\s+(?:had\s+|has\s+|have\s+)?"
_ASIDE_OPENS = rf",\s*(?:{_RELATIVE_OPENS})?"
_COMMA_VERB = re.compile(rf"{_ASIDE_OPENS}{_PAST}", re.IGNORECASE)
_ASIDE_OPENING = re.compile(rf"{_ASIDE_OPENS}$", re.IGNORECASE)
_DESCRIPTION = re.compile(APPOSITIVE)
_TRAILING_OPENING = re.compile(rf",\s*{_RELATIVE_OPENS}(?:also\s+|later\s+)?")
_CLAUSE_END = re.compile(r"[,;]|\.\s")
_YEARS_AGO = re.compile(r"[^,;.]{0,60}?\b(?:years|decades|a\s+year|a\s+decade)\s+ago\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?:years?|decades?|centur(?:y|ies)) ago\b", re.IGNORECASE)
_MET_WHAT = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?(?:targets?|goals?|demands?|standards?|requirements?|expectations?|criteria|"
    r"needs?|deadlines?|quotas?|conditions?|challenges?|forecasts?)\b"
)
# A capsule named as where something goes, or as what a part is of, is no return: "transfers the
# samples to the return capsule", "cracks in a window of its return capsule".
_INTO_THE = re.compile(r"\b(?:to|into|in|inside|onto|from|of)\s+(?:the|its|their|a)\s+$")
_MODIFIED_NOUN = re.compile(
    r"\s+(?:platform|site|zone|area|gear|legs?|pad|module|craft|point|ellipse|spot|camera|system|port|"
    r"mechanism|ring|target|adapter)s?\b"
)
_FROM_OR_BY = re.compile(r"\s+(?:from|by)\b")
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|be|being|had|has|have)\s+$")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class _Sentence:
    span: Span
    mentions: tuple[Mention, ...]
    paragraph: int
    # Names that only describe the name before them ("The Long March-5B, a variant built for the
    # space station, flies ..."): no event is about the station.
    described: tuple[Mention, ...] = ()
    # Whether it opens with a pronoun after a sentence of its paragraph that speaks of space ("The crew lifted
    # off ... atop a Saturn V rocket. They are due to splash down ... on Friday."): a spaceflight may be told.
    after_space: bool = False


def _after_space(text: str, own: list[_Sentence]) -> list[_Sentence]:
    """The sentences, each marked if it opens with a pronoun after one of its paragraph that speaks of space."""
    return [
        replace(s, after_space=True)
        if i
        and own[i - 1].paragraph == s.paragraph
        and _PRONOUN_OPENING.match(text, s.span.begin)
        and _speaks_of_space(text, own[i - 1])
        else s
        for i, s in enumerate(own)
    ]


def _speaks_of_space(text: str, sentence: _Sentence) -> bool:
    """Whether a sentence names a craft, a crew (an astronaut named), a body beyond the Earth or a word of space."""
    return any(_spaceborne(m.entity) or m.entity.cls == "Astronaut" for m in sentence.mentions) or bool(
        _SPACE_CUE.search(text, sentence.span.begin, sentence.span.end)
    )


_PRONOUN_OPENING = re.compile(r"(?:He|She|It|They)\b")


class _Themes:
    """The themes of one article's spans, in the lexicon's order. A theme's pattern is run on a
    span only if one of its cue phrases is a substring of the span's text, lower-cased and
    single-spaced (for ASCII text and cues, any match of the pattern implies that), and each
    span is read once, however many events and quotes it serves."""

    def __init__(self, themes: Iterable[Theme], text: str) -> None:
        self.text = text
        self.quick = text.isascii()
        self.present = self._candidates(list(themes), text)
        self.seen: dict[Span, frozenset[str]] = {}

    def _candidates(self, themes: list[Theme], text: str) -> list[Theme]:
        if not self.quick:
            return themes
        flat = " ".join(text.lower().split())
        return [t for t in themes if not t.phrases or any(phrase in flat for phrase in t.phrases)]

    def __call__(self, spans: Iterable[Span]) -> tuple[str, ...]:
        found: set[str] = set()
        for s in spans:
            known = self.seen.get(s)
            if known is None:
                candidates = self._candidates(self.present, self.text[s.begin : s.end])
                known = frozenset(t.iri for t in candidates if t.cues.search(self.text, s.begin, s.end))
                self.seen[s] = known
            found |= known
        return tuple(t.iri for t in self.present if t.iri in found)


class EventFinder:
    """Extracts events and quotes with the triggers and themes of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Classes whose object may be an unnamed group of people ("a letter to a youth team"); what
        # is announced is no recipient.
        self._group_classes = {
            t.cls
            for t in lexicon.triggers
            if (lexicon.is_a(t.cls, "Communication") and not lexicon.is_a(t.cls, "Announcement")) or t.cls == "Meeting"
        }
        self._spaceflight = {t.cls for t in lexicon.triggers if lexicon.is_a(t.cls, "SpaceflightEvent")}
        self._telling = frozenset(t.cls for t in lexicon.triggers if lexicon.is_a(t.cls, "Communication"))
        # (Happenings between people that a story's lede rarely restates: a meeting, a visit.)
        self._encounters = frozenset(
            t.cls
            for t in lexicon.triggers
            if not lexicon.is_a(t.cls, "Communication") and not self.is_spaceflight(t.cls) and t.cls != "NewsEvent"
        )
        # Classes where subjects joined by "and" act together: "Xi and Biden held talks".
        self._mutual_classes = {
            t.cls for t in lexicon.triggers if lexicon.is_a(t.cls, "Meeting") or lexicon.is_a(t.cls, "Conversation")
        }

        self._by_first_word: dict[str, list[Trigger]] = {}
        for t in lexicon.triggers:
            self._by_first_word.setdefault(t.phrase.split()[0].lower(), []).append(t)
        # A trie of the first words: each position is tried against the few that can start there.
        self._first_words = re.compile(rf"(?<![\w-]){alternation(self._by_first_word)}(?![\w-])", re.IGNORECASE)

    def is_spaceflight(self, cls: str) -> bool:
        return cls in self._spaceflight

    # --------------------------------------------------------------- events

    def find(self, doc: Document, mentions: tuple[Mention, ...]) -> tuple[Event, ...]:
        text = fold(doc.text)
        context = _context_day(doc)
        themes = _Themes(self.lexicon.themes, text)
        starts = [m.span.begin for m in mentions]  # mentions come sorted by offset
        sentences = []
        for s in doc.sentences:
            first, last = bisect.bisect_left(starts, s.span.begin), bisect.bisect_left(starts, s.span.end)
            inside = tuple(m for m in mentions[first:last] if s.span.contains(m.span))
            sentences.append(_Sentence(s.span, inside, s.paragraph, _described(text, inside)))
        events: list[Event] = []
        dated_entries = any(section.date is not None for section in doc.sections)
        for section in doc.sections:
            own = [sentences[i] for i in section.sentences]
            if not own:
                continue
            if section.date is not None:
                events.extend(self._entry_events(doc, text, section, own, themes))
            else:
                events.extend(self._story_events(doc, text, own, context, themes, story=not dated_entries))
        # An entry that names no craft ("Oct. 15, 2020: First flyby of Venus.") or has no subject
        # ("Launched on an Ariane 5 rocket ...") is about the one the headline names
        # ("BepiColombo's long road to Mercury").
        title = doc.title
        if dated_entries and title is not None:
            named = _unique(m.entity for m in mentions if title.contains(m.span) and m.entity.kind in _ABOUT_KINDS)
            if len(named) == 1:
                # (Not one whose subject is a name nothing found: "Atlantis landed at ...".)
                begins = {m.span.begin for m in mentions}
                events = [
                    replace(e, about=_unique([*named, *e.about]))
                    if e.heading is not None
                    and (
                        _NO_SUBJECT.match(text, e.span.begin)
                        or (not e.about and (e.span.begin in begins or not _NAMED_SUBJECT.match(text, e.span.begin)))
                    )
                    else e
                    for e in events
                ]
        return tuple(_entries_absorb_their_news(events))

    def _entry_events(
        self, doc: Document, text: str, section: Section, own: list[_Sentence], themes: _Themes
    ) -> list[Event]:
        assert section.date is not None
        chosen: tuple[_Sentence, Trigger, re.Match[str]] | None = None
        for sentence in own:
            # (not in a clause dated later: "Danone agrees to sell ...; six days later it announces a deal")
            hit = self._best_trigger(text, _before_later_clauses(text, sentence, section.date))
            if hit is not None:
                chosen = (sentence, *hit)
                break
        heading_day = section.date.earliest if section.date.precision is Precision.DAY else None
        if chosen is None:
            quotes = self._quotes(text, own, doc, None, themes)
            sentence = own[0]
            # "Jan. 1, 2026: Bulgaria is set to join the euro area.": what is to come is no happening.
            if not quotes and _opens_to_come(text, sentence.span):
                return []
            speaker = next((q.speaker for q in quotes if q.speaker), None)
            # An entry with no trigger is what someone said when it quotes anyone, else a
            # happening of no known kind ("The rover was set into sleep mode"), on the day its
            # sentence states within the heading's month or year ("entered Tianhe on June 17").
            date = self._refine(text, sentence, section.date, heading_day)
            # (else who the sentence opens with: "U.S. President Jimmy Carter and ... sign ...")
            doer = speaker or _opening_actor(text, sentence)
            return [
                Event(
                    cls="Statement" if quotes else "NewsEvent",
                    span=sentence.span,
                    trigger=None,
                    date=date,
                    heading=section.heading,
                    agents=(doer,) if doer else (),
                    about=_about(own),
                    themes=themes([s.span for s in own]),
                    quotes=quotes,
                ),
                *self._days_after_entry(doc, text, section, own[1:], date, themes),
                *self._later_clauses(text, section, own, (doer,) if doer else (), themes),
            ]
        sentence, trigger, match = chosen
        date = self._refine(text, sentence, section.date, heading_day)
        # "Shenzhou-8 was launched ... and docked with Tiangong-1 on Nov. 3": a verb joined by
        # "and" tells a second happening, dated by a date in its clause, else by the entry.
        joined = self._coordinated(text, sentence, (trigger, match))
        found = dates.find_dates(sentence.span.cut(text), sentence.span.begin, section.date.latest) if joined else []
        first, others = self._joined(text, sentence, joined, found, date, doc)
        event = self._event(text, first, trigger, match, date, doc)
        speaker = event.agents[0] if event.agents else None
        quotes = self._quotes(text, own, doc, speaker, themes)
        entry = Event(
            cls=event.cls,
            span=sentence.span,
            trigger=event.trigger,
            date=date,
            heading=section.heading,
            agents=event.agents,
            counterparts=event.counterparts,
            about=_about(own),
            places=event.places,
            themes=themes([s.span for s in own]),
            quotes=quotes,
        )
        joined_told = [
            replace(then, heading=section.heading, agents=then.agents or entry.agents, about=entry.about,
                    themes=entry.themes)
            for then, _ in others
        ]  # fmt: skip
        told_days = {then.date for then in joined_told}
        later = [e for e in self._later_clauses(text, section, own, entry.agents, themes) if e.date not in told_days]
        after = self._days_after_entry(doc, text, section, own[own.index(sentence) + 1 :], date, themes)
        return [entry, *joined_told, *later, *after]

    def _later_clauses(
        self, text: str, section: Section, own: list[_Sentence], agents: tuple[Entity, ...], themes: _Themes
    ) -> list[Event]:
        """What a clause of an entry after a semicolon or ", and" tells on a later date of its own ("Oct. 1, 1970:
        Wal-Mart's shares begin trading over the counter; they are listed on the New York Stock Exchange in
        1972.")."""
        assert section.date is not None
        events = []
        for sentence in own:
            for opening, value in _later_clause_dates(text, sentence.span, section.date):
                # (a relative clause's doer is the name it follows: "from Kraft Heinz, which withdraws it")
                named = next((m.entity for m in sentence.mentions if m.span.end == opening.start()), None)
                relative = opening[0].rstrip().endswith(("which", "who"))
                doers = (named,) if relative and named is not None and named.kind in _ACTOR_KINDS else agents
                event = Event("NewsEvent", sentence.span, None, value, heading=section.heading, agents=doers,
                              about=_about([sentence]), themes=themes([sentence.span]))  # fmt: skip
                events.append(event)
        return events

    def _days_after_entry(
        self, doc: Document, text: str, section: Section, after: list[_Sentence], date: DateValue, themes: _Themes
    ) -> list[Event]:
        """What an entry's later sentences tell on a day counted from the entry's ("The telescope
        was released into orbit the next day", under "April 24, 1990 --"), or in or on a later date of their
        own ("His former wife ... is convicted of ordering the killing in November 1998", under "March 27,
        1995:")."""
        events = []
        year_end = dt.date(date.latest.year, 12, 31)  # (a month without its year is in the entry's year)
        for sentence in after:
            later = _relative_day(text, sentence.span.begin, sentence.span.end, date)
            if later is None and _IN_OR_ON_A_DATE.search(text, sentence.span.begin, sentence.span.end):
                found = dates.find_dates(sentence.span.cut(text), sentence.span.begin, year_end)
                later = _dated_later(text, sentence.span, found, date)
            if later is None:
                continue
            hit = self._best_trigger(text, sentence)
            if hit is None:
                doer = _opening_actor(text, sentence)
                event = Event("NewsEvent", sentence.span, None, later.value, agents=(doer,) if doer else (),
                              about=_about([sentence]))  # fmt: skip
            else:
                event = replace(self._event(text, sentence, *hit, later.value, doc), span=sentence.span)
            events.append(replace(event, heading=section.heading, themes=themes([sentence.span])))
        return events

    def _story_events(
        self,
        doc: Document,
        text: str,
        own: list[_Sentence],
        context: dt.date | None,
        themes: _Themes,
        *,
        story: bool,
    ) -> list[Event]:
        """The events of a story, or of the text before a timeline's dated entries (``story`` False)."""
        own = _after_space(text, own)
        told = _Told()
        reference: DateValue | None = None
        paragraph = -1
        lede = own[0].paragraph
        # Each sentence's dates, read once: its own date serves the focus time and the reference
        # times; the same dates give the day words were said on and the date right after a trigger.
        found = []
        year_told: int | None = None  # the year of the last date stated with its year: "... that year"
        for s in own:
            found.append(dates.find_dates(s.span.cut(text), s.span.begin, context, year_told))
            with_year = [f for f in found[-1] if _WITH_YEAR.search(text, f.span.begin, f.span.end)]
            year_told = with_year[-1].value.earliest.year if with_year else year_told
        dated = [_sentence_date(text, s.span, f) for s, f in zip(own, found, strict=True)]
        focus = next(
            (d for s, d in zip(own, dated, strict=True) if s.paragraph == lede and d and d.precision is Precision.DAY),
            None,
        )
        # A lede with no day of its own is news of the day the next paragraph says it was reported
        # on ("BYD reported revenue of ..." then "The company said on Monday that ...").
        reported_lede = False
        if focus is None:
            after = next((i for i, s in enumerate(own) if s.paragraph != lede), None)
            focus = None if after is None else _reported_day(text, own[after].span, found[after])
            reported_lede = focus is not None
        untriggered: dict[Span, DateValue | None] = {}  # with the day it was said on, if given
        on_a_day: list[tuple[_Sentence, DateValue]] = []  # untriggered, with a day of their own
        # told so many hours after what was told before them (untriggered), or with a trigger a few hours from the
        # main clause's day: each tells a happening of its own whatever else its day has
        hours_later: set[Span] = set()
        same_day: set[Span] = set()  # untriggered, "the same day" as what was told before them
        apart_told: list[tuple[Event, DateValue]] = []  # told in a clause so many days from its sentence's day
        for index, (own_sentence, stated, in_sentence) in enumerate(zip(own, dated, found, strict=True)):
            sentence = own_sentence
            if sentence.paragraph != paragraph:
                paragraph, reference = sentence.paragraph, None
            on_a_day.extend((own_sentence, day) for day in _days_of_named_happenings(text, in_sentence, doc.published))
            hit = self._best_trigger(text, sentence)
            if hit is None:
                # "A day earlier, Huang told a developer conference ... that ...": a day from the
                # one told last.
                bounds = sentence.span
                relative = (
                    None if stated is not None else _relative_day(text, bounds.begin, bounds.end, reference or focus)
                )
                # ("Two months later it released a small orbiter, Hagoromo, near the moon": a sentence that opens
                # so many months or years after the day told last tells a happening of that month or year.)
                opened_later = None
                last_told = reference or focus
                if stated is None and relative is None and last_told is not None:
                    opened_later = _opened_so_long_after(text, bounds, last_told)
                    relative = opened_later
                if relative is not None:
                    stated, in_sentence = relative.value, [*in_sentence, relative]
                    # ("Mars 3 itself went into orbit around the planet the same day": a happening of its own on
                    # the day told last; not "Putin hosted an informal dinner for him that evening", a part of it)
                    if relative.value == last_told and opened_later is None and "same" in relative.span.cut(text):
                        same_day.add(bounds)
                reference = stated or reference
                # (A clause that times the sentence tells a happening of its own day; the paragraph's
                # time stays the day told last.)
                timed = None if stated is not None else _days_from_told(text, bounds, reference or focus)
                if timed is not None:
                    stated, in_sentence = timed.value, [*in_sentence, timed]
                # "A second quake of magnitude 7.5 shook ... some nine hours later": a happening of
                # its own, on the day the time of day told before it leads to.
                if stated is None and _HOURS_LATER.search(text, bounds.begin, bounds.end):
                    since = own[max(0, index - 1)].span.begin
                    later = _day_after(text, bounds.begin, bounds.end, reference or focus, since=since)
                    if later is not None and later.precision is Precision.DAY:
                        stated = later
                        hours_later.add(bounds)
                untriggered[sentence.span] = _reported_day(text, sentence.span, in_sentence) or _framing_day(
                    text, sentence.span, in_sentence
                )
                if reported_lede and index == 0 and stated is None:
                    stated = focus  # the lede's news, of the day it was reported on
                tells_its_day = False
                if (
                    stated is not None
                    and (
                        stated.precision is Precision.DAY
                        or opened_later is not None
                        or _in_past_month(text, sentence.span, in_sentence, stated)
                    )
                    # a day after the story's own is to come ("falls on Feb. 10 this year")
                    and (doc.published is None or stated.earliest <= doc.published)
                    and not _says_more_than_its_source(text, sentence.span)
                    and not _quotes_words(text, sentence.span)
                    and not _planned(text, sentence.span, in_sentence, stated)
                    # "Twenty years ago on Sunday, Yang Liwei became ...": an anniversary, not news
                    and not _AGO.search(text, sentence.span.begin, sentence.span.end)
                ):
                    tells_its_day = True
                    on_a_day.append((sentence, stated))
                    # ("Naruhito became Japan's 126th emperor on Wednesday, a day after his father
                    # Akihito stepped down": the clause that times it tells a happening of its own day.)
                    if timed is None and stated.precision is Precision.DAY:
                        timing = _DAYS_APART_VERB.search(text, sentence.span.begin, sentence.span.end)
                        if timing is not None and any(f.span.end <= timing.start() for f in in_sentence):
                            on_a_day.append((sentence, _days_between(timing, stated)))
                    on_a_day.extend((sentence, listed) for listed in _listed_days(text, in_sentence, stated))
                    on_a_day.extend((sentence, day) for day in _relative_clause_days(text, in_sentence, stated))
                    elided = _elided_again(text, sentence, sentence.span.begin, in_sentence, stated, doc.published)
                    on_a_day.extend((sentence, day) for _, day in elided)
                # The clause after ", and" tells its own day, after a sentence that tells one, or whose own date
                # is only a year ("Crossrail was approved by parliament in 2008, and construction began in May
                # 2009": a year is no happening's day, but the clause tells one in its month).
                if stated is not None and (
                    tells_its_day
                    or (
                        stated.precision is Precision.YEAR
                        and not _quotes_words(text, sentence.span)
                        and not _planned(text, sentence.span, in_sentence, stated)
                    )
                ):
                    on_a_day.extend(
                        (sentence, day)
                        for day in _and_clause_days(text, in_sentence, stated, sentence.span.begin, doc.published)
                    )
                if tells_its_day and stated is not None:
                    next_day = _and_clause_next_day(text, sentence.span, in_sentence, stated, doc.published)
                    if next_day is not None:
                        on_a_day.append((sentence, next_day))
                # "the first failure of the PSLV since August 2017, when the IRNSS-1H satellite was
                # lost": a date that a past clause with "when" tells of (not in someone's words).
                if not _quotes_words(text, sentence.span):
                    on_a_day.extend(
                        (sentence, when) for when in _when_clause_dates(text, in_sentence, sentence.span, doc.published)
                    )
                continue
            trigger, match = hit
            # "The probe, launched on Sept. 7 by an H-IIA rocket, touched down ...": the aside
            # tells a dated happening of its own, and its date and names are not the landing's.
            aside = self._aside(text, sentence, hit, in_sentence)
            if aside is not None:
                inside = Span(aside[0], aside[1])
                outside = tuple(m for m in sentence.mentions if not inside.contains(m.span))
                sentence = replace(sentence, mentions=outside)
                in_sentence = [f for f in in_sentence if not inside.contains(f.span)]
                stated = _sentence_date(text, sentence.span, in_sentence)
            # A date right after the trigger is the event's own ("announced last month").
            own_day = _date_after(text, sentence.span, match.end(), in_sentence)
            if own_day is not None and own_day != stated and stated is not None:
                # ("were safe aboard the destroyer on Thursday after ... an emergency splashdown ... late on
                # Wednesday": the day before "after" tells a happening of its own)
                main_at = next((f for f in in_sentence if f.value == stated and f.span.end <= match.start()), None)
                if main_at is not None and _AFTER_WORD.search(text, main_at.span.end, match.start()):
                    on_a_day.append((own_sentence, stated))
            stated = own_day or stated
            # "It was the fourth spacewalk for Koch, ..., and the first for Meir, who flew there on a Russian
            # Soyuz spacecraft on Sept. 25": a day in a relative clause after the trigger is the clause's
            # own happening's, not the trigger's.
            # (Or before it, in an aside: "Bolsonaro, who was stabbed at a campaign rally ... on Sept. 6, gave his
            # first speech as president-elect ...".)
            told_at = next((f for f in in_sentence if f.value == stated), None)
            after_trigger = told_at is not None and told_at.span.begin > match.end()
            if (
                told_at is not None
                and stated is not None
                and stated.precision is Precision.DAY
                and (after_trigger or "," in text[told_at.span.end : match.start()])
                and _RELATIVE_PAST.search(
                    text,
                    max(match.end() if after_trigger else sentence.span.begin, told_at.span.begin - 70),
                    told_at.span.begin,
                )
            ):
                on_a_day.append((own_sentence, stated))
                stated = None
                if not after_trigger:  # (the trigger's own date, if any, is after the aside)
                    stated = _sentence_date(text, sentence.span, [f for f in in_sentence if f.span.end > match.start()])
            # "Beagle 2 was released ... on Dec. 19, 2003, and was due to touch down six days later": so many days
            # right after the trigger are from the day told before it, which is another happening's.
            elif told_at is not None and stated is not None and told_at.span.end <= match.start():
                # (right after it, not in a clause of its own: "visited the site in Ahmedabad where an Air India
                # passenger jet crashed a day earlier")
                close = _CLAUSE_END.search(text, match.end(), sentence.span.end)
                reach = min(close.start() if close else sentence.span.end, match.end() + 30)
                days_on = _relative_day(text, match.end(), reach, stated)
                if days_on is not None and days_on.value != stated:
                    on_a_day.append((own_sentence, stated))
                    stated = days_on.value
            # "Shares ... plunged 60 percent on Thursday, a day after it announced a plan to raise
            # capital": a trigger in a clause that times the main one by so many days is that many
            # days from the main clause's day, and the main clause tells a happening of that day.
            apart = _days_apart(text, sentence.span, match.start(), in_sentence, reference or focus)
            if apart is not None:
                main_day, stated = apart
                on_a_day.append((own_sentence, main_day))
                if main_day == stated:  # (so many hours apart: the main clause's own happening, that day too)
                    hours_later.add(own_sentence.span)
            # What happened so many years ago is background ("..., who announced the company's move
            # into cars three years ago"), not news of the sentence's day.
            if _YEARS_AGO.match(text, match.end(), sentence.span.end):
                continue
            # "It docked with the core module the next day": the day after the one told last.
            # (So many hours after it: the time of day may be told in the sentence before.)
            if stated is None:
                since = own[max(0, index - 1)].span.begin
                stated = _day_after(text, sentence.span.begin, sentence.span.end, reference or focus, since=since)
            # "The crew returned to Earth aboard Shenzhou-21. Their capsule touched down ... on Nov.
            # 14.": a return told with no day, then its landing on its day in the same paragraph.
            if stated is None and reference is None and trigger.cls in _RETURN_AND_LANDING:
                stated = self._landing_day_after(text, own, dated, index)
            # What did not happen is no happening: "Had it landed, Israel would have become ...".
            if _COUNTERFACTUAL_OPENING.match(text, sentence.span.begin, match.start()) or _COUNTERFACTUAL.search(
                text, sentence.span.begin, match.start()
            ):
                continue
            # What is to come on no day it states is no happening ("... and will return to the
            # Dongfeng landing site", "is expected to touch down in early June"); a planned one with
            # its day is ("will conduct a spacewalk on Sept. 1").
            # (What is said of it is still said on its day: "ESA said on Thursday that its lander stopped
            # sending signals shortly before it was due to touch down".)
            # (A trigger may say its own future: "will visit".)
            future = _WILL_OPENING.match(text, match.start(), match.end())
            verb_at = future.end() if future is not None else match.start()
            if (
                (
                    (stated is None or stated.precision is not Precision.DAY)
                    and _TO_COME.search(text, max(sentence.span.begin, verb_at - 30), verb_at)
                )
                or (
                    # (Nor, in a month or a year, is one whose verb is to come: "It will bring the crew ...
                    # back to Earth next year.")
                    stated is not None
                    and stated.precision is not Precision.DAY
                    and _WILL.search(text, _clause_start(text, sentence.span.begin, match.start()), verb_at)
                )
                or (
                    # (Nor one whose month or year is after the story's and a later clause's plan: "The basilica,
                    # visited by about 4.5 million people a year, is expected to be completed in 2026".)
                    stated is not None
                    and stated.precision is not Precision.DAY
                    and doc.published is not None
                    and stated.earliest > doc.published
                    and _WILL.search(text, match.end(), sentence.span.end)
                )
            ):
                untriggered[sentence.span] = _reported_day(text, sentence.span, in_sentence)
                continue
            # An undated sentence is read at its paragraph's reference time (the last date it
            # stated), else at the story's focus time (the date its lede states), else it is
            # bounded by the dateline.
            date = stated or reference or focus
            if date is None:
                date = (_as_of(text, sentence.span, doc) if index == 0 else None) or _lede_date(doc)
            if stated is not None:
                reference = stated
                # A day the lede gives its event after the trigger ("..., the Swedish Academy
                # announced on Thursday") is the story's focus too.
                if focus is None and sentence.paragraph == lede and stated.precision is Precision.DAY:
                    focus = stated
            # Verbs joined by "and" tell happenings of their own, each read in its own clause.
            joined = self._coordinated(text, sentence, hit)
            first, others = self._joined(text, sentence, joined, in_sentence, date, doc)
            event = self._event(text, first, trigger, match, date, doc)
            speaker = event.agents[0] if event.agents else None
            event = replace(
                event,
                span=sentence.span,
                about=_about([first]) or _about([sentence]) or _about([own_sentence]),
                themes=themes([sentence.span]),
                quotes=self._quotes(text, [sentence], doc, speaker, themes),
            )
            # "The three astronauts landed ... on Nov. 14, and Shenzhou-22 was launched on Nov. 25":
            # a clause before ", and" with a happening of another kind and its own day tells it.
            split = self._clause_before(text, own_sentence, hit, in_sentence)
            if split is not None:
                clause, also, also_match, when = split
                then = self._event(text, clause, also, also_match, when, doc)
                then = replace(then, span=sentence.span, about=_about([clause]) or event.about, themes=event.themes)
                told.add(then, when, self.is_spaceflight(also.cls))
            told.add(event, stated, self.is_spaceflight(trigger.cls))
            # "Ingenuity arrived at ... on Feb. 18, 2021, ..., and became the first aircraft to make a
            # powered flight ... on April 19, 2021": a verb after ", and" with a day of its own.
            on_a_day.extend(
                (own_sentence, day) for day in _and_clause_days(text, in_sentence, stated, match.end(), doc.published)
            )
            # ("Sputnik 2 ... was launched on Sunday, less than a month after Sputnik 1 stunned the world on Oct. 4")
            if stated is not None:
                later_found = [f for f in in_sentence if f.span.begin > match.end()]
                on_a_day.extend((own_sentence, day) for day in _relative_clause_days(text, later_found, stated))
                # ("was launched on Jan. 6, 1998, ..., and began circling the moon five days later")
                next_day = _and_clause_next_day(text, sentence.span, in_sentence, stated, doc.published)
                if next_day is not None:
                    on_a_day.append((own_sentence, next_day))
            for listed in _listed_days(text, in_sentence, stated):
                told.add(replace(event, date=listed), listed, self.is_spaceflight(trigger.cls))
            for joint, again, when in _again_after_and(text, sentence.span, trigger, match, in_sentence, stated):
                then = self._event(text, _clause(sentence, joint, sentence.span.end), trigger, again, when, doc)
                told.add(replace(then, span=sentence.span, themes=event.themes), when, self.is_spaceflight(trigger.cls))
            for joint, when in _elided_again(text, sentence, match.end(), in_sentence, stated, doc.published):
                about = _about([_clause(sentence, joint, sentence.span.end)]) or event.about
                told.add(replace(event, date=when, about=about), when, self.is_spaceflight(trigger.cls))
            if aside is not None:
                begin, end, also, also_match, when = aside
                clause = _clause(own_sentence, begin, end)
                then = self._event(text, clause, also, also_match, when, doc)
                # (What the sentence is about, then what the aside names: "The crew, which arrived at
                # the space station in late April, ...".)
                about = _unique([*event.about, *_about([clause])])
                then = replace(then, span=sentence.span, about=about, themes=event.themes)
                told.add(then, when, self.is_spaceflight(also.cls))
            trailing = self._trailing(text, own_sentence, hit, in_sentence, stated)
            if trailing is None and stated is not None and stated.precision is Precision.DAY:
                # ("set down ... on Sept. 20, three days after it entered lunar orbit": a clause so many days from
                # the main one's day, with a past verb no trigger knows, tells a happening of its day)
                days_off = _TRAILING_DAYS_APART_PAST.search(text, match.end(), sentence.span.end)
                if days_off is not None and not any(f.span.begin >= days_off.start() for f in in_sentence):
                    on_a_day.append((own_sentence, _days_between(days_off, stated)))
            if trailing is not None:
                begin, end, also, also_match, when = trailing
                clause = _clause(own_sentence, begin, end)
                then = self._event(text, clause, also, also_match, when, doc)
                # (about the name the clause describes: "Firefly Aerospace's Blue Ghost lander, which";
                # done by whom the clause names)
                near = [m.entity for m in own_sentence.mentions if m.span.end <= begin and begin - m.span.end < 30]
                named = {m.entity for m in clause.mentions}
                agents = tuple(a for a in then.agents if a in named)
                if _TRAILING_DAYS_APART.match(text, begin):
                    # A clause so many days apart ("HTV-X1 arrived at the International Space Station ..., four
                    # days after it was launched") is about the craft the sentence names, not a station it
                    # reached, done by no one it names, and told only if no other sentence tells it.
                    craft = [e for e in event.about if _spaceborne(e) and e.cls != "SpaceStation"][:1]
                    about = _unique([*craft, *_about([clause])])
                    apart_told.append((replace(then, span=sentence.span, about=about, themes=event.themes), when))
                else:
                    about = _unique([*[e for e in near if e.kind in _ABOUT_KINDS][-1:], *_about([clause])])
                    then = replace(then, span=sentence.span, about=about, agents=agents, themes=event.themes)
                    told.add(then, when, self.is_spaceflight(also.cls))
            for then, own_date in others:
                then = replace(then, agents=then.agents or event.agents, about=_about([sentence]), themes=event.themes)
                told.add(then, own_date or stated, self.is_spaceflight(then.cls))
        for then, when in apart_told:
            if told.find(then, when) is None:
                told.insert(then)
        events = told.in_order()
        by_hours = frozenset(hours_later)
        that_day = frozenset(same_day)
        days_added = bool(events)  # the days of untriggered sentences are added once an event is told
        if days_added:
            events = _add_days(text, events, on_a_day, themes, self._telling, self._encounters, by_hours, that_day)
        # What is said in a sentence that tells no happening of its own ("This is a new stage,"
        # said the administrator) comments on the story's news: it goes with the last event told
        # before it (else the first). What is said on a day of its own ("..., the ministry said on
        # Wednesday") is a statement made that day, unless the event it follows happened that day.
        said = [q for q in self._quotes(text, own, doc, None, themes) if q.sentence in untriggered]
        undated: list[Quote] = []
        for quote in said:
            day = untriggered[quote.sentence]
            before = [e for e in events if e.span.begin <= quote.sentence.begin]
            # (Nor is what is said on the day of the lede's news: "..., NTSB chair Jennifer Homendy told reporters
            # on Saturday", in a story of Saturday's grounding.)
            # (But another speaker's words of a day after a statement of that day are a statement of their own:
            # "..., the London Fire Brigade said on Thursday", then "Paul Channon told the House of Commons on
            # Thursday that ...".)
            if (
                day is None
                or (before and before[-1].date == day and not _another_speaker(before[-1], quote))
                or (
                    events
                    and events[0].date == day
                    and events[0].span == own[0].span
                    and not _another_speaker(events[0], quote)
                )
            ):
                undated.append(quote)
                continue
            same = next((i for i, e in enumerate(events) if e.cls == "Statement" and e.trigger is None
                         and e.date == day and e.agents == (quote.speaker,)), None)  # fmt: skip
            # (Nor is it when a later sentence tells a happening of that day with no known kind: "NASA
            # has regained full contact with Voyager 2 ..., the agency said on Friday", then "...,
            # restoring communication on Friday": one happening, told twice.)
            same = same if same is not None else next(
                (i for i, e in enumerate(events) if e.cls == "NewsEvent" and e.trigger is None and e.date == day
                 and e.span.begin > quote.sentence.begin), None)  # fmt: skip
            if same is not None:
                events[same] = replace(events[same], quotes=(*events[same].quotes, quote))
                continue
            where = next(s for s in own if s.span == quote.sentence)
            statement = Event("Statement", where.span, None, day, agents=(quote.speaker,) if quote.speaker else (),
                              about=_about([where]), themes=themes([quote.span]), quotes=(quote,))  # fmt: skip
            events.insert(sum(e.span.begin <= where.span.begin for e in events), statement)
        if not days_added and events:  # only statements so far: "..., the company said on Monday."
            events = _add_days(text, events, on_a_day, themes, apart=by_hours, same_day=that_day)
        # (Statements of other days, and the days they brought, leave the lede's own news still to be told: "Winds
        # ... tore across southern England overnight, ..., police said on Friday", then "On Thursday evening the BBC
        # had told viewers that ...".)
        lede_untold = not days_added and bool(events) and all(e.span != own[0].span for e in events)
        if (not events or lede_untold) and (story or undated or focus is not None):
            # A story that tells no happening of a known kind still reports one: its lede's, a
            # statement if the lede quotes someone, else a plain news event, with what is said after.
            # (Before a timeline's entries, only a lede that says what day it tells of, or quotes.)
            opening = own[0]
            # (The day the lede's news was reported, if it gives no other: "..., its developer
            # said on Friday.")
            date = focus or untriggered.get(opening.span) or _as_of(text, opening.span, doc) or _lede_date(doc)
            said_first = [q for q in undated if q.sentence == opening.span]
            speaker = said_first[0].speaker if said_first else None
            # An organization given as the source of a reported happening ("China and Russia on
            # Tuesday signed ..., the CNSA said") reports news; it made no statement of its own.
            sourced = (
                bool(said_first)
                and not said_first[0].direct
                and speaker is not None
                and speaker.kind is Kind.ORGANIZATION
            )
            cls = "Statement" if said_first and not sourced else "NewsEvent"
            speaker = None if sourced else speaker
            if speaker is None and not sourced:
                # (Plain news is done by whom its lede names first: "Xi on Monday proposed ...";
                # not by its source: "..., according to the China Earthquake Networks Center".)
                source = _ACCORDING.search(text, opening.span.begin, opening.span.end)
                until = source.start() if source else opening.span.end
                speaker = _doer(text, opening, until, (Kind.PERSON, Kind.ORGANIZATION))
            events = [
                Event(cls, opening.span, None, date, agents=(speaker,) if speaker else (), about=_about([opening]),
                      themes=themes([opening.span, *(q.span for q in undated)]), quotes=tuple(undated)),
                *events,
            ]  # fmt: skip
            if not lede_untold:
                events = _add_days(text, events, on_a_day, themes, apart=by_hours, same_day=that_day)
            return _told_by_the_unnamed(text, events, own, found)
        for quote in undated:
            at = max((i for i, e in enumerate(events) if e.span.begin <= quote.sentence.begin), default=0)
            events[at] = replace(events[at], quotes=(*events[at].quotes, quote))
        events = _told_later(text, _reported_earlier(text, events, own, found), own, found)
        return _told_by_the_unnamed(text, _happened_before_told(text, events, own, found), own, found)

    def _best_trigger(self, text: str, sentence: _Sentence) -> tuple[Trigger, re.Match[str]] | None:
        # A happening told in a clause that only times the main one ("docked ... about 30 hours
        # after lifting off") or describes a name (", which had landed ...") yields to the main verb's.
        ranked = []
        for trigger, m in self._triggers(text, sentence, sentence.span.begin):
            main = not _TIMING.search(text, max(sentence.span.begin, m.start() - 16), m.start()) and not (
                _DESCRIBING.search(text, max(sentence.span.begin, m.start() - 200), m.start())
            )
            # (Of two phrases with the same words, the one without a gap: "returned to Earth", not
            # "returned ... to Earth", whose object would start after "returned".)
            ranked.append(((main, trigger.weight, -m.start(), m.end("head")), trigger, m))
        if not ranked:
            return None
        # (nor does the verb of a closing clause that names the news's source, where another trigger is: "The Soviet
        # Union launched its third earth satellite on Thursday, ..., the official Tass news agency announced.")
        if len(ranked) > 1 and (source := _SOURCE_CLAUSE.search(text, sentence.span.begin, sentence.span.end)):
            ranked = [((r[0] and m.start() < source.start(), *r[1:]), t, m) for r, t, m in ranked]
        _, trigger, m = max(ranked, key=lambda r: r[0])
        return trigger, m

    def _triggers(self, text: str, sentence: _Sentence, begin: int) -> Iterator[tuple[Trigger, re.Match[str]]]:
        """Each trigger that occurs in the sentence from ``begin`` on, at its first occurrence."""
        span = sentence.span
        # One pass for the first words of all phrases picks the few triggers worth trying.
        words = {m[0].lower() for m in self._first_words.finditer(text, begin, span.end)}
        if not words:
            return
        # A spaceflight needs a craft, a crew (an astronaut named), a body beyond the Earth or a word
        # of space in its sentence: "launched an emergency response" is no launch. (Looked for once,
        # and only if a spaceflight trigger is.)
        spaceflight: bool | None = None
        inside_a_name = _InsideNames(sentence.mentions)
        for trigger in (t for w in sorted(words) for t in self._by_first_word.get(w, ())):
            if self.is_spaceflight(trigger.cls):
                if spaceflight is None:
                    spaceflight = sentence.after_space or _speaks_of_space(text, sentence)
                if not spaceflight:
                    continue
            m = trigger.pattern.search(text, begin, span.end)
            # Someone is received, not something ("received more than 1,000 orders"); a target is
            # met by no one ("The economy met the government's target").
            if (
                m is not None
                and trigger.cls == "Meeting"
                and (
                    (m[0].lower() == "received" and not _RECEIVED_WHOM.match(text, m.end(), span.end))
                    or (m[0].lower() in ("met", "meets") and _MET_WHAT.match(text, m.end(), span.end))
                )
            ):
                continue
            # A first flight waited for is none yet ("waited 25 years for his first flight"), nor one
            # a sentence says something is.
            if m is not None and m[0].lower() == "first flight" and _AWAITED.search(text, span.begin, m.start()):
                continue
            # A trigger's words inside a name are the name's ("the Dongfeng landing site"); after
            # "whether" they ask, not tell ("to confirm whether SLIM had landed within 100 meters");
            # inside quotation marks they are someone's words ("We achieved a pinpoint landing").
            while m is not None and (
                inside_a_name(m.start(), m.end())
                or _ASKED.search(text, max(span.begin, m.start() - 60), m.start())
                # after "for" they say what something is for ("needed for bringing lunar samples
                # back to Earth", "preparations for landing")
                or _FOR_PURPOSE.search(text, max(span.begin, m.start() - 60), m.start())
                or _IMPOSSIBLE.match(text, m.end(), span.end)
                or _HAD_THERE.search(text, max(span.begin, m.start() - 80), m.start())
                or (
                    m[0].endswith("ed")
                    and _DETERMINER_BEFORE.search(text, max(span.begin, m.start() - 8), m.start())
                    and _NOUN_AFTER.match(text, m.end(), span.end)
                )
                # ("The PlayStation 3 arrives in Japanese stores": goods reach shops; no one visits)
                or (trigger.cls == "Visit" and _SHOPS_AFTER.match(text, m.end(), span.end))
                # ("its effort to put the Nozomi probe into orbit": "put" after "to" is no past)
                or (
                    trigger.phrase.startswith("put ")
                    and text.endswith("to ", max(span.begin, m.start() - 3), m.start())
                    and not _BECAME_NTH.search(text, max(span.begin, m.start() - 60), m.start())
                )
                or _quoted(text, span.begin, m.start())
                or (
                    trigger.phrase in _PRESENT_VERBS
                    and _COUNTED.search(text, max(span.begin, m.start() - 24), m.start())
                    # ("A Saturn V rocket launches Neil Armstrong, ...": a verb, its object after it)
                    and not _OBJECT_AFTER.match(text, m.end(), span.end)
                )
                # "A Russian Soyuz MS-22 spacecraft docked at the International Space Station (ISS)
                # leaked coolant": a participle after a craft's noun describes the craft.
                or (
                    _CRAFT_NOUN_BEFORE.search(text, max(span.begin, m.start() - 16), m.start())
                    and _main_verb_after(text, m.end(), span.end)
                )
                # "to call off a planned spacewalk": what was only planned is no happening.
                or _UNREALISED.search(text, max(span.begin, m.start() - 16), m.start())
                # "its landing platform", "a docking port": a noun's modifier tells no happening.
                or (trigger.phrase in ("landing", "docking") and _MODIFIED_NOUN.match(text, m.end(), span.end))
                or (
                    trigger.phrase == "return capsule"
                    and _INTO_THE.search(text, max(span.begin, m.start() - 12), m.start())
                )
                # "sending data back to Earth": what is sent back is no craft coming home.
                or (
                    trigger.phrase == "back to earth"
                    and _SENT_BACK.search(text, max(span.begin, m.start() - 50), m.start())
                )
                # "soil brought back from the Moon": what describes the soil tells no happening.
                or (
                    trigger.phrase == "brought back"
                    and _FROM_OR_BY.match(text, m.end(), span.end)
                    and not _AUXILIARY.search(text, max(span.begin, m.start() - 12), m.start())
                )
            ):
                m = trigger.pattern.search(text, m.end(), span.end)
            if m is not None:
                yield trigger, m

    def _clause_before(
        self,
        text: str,
        sentence: _Sentence,
        main: tuple[Trigger, re.Match[str]],
        found: list[dates.DateMention],
    ) -> tuple[_Sentence, Trigger, re.Match[str], DateValue] | None:
        """The clause before the last ", and" ahead of the main trigger, its strongest trigger of
        another kind and its own day, where it has both."""
        cut = text.rfind(", and ", sentence.span.begin, main[1].start())
        if cut < 0:
            return None
        day = next(
            (f.value for f in found if f.value.precision is Precision.DAY and f.span.end <= cut),
            None,
        )
        if day is None:
            return None
        clause = _clause(sentence, sentence.span.begin, cut)
        best: tuple[Trigger, re.Match[str]] | None = None
        for trigger, m in self._triggers(text, clause, clause.span.begin):
            if trigger.cls != main[0].cls and (best is None or trigger.weight > best[0].weight):
                best = (trigger, m)
        return None if best is None else (clause, best[0], best[1], day)

    def _landing_day_after(
        self, text: str, own: list[_Sentence], dated: list[DateValue | None], index: int
    ) -> DateValue | None:
        """The day of the next sentence of the same paragraph, if it states one and tells a return
        or a landing; None otherwise."""
        for later, day in zip(own[index + 1 :], dated[index + 1 :], strict=True):
            if later.paragraph != own[index].paragraph:
                return None
            if day is None:
                continue
            hit = self._best_trigger(text, later)
            return day if day.precision is Precision.DAY and hit and hit[0].cls in _RETURN_AND_LANDING else None
        return None

    def _aside(
        self,
        text: str,
        sentence: _Sentence,
        main: tuple[Trigger, re.Match[str]],
        found: list[dates.DateMention],
    ) -> tuple[int, int, Trigger, re.Match[str], DateValue] | None:
        """A happening of another kind told between commas before the main verb, by a participle
        dated at once (", launched on Sept. 7, 2023 by an H-IIA rocket ...,"): where the aside
        starts and ends, its trigger and its date."""
        start = main[1].start()
        if _COMMA_VERB.search(text, sentence.span.begin, start) is None:
            return None
        for trigger, m in self._triggers(text, sentence, sentence.span.begin):
            if m.start() >= start or trigger.cls == main[0].cls or not _PAST_VERB.match(m[0]):
                continue
            comma = _ASIDE_OPENING.search(text, sentence.span.begin, m.start())
            if comma is None:
                continue
            when = _date_after(text, sentence.span, m.end(), found)
            if when is None:
                continue
            # The aside ends at the last comma before the main verb, after its own date.
            date_end = max(f.span.end for f in found if f.value == when and f.span.begin >= m.end())
            close = text.rfind(",", date_end, start)
            if close < 0:
                continue
            return comma.start(), close, trigger, m, when
        return None

    def _trailing(
        self,
        text: str,
        sentence: _Sentence,
        main: tuple[Trigger, re.Match[str]],
        found: list[dates.DateMention],
        stated: DateValue | None,
    ) -> tuple[int, int, Trigger, re.Match[str], DateValue] | None:
        """A relative clause after the main verb that tells a happening of its own, with its own date
        ("... together with Firefly Aerospace's Blue Ghost lander, which landed successfully in
        March"): where it starts and ends, its trigger and its date."""
        end = sentence.span.end
        # (the first few clauses only: a sentence of many is not read again for each)
        for opening in itertools.islice(_TRAILING_OPENING.finditer(text, main[1].end(), end), 3):
            close = _CLAUSE_END.search(text, opening.end(), end)
            stop = close.start() if close else end
            when = next((f.value for f in found if opening.end() <= f.span.begin < stop), None)
            if when is None or when == stated:
                continue
            for trigger, m in self._triggers(text, sentence, opening.end()):
                if m.start() == opening.end() and _PAST_VERB.match(m[0]):
                    return opening.start(), stop, trigger, m, when
        # ("arrived at the International Space Station on Monday ..., two days after lifting off from the
        # Baikonur Cosmodrome": a clause so many days from the main one's day, its trigger first)
        if stated is not None and stated.precision is Precision.DAY:
            apart = _TRAILING_DAYS_APART.search(text, main[1].end(), end)
            if apart is not None and not any(f.span.begin >= apart.start() for f in found):
                close = _CLAUSE_END.search(text, apart.end(), end)
                stop = close.start() if close else end
                for trigger, m in self._triggers(text, sentence, apart.end()):
                    if m.start() == apart.end() and trigger is not main[0]:
                        return apart.start(), stop, trigger, m, _days_between(apart, stated)
                own = _OWN_LAUNCH.pattern.match(text, apart.end(), stop)
                if own is not None and main[0].cls != "Launch":
                    return apart.start(), stop, _OWN_LAUNCH, own, _days_between(apart, stated)
        return None

    def _joined(
        self,
        text: str,
        sentence: _Sentence,
        joined: list[tuple[int, Trigger, re.Match[str], bool]],
        found: list[dates.DateMention],
        date: DateValue | None,
        doc: Document,
    ) -> tuple[_Sentence, list[tuple[Event, DateValue | None]]]:
        """A sentence's first clause before the verbs ``joined`` to its trigger, and the events those
        verbs tell, each read in its own clause, with the date stated there (else ``date``) and
        that date alone (None if the clause states none). A clause that only times the first
        tells an event of its own only if it states its own date."""
        cuts = [*(at for at, _, _, _ in joined), sentence.span.end]
        first = _clause(sentence, sentence.span.begin, cuts[0]) if joined else sentence
        others: list[tuple[Event, DateValue | None]] = []
        for (at, trigger, match, timing), end in zip(joined, cuts[1:], strict=True):
            own = _first_date(found, at, end) or _day_after(text, at, end, date, since=sentence.span.begin)
            if timing and own is None:
                continue
            event = self._event(text, _clause(sentence, at, end), trigger, match, own or date, doc)
            others.append((replace(event, span=sentence.span), own))
        return first, others

    def _coordinated(
        self, text: str, sentence: _Sentence, first: tuple[Trigger, re.Match[str]]
    ) -> list[tuple[int, Trigger, re.Match[str], bool]]:
        """Happenings of other kinds told by verbs joined to the first by "and" ("lifted off ...
        and docked with the core module six hours later"), or in a clause that times it ("since
        they met ... in November"), each with where its "and" (or "since") starts and whether it
        only times the first."""
        end = first[1].end()
        if _JOINED_VERB.search(text, end, sentence.span.end) is None:
            return []
        chosen: dict[str, tuple[int, Trigger, re.Match[str], bool]] = {}
        for trigger, m in self._triggers(text, sentence, end):
            if trigger.cls == first[0].cls:
                continue
            # (or a noun after a verb that only says it was done: "and, less than seven hours later, made the
            # first docking of two spacecraft in orbit")
            verb_at = m.start()
            if not _PAST_VERB.match(m[0]):
                done = _DONE_NOUN.search(text, max(end, m.start() - 40), m.start())
                if done is None:
                    continue
                verb_at = done.start()
            window = max(end, verb_at - 60)
            joint = _AND_BEFORE.search(text[window:verb_at])
            timing = joint is None
            if joint is None:
                joint = _TIMING.search(text[window:verb_at])
                if joint is None:
                    continue
            known = chosen.get(trigger.cls)
            if known is None or m.start() < known[2].start():
                chosen[trigger.cls] = (window + joint.start(), trigger, m, timing)
        return sorted(chosen.values(), key=lambda hit: hit[0])

    def _event(
        self,
        text: str,
        sentence: _Sentence,
        trigger: Trigger,
        match: re.Match[str],
        date: DateValue | None,
        doc: Document,
    ) -> Event:
        # Names inside quotation marks are what someone said, not who acted or where.
        quoted = [Span(sentence.span.begin + q.start(), sentence.span.begin + q.end())
                  for q in _QUOTED.finditer(sentence.span.cut(text))]  # fmt: skip
        if quoted:
            sentence = replace(
                sentence, mentions=tuple(m for m in sentence.mentions if not any(q.contains(m.span) for q in quoted))
            )
        region = _object_region(text, sentence, match.end("head"))
        in_region = [m for m in sentence.mentions if region.contains(m.span)]
        outside = [m for m in sentence.mentions if not region.contains(m.span)]
        if self.is_spaceflight(trigger.cls):
            # Who reports a launch or a landing ("..., the agency announced") did not make it.
            agents = _unique(
                m.entity for m in sentence.mentions if m.entity.kind in _ACTOR_KINDS and not _reports(text, m.span)
            )
            counterparts: tuple[Entity, ...] = ()
        else:
            actors = [m for m in outside if m.entity.kind in _ACTOR_KINDS]
            # (Those who meet are named before the verb: "The two leaders met ... ahead of the APEC
            # meetings" names no one who met.)
            if trigger.cls in self._mutual_classes:
                actors = [m for m in actors if m.span.end <= match.start()]
            agents = _unique(m.entity for m in actors)[:1]
            # The name right before the verb is its subject: "Queen Elizabeth II ... died ...,
            # Buckingham Palace announced." (Not the last of names joined by "and": "Xi and Biden met",
            # "CNSA and the China Atomic Energy Authority announced".)
            subject = next((m for m in actors if _RIGHT_BEFORE.fullmatch(text, m.span.end, match.start())), None)
            if (
                subject is not None
                and trigger.cls not in self._mutual_classes
                and not _NAMES_JOINED_BEFORE.search(text, max(0, subject.span.begin - 40), subject.span.begin)
            ):
                agents = (subject.entity,)
            relative = next((m for m in actors if _RELATIVE_BEFORE.fullmatch(text, m.span.end, match.start())), None)
            if relative is not None:
                agents = (relative.entity,)
            met = [*_joined_subjects(text, actors, match.start())] if trigger.cls in self._mutual_classes else []
            counterparts = tuple(
                e
                for e in _unique([*met, *(m.entity for m in in_region if m.entity.kind in _ACTOR_KINDS)])
                if e not in agents
            )
            if not counterparts and trigger.cls in self._group_classes:
                group = _group(text, region, in_region, doc)
                counterparts = (group,) if group else ()
        places = _places(text, sentence, region, self.lexicon)
        return Event(
            cls=trigger.cls,
            span=sentence.span,
            trigger=Span(match.start(), match.end()),
            date=date,
            agents=agents,
            counterparts=counterparts,
            places=places,
        )

    # ---------------------------------------------------------------- dates

    def _refine(self, text: str, sentence: _Sentence, heading: DateValue, heading_day: dt.date | None) -> DateValue:
        """A more precise date stated in the sentence, if it lies within the heading's."""
        if heading_day is not None:
            return heading
        for found in dates.find_dates(sentence.span.cut(text), sentence.span.begin, heading.latest):
            v = found.value
            if heading.earliest <= v.earliest and v.latest <= heading.latest and v != heading:
                return v
        return heading

    # --------------------------------------------------------------- quotes

    def _quotes(
        self, text: str, own: list[_Sentence], doc: Document, fallback: Entity | None, themes: _Themes
    ) -> tuple[Quote, ...]:
        quotes: list[Quote] = []
        last_speaker = fallback
        # Sentences of the current paragraph not yet attributed to anyone: a closing
        # "..., Xi said." attributes the whole paragraph up to it.
        unattributed: Span | None = None
        paragraph = -1
        for sentence in own:
            if sentence.paragraph != paragraph:
                paragraph, unattributed = sentence.paragraph, None
            found = _quotes_in(text, sentence, last_speaker)
            if not found:
                unattributed = unattributed or sentence.span
                continue
            for span, speaker, direct in found:
                if speaker is None:
                    continue
                if not direct and unattributed is not None and span.begin == sentence.span.begin:
                    span = Span(unattributed.begin, span.end)
                last_speaker = speaker
                inside = [m.entity for m in sentence.mentions if span.contains(m.span)]
                missions = [e for e in inside if e.kind in _ABOUT_KINDS] or [
                    m.entity for m in sentence.mentions if m.entity.kind in _ABOUT_KINDS
                ]
                quotes.append(
                    Quote(
                        span=span,
                        sentence=sentence.span,
                        speaker=speaker,
                        direct=direct,
                        themes=themes([span]),
                        about=_unique(missions),
                    )
                )
            unattributed = None
        return tuple(quotes)


# ------------------------------------------------------------------ helpers


def _quoted(text: str, begin: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after ``begin`` (its sentence's start)."""
    before = text[begin:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _reports(text: str, span: Span) -> bool:
    """Whether the name at ``span`` is the subject of a reporting verb ("X said", "said X")."""
    described = _APPOSITIVE.match(text, span.end)
    if _REPORTER.match(text, described.end() if described else span.end):
        return True
    return _SAID_BEFORE.search(text, max(0, span.begin - 20), span.begin) is not None


def _joined_subjects(text: str, actors: list[Mention], before: int) -> Iterator[Entity]:
    """The names joined to the first actor by "and" ahead of the verb: "Xi and Biden held talks"."""
    for previous, m in itertools.pairwise(actors):
        if m.span.end > before or not _AND_TITLED.fullmatch(text, previous.span.end, m.span.begin):
            return
        yield m.entity


def _clause(sentence: _Sentence, begin: int, end: int) -> _Sentence:
    """The part of a sentence from ``begin`` to ``end``, with the mentions inside it."""
    inside = tuple(m for m in sentence.mentions if begin <= m.span.begin and m.span.end <= end)
    return replace(sentence, span=Span(begin, end), mentions=inside)


class _Told:
    """The happenings a story has told so far, in the order told, with an index by class, day and craft:
    one told again is compared with the few it may be the same as, not with every happening before it
    (an article of thousands of dated sentences stays linear in its length)."""

    def __init__(self) -> None:
        self.events: list[Event] = []  # in the order told
        self._late: list[int] = []  # those placed by their sentence
        self._index: dict[tuple[object, ...], list[int]] = {}

    def add(self, event: Event, stated: DateValue | None, spaceflight: bool) -> None:
        """Append a story's event, or merge it into the same event told earlier. Who is named where a
        launch or a landing is told again comments on it ("Kishida called the landing a major step")."""
        same = self.find(event, stated)
        if same is None:
            self.events.append(event)
            self._note(len(self.events) - 1, event)
            return
        merged = _merge(self.events[same], replace(event, agents=()) if spaceflight else event)
        if _refines(self.events[same].date, stated):  # told first within a month, then on its day
            merged = replace(merged, date=stated)
        self.events[same] = merged
        self._note(same, merged)

    def find(self, event: Event, stated: DateValue | None) -> int | None:
        """Where the first event told that ``event`` (told at ``stated``) is the same as is, if one is."""
        buckets = [self._index[key] for key in _sought(event, stated) if key in self._index]
        candidates = buckets[0] if len(buckets) == 1 else heapq.merge(*buckets)
        return next((i for i in candidates if _same_event(self.events[i], event, stated)), None)

    def insert(self, event: Event) -> None:
        """Tell an event, to be placed among the others by where its sentence is (``in_order``)."""
        self._late.append(len(self.events))
        self.events.append(event)
        self._note(len(self.events) - 1, event)

    def in_order(self) -> list[Event]:
        """The events told, each placed one after those of its sentence and of the sentences before."""
        late = set(self._late)
        ordered = [e for i, e in enumerate(self.events) if i not in late]
        for i in self._late:
            event = self.events[i]
            ordered.insert(bisect.bisect_right(ordered, event.span.begin, key=lambda e: e.span.begin), event)
        return ordered

    def _note(self, at: int, event: Event) -> None:
        for key in _keys(event):
            bucket = self._index.setdefault(key, [])
            where = bisect.bisect_left(bucket, at)
            if where == len(bucket) or bucket[where] != at:
                bucket.insert(where, at)


def _keys(event: Event) -> Iterator[tuple[object, ...]]:
    """Where an event told is indexed: its class, its date, each month its date spans if coarser than a
    day, and each craft it is about (or that it is about none)."""
    cls, date = event.cls, event.date
    yield ("class", cls)
    yield ("date", cls, date)
    if date is not None and date.precision in (Precision.MONTH, Precision.YEAR):
        yield from (("month", cls, year, month) for year, month in _months(date))
    crafts = _crafts(event)
    yield from (("craft", cls, craft) for craft in crafts) if crafts else [("bare", cls)]


def _sought(event: Event, stated: DateValue | None) -> Iterator[tuple[object, ...]]:
    """The index keys of every event told that ``_same_event`` may find ``event`` the same as."""
    cls = event.cls
    if cls in _RETURN_AND_LANDING and event.date is not None:  # a return told again as its landing
        yield ("date", next(iter(_RETURN_AND_LANDING - {cls})), event.date)
    if stated is not None:  # of no date, of the same one, or of its month or year
        yield ("date", cls, None)
        yield ("date", cls, stated)
        if stated.precision is Precision.DAY:
            yield ("month", cls, stated.earliest.year, stated.earliest.month)
        return
    crafts = _crafts(event)
    if not crafts:
        yield ("class", cls)
        return
    yield ("date", cls, event.date)
    yield ("bare", cls)
    yield from (("craft", cls, craft) for craft in crafts)


def _months(date: DateValue) -> Iterator[tuple[int, int]]:
    """The (year, month) pairs from a date's earliest day to its latest."""
    year, month = date.earliest.year, date.earliest.month
    while (year, month) <= (date.latest.year, date.latest.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _refines(coarse: DateValue | None, day: DateValue | None) -> bool:
    """Whether ``day`` is a day within the month or year ``coarse`` is."""
    return (
        coarse is not None
        and day is not None
        and coarse.precision in (Precision.MONTH, Precision.YEAR)
        and day.precision is Precision.DAY
        and coarse.earliest <= day.earliest <= coarse.latest
    )


def _same_event(earlier: Event, later: Event, stated: DateValue | None) -> bool:
    """A story often states one event in several sentences: "launched ...", "blasted off ...";
    a craft's return to Earth is its landing, told on the same day ("The return capsule ... landed
    ... The capsule touched down at 6:33 a.m.")."""
    if earlier.cls != later.cls:
        return {earlier.cls, later.cls} == _RETURN_AND_LANDING and later.date is not None and later.date == earlier.date
    # Two meetings of one day with none of the same people are two ("Xi met Blinken ... Earlier on
    # Monday, Wang Yi met with Blinken").
    if earlier.cls == "Meeting" and earlier.agents and later.agents and not set(earlier.agents) & set(later.agents):
        return False
    if stated is not None and earlier.date is not None and stated != earlier.date:
        # (Told first within a month, then on its day, of the same craft: "completed a spacewalk
        # outside China's space station", then "worked outside the Tiangong station ... on Tuesday".)
        if not _refines(earlier.date, stated):
            return False
        return bool(_crafts(earlier) & _crafts(later))
    if later.date is not None and later.date == earlier.date:
        return True
    a, b = _crafts(earlier), _crafts(later)
    return not a or not b or bool(a & b)


def _crafts(event: Event) -> set[Entity]:
    return {e for e in event.about if e.kind is Kind.MISSION}


_RETURN_AND_LANDING = frozenset({"Return", "Landing"})
_DAYS_LATER = re.compile(
    r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after"
    r"|(?P<n>\d|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+later"
    # or before it: "A day earlier, ...", "the previous day", "two days earlier"
    r"|(?P<before>a\s+day\s+earlier|the\s+previous\s+day|(?P<m>\d|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+days\s+earlier)"
    # or on it: "China suspends all imports of seafood from Japan the same day."
    # ("That evening, the Soviet news agency TASS reports the accident")
    r"|(?P<same>(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)|(?:later\s+)?that\s+(?:day|morning|afternoon|evening)))\b",
    re.IGNORECASE,
)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "docked with Tianhe about 13 hours later": on the same day or the next, as the time of day of the
# first happening says, if the sentence gives it ("lifted off at 11:14 a.m. ... and docked about six
# and a half hours later").
_HOURS_LATER = re.compile(
    # (or fewer: "less than seven hours later")
    r"\b(?P<under>(?:less|fewer)\s+than\s+|under\s+|within\s+)?"
    r"(?:(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?P<half>\s+and\s+a\s+half)?"
    r"|a\s+few|several)\s+hours\s+later\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<half>[ap])\.m\.(?![\w])"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])",
    re.IGNORECASE,
)
# (or the part of the day it happened in, as the hours it may span: "lifted off ... on Wednesday morning")
_DAY_PART = re.compile(r"\b(?P<part>morning|afternoon|evening)\b", re.IGNORECASE)
_DAY_PART_HOURS = {"morning": (5.0, 12.0), "afternoon": (12.0, 18.0), "evening": (17.0, 23.0)}
_FEW_HOURS = (2.0, 9.0)  # "a few hours later", "several hours later"
_ABOUT = 1.0  # hours either way of the number: news rounds it ("about 3.5 hours later")


def _relative_day(text: str, begin: int, end: int, date: DateValue | None) -> dates.DateMention | None:
    """The day so many days after or before ``date`` a clause names ("the next day", "two days
    later", "a day earlier", "the same day", "exactly a year earlier"), where it says so."""
    if date is None or date.precision is not Precision.DAY:
        return None
    m = _DAYS_LATER.search(text, begin, end)
    if m is None:
        # ("Bolt had set the previous record ... exactly a year earlier": the same day so many years apart)
        return _so_long_apart(text, begin, end, date, exactly=True)
    n = m["n"] or m["m"]
    days = 1 if n is None else int(n) if n.isdigit() else _COUNT[n.lower()]
    days = -days if m["before"] else 0 if m["same"] else days
    return dates.DateMention(Span(m.start(), m.end()), dates.day(date.earliest + dt.timedelta(days=days)))


def _day_after(text: str, begin: int, end: int, date: DateValue | None, since: int | None = None) -> DateValue | None:
    """The day after ``date`` where a clause says so ("and it docked with Tianhe the next day"),
    or the day so many days after it ("two days later"); so many hours after it, the day the time
    of day told since ``since`` (the sentence's start) leads to, else the month that holds both
    days it may be."""
    if date is None or date.precision is not Precision.DAY:
        return None
    later = _relative_day(text, begin, end, date)
    if later is not None:
        return later.value
    hours = _HOURS_LATER.search(text, begin, end)
    if hours is None:
        return None
    if hours["n"] is None:
        low, high = _FEW_HOURS
    else:
        n = hours["n"].lower()
        count = float(n) if n[0].isdigit() else _COUNT[n]
        count += 0.5 if hours["half"] else 0.0
        low, high = (0.0 if hours["under"] else count - _ABOUT), count + _ABOUT
    clocks = list(_CLOCK.finditer(text, begin if since is None else since, hours.start()))
    parts = [] if clocks else list(_DAY_PART.finditer(text, begin if since is None else since, hours.start()))
    if clocks or parts:
        if clocks:
            c = clocks[-1]
            if c["h24"] is not None:
                at = int(c["h24"]) + int(c["m24"]) / 60
            else:
                at = int(c["h"]) % 12 + (12 if c["half"].lower() == "p" else 0) + int(c["m"] or 0) / 60
            earliest = latest = at
        else:
            earliest, latest = _DAY_PART_HOURS[parts[-1]["part"].lower()]
        first, last = int((earliest + low) // 24), int((latest + high) // 24)
        if first == last:
            return dates.day(date.earliest + dt.timedelta(days=first))
    # That day or the next: the month that holds both, or failing that the year.
    day, then = date.earliest, date.earliest + dt.timedelta(days=1)
    if then.month == day.month:
        return dates.month(day.year, day.month)
    return dates.year(day.year) if then.year == day.year else None


def _sentence_date(text: str, span: Span, found: list[dates.DateMention]) -> DateValue | None:
    """A sentence's own date: its first day, else its first date, leaving out the day of a report
    ("..., the agency said on Monday": the day of the report, not of the event) and a day in a
    closing clause that times it ("..., after a first attempt on Monday was called off")."""
    own = [
        f
        for f in found
        if not _REPORTED_ON.search(text, max(span.begin, f.span.begin - _REPORT_REACH), f.span.begin)
        and not _CLOSING_TIMING.search(text, max(span.begin, f.span.begin - _REPORT_REACH), f.span.begin)
    ]
    # (nor the day of a happening it names, if it gives another: "was declared the winner of the Feb. 25 election
    # ... on March 1")
    own = [f for f in own if not _DAYS_HAPPENING.match(text, f.span.end)] or own
    days = [f.value for f in own if f.value.precision is Precision.DAY]
    ranked = days or [f.value for f in own]
    return ranked[0] if ranked else None


# A first flight waited for ("waited 25 years for his first flight"), or one a sentence only says
# something is ("It was the first flight with only women aboard since ...").
_AWAITED = re.compile(r"\b(?:for|awaiting|await|before|ahead of|is|was|be|been)\s+(?:his|her|its|their|the|a)\s+$")
# Between a verb's subject and the verb: nothing but a space (or an acronym's closing parenthesis), or
# a comma and a relative pronoun ("the agency's Emergency Committee, which met on Thursday"); not the
# last of names joined by "and".
_RIGHT_BEFORE = re.compile(r"\)?\s{1,2}")
_RELATIVE_BEFORE = re.compile(r"\)?,\s+(?:which|who)\s+(?:\w+ly\s+)?")
_NAMES_JOINED_BEFORE = re.compile(r"\band\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$")
# Who a sentence's news comes from, in a clause that closes it: "..., NASA said." "..., the
# Vatican said on Monday."
_SOURCE_CLAUSE = re.compile(
    # (a name, or a body described in a few words: "the U.S. space agency said Monday", "a spokesman
    # for the Taliban government said on Monday")
    rf",\s+(?:[\w.'-]+\s+){{1,7}}?(?:said|says|reported|announced)"
    # ("..., his consulting firm Kissinger Associates said in a statement.")
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|release|post))?"
    rf"(?:\s+(?:on\s+|late\s+|early\s+)?(?:{dates.WEEKDAY}|\w+\.?\s+\d{{1,2}})"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!]?\s*$"  # ("... said on Saturday evening.")
)


# (After an answer's label too: "A: On Nov. 5, the agency said ...".)
_OPENING_ON = re.compile(r"\s*(?:[QA]:\s*)?(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:[Oo]n\s+)?")


def _framing_day(text: str, span: Span, found: list[dates.DateMention]) -> DateValue | None:
    """The day a sentence's words were said on, given before whoever said them: opening the
    sentence ("On Monday, the ministry said ...", "A day earlier, Huang told ... that ...") or right
    before the verb ("The ministry on Monday said ..."); not a day inside the words reported
    ("Mattingly died on Oct. 31 ..., NASA said.")."""
    verb = _REPORTING_RE.search(text, span.begin, span.end)
    if verb is None:
        return None
    for f in found:
        if f.value.precision is not Precision.DAY or f.span.end > verb.start():
            continue
        if _OPENING_ON.fullmatch(text, span.begin, f.span.begin) or not text[f.span.end : verb.start()].strip():
            return f.value
    return None


def _says_more_than_its_source(text: str, span: Span) -> bool:
    """Whether a sentence quotes or reports words, beyond naming its news's source in a closing
    clause ("Mattingly died on Oct. 31 in Arlington, Virginia, NASA said.")."""
    verb = _REPORTING_RE.search(text, span.begin, span.end)
    if verb is None:
        return False
    source = _SOURCE_CLAUSE.search(text, span.begin, span.end)
    if source is None or verb.start() < source.start():
        return True
    return _QUOTED.search(text, span.begin, span.end) is not None  # words in quotation marks too


def _reported_day(text: str, span: Span, found: list[dates.DateMention]) -> DateValue | None:
    """The day a sentence says its words were said on ("..., the agency said on Monday")."""
    for f in found:
        if f.value.precision is Precision.DAY and _REPORTED_ON.search(
            text, max(span.begin, f.span.begin - _REPORT_REACH), f.span.begin
        ):
            return f.value
    return None


_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?$")


def _reported_earlier(
    text: str, events: list[Event], own: list[_Sentence], found: list[list[dates.DateMention]]
) -> list[Event]:
    """A lede that says on a day that something had happened ("The DPRK said on Wednesday that it had
    successfully placed ... into orbit"), where a later sentence gives that happening an earlier day
    ("The satellite was launched late on Tuesday ..."): the lede tells a statement of its day, and
    the happening is the later sentence's."""
    if not own or not events:
        return events
    lede = own[0]
    day = _reported_day(text, lede.span, found[0])
    first = events[0]
    if (
        day is None
        or first.span != lede.span
        or first.trigger is None
        or first.date is None
        or not first.date.earliest <= day.earliest <= first.date.latest  # (its day, or the month it is in)
        or not _HAD_BEFORE.search(text, max(lede.span.begin, first.trigger.begin - 30), first.trigger.begin)
    ):
        return events
    earlier = next(
        (
            i
            for i, e in enumerate(events[1:], 1)
            if e.cls == first.cls
            and e.date is not None
            and e.date.precision is Precision.DAY
            and e.date.latest < day.earliest
        ),
        None,
    )
    if earlier is None:
        return events
    happened = events[earlier]
    statement = Event("Statement", lede.span, None, day, about=first.about, themes=first.themes, quotes=first.quotes)
    merged = replace(happened, about=_unique([*happened.about, *first.about]))
    return [statement, *(merged if i == earlier else e for i, e in enumerate(events) if i != 0)]


# Who tells a lede's news without a name: "sheriff's officers", "local officials", "police".
_UNNAMED_TELLERS = re.compile(r",\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:said|told\s+reporters)\s+(?:on\s+)?$")


def _told_by_the_unnamed(
    text: str, events: list[Event], own: list[_Sentence], found: list[list[dates.DateMention]]
) -> list[Event]:
    """A lede that tells a happening of a day and says that someone it does not name told it on a later day
    ("The St. Francis Dam burst ... on Monday, ..., sheriff's officers said on Wednesday"): a statement of that later
    day too, unless something is told of that day already."""
    if not own or not events:
        return events
    lede = own[0]
    day = _reported_day(text, lede.span, found[0])
    # (someone's visit or meeting of that day is a happening apart: "Sir Peter Stallard ... visited the scene on
    # Friday morning")
    if day is None or any(e.date == day and e.cls in ("Statement", "NewsEvent") for e in events):
        return events
    first = events[0]
    if first.span != lede.span or first.date is None or first.date.latest >= day.earliest:
        return events
    if not any(f.value == first.date for f in found[0]):
        return events  # (the happening's day is another sentence's: one happening, told twice)
    said = next((f for f in found[0] if f.value == day), None)
    if said is None or not _UNNAMED_TELLERS.search(text, max(lede.span.begin, said.span.begin - 60), said.span.begin):
        return events
    statement = Event("Statement", lede.span, None, day, about=first.about, themes=first.themes)
    return [statement, *events]


def _happened_before_told(
    text: str, events: list[Event], own: list[_Sentence], found: list[list[dates.DateMention]]
) -> list[Event]:
    """A lede that tells a happening of a day with no trigger, then whose words of a later day it reports ("The
    Pioneer Venus orbiter ... slipped into orbit around Venus on Monday, and flight controllers ... said on Tuesday
    that ..."): a happening of the earlier day too, before the statement, unless something is told of that day
    already."""
    if not own or not events:
        return events
    lede, first = own[0], events[0]
    if first.cls != "Statement" or first.span != lede.span or first.trigger is not None or not first.quotes:
        return events
    if first.date is None or first.date.precision is not Precision.DAY or first.quotes[0].direct:
        return events
    words = first.quotes[0].span.begin
    earlier = next(
        (
            f
            for f in found[0]
            if f.value.precision is Precision.DAY
            and f.span.end <= words
            and f.value.latest < first.date.earliest
            # (the day is the happening's, not the words')
            and _REPORTING_RE.search(text, f.span.end, words) is not None
        ),
        None,
    )
    if (
        earlier is None
        or any(e.date == earlier.value for e in events)
        or _PLANNED.search(text, lede.span.begin, earlier.span.begin)
    ):
        return events
    happening = Event("NewsEvent", lede.span, None, earlier.value, about=first.about, themes=first.themes)
    return [happening, *events]


def _told_later(
    text: str, events: list[Event], own: list[_Sentence], found: list[list[dates.DateMention]]
) -> list[Event]:
    """What a sentence says was told on a day of its own ("..., the company said on Friday"):
    the lede's happening that no sentence gave a day is of that day, if it is in its month
    ("ispace said on Friday that its Resilience lander had probably crashed ..."); a happening of
    an earlier day ("Athena touched down ... on Thursday ..., the company said on Friday"; also
    "completed a spacewalk ..., the CMSA said on Wednesday", then "... on Tuesday") was told that
    day in a statement, with the words."""
    # (read for the sentences that told a dated happening only)
    telling = {span for e in events if e.trigger is not None and e.date is not None for span in (e.span, *e.also)}
    told = {
        s.span: day
        for s, f in zip(own, found, strict=True)
        if s.span in telling and (day := _reported_day(text, s.span, f))
    }
    if not told:
        return events
    sentences = {s.span: s for s in own}
    out: list[Event] = []
    for e in events:
        if e.trigger is None or e.date is None:
            out.append(e)
            continue
        day = told.get(e.span)
        if (
            day is not None
            and e.span == own[0].span
            and e.date.precision is Precision.MONTH
            and e.date.earliest <= day.earliest <= e.date.latest
        ):
            out.append(replace(e, date=day))
            continue
        # (in any sentence that told it: "Wang and Zhai completed the extravehicular activities ...,
        # the CMSA said on Monday", after the lede told the spacewalk)
        later = next(
            ((span, d) for span in (e.span, *e.also) if (d := told.get(span)) and d.earliest > e.date.latest), None
        )
        said = [q for q in e.quotes if later is not None and q.sentence == later[0]]
        if later is None or not said:
            out.append(e)
            continue
        speaker = next((q.speaker for q in said if q.speaker is not None), None)
        out.append(replace(e, quotes=tuple(q for q in e.quotes if q not in said)))
        where = sentences[later[0]]
        out.append(Event("Statement", later[0], None, later[1], agents=(speaker,) if speaker else (),
                         about=_about([where]) or e.about, themes=e.themes, quotes=tuple(said)))  # fmt: skip
    return out


def _add_days(
    text: str,
    events: list[Event],
    on_a_day: list[tuple[_Sentence, DateValue]],
    themes: _Themes,
    telling: frozenset[str] = frozenset(),
    encounters: frozenset[str] = frozenset(),
    apart: frozenset[Span] = frozenset(),
    same_day: frozenset[Span] = frozenset(),
) -> list[Event]:
    """A sentence with no trigger that tells of a day no event has ("Xi on Tuesday ordered all-out
    rescue efforts", after a quake on Monday; the lede too: "Tianzhou-1 completed its first in-orbit
    refueling on Thursday evening") tells a happening of no known kind that day; so does one whose
    day has only what was told after it (``telling`` classes: "... was elected pope on Thursday",
    then "Cardinal Mamberti announced the choice"; "The river rose ... early on Friday", then "The
    National Weather Service had issued a flood warning ... in the early hours of Friday"). A
    sentence's happening is told beside a day's ``encounters`` told after it (meetings, visits): "California
    regulators on Friday closed Silicon Valley Bank", then "Janet Yellen met with banking regulators on
    Friday"; "The Massachusetts Committee of Public Safety sent a relief train ... on Friday", then "Robert
    Borden arrived ... on Friday and toured the ruins"). A sentence timed so many hours after what was told
    before it (``apart``) tells a happening of its own, whatever else its day has ("A second quake ... shook
    ... some nine hours later"); so does one timed "the same day" as it (``same_day``), where that day has no plain
    news to hold it ("Mars 3 itself went into orbit ... the same day", after the landing)."""
    days = {e.date for e in events}
    plain = {e.date for e in events if e.cls == "NewsEvent"}
    begins = sorted(e.span.begin for e in events)  # where each new event goes: after those begun before
    # Each day whose events are all told, and each whose events are all encounters told by their
    # verb (the first one's start), read once. ("during Macron's state visit" only times the lede's
    # news.)
    told = _first_if_all(events, lambda e: e.cls in telling)
    met = _first_if_all(
        events,
        lambda e: e.cls in encounters and e.trigger is not None and _PAST_VERB.match(text, e.trigger.begin) is not None,
    )
    # (what the doer's test reads, kept as events are added: a long sentence may give many days, and many events
    # may be told)
    spans = {e.span for e in events}
    doers_of: dict[DateValue | None, set[Entity]] = {}
    for e in events:
        doers_of.setdefault(e.date, set()).update(e.agents)
    doers: dict[Span, Entity | None] = {}  # each sentence's doer, read once
    for sentence, day in on_a_day:
        # A roundup's report under its own dateline ("BANGKOK -- ...") is news of its own.
        after = told.get(day)
        encounter = met.get(day)
        apart_or_new = (
            day not in days
            or sentence.span in apart
            or (sentence.span in same_day and day not in plain)
            or SUB_DATELINE.match(text, sentence.span.begin, sentence.span.end) is not None
            or (after is not None and after > sentence.span.begin)
            or (encounter is not None and encounter > sentence.span.begin)
        )
        # (or a person does it whom no event of that day has for its doer: "President Dwight D. Eisenhower looked
        # at one of the first pictures ... on Friday evening", after a launch on Friday; "Sir Thomas Bouch ...
        # arrived from Edinburgh on Monday", after words of Monday)
        opener = None
        if not apart_or_new:
            # (the cheap tests first: a sentence told already, or opened by no person, is left before its doer is read)
            opener = _person_opening(sentence, day) if sentence.span not in spans else None
            if opener is None or opener in doers_of.get(day, ()):
                continue
        if sentence.span not in doers:
            # (not one named after "of" or "for": "... after the funeral of Pope Francis" did not do
            # it; nor the source a closing clause names: "..., Roscosmos said on Sunday")
            source = _SOURCE_CLAUSE.search(text, sentence.span.begin, sentence.span.end)
            until = source.start() if source is not None else sentence.span.end
            doers[sentence.span] = _doer(text, sentence, until, _ACTOR_KINDS)
        doer = doers[sentence.span]
        if not apart_or_new and doer != opener:
            continue
        actors = () if doer is None else (doer,)
        event = Event("NewsEvent", sentence.span, None, day, agents=actors, about=_about([sentence]),
                      themes=themes([sentence.span]))  # fmt: skip
        events.insert(bisect.bisect_right(begins, sentence.span.begin), event)
        bisect.insort(begins, sentence.span.begin)
        spans.add(sentence.span)
        doers_of.setdefault(day, set()).update(actors)
        days.add(day)
        plain.add(day)
        told[day] = None
    return events


def _person_opening(sentence: _Sentence, day: DateValue) -> Entity | None:
    """The person who opens a sentence that tells of a day, as its first actor (the caller asks that this person is
    the doer of what it tells, that no event of that day has them for its doer, and that no event is told in that
    sentence)."""
    if day.precision is not Precision.DAY:
        return None
    first = next((m for m in sentence.mentions if m.entity.kind in _ACTOR_KINDS), None)
    if first is None or first.entity.kind is not Kind.PERSON or first.span.begin - sentence.span.begin > _SUBJECT_REACH:
        return None
    return first.entity


# (how far into its sentence a subject may start: after a title, "Former Prime Minister ...")
_SUBJECT_REACH = 40


def _first_if_all(events: list[Event], keep: Callable[[Event], bool]) -> dict[DateValue | None, int | None]:
    """For each day, where its first event starts if ``keep`` holds for all its events, else None."""
    first: dict[DateValue | None, int | None] = {}
    for e in events:
        at = first.get(e.date, e.span.begin)
        first[e.date] = min(at, e.span.begin) if keep(e) and at is not None else None
    return first


def _doer(text: str, sentence: _Sentence, until: int, kinds: Iterable[Kind]) -> Entity | None:
    """Who does what a sentence with no trigger tells: the first name of ``kinds`` before ``until``,
    not one named after "of" or "for" (not "... after the funeral of Pope Francis"), nor what the
    verb is done to ("California regulators on Friday closed Silicon Valley Bank" was not done by the
    bank), unless the verb is passive and the name follows "by" ("was certified by the Civil
    Aviation Administration of China in September")."""
    verb = _VERB_OF_SUBJECT.search(text, sentence.span.begin, until)
    passive = verb is not None and _AUXILIARY.search(text, max(0, verb.start() - 12), verb.start()) is not None
    after_of = -1  # where a name after "of" ends: its acronym in parentheses is after "of" too
    for m in sentence.mentions:
        if m.span.begin >= until:
            break
        if _OF_BEFORE.search(text, max(0, m.span.begin - 12), m.span.begin) or (
            text.startswith(" (", after_of) and m.span.begin == after_of + 2
        ):
            after_of = m.span.end
            continue
        if m.entity.kind in kinds and (
            verb is None
            or m.span.begin < verb.start()
            or (passive and _BY_BEFORE.search(text, max(0, m.span.begin - 8), m.span.begin) is not None)
        ):
            return m.entity
    return None


_WITH_YEAR = re.compile(r"\b\d{4}\b")
_LIST_GAP = re.compile(
    r",?\s+(?:and\s+)?(?:on\s+)?"
    # or a clause whose verb is left out: "won the 50m on Wednesday and the 100m on Monday"
    r"|,?\s+and\s+(?:the|a|an|its|his|her|their)(?:\s+(?![\w'-]*ed\b)[\w'-]+){1,3}?\s+(?:on\s+)?"
)
_BETWEEN = re.compile(r"\bbetween\s+(?:on\s+)?$", re.IGNORECASE)


# A longer list is a calendar, not one happening told again (and each event added is compared with
# every one before it).
_MOST_LISTED = 12


# ", who died on April 21", ", which opened on Monday": a relative clause whose past verb has a
# day of its own.
_RELATIVE_PAST = re.compile(
    rf",\s*(?:who|which)\s+(?:(?:had|has)\s+(?:been\s+)?|was\s+|were\s+)?{_PAST}[^,;]{{0,40}}$", re.IGNORECASE
)


# ", and became ...": a second verb of the sentence's subject (no subject, article or auxiliary).
_AND_VERB = re.compile(
    r",\s+and\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|then|on|in|at|by|with|for|from|to|"
    r"was|were|is|are|has|have|had|will|would|it|he|she|they|we)\b)[a-z]+\b"
    # (or a subject of its own, then its verb in the past: "..., and a main cable snapped on Nov. 6")
    r"|,\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,2}?(?:\w+ed|broke|fell|sank|went|came)\b"
    # (or "as" and a pronoun, then a past verb: "pictures taken by Luna 3 as it swung around the Moon on Oct. 7")
    rf"|\bas\s+(?:it|they|he|she)\s+{_PAST}"
)


# " and reached": a past verb joined by "and", with or without a comma.
# (its subject may be one or two plain words, a determiner before them: "..., and construction began in May 2009",
# "..., and three crews lived aboard it ..., the last of them leaving in February 1974")
_AND_PAST = re.compile(rf",?\s+and\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z]+\s+){{0,2}}?{_PAST}")


def _and_clause_days(
    text: str, found: list[dates.DateMention], stated: DateValue | None, after: int, latest: dt.date | None
) -> list[DateValue]:
    """The day of a clause after ``after`` that opens with ", and" and a verb, when it is a day of
    its own, no later than ``latest`` (the story's day), and no other date comes between the verb
    and it."""
    if stated is None:
        return []
    days = []
    for i, f in enumerate(found):
        # (or its month, after a past verb joined by "and": "Hayabusa2 was launched in December 2014
        # ... and reached Ryugu in June 2018")
        month = f.value.precision is Precision.MONTH and _IN_MONTH.search(text, max(0, f.span.begin - 12), f.span.begin)
        if (f.value.precision is not Precision.DAY and not month) or f.value == stated or f.span.begin < after:
            continue
        if latest is not None and f.value.earliest > latest:
            continue
        since = found[i - 1].span.end if i > 0 and found[i - 1].span.end > after else after
        verbs = list((_AND_PAST if month else _AND_VERB).finditer(text, since, f.span.begin))
        if verbs and not _WILL.search(text, verbs[-1].start(), f.span.begin):
            days.append(f.value)
    return days


# ("in" before a month, perhaps its part: "in late April"; "in" or "on" before any date: "on June 3")
_PART_OF_WORDS = r"\s+(?:early\s+|late\s+|mid-)?"
_PART_OF = rf"{_PART_OF_WORDS}$"
_IN_MONTH = re.compile(rf"\bin{_PART_OF}", re.IGNORECASE)
_IN_OR_ON = re.compile(rf"\b(?:in|on){_PART_OF}", re.IGNORECASE)
# (a quick test: "in" or "on", then a number or a capital, where a date may stand)
_IN_OR_ON_A_DATE = re.compile(rf"\b(?:[Ii]n|[Oo]n){_PART_OF_WORDS}[A-Z0-9]")
# ", and" then a subject of up to three words (a name's too: "the U.S. military") and its verb in the past.
# (with no comma, the verb right after "and": "was launched on Sept. 15 and passed ... three days later")
_AND_SUBJECT_PAST = re.compile(
    rf"(?:,\s+and\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w.'-]+\s+){{0,3}}?|\s+and\s+(?:it\s+|they\s+)?){_PAST}"
)


def _and_clause_next_day(
    text: str, span: Span, found: list[dates.DateMention], stated: DateValue, latest: dt.date | None
) -> DateValue | None:
    """The day a clause after ", and" and a past verb times from the sentence's day ("had raised its alert
    ... on June 9, and the U.S. military evacuated ... the next day"), with no date of its own between; or
    the month or the year it times so ("went into orbit around Eros on Feb. 14, 2000, and was renamed a month
    later")."""
    if stated.precision is not Precision.DAY:
        return None
    told = next((f for f in found if f.value == stated), None)
    joined = _AND_SUBJECT_PAST.search(text, told.span.end if told else span.begin, span.end)
    if joined is None or any(f.span.begin >= joined.start() for f in found):
        return None
    later = _so_long_after(text, joined.end(), span.end, stated)
    if later is None or (latest is not None and later.value.earliest > latest):
        return None
    return later.value


# What a craft sends back, before "back to Earth": data, pictures or signals (not a craft: "send Starliner back
# to Earth empty").
_SENT_BACK = re.compile(
    r"\b(?:send|sends|sending|sent|beam|beams|beaming|beamed|transmit|transmits|transmitting|transmitted|relay|"
    r"relays|relaying|relayed|radio|radios|radioing|radioed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:data|images?|pictures?|photos?|photographs?|signals?|information|readings?|measurements?|video|footage|"
    r"telemetry)\s+$",
    re.IGNORECASE,
)
# A day's own happening, named after the day: "won Thursday's general election", "after Sunday's quake".
_HAPPENING_NOUN = (
    r"(?:election|vote|referendum|poll|runoff|primary|debate|summit|ceremony|inauguration|attack|bombing|blast|"
    r"explosion|quake|earthquake|crash|shooting|derailment|collapse|fire|flood)\b"
)
_DAYS_HAPPENING = re.compile(
    # (a measure too: "Saturday's magnitude-8.8 earthquake")
    rf"'s\s+(?:[a-z][\w-]*(?:\.\d+)?\s+){{0,3}}?{_HAPPENING_NOUN}"
    # (or with the date before it: "the winner of the Feb. 25 election", "the Oct. 28 presidential runoff")
    r"|\s+(?:(?:presidential|general|parliamentary|legislative|local|snap|national|regional|municipal)\s+)?"
    rf"{_HAPPENING_NOUN}"
)


def _days_of_named_happenings(text: str, found: list[dates.DateMention], latest: dt.date | None) -> list[DateValue]:
    """Each past day a sentence names a happening of by its possessive ("won Thursday's general election"), or
    before its noun ("the Feb. 25 election")."""
    return [
        f.value
        for f in found
        if f.value.precision is Precision.DAY
        and (latest is None or f.value.earliest <= latest)
        and _DAYS_HAPPENING.match(text, f.span.end) is not None
    ]


_FOUND = re.compile(r"\bfound\b")


def _in_past_month(text: str, span: Span, found: list[dates.DateMention], month: DateValue) -> bool:
    """Whether a sentence's own date is a month it tells a past happening in: "in March" (or "in
    March 2025") after a verb in the past ("replaced Justin Trudeau as Liberal leader ... in March"),
    in a sentence that gives no figures."""
    if month.precision is not Precision.MONTH:
        return False
    told = next((f for f in found if f.value == month), None)
    if told is None:
        return False
    if _THIS_MONTH.match(text, told.span.begin):
        # ("Japan's Suisei flew past the comet earlier this month": the month named from the day of writing,
        # after a past verb of the sentence's own; not a figure's, "Prices rose 2 percent last month", nor a
        # relative clause's, "Narayanan, who took charge earlier this month", nor after a modal, "should stick
        # to the consensus reached in Geneva last month".)
        verb = _PAST_VERB.search(text, span.begin, told.span.begin)
        return (
            verb is not None
            and _SUBORDINATE.search(text, span.begin, verb.start()) is None
            and _WILL.search(text, span.begin, told.span.begin) is None
            and _STATISTIC.search(text, span.begin, span.end) is None
        )
    # (or "last" and its name: "who was hired last July")
    if not _IN_MONTH.search(
        text, max(span.begin, told.span.begin - 12), told.span.begin
    ) and not _LAST_NAMED_MONTH.match(text, told.span.begin):
        return False
    before = text[span.begin : told.span.begin]
    # (and "found", which is no past verb elsewhere: "Its instruments found signs of ice ... in March 1998")
    verb = _PAST_VERB.search(before) or _FOUND.search(before)
    # ("In June, the country put a satellite into orbit ...": a month opening the sentence, its verb after
    # it, in a sentence with no figures.)
    if verb is None and _IN_MONTH.match(text, span.begin, told.span.begin):
        after = _OPENED_PAST.search(text, told.span.end, span.end)
        return (
            after is not None
            and _WILL.search(text, told.span.end, after.start()) is None
            and _STATISTIC.search(text, span.begin, span.end) is None
        )
    if verb is None or _WILL.search(before) is not None:
        return False
    # A figure's month is no happening's ("... consumer spending picked up in March", "rose 5
    # percent in May"); what a body did to one is ("The BOJ last raised rates in February 2007").
    figure = _STATISTIC.search(text, span.begin, span.end)
    return figure is None or (
        figure.start() >= span.begin + verb.end() and _PERCENT.search(text, span.begin, span.end) is None
    )


_THIS_MONTH = re.compile(r"(?:[Ll]ast|[Tt]his) month\b")
_LAST_NAMED_MONTH = re.compile(r"[Ll]ast [A-Z]")
_SUBORDINATE = re.compile(r"\b(?:who|which|that|should|would|could|can|must|may|might)\b")
_OPENED_PAST = re.compile(rf"{_PAST}|\b(?:put|set|hit|cut|shut)\b", re.IGNORECASE)
_PERCENT = re.compile(r"%|percent|per cent")
# (in any case: "Prices rose in January" opens with its figure)
_STATISTIC = re.compile(
    r"%|\b(?:percent|per cent|rates?|growth|output|spending|sales|prices?|index|exports?|imports?|GDP|inflation)\b",
    re.IGNORECASE,
)


_WHEN_CLAUSE = re.compile(rf",\s+when\s+[^,;]{{0,60}}?(?:\b(?:was|were|had)\s+\w+|\s{_PAST})", re.IGNORECASE)


def _when_clause_dates(
    text: str, found: list[dates.DateMention], span: Span, latest: dt.date | None
) -> list[DateValue]:
    """Each day or month, no later than ``latest``, followed by a past clause with "when" (",
    when the satellite was lost")."""
    return [
        f.value
        for f in found
        if f.value.precision in (Precision.DAY, Precision.MONTH)
        and (latest is None or f.value.earliest <= latest)
        and _WHEN_CLAUSE.match(text, f.span.end, span.end) is not None
    ]


def _relative_clause_days(text: str, found: list[dates.DateMention], stated: DateValue) -> list[DateValue]:
    """The days of happenings told in relative clauses of a sentence that tells one on ``stated``
    ("The electors entered the conclave on Wednesday, after the funeral of Pope Francis, who died on
    April 21"), or in a clause of what had happened before it (and their months)."""
    return [
        f.value
        for f in found
        if f.value != stated
        and (
            (
                f.value.precision is Precision.DAY
                and _RELATIVE_PAST.search(text, max(0, f.span.begin - 70), f.span.begin)
            )
            # (or after "after" and a past verb, in its day or month: "received a faint signal from SOHO on Monday,
            # after the Arecibo radio telescope ... had located the tumbling craft by radar in late July")
            or (
                f.value.precision in (Precision.DAY, Precision.MONTH)
                and _PAST_AFTER.search(text, max(0, f.span.begin - 160), f.span.begin)
            )
        )
    ]


# (the clause's verb past or pluperfect, "after" perhaps timed: ", less than a month after Sputnik 1 stunned the
# world on Oct. 4")
# (a name between commas may describe its subject: ", after its twin, Mariner 1, was destroyed ... in July")
_PAST_AFTER = re.compile(
    rf",\s*(?:[\w-]+\s+){{0,4}}?after\s+(?:[^,;]{{1,40}}?,\s+[A-Z][\w' -]{{0,30}},\s+)?[^,;]{{1,80}}?"
    rf"\b(?:had\s+)?{_PAST}[^,;]{{0,50}}$"
)


# (the trigger's words, then a date told in or on right after them; its ", and" not far before them)
_DATED_RIGHT_AFTER = 20
_AND_REACH = 200


def _again_after_and(
    text: str,
    span: Span,
    trigger: Trigger,
    match: re.Match[str],
    found: list[dates.DateMention],
    stated: DateValue | None,
) -> list[tuple[int, re.Match[str], DateValue]]:
    """The trigger's words again after ", and", right before a date of their own told in or on, each the same
    kind of happening again ("NASA's COBE satellite, launched in November 1989, and WMAP, launched in June
    2001"), with where its ", and" starts."""
    if stated is None:
        return []
    found = sorted(found, key=lambda f: f.span.begin)
    begins = [f.span.begin for f in found]  # (a bisect finds the date right after each)
    again: list[tuple[int, re.Match[str], DateValue]] = []
    told = {stated}
    for m in trigger.pattern.finditer(text, match.end(), span.end):
        at = bisect.bisect_left(begins, m.end())
        when = found[at] if at < len(found) and begins[at] <= m.end() + _DATED_RIGHT_AFTER else None
        if when is None or when.value in told or not _IN_OR_ON.search(text, m.end(), when.span.begin):
            continue
        joint = text.rfind(", and ", max(match.end(), m.start() - _AND_REACH), m.start())
        if joint >= 0:
            again.append((joint, m, when.value))
            told.add(when.value)
    return again


def _listed_days(text: str, found: list[dates.DateMention], stated: DateValue | None) -> list[DateValue]:
    """The days listed after a happening's own, each the same happening again ("touched down twice
    in 2019, on Feb. 22 and July 11"); not the end of a span ("between May 1 and May 5")."""
    if stated is None or stated.precision is not Precision.DAY:
        return []
    at = next((i for i, f in enumerate(found) if f.value == stated), None)
    if at is None:
        return []
    if _BETWEEN.search(text, max(0, found[at].span.begin - 12), found[at].span.begin):
        return []
    days: list[DateValue] = []
    for before, f in zip(found[at:], found[at + 1 :], strict=False):
        gap = _LIST_GAP.fullmatch(text, before.span.end, f.span.begin)
        if gap is None or f.value.precision is not Precision.DAY:
            break
        days.append(f.value)
    return days if len(days) <= _MOST_LISTED else []


# (a reporting verb ends it too: "Honda and Nissan say they will start talks" tells what they say now)
_FIRST_CLAUSE_END = re.compile(r",|;|\bthat\b|\b(?:say|says|said|announce|announces|announced)\b")


# A clause after a semicolon, ", and" or a relative pronoun, dated in or on a date of its own or so many days
# later: "...; they are listed on the New York Stock Exchange in 1972", "from Kraft Heinz, which withdraws it two
# days later".
_NEXT_CLAUSE = re.compile(r";\s+|,\s+(?:and|which|who)\s+")


def _before_later_clauses(text: str, sentence: _Sentence, entry: DateValue) -> _Sentence:
    """An entry's sentence up to its first clause that tells a later date of its own."""
    later = _later_clause_dates(text, sentence.span, entry)
    return replace(sentence, span=Span(sentence.span.begin, later[0][0].start())) if later else sentence


def _later_clause_dates(text: str, span: Span, entry: DateValue) -> list[tuple[re.Match[str], DateValue]]:
    """The clauses of a sentence after its first dated in or on a date after ``entry``, or so many days after
    it, with their dates (not what is to come: "; it will open in 1972"); a month without its year is in the
    entry's year ("April 12, 2000: ...; in June it agrees to ...")."""
    if not _NEXT_CLAUSE.search(text, span.begin, span.end):
        return []
    found = dates.find_dates(span.cut(text), span.begin, dt.date(entry.latest.year, 12, 31))
    later: list[tuple[re.Match[str], DateValue]] = []
    for opening in _NEXT_CLAUSE.finditer(text, span.begin, span.end):
        close = _NEXT_CLAUSE.search(text, opening.end(), span.end)
        clause = Span(opening.end(), close.start() if close else span.end)
        in_clause = [f for f in found if clause.begin <= f.span.begin < clause.end]
        first = _dated_later(text, clause, in_clause, entry) if in_clause else _relative_later(text, clause, entry)
        if first is not None and not any(first.value == v for _, v in later):
            later.append((opening, first.value))
    return later


def _relative_later(text: str, clause: Span, entry: DateValue) -> dates.DateMention | None:
    """So many days (or months, or years) after ``entry`` that a clause tells, if nothing in it says it is to
    come."""
    first = _so_long_after(text, clause.begin, clause.end, entry)
    if (
        first is None
        or (first.value.precision is Precision.MONTH and entry.precision is Precision.YEAR)  # (no month of a year)
        or first.value.earliest <= entry.latest
        or _WILL.search(text, clause.begin, first.span.begin)
    ):
        return None
    return first


def _dated_later(text: str, span: Span, found: list[dates.DateMention], entry: DateValue) -> dates.DateMention | None:
    """A sentence's (or a clause's) first date, where it is told in or on (not "until 1972", "by 1972") and is
    after ``entry``, and nothing before it says it is to come ("; it will open in 1972")."""
    first = found[0] if found else None
    if (
        first is None
        or first.value.earliest <= entry.latest
        or not _IN_OR_ON.search(text, max(span.begin, first.span.begin - 12), first.span.begin)
        or _WILL.search(text, span.begin, first.span.begin)
    ):
        return None
    return first


def _opens_to_come(text: str, span: Span) -> bool:
    """Whether a sentence's first clause tells what is yet to happen ("Bulgaria is set to join ...")."""
    end = _FIRST_CLAUSE_END.search(text, span.begin, span.end)
    return _WILL.search(text, span.begin, end.start() if end else span.end) is not None


_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w.'-]*\s+)*")


def _opening_actor(text: str, sentence: _Sentence) -> Entity | None:
    """The person or body a sentence opens with, after capitalised words only (its titles); a person
    titled by the body before the name ("U.S. Coast Guard Admiral Thad Allen declares ...")."""
    actors = [m for m in sentence.mentions if m.entity.kind in _ACTOR_KINDS][:2]
    if not actors or not _CAPITALISED_WORDS.fullmatch(text, sentence.span.begin, actors[0].span.begin):
        return None
    if (
        len(actors) == 2
        and actors[0].entity.kind is Kind.ORGANIZATION
        and actors[1].entity.kind is Kind.PERSON
        and _CAPITALISED_WORDS.fullmatch(text, actors[0].span.end + 1, actors[1].span.begin)
        and text[actors[0].span.end : actors[0].span.end + 1] == " "
    ):
        return actors[1].entity
    return actors[0].entity


def _spaceborne(entity: Entity) -> bool:
    """A craft, a rocket, or a body beyond the Earth ("It touched down on Ryugu")."""
    return entity.kind in _ABOUT_KINDS or (entity.cls == "CelestialBody" and entity.id != "earth")


# "a day after it announced", "two days before the launch": a clause that times the main one by
# so many days (its subject and auxiliary, if any, before the trigger).
_HOW_MANY = r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_DAYS_APART_WORDS = rf"\b{_HOW_MANY}\s+days?\s+(?P<way>after|before)\s+"


def _apart_by(unit: str, lead: str = "") -> re.Pattern[str]:
    """A clause right before a trigger that times the main one by so many ``unit``s (its subject and auxiliary,
    if any, before the trigger)."""
    return re.compile(
        rf"\b{lead}{_HOW_MANY}\s+{unit}s?\s+(?P<way>after|before)\s+(?:[\w'.-]+\s+){{0,4}}?"
        r"(?:(?:had|has|was|were)\s+)?$",
        re.IGNORECASE,
    )


_YEARS_APART = _apart_by("year")
# (or months: "blew up ... on Friday, two months after the Soviet Union launched Sputnik 1")
_MONTHS_APART = _apart_by("month")
# (or a few hours, on the main clause's day: "drew within a foot of Gemini 7 on Wednesday ..., less than six hours
# after lifting off")
_HOURS_APART = _apart_by("hour", r"(?:(?:less|fewer)\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|just\s+)?")
_TRAILING_DAYS_APART = re.compile(rf",\s*{_DAYS_APART_WORDS}(?:(?:it|they|he|she)\s+|the\s+)?", re.IGNORECASE)
_TRAILING_DAYS_APART_PAST = re.compile(rf",\s*{_DAYS_APART_WORDS}(?:it|they|he|she)\s+{_PAST}", re.IGNORECASE)
# (or the noun of a launch that was the craft's or the crew's: "docked with Salyut on June 7, a day after their
# launch"; the noun alone triggers nothing, as "after the launch was postponed" tells no launch)
_OWN_LAUNCH = Trigger("Launch", "launch", re.compile(r"(?:its|their|his|her)\s+(?P<head>launch)\b"), 6)
_DAYS_APART = re.compile(rf"{_DAYS_APART_WORDS}(?:[\w'.-]+\s+){{0,4}}?(?:(?:had|has|was|were)\s+)?$", re.IGNORECASE)
# (with no trigger, the clause's own past verb, active: "The flight came nine days after British
# billionaire Richard Branson flew aboard ..."; not "a day after the launch was postponed", which only
# says why the day is that one)
_DAYS_APART_VERB = re.compile(rf"{_DAYS_APART_WORDS}(?:(?!(?:was|were|been|is|are)\s)[\w'.-]+\s+){{0,5}}?{_PAST}")


def _how_many(m: re.Match[str]) -> int:
    """The number a clause's ``n`` group says ("a", "five", "12")."""
    n = m["n"].lower()
    return 1 if n in ("a", "one") else _COUNT[n] if n in _COUNT else int(n)


# "a month later", "three years later", "exactly a year earlier": so long from a day told.
# (or "the following year", "the next month")
_SO_LONG_APART = re.compile(
    rf"\b(?:(?P<exactly>exactly\s+)?{_HOW_MANY}\s+(?P<unit>month|year)s?\s+(?P<way>later|earlier)"
    r"|the\s+(?:following|next)\s+(?P<next>month|year))\b",
    re.IGNORECASE,
)


def _so_long_apart(text: str, begin: int, end: int, day: DateValue, *, exactly: bool) -> dates.DateMention | None:
    """The month or the year so many months or years after ``day`` that the text between ``begin`` and ``end``
    names ("and was renamed a month later"); with ``exactly``, the same day so many years after or before it
    ("exactly a year earlier")."""
    for m in _SO_LONG_APART.finditer(text, begin, end):
        if m["next"] is not None:
            n, years, later = 1, m["next"].lower() == "year", True
        else:
            n, years, later = _how_many(m), m["unit"].lower() == "year", m["way"].lower() == "later"
        if exactly and m["exactly"] and years:
            year = day.earliest.year + (n if later else -n)
            shifted = day.earliest.replace(year=year, day=min(day.earliest.day, 28 if day.earliest.month == 2 else 31))
            return dates.DateMention(Span(m.start(), m.end()), dates.day(shifted))
        if not exactly and later:
            months = day.earliest.year * 12 + day.earliest.month - 1 + n
            value = dates.year(day.earliest.year + n) if years else dates.month(months // 12, months % 12 + 1)
            return dates.DateMention(Span(m.start(), m.end()), value)
    return None


# "The agency lost its Mars Climate Orbiter in September 1999 and its Mars Polar Lander three months later": a name
# after "and", then so long after the day the verb's own clause states, with the verb left out.
_ELIDED_AGAIN = re.compile(
    r"\sand\s+(?:(?:its|their|his|her|the)\s+)?(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z0-9][\w'.-]*){0,4})\s+"
    rf"(?P<when>{_HOW_MANY}\s+(?:days?|months?|years?)\s+later|the\s+(?:next|following)\s+(?:day|month|year))"
    r"(?=[,.;]|\s*$)"
)


def _elided_again(
    text: str,
    sentence: _Sentence,
    start: int,
    found: list[dates.DateMention],
    stated: DateValue | None,
    latest: dt.date | None,
) -> list[tuple[int, DateValue]]:
    """The happening told again of a name after "and", so long after the day stated after ``start`` (the
    trigger's end, else the sentence's start), its verb left out, with where the "and" stands (not after
    ``latest``, the story's day: that is yet to come)."""
    span = sentence.span
    if stated is None or not any(text.find(w, start, span.end) >= 0 for w in (" later", " next ", " following ")):
        return []
    again: list[tuple[int, DateValue]] = []
    for m in _ELIDED_AGAIN.finditer(text, start, span.end):
        if not any(f.value == stated and start <= f.span.begin < m.start() for f in found):
            continue
        if not any(n.span.begin == m.start("name") for n in sentence.mentions):
            continue
        when = _so_long_after(text, m.start("when"), m.end("when"), stated)
        if when is not None and when.value != stated and (latest is None or when.value.earliest <= latest):
            again.append((m.start(), when.value))
    return again


_OPENS_SO_LONG_LATER = re.compile(rf"{_HOW_MANY}\s+(?:months?|years?)\s+later\b", re.IGNORECASE)


def _opened_so_long_after(text: str, span: Span, day: DateValue) -> dates.DateMention | None:
    """The month or the year so many after ``day`` with which a sentence opens ("Two months later it released ...")."""
    opening = _OPENS_SO_LONG_LATER.match(text, span.begin, span.end) if day.precision is Precision.DAY else None
    return None if opening is None else _so_long_apart(text, span.begin, opening.end(), day, exactly=False)


def _so_long_after(text: str, begin: int, end: int, day: DateValue) -> dates.DateMention | None:
    """The day so many days after ``day``, or the month or the year so many after it, that the text between
    ``begin`` and ``end`` names ("three days later", "a month later", "the following year")."""
    return _relative_day(text, begin, end, day) or _so_long_apart(text, begin, end, day, exactly=False)


def _days_between(m: re.Match[str], day: DateValue) -> DateValue:
    """The day the clause ``m`` times, so many days after or before ``day``."""
    count = _how_many(m)
    return dates.day(day.earliest + dt.timedelta(days=-count if m["way"].lower() == "after" else count))


def _days_apart(
    text: str, span: Span, at: int, found: list[dates.DateMention], told: DateValue | None
) -> tuple[DateValue, DateValue] | None:
    """The main clause's day and the day of the trigger at ``at``, if a clause before it times the
    main one by so many days from a day the main clause states (else the day ``told`` last)."""
    window = max(span.begin, at - 80)
    m = (
        _DAYS_APART.search(text, window, at)
        or _YEARS_APART.search(text, window, at)
        or _MONTHS_APART.search(text, window, at)
        or _HOURS_APART.search(text, window, at)
    )
    if m is None or any(m.end() <= f.span.begin < at for f in found):
        return None
    main = [f.value for f in found if f.span.end <= m.start() and f.value.precision is Precision.DAY]
    day = main[-1] if main else told if not found and told is not None and told.precision is Precision.DAY else None
    if day is None:
        return None
    if m.re is _YEARS_APART:
        # ("flew through the dust around Comet Wild 2 on Jan. 2, 2004, five years after it was launched": the
        # year so many years from the main clause's day)
        count = _how_many(m)
        return day, dates.year(day.earliest.year + (-count if m["way"].lower() == "after" else count))
    if m.re is _HOURS_APART:
        return (day, day) if _how_many(m) <= 12 else None
    if m.re is _MONTHS_APART:
        count = _how_many(m)
        months = day.earliest.year * 12 + day.earliest.month - 1 + (-count if m["way"].lower() == "after" else count)
        return day, dates.month(months // 12, months % 12 + 1)
    return day, _days_between(m, day)


def _days_from_told(text: str, span: Span, told: DateValue | None) -> dates.DateMention | None:
    """In a sentence with no date and no trigger, the day a clause that times it tells of, so many
    days from the day told last: "The flight came nine days after ... Richard Branson flew ..."."""
    if told is None or told.precision is not Precision.DAY:
        return None
    m = _DAYS_APART_VERB.search(text, span.begin, span.end)
    return None if m is None else dates.DateMention(Span(m.start(), m.end()), _days_between(m, told))


def _first_date(found: list[dates.DateMention], begin: int, end: int) -> DateValue | None:
    """The first date stated between ``begin`` and ``end`` (a clause of a sentence)."""
    return next((f.value for f in found if begin <= f.span.begin and f.span.end <= end), None)


# Between a trigger and its date: "on", or where it was told ("announced at a press conference on
# Monday", "said in a statement Friday").
_AFTER_WORD = re.compile(r"\bafter\b")
_AFTER_TRIGGER = re.compile(
    r"\s+(?:(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|statement|ceremony|meeting)\s+)?"
    # (or where: "to splash down in the Pacific Ocean on Friday")
    # (a compass word may open it: "splashed down in the western Pacific late on Wednesday")
    r"(?:(?:in|at|off|near|from)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?"
    r"(?:[A-Z][\w'-]*\s+){1,4}(?=(?:early\s+|late\s+)?on\s))?"
    # (a part of the day may come first: "landed in Kazakhstan early on Wednesday")
    r"(?:(?:early|late)\s+)?(?:on\s+|in\s+)?"
)


def _date_after(text: str, span: Span, at: int, found: list[dates.DateMention]) -> DateValue | None:
    """A date that follows a trigger at once ("launched on Tuesday", "announced last month"). The
    dates are the whole sentence's: its tense decides the year of a day named without one."""
    gap = _AFTER_TRIGGER.match(text, at, span.end)
    if gap is None:
        return None
    return next((f.value for f in found if f.span.begin == gap.end()), None)


def _entries_absorb_their_news(events: list[Event]) -> list[Event]:
    """A timeline's introduction often tells its latest entry ("The probe landed on Mars on
    Saturday. Here are the key moments: ... May 15, 2021: The lander touched down"): an event told
    outside the entries that has an entry's class and day, or is plain news of an entry's day,
    is that entry's event, told twice."""
    entries = {(e.cls, e.date): i for i, e in enumerate(events) if e.heading is not None and e.date is not None}
    # Plain news is told of whatever an entry of its day tells ("India became the first country to
    # land a spacecraft near the Moon's south pole on Wednesday"): the day's first entry.
    for i, e in enumerate(events):
        if e.heading is not None and e.date is not None:
            entries.setdefault(("NewsEvent", e.date), i)
    merged = list(events)
    dropped: set[int] = set()
    for i, e in enumerate(events):
        if e.heading is not None or e.date is None:
            continue
        if e.date.precision is not Precision.DAY:
            j = _within(events, e)
        else:
            # (A return told outside the entries is the landing an entry tells that day, and the
            # other way round.)
            j = entries.get((e.cls, e.date))
            if j is None and e.cls in _RETURN_AND_LANDING:
                j = entries.get((next(iter(_RETURN_AND_LANDING - {e.cls})), e.date))
        if j is not None:
            merged[j] = _merge(merged[j], e)
            dropped.add(i)
    return [e for i, e in enumerate(merged) if i not in dropped]


def _within(events: list[Event], told: Event) -> int | None:
    """The one entry of the same class, about the same craft, on a day within the month or year
    an event outside the entries is dated by ("Follow the launch of the Tianzhou-8 cargo craft"
    in a story of November, then "Nov. 15, 23:13 -- ... blasts off")."""
    craft = {e for e in told.about if e.kind is Kind.MISSION}
    if told.date is None or not craft:
        return None
    low, high = told.date.earliest, told.date.latest
    found = [
        i
        for i, e in enumerate(events)
        if e.heading is not None
        and e.cls == told.cls
        and e.date is not None
        and low <= e.date.earliest
        and e.date.latest <= high
        and craft & set(e.about)
    ]
    return found[0] if len(found) == 1 else None


def _merge(a: Event, b: Event) -> Event:
    return replace(
        a,
        also=(*a.also, b.span),
        agents=_unique([*a.agents, *b.agents]),
        counterparts=_unique([*a.counterparts, *b.counterparts]),
        about=_unique([*a.about, *b.about]),
        places=_unique([*a.places, *b.places]),
        themes=tuple(dict.fromkeys((*a.themes, *b.themes))),
        quotes=(*a.quotes, *b.quotes),
    )


def _unique(entities: object) -> tuple[Entity, ...]:
    seen: list[Entity] = []
    for e in entities:  # type: ignore[attr-defined]
        if e not in seen:
            seen.append(e)
    return tuple(seen)


def _another_speaker(statement: Event, quote: Quote) -> bool:
    """Whether a quote is of someone other than who made a statement (both known)."""
    return (
        statement.cls == "Statement"
        and statement.trigger is None
        and quote.speaker is not None
        and bool(statement.agents)
        and quote.speaker not in statement.agents
    )


def _about(own: list[_Sentence]) -> tuple[Entity, ...]:
    """The missions and craft the sentences name, but those only describing another name, unless
    they are all there is."""
    named = [m for s in own for m in s.mentions if m.entity.kind in _ABOUT_KINDS]
    described = {m for s in own for m in s.described}
    return _unique(m.entity for m in named if m not in described) or _unique(m.entity for m in named)


def _described(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions inside an aside that describes the mission or craft right before it
    (``, a ... ,``); what describes a person ("Wang Yaping, a crew member of Shenzhou-10,") is
    what the person's deeds are about."""
    found: list[Mention] = []
    for m in mentions:
        if m in found or m.entity.kind not in _ABOUT_KINDS:
            continue
        aside = _DESCRIPTION.match(text, m.span.end)
        if aside is not None:
            found.extend(n for n in mentions if aside.start() <= n.span.begin and n.span.end <= aside.end())
    return tuple(found)


def _context_day(doc: Document) -> dt.date | None:
    if doc.dateline is not None and doc.dateline.date is not None:
        return doc.dateline.date.earliest
    return doc.published


# The present perfect tells how things stand as the story is written: "has become the highest-grossing
# animated film", "have reached an agreement".
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|become|grown|risen|won|made|begun|been)\b")


def _as_of(text: str, span: Span, doc: Document) -> DateValue | None:
    """The day of the story, for a lede in the present perfect that gives no day of its own."""
    day = _context_day(doc)
    if day is None or _PRESENT_PERFECT.search(text, span.begin, span.end) is None:
        return None
    return dates.day(day)


def _lede_date(doc: Document) -> DateValue | None:
    """An undated event in a story happened shortly before the story: in the month of
    its dateline (or publication), and no later than that day. No day is made up."""
    day = _context_day(doc)
    if day is None:
        return None
    return DateValue(Precision.MONTH, day.replace(day=1), day)


def _object_region(text: str, sentence: _Sentence, start: int) -> Span:
    """Where a trigger's object stands: ``letter to [the Asia-Pacific ... Organization]``."""
    skip = _OBJECT_SKIP.match(text, start, sentence.span.end)
    begin = skip.end() if skip else start
    end = sentence.span.end
    # A comma ends the object unless a list of names goes on after it.
    pos = begin
    names = sorted(sentence.mentions, key=lambda m: m.span)
    while True:
        stop = _NP_STOP.search(text, pos, end)
        if stop is None:
            break
        inside = next((m for m in names if m.span.begin <= stop.start() < m.span.end), None)
        if inside is not None:  # "Summit on BeiDou ...": a name's own words end nothing
            pos = inside.span.end
            continue
        if text[stop.start()] == ",":
            after = re.match(r",\s*(?:and\s+)?", text[stop.start() : end])
            nxt = stop.start() + (after.end() if after else 1)
            listed = next((m for m in names if m.span.begin == nxt), None)
            before = next((m for m in names if m.span.end == stop.start()), None)
            if (
                listed is not None
                and before is not None
                and listed.entity.kind is before.entity.kind
                and not _REPORTING_RE.match(text, listed.span.end + 1)
            ):
                pos = nxt
                continue
        end = stop.start()
        break
    return Span(begin, max(begin, end))


_OBJECT_PRONOUN = re.compile(r"(?:him|her|them|it|us|me|you|himself|herself|themselves)[.,;:]?", re.IGNORECASE)


def _group(text: str, region: Span, in_region: list[Mention], doc: Document) -> Entity | None:
    """An unnamed recipient described by a noun phrase: "a youth team working on ..."."""
    if region.end <= region.begin or _PREPOSITION_START.match(text, region.begin):
        return None
    if any(m.span.begin == region.begin for m in in_region):
        return None
    phrase = _ARTICLE.sub("", region.cut(doc.text).strip())
    words = phrase.split()
    if not words or len(words) > 10 or not words[0][0].isalpha() or _OBJECT_PRONOUN.fullmatch(phrase):
        return None  # (nor a pronoun alone: "called him to congratulate him")
    label = " ".join(words)
    return Entity(Kind.GROUP, f"{doc.source.id}-{slug(label)}", label, curated=False)


def _places(text: str, sentence: _Sentence, region: Span, lexicon: Lexicon) -> tuple[Entity, ...]:
    chosen: list[Entity] = []
    for m in sentence.mentions:
        if m.entity.kind is not Kind.PLACE or text.startswith("'s", m.span.end):
            continue
        # (The preposition right before the name: looked for in the few characters there.)
        locative = _LOCATIVE.search(text, max(sentence.span.begin, m.span.begin - 30), m.span.begin) is not None
        objective = m.span.begin == region.begin or (
            region.contains(m.span) and re.fullmatch(r"\s*(?:the\s+)?", text[region.begin : m.span.begin])
        )
        if (locative or objective) and m.entity not in chosen:
            chosen.append(m.entity)

    containers = set().union(*(lexicon.containers(e) for e in chosen)) if chosen else set()
    return tuple(e for e in chosen if e.id not in containers)


def _quotes_words(text: str, span: Span) -> bool:
    """Whether the sentence at ``span`` quotes words someone said (a title in quotation marks is
    no one's words)."""
    return any(not TITLE_FORM.fullmatch(q["a"] or q["b"]) for q in _QUOTED.finditer(text, span.begin, span.end))


def _quotes_in(text: str, sentence: _Sentence, previous: Entity | None) -> list[tuple[Span, Entity | None, bool]]:
    s = sentence.span
    body = text[s.begin : s.end]
    found: list[tuple[Span, Entity | None, bool]] = []
    quoted = list(_QUOTED.finditer(body))
    direct_spans = []
    for q in quoted:
        group = "a" if q["a"] is not None else "b"
        inner = _trim(Span(s.begin + q.start(group), s.begin + q.end(group)), text)
        if len(inner.cut(text).split()) < 4 or TITLE_FORM.fullmatch(q[group]):
            continue
        direct_spans.append(Span(s.begin + q.start(), s.begin + q.end()))
        found.append((inner, _speaker(text, sentence, direct_spans, previous), True))
    if found:
        return found
    for verb in _REPORTING_RE.finditer(text, s.begin, s.end):
        speaker, side = _speaker_at(text, sentence, verb, previous)
        if speaker is None:
            continue
        # "told reporters (at ...) that CONTENT"; without "that", "CONTENT, X told reporters ...".
        told_that = _TOLD_THAT.match(text, verb.end(), s.end) if verb[0] == "told" else None
        if side == "before" and told_that is None:
            told_that = _DAY_THEN_THAT.match(text, verb.end(), s.end) or _WHERE_THEN_THAT.match(text, verb.end(), s.end)
        if told_that is None and (
            _CLAUSE_CLOSERS.match(text, _after_speaker(text, sentence, verb, side)) or verb[0] == "told"
        ):
            # "CONTENT, Xi said ..." or "CONTENT, said the president."
            head = text[s.begin : _attribution_start(text, sentence, verb, side)]
            comma = head.rstrip().rfind(",")
            if comma <= 0:
                continue
            content = _trim(Span(s.begin, s.begin + comma), text)
        else:
            # "Xi said (that) CONTENT."
            rest = re.match(r"\s*(?:that\s+)?", text[verb.end() : s.end])
            begin = told_that.end() if told_that else verb.end() + (rest.end() if rest else 0)
            content = _trim(Span(begin, s.end), text)
        if len(content.cut(text).split()) >= 4:
            found.append((content, speaker, False))
            break
    return found


def _speaker_at(
    text: str, sentence: _Sentence, verb: re.Match[str], previous: Entity | None
) -> tuple[Entity | None, str]:
    """The person or body right before ("Xi said", "Li Wei, a furniture maker, said") or right
    after ("said Xi") a reporting verb."""
    for m in sentence.mentions:
        if m.entity.kind not in _ACTOR_KINDS:
            continue
        # (Only a name near the verb: a description between them is short, and a long sentence with
        # many names is not read again for each.)
        if m.span.end <= verb.start() and verb.start() - m.span.end <= _SPEAKER_REACH:
            gap = text[m.span.end : verb.start()]
            # ("had" may come between: "the BBC had told viewers that ..."; not "has", whose words belong to no day)
            if not gap.strip() or _APPOSITIVE.fullmatch(gap) or _AUXILIARY_GAP.fullmatch(gap):
                return m.entity, "before"
            # (and where it is, or whose: "the Phoenix Bridge Company of Phoenixville, Pennsylvania, which was
            # building the span, said")
            home = _HOME_GAP.match(gap)
            if home is not None and (not gap[home.end() :].strip(", ") or _APPOSITIVE.fullmatch(gap, home.end())):
                return m.entity, "before"
            # "a spokesman for the Taliban government said": the body a spokesman speaks for.
            if _ONE_WORD.fullmatch(gap) and _SPOKESMAN_FOR.search(text, max(0, m.span.begin - 40), m.span.begin):
                return m.entity, "before"
        if verb.end() <= m.span.begin <= verb.end() + _SPEAKER_REACH and not text[verb.end() : m.span.begin].strip():
            return _titled(text, sentence, m).entity, "after"
    # (read in the text, not a slice of it: in "the said", "he" is no word)
    if previous is not None and _PRONOUN.search(text, max(sentence.span.begin, verb.start() - 4), verb.start()):
        return previous, "pronoun"
    return None, ""


_ONE_WORD = re.compile(r"\s+[a-z]+\s+")
_AUXILIARY_GAP = re.compile(r"\s+had\s+")
# (a body's, then a place's: "Scott Bolton of the Southwest Research Institute in San Antonio, Texas, said"; "at" too:
# "Engineers of the Royal Aircraft Establishment at Farnborough, which designed the satellite, said")
_HOME_GAP = re.compile(
    r"(?:\s+(?:of|in|at)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}){1,2}"
    r"(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?"
)
_SPOKESMAN_FOR = re.compile(r"\b(?:spokes\w+|official)\s+(?:for|of)\s+(?:the\s+)?$")
# Between a body and the one who holds a title in it: "said ESA Director General Josef Aschbacher".
_TITLE_BETWEEN = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,3}")


def _titled(text: str, sentence: _Sentence, first: Mention) -> Mention:
    """The name right after a reporting verb, or, where that names a body and a title follows it,
    the person holding the title."""
    if first.entity.kind is Kind.PERSON:
        return first
    after = next((m for m in sentence.mentions if m.span.begin >= first.span.end), None)
    if (
        after is not None
        and after.entity.kind is Kind.PERSON
        and _TITLE_BETWEEN.fullmatch(text, first.span.end, after.span.begin)
    ):
        return after
    return first


def _after_speaker(text: str, sentence: _Sentence, verb: re.Match[str], side: str) -> int:
    if side == "after":
        m = next(m for m in sentence.mentions if m.span.begin >= verb.end())
        return _titled(text, sentence, m).span.end
    return verb.end()


def _attribution_start(text: str, sentence: _Sentence, verb: re.Match[str], side: str) -> int:
    if side == "before":
        m = max((m for m in sentence.mentions if m.span.end <= verb.start()), key=lambda m: m.span.end)
        return m.span.begin
    if side == "pronoun":
        return _PRONOUN.search(text, max(sentence.span.begin, verb.start() - 4), verb.start()).start()  # type: ignore[union-attr]
    return verb.start()


def _speaker(text: str, sentence: _Sentence, quotes: list[Span], previous: Entity | None) -> Entity | None:
    for verb in _REPORTING_RE.finditer(text, sentence.span.begin, sentence.span.end):
        if any(q.begin <= verb.start() < q.end for q in quotes):
            continue
        speaker, _ = _speaker_at(text, sentence, verb, previous)
        if speaker is not None:
            return speaker
    return previous


def _trim(span: Span, text: str) -> Span:
    piece = text[span.begin : span.end]
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip().rstrip(",;:.")
    stripped = stripped.rstrip()
    return Span(span.begin + lead, span.begin + lead + len(stripped))
