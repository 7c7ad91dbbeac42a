"""`language`: one of a set of languages at a minimum CEFR level (native counts as C2).

Example (Bishkek): 'professional fluency in Russian or Kyrgyz' is one
criterion, `languages: [Russian, Kyrgyz]`, `level: C1`. A language missing
from the profile's stated `languages` is not spoken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations, pairwise
from typing import Any

from eligibility.checks.common import join_or
from eligibility.checks.params import CEFR_LEVEL, LANGUAGES, Param, keys, read_params
from eligibility.fields import Node
from eligibility.languages import (
    CEFR,
    COMMON_WORDS,
    NATIVE,
    UN_TO_CEFR,
    WORDING_TO_CEFR,
    affirmed,
    counts_for,
    how_it_counts,
    iso_names,
    language_name,
    level_for_wording,
    level_rank,
    other_names,
)
from eligibility.organisation import osce
from eligibility.outcome import Outcome, Status
from eligibility.phrases import clip, lazy_pattern
from eligibility.profile import held_back

KIND = "language"
PARAMS = (
    Param("languages", LANGUAGES, "one of these languages (names or ISO 639 codes)", required=True, default=()),
    Param("level", CEFR_LEVEL, "at this CEFR level or above; native counts as C2", required=True, default="B1"),
    Param(
        "higher_level",
        CEFR_LEVEL,
        "a higher level asked of some skills ('C1 in reading, B2 in speaking'): a profile's one level from `level` up "
        "to below this one is for a person to judge",
        default=None,
    ),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = True
"""A pass says how far above the minimum it is (`Outcome.margin`): counted in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class Params:
    languages: tuple[str, ...]
    level: str
    higher_level: str | None = None
    """Levels said skill by skill: the highest, asked of some skills. A profile holds one level per language, so one
    from `level` up to below this one may or may not meet the skills asked higher: a person judges it."""


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def _margin(have: int, need: int) -> float:
    return 1.0 if need == len(CEFR) else (have - need) / (len(CEFR) - need)


def plan(criterion):
    """The status and margin alone, for a candidate (`check` writes the outcome when it is shown)."""
    params: Params = criterion.params
    accepted, required, need = _accepted(params.languages), params.level, level_rank(params.level)
    top = _top(params)

    def judge(ctx):
        stated = ctx.profile.languages
        if stated is None:
            known = _known(ctx.profile, accepted)
            have = max((level_rank(level) for level in known.values()), default=-1)
            if have >= top:
                return Status.PASS, _margin(have, top), {"required": required, "held": known}
            return Status.UNKNOWN, None
        held = {name: level for name, level in stated.items() if name in accepted}
        facts = {"required": required, "held": held}
        if not held:
            return Status.FAIL, None, facts
        have = max(level_rank(level) for level in held.values())
        if have >= top:
            return Status.PASS, _margin(have, top), facts
        return (Status.UNKNOWN, None, facts) if have >= need else (Status.FAIL, None, facts)

    return judge


def _top(params: Params) -> int:
    """The rank a held level must reach to pass: the highest level asked of any skill."""
    return (
        max(level_rank(params.level), level_rank(params.higher_level))
        if params.higher_level
        else level_rank(params.level)
    )


def _known(profile, accepted: frozenset[str]) -> dict[str, str]:
    """The accepted languages a CV states while it leaves others open (see `Profile.known_languages`)."""
    return {name: level for name, level in (profile.known_languages or {}).items() if name in accepted}


def _accepted(languages: tuple[str, ...]) -> frozenset[str]:
    """The languages that meet a requirement of these: each, its macrolanguage, or the languages it covers."""
    return frozenset(languages).union(*(counts_for(name) for name in languages))


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    wanted = join_or(list(params.languages))
    accepted = _accepted(params.languages)
    known = _known(ctx.profile, accepted) if ctx.profile.languages is None else {}
    if known:
        name, level = max(known.items(), key=lambda kv: level_rank(kv[1]))
        if level_rank(level) >= _top(params):
            counts = how_it_counts(name, params.languages)
            held = f"{name} {'native' if level == NATIVE else level}" + (f", {counts}" if counts else "")
            return Outcome(
                Status.PASS,
                f"{held}; {params.level} required.",
                margin=_margin(level_rank(level), _top(params)),
                facts={"required": params.level, "held": known},
            )
    if ctx.profile.languages is None and held_back(ctx.profile, "languages"):
        open_in_cv = held_back(ctx.profile, "languages")
        return Outcome(
            Status.UNKNOWN,
            f"The CV lists languages but not {open_in_cv}; {wanted} at {params.level} required.",
            advice=(f"give {open_in_cv}",),
        )
    if ctx.profile.languages is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not state its languages; {wanted} at {params.level} required.",
            advice=(f"give your level in {wanted} (A1 to C2, or native)",),
        )
    spoken = {name: level for name, level in ctx.profile.languages.items() if name in accepted}
    facts = {"required": params.level, "held": dict(spoken)}
    if not spoken:
        return Outcome(
            Status.FAIL,
            f"The profile lists no {wanted}; {params.level} required.",
            facts=facts,
            advice=(f"{wanted} at {params.level}",),
        )
    name, level = max(spoken.items(), key=lambda kv: level_rank(kv[1]))
    need = level_rank(params.level)
    have = level_rank(level)
    shown = "native" if level == NATIVE else level
    counts = how_it_counts(name, params.languages)
    held = f"{name} {shown}" + (f", {counts}" if counts else "")
    if have >= _top(params):
        margin = _margin(have, _top(params))
        return Outcome(Status.PASS, f"{held}; {params.level} required.", margin=margin, facts=facts)
    if have >= need:
        # 'C1 in reading and writing; B2 in speaking' with B2 held: one level per language cannot say the skills.
        return Outcome(
            Status.UNKNOWN,
            f"{held}; {params.level} required, and {params.higher_level} for some skills, which one level per "
            "language does not show: a person checks those skills.",
            facts=facts,
            advice=(f"{name} at {params.higher_level} for the skills asked so (you stated {shown})",),
        )
    if len(spoken) > 1:  # every accepted language held falls short: each is named, and the choice the posting gives
        held = ", ".join(_held(n, lv, params.languages) for n, lv in sorted(spoken.items(), key=_best_first))
        return Outcome(
            Status.FAIL,
            f"{held}; one of {wanted} at {params.level} required.",
            facts=facts,
            advice=(f"{name} at {params.level} (you stated {shown})",),
        )
    return Outcome(
        Status.FAIL,
        f"{held}; {params.level} required.",
        facts=facts,
        advice=(f"{name} at {params.level} (you stated {shown})",),
    )


def _held(name: str, level: str, languages: tuple[str, ...]) -> str:
    counts = how_it_counts(name, languages)
    return f"{name} {'native' if level == NATIVE else level}" + (f" ({counts})" if counts else "")


def _best_first(item: tuple[str, str]) -> tuple[int, str]:
    return -level_rank(item[1]), item[0]


def asked_about(params: Params) -> dict[str, tuple[str, ...]]:
    """The languages the guided self-check asks a level for, one by one."""
    return {"languages": params.languages}


def describe(params: Params) -> str:
    higher = f" ({params.higher_level} for some skills)" if params.higher_level else ""
    return f"{join_or(list(params.languages))} at {params.level} or above{higher}"


ASKS: tuple[str, ...] = ("languages",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: the best level held of the accepted languages and the level required, as 'B2/C1'."""
    held = facts.get("held")
    if not held:
        return ""
    best = max(held.values(), key=lambda lv: (level_rank(lv), lv == NATIVE))
    return f"{best}/{facts['required']}"


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    higher = {"higher_level": params["higher_level"]} if params.get("higher_level") else {}
    return {"languages": params["languages"], "level": params["level"], **higher}


def merge_key(draft) -> tuple:
    """A posting that asks for the same languages at the same level twice (in its general and again in its
    mission-specific requirements) states one requirement: a candidate meets both or neither. Desirable ones are
    wishes, kept apart from the requirement."""
    p = draft.params
    return (KIND, draft.mandatory, frozenset(p.get("languages", ())), p.get("level"), p.get("higher_level"))


def no_weaker(params: dict, other: dict) -> bool:
    """Whether a criterion asks at least the level another does (one that states none asks nothing of a level)."""
    if not other.get("level"):
        return True
    return bool(params.get("level")) and level_rank(params["level"]) >= level_rank(other["level"])


def repeats(draft, other) -> bool:
    """Whether `draft` asks the very languages `other` asks, both required, at a lower level ('Ability to communicate
    effectively in English' beside 'Excellent knowledge of English (C1)'): whoever meets the higher meets it, so it
    merges into that one, the higher level standing."""
    level, higher = draft.params.get("level"), other.params.get("level")
    return bool(
        level
        and higher
        and draft.mandatory is not False
        and other.mandatory is not False
        and frozenset(draft.params.get("languages", ())) == frozenset(other.params.get("languages", ()))
        and level_rank(higher) > level_rank(level)
    )


def default_id(params: dict, mandatory: bool) -> str:
    langs = params["languages"]
    # 'Norwegian Bokmål' -> 'norwegian-bokmål': an id holds no spaces.
    return (
        "-or-".join(re.sub(r"\W+", "-", lang.lower()).strip("-") for lang in langs) if len(langs) <= 2 else "languages"
    )


# --- how the compiler reads and writes it ---------------------------------------------------------------


@cache
def _names() -> re.Pattern[str]:
    """Languages postings name (eligibility/data/compiler.yaml, as notices write them), and every ISO 639-1 language
    by the name the tool gives it ('Knowledge of Sango') and by its other names ('Castilian', 'Kikongo'), but a name that is also a country's ('Tonga', 'Nauru');
    'Latin America' is a place."""
    from eligibility.compiler.vocabulary import vocabulary
    from eligibility.countries import country_code

    written = vocabulary().languages
    iso = [n for n in (*iso_names(), *other_names()) if n not in written and country_code(n) is None]
    names = sorted({*written, *iso}, key=len, reverse=True)
    # 'isiZulu', 'Xitsonga', 'Luganda': an ISO name after its noun-class prefix (`languages.NOUN_CLASS_PREFIX`).
    bare = sorted({n for n in iso_names() if re.fullmatch(r"[A-Z][a-z]{3,}", n)}, key=len, reverse=True)
    prefixed = r"(?:[Ii]si|[Ss]i|[Kk]i|[Ss]e|[Xx]i|[Tt]shi|[Ll]u|[Cc]hi)(?:" + "|".join(
        f"{n}|{n.lower()}" for n in bare
    )
    return re.compile(
        r"\b(" + prefixed + ")|" + "|".join(re.escape(n) for n in names) + r")\b(?!\s+Americ)" + _NAMES_A_THING
    )


# 'the Kyrgyz legal system', 'German law', 'the education policies of French-speaking countries', 'Russian culture':
# a language's name as the adjective of a thing that is no language (a country's law, its people, a region). Such
# words ask for knowledge of that thing, never of the language; 'English legal drafting', 'French writing skills'
# ask for the language.
_THING = (
    r"law|laws|legislation|legislative|legal\s+(?:system|systems|framework|order|context|environment|tradition)"
    r"|constitution|jurisdictions?|courts?|judiciary|system|systems|institutions?|authorities|government|"
    r"administration|politics|policy|policies|history|culture|cultures|society|societies|context|contexts|region|"
    r"regions|economy|market|markets|literature|studies|civil\s+service|public\s+sector|affairs|traditions?|"
    r"procedures|practices?|regulations?|rules|standards|reforms?|legal\s+acts?"
)
_NAMES_A_THING = (
    # 'French, German or Italian law': each name of a list before the thing qualifies it.
    r"(?!(?:\s*(?:,|/|,?\s*(?:or|and|and/or)\s)\s*[A-Z][a-z]+)*"
    r"\s+(?:(?!(?:and|or|in|of|at|as|is|are|to|for|with|by|on|from|skills?|languages?)\b)[a-z]+\s+){0,2}"
    rf"(?:{_THING})\b)"
    r"(?![-\s]speaking\s+(?:countries|country|regions?|world|areas?|environments?|communit(?:y|ies)|populations?|"
    r"audiences?|states|nations|contexts?|media|partners|Africa|Europe|Asia|Americas?|Caribbean|Canada|Switzerland|"
    r"Belgium)\b)"
)


def names_a_language(text: str) -> bool:
    """Whether `text` names a language ('English will be tested')."""
    return bool(_names().search(text))


_BEFORE_NAME_LEVELS = {"working": "B2", "some": "A2", "advanced": "C1", "strong": "B2"}


@cache
def _before_name() -> re.Pattern[str]:
    """'Working French', 'some Uzbek or Turkmen', 'advanced Russian', 'strong English writing skills': a level word
    written right before a language's name."""
    # 'strong written and spoken English': the skills named between the word and the name are the language's.
    skills = r"(?:(?i:written|spoken|oral|verbal|reading|writing|speaking)\s+(?:(?i:and|&|/)\s+)?){0,2}"
    return re.compile(r"\b((?i:working|some|advanced|strong))\s+(?=" + skills + _names().pattern + ")")


_ADVERB_LEVELS = {"fluently": "C1", "very well": "C1", "well": "B2"}
"""How well a language is used, said by an adverb ('speak English fluently', 'communicate well in English'): as
'fluent' and 'very good' are read (C1), and 'well' as 'good' is (B2)."""
_ADVERB_AFTER = lazy_pattern(
    r"\s*\)?\s*,?\s*(?:(?:both|each)\s+)?(?P<adverb>fluently|very\s+well|well)\b(?!\s+as\b)", re.I
)
"""An adverb of how well right after a language's name: 'speak French fluently', never 'English as well as French'."""
_VERB_WELL = lazy_pattern(
    r"\b(?:communicat|speak|spoke|writ|read|express|converse|interact)\w*\s+(?P<adverb>fluently|very\s+well|well)"
    r"\s+(?=(?:both\s+)?in\s+[A-Z])",
    re.I,
)
"""A verb of using a language with its adverb before the language: 'communicate well in English'."""
_LOCAL = lazy_pattern(
    r"\blocal\s+languages?\b|\blanguages?\s+of\s+the\s+(?:mission\s+area|host\s+country|region)\b", re.I
)
# 'drafting reports in English', 'publications in French': the language something is done in.
_MEDIUM = lazy_pattern(r"\b(?:in|into|from)\s+(?:both\s+)?[A-Z][a-z]+\b")
# 'Skills in French' (a language's skills, with no other skill named before them): a language asked.
_SKILLS_IN = r"^\W*(?:(?:good|strong|excellent|basic|some|solid|sound)\s+)?skills?\s+in\b"
_ASKS_LANGUAGE = lazy_pattern(
    r"\b(?:knowledge|fluen\w*|proficien\w*|command|mastery|speak\w*|spoken|written|languages?|mother\s+tongue|native)\b"
    rf"|{_SKILLS_IN}",
    re.I,
)
_STATION_LANGUAGE = lazy_pattern(
    r"\b(?:(?:the|a)\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:working\s+|official\s+)?languages?\s+of\s+the\s+duty\s+station"
    r"(?:\s+if\s+(?:it\s+is\s+)?not\s+English)?",
    re.I,
)
_KNOWLEDGE_JOINED = lazy_pattern(
    r",?\s+and\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:knowledge|command|proficiency|fluency|mastery)\b)",
    re.I,
)
"""Where a sentence of languages joins a second statement of knowledge: '… English and a thorough knowledge of …'."""
_UNION = lazy_pattern(r"\blanguages?\s+of\s+the\s+(?:European\s+Union|EU)\b|\b(?:official\s+)?EU\s+languages?\b", re.I)
_LOCAL_LISTED = lazy_pattern(
    r"\b(?:the\s+)?(?:local|national)\s+languages?\s*\((?P<names>[^()]*[A-Z][a-z]+[^()]*)\)", re.I
)
_EITHER_OF = lazy_pattern(r"\s*,?\s*(?:or|and/or|/)\s+(?:(?:an?|the|any|one)\s+)?(?:(?:an)?other\s+)?", re.I)
"""What joins two groups of languages as one choice: '… official UN language or a local language'."""
_OFFICIAL = lazy_pattern(
    r"\b(?:official\s+OSCE|OSCE\s+official|official\s+(?:UN|United\s+Nations)|(?:UN|United\s+Nations)\s+official|"
    r"official|UN|United\s+Nations|OSCE)\s+languages?\b",
    re.I,
)
# 'another official language of the Court (Arabic, Chinese, Russian, Spanish)': the languages in the bracket are the
# choice, one of them asked, as 'Arabic, Chinese, Russian or Spanish' is.
_OFFICIAL_LISTED = lazy_pattern(
    r"\b(?:(?:an|the|one)\s+)?(?:(?:an)?other\s+|second\s+|additional\s+|further\s+)?"
    r"(?:(?:UN|OSCE|United\s+Nations|(?-i:[A-Z]{2,8}))\s+(?:official\s+)?|official\s+(?:(?:UN|(?-i:[A-Z]{2,8}))\s+)?)"
    r"languages?(?:\s+of\s+(?:the\s+)?[\w ]{1,40}?)?\s*\((?P<names>[^()]+)\)",
    re.I,
)


def _official_listed(text: str) -> str:
    """The text with an official language written as the list of those it may be in brackets after it read as that
    list's choice ('… (Arabic, Chinese, Spanish)' -> 'Arabic, Chinese or Spanish'); as written where the bracket
    holds anything but language names."""
    m = _OFFICIAL_LISTED.search(text)
    if not m:
        return text
    names = [n.group(0) for n in _names().finditer(m.group("names"))]
    rest = _names().sub("", m.group("names"))
    if len(names) < 2 or re.sub(r"\b(?:and|or)\b|[,;/\s]", "", rest):
        return text
    return text[: m.start()] + ", ".join(names[:-1]) + " or " + names[-1] + text[m.end() :]


# 'another UN official language', 'at least one other official language', 'a second official language': one more
# language of the organisation's, besides those named.
_ANOTHER = lazy_pattern(r"\b(?:another|other|second|additional|further)\s+(?:(?:UN|OSCE|United\s+Nations)\s+)?$", re.I)


# 'other than English', 'besides French and English', 'in addition to English': languages a choice leaves out, never
# asked by the words that leave them out.
_EXCEPT_WORDS = (
    r"(?i:other\s+than|besides|beside|in\s+addition\s+to|apart\s+from|aside\s+from|except(?:\s+for)?|excluding)"
)


@cache
def _except() -> re.Pattern[str]:
    """'other than English', 'besides English or French': the words that leave languages out, and their names."""
    name = _names().pattern
    joined = r"\s*(?:,|/|,?\s*(?i:and|or|and/or|nor))\s*"
    return re.compile(
        r",?\s*\b" + _EXCEPT_WORDS + r"\s+(?:(?i:the)\s+)?(?P<names>" + name + f"(?:{joined}{name})*)" + r",?"
    )


@cache
def _not_bracketed() -> re.Pattern[str]:
    """'(not Russian)', '(but not Russian or Chinese)': a bracket that leaves languages out, and their names."""
    name = _names().pattern
    joined = r"\s*(?:,|/|,?\s*(?i:and|or|nor))\s*"
    return re.compile(
        r"\s*\(\s*(?:(?i:but)\s+)?(?i:not)\s+(?:(?i:the)\s+)?(?P<names>" + name + f"(?:{joined}{name})*)" + r"\s*\)"
    )


def _not_after_official(text: str) -> tuple[str, list[str]]:
    """The text without a bracket that leaves languages out of the official ones just before it ('another official UN
    language (not Russian)'), and the languages it leaves out: a denial of a choice's member, never of the choice (nor
    a denial read as the whole clause's, which would drop the language asked with it)."""
    ends = {m.end() for m in _OFFICIAL.finditer(text)}
    for m in _not_bracketed().finditer(text):
        if m.start() in ends:
            names = [n for w in _names().finditer(m.group("names")) if (n := language_name(w.group(1)))]
            return text[: m.start()] + text[m.end() :], names
    return text, []


def _left_out(text: str) -> tuple[str, list[str]]:
    """The text without the words that leave languages out of a choice ('a UN official language other than
    English', 'a language besides English'), and the languages they leave out; as written where the languages asked
    are named ('Fluency in French in addition to English' asks both)."""
    excluded: list[str] = []
    for m in _except().finditer(text):
        excluded += [n for w in _names().finditer(m.group("names")) if (n := language_name(w.group(1)))]
    rest = _except().sub(" ", text)
    if excluded and _names().search(rest) and not _OFFICIAL.search(rest):
        # 'Fluency in French in addition to English': a language named beside another, both asked, no choice.
        return text, []
    return rest, excluded


def _unnamed_choice(sentence, text: str, excluded: list[str]):
    """'Knowledge of a language other than English': a choice among languages the notice does not name."""
    from eligibility.compiler.draft import Draft

    issue = (
        f"a language besides {join_or(excluded)} that the notice does not name: state the languages it accepts "
        "(and the level) as `kind: language`"
    )
    return Draft("requirement", text, review=[issue], heading=sentence.heading)


READS = "clause"
"""Read in each clause of a requirement sentence: one clause can name two languages at two levels."""


_SKILLS_BESIDE = lazy_pattern(
    r"(?:,\s*|\s+)(?:and|as\s+well\s+as|plus)\s+(?P<rest>(?:(?:very\s+)?(?:excellent|strong|good|sound|solid|proven|"
    r"outstanding|superior|effective|advanced|demonstrated)\s+)?(?:(?!(?:in|of|and)\b)[\w-]+\s+){0,3}?"
    r"(?:skills|abilities)|(?:the\s+)?(?:ability|capacity)\s+to\s+[^.;]+)\s*[.;]?\s*$",
    re.I,
)
"""Skills joined after a language's words ('… and excellent drafting skills'): a competency of their own."""


_THING_BESIDE = lazy_pattern(
    r"(?<=[a-z])(?:,\s*|\s+)(?:and|as\s+well\s+as|plus)\s+(?P<rest>(?:(?!\b(?:and|or)\b)[^.;,()]){3,80}?)\s*[.;]?\s*$",
    re.I,
)
_NOT_A_THING = lazy_pattern(
    r"\blanguages?\b|\b(?:other|another|second|third|official|local|national|mother|native|tongue|both|either|"
    r"each|all|one|them|it|these|those)\b|\b[ABC][12]\b|\blevel\b"
    # what another kind reads: 'and professional experience in audit', 'and a degree in law'
    r"|\b(?:experience|years?|degree|diploma|licen[cs]e|nationality|citizenship)\b",
    re.I,
)


def _thing_beside(text: str) -> re.Match | None:
    """'Fluency in English and a commitment to human rights', 'Knowledge of English and UN procedures': a thing joined
    after a language's name that is no language and says no level, a competency of its own (never dropped)."""
    m = _THING_BESIDE.search(text)
    if m is None or not any(n.end() == m.start() for n in _names().finditer(text)):
        return None
    rest = m.group("rest")
    if _names().search(rest) or _NOT_A_THING.search(rest) or _wordings(rest):
        return None
    return m


# A list of capitalised names after 'in', 'of' or 'with', up to the clause's end: 'in English, Excel and PowerPoint'.
_LISTED_NAMES = lazy_pattern(
    r"\b(?:in|of|with)\s+(?P<list>[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)?"
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)?)+)"
    r"(?=\s*(?:[.;,)]|$))"
)


def _named_beside(text: str) -> str:
    """The names in a list of languages that are no language ('Excel and PowerPoint' of 'Fluency in English, Excel
    and PowerPoint'), joined as written; '' where every name is a language or none is."""
    listed = _LISTED_NAMES.search(text)
    if listed is None:
        return ""
    items = [i.strip(" .") for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", listed.group("list"))]
    others = [i for i in items if i and not _names().fullmatch(i)]
    if len(others) == len(items) or not others:
        return ""
    return others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]


_SOME_OF = lazy_pattern(
    r"\b(?:at\s+least\s+|any\s+)?(?P<k>two|three|2|3)\s+(?:(?:of\s+)?(?:the\s+following|these|the\s+languages\s+below)"
    r"|(?:[\w-]+\s+){0,2}?languages?\s+(?:among|from|out\s+of|of)\b|(?:[\w-]+\s+){0,3}?languages\b|of\b)",
    re.I,
)
"""'Proficiency in two of the following: Arabic, French, Spanish', 'at least two of Arabic, French or Spanish': a
number of the languages named, not each of them."""


_OTHER_LANGUAGE = lazy_pattern(
    r"\b(?:and|plus|as\s+well\s+as|with)\s+(?:(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:knowledge|command|proficiency|fluency)\s+"
    r"(?:of|in)\s+)?(?:at\s+least\s+)?(?P<what>(?:one|two|three|any)\s+(?:other|additional|further|more)\s+"
    r"(?:foreign\s+)?languages?|(?:an?\s+)?(?:other|additional|further)\s+(?:foreign\s+)?languages?|another\s+"
    r"(?:foreign\s+)?language|an?\s+(?:second|third)\s+(?:foreign\s+)?language)\b(?!\s+(?:of|from|among)\b)",
    re.I,
)
"""A language asked beside those named but left unnamed: '… and at least one other language', '… and working
knowledge of a second language' (not 'one other official language of the OSCE', a set the kind names)."""


_TO_LEARN = lazy_pattern(
    r"(?:\s*[,;]?\s*\b(?:and|with|as\s+well\s+as|plus)\s+)?(?P<what>(?:(?:an?|the|their|your)\s+)?(?:(?:strong|clear|firm|"
    r"demonstrated|proven)\s+)?(?:willing(?:ness)?|commit(?:s|ted|ment)?|read(?:y|iness)|prepared(?:ness)?|undertak\w*|"
    r"agree\w*|eager(?:ness)?|desire|motivat\w*|interest(?:ed)?|intention|intend|expected|obliged)\s+(?:\w+\s+){0,2}?(?:to|in)\s+"
    r"(?:\w+\s+){0,2}?(?:learn|learning|acquir\w+|reach\w*|attain\w*|achiev\w*|develop\w*|improv\w*|stud(?:y|ying)|"
    r"gain\w*|obtain\w*|master(?:ing)?)\b[^;]*"
    r"|(?:(?:an?|the)\s+)?(?:abilit(?:y|ies)|able|capacity|aptitude)\s+to\s+(?:quickly\s+|rapidly\s+)?(?:learn|acquire|pick\s+up)\b[^;]*)",
    re.I,
)
"""A language the candidate is to learn ('and commit to reaching a good working knowledge of the other', 'willingness
to learn French'): asked of their commitment, no level they hold now."""


_SAID_AGAIN = lazy_pattern(r"\b(?P<name>[A-Z][a-z]+)(?P<join>\s*,?\s*)and\s+(?=(?P=name)\b)")


def extract(sentence, reading) -> list:
    """The language criteria of a sentence (`_extract`); where it asks a number of the languages it names ('two of
    the following: Arabic, French, Spanish'), the choices that together ask any that many of them (`_some_of`); a
    language asked beside them but left unnamed, kept for a person (`_unnamed_other`)."""
    from eligibility.compiler.draft import Draft

    coded = _codes_named(sentence.text, sentence.heading)
    if coded == "":
        # 'Languages: EN, XQ': a code that names no language is never dropped in silence.
        issue = f"'{sentence.text}': a code that names no ISO 639 language; a person must name the languages asked"
        return [Draft("requirement", sentence.text, None, review=[issue], heading=sentence.heading)]
    if coded is not None:
        # 'Languages: EN, FR (B2)': the codes after a languages label, read by the names they stand for; each
        # criterion keeps the posting's own words as its source.
        read = _extract(type(sentence)(coded, sentence.section, sentence.heading, sentence.mode), reading)
        return [replace(d, source=sentence.text) if d.source == coded else d for d in read]
    found = _extract(sentence, reading)
    learning = _TO_LEARN.search(sentence.text)
    own = [d for d in found if d.kind == KIND and d.mandatory is not False]
    before = sentence.text[: learning.start()] if learning else ""
    # The clause the alternative is joined to names the language itself ('… of German, or a willingness …'); one
    # that names none ('… and knowledge of, or willingness to learn, the other') leaves the languages as they are.
    clause = re.split(r";|\band\b|\bwith\b", re.sub(r"[\s,]*\bor\W*$", "", before, flags=re.I))[-1]
    if learning and own and re.search(r"\bor\W*$", before, re.I) and _names().search(clause):
        # 'Working knowledge of German, or a willingness to reach a good working level, is expected': the level has
        # an alternative no candidate can fail (a willingness to learn is never met or failed), so the language named
        # last before it is a wish, never a requirement; the willingness is the panel's to weigh (a competency).
        own[-1].mandatory = False
        own[-1].notes.append(
            f"'{clip(sentence.text[learning.start() :].strip(' .;,'))}' is an alternative to the level: the language "
            "is desirable."
        )
    by_skill = skill_levels(sentence.text)
    if by_skill is not None:
        lowest, highest, note = by_skill
        for d in found:
            if d.kind == KIND and d.params.get("level") == lowest:
                d.params["higher_level"] = highest
                d.notes.append(note)
    some = _SOME_OF.search(sentence.text)
    if some:
        own = [d for d in found if d.kind == KIND and d.mandatory is not False]
        before = _asked_right_before(sentence, reading) if all(len(d.params["languages"]) == 1 for d in own) else []
        k = _COUNTED.get(some.group("k").lower()) or int(some.group("k"))
        if before and len({n for d in own for n in d.params["languages"]}) <= k:
            # '- Russian (B2) (at least two of the three)', the last of a list of languages a line each: the number
            # counts the list's languages, this one's too.
            _choose_later(before + own, some, reading)
        else:
            found = _some_of(found, some)
    other = _OTHER_LANGUAGE.search(sentence.text)
    if other and any(d.kind == KIND and d.mandatory is not False for d in found) and sentence.mode != "desirable":
        issue = (
            f"'{other.group('what')}' besides the languages named: the posting does not name it, so no criterion "
            "checks it; a person must check the candidate knows one"
        )
        found.append(
            Draft("requirement", sentence.text, None, id="other-language", review=[issue], heading=sentence.heading)
        )
    group = _GROUP_ONLY.search(sentence.text) if not found and not names_a_language(sentence.text) else None
    if (
        group
        and sentence.mode != "desirable"
        and not (_WISH.search(sentence.text) or _ASSET_WORD.search(sentence.text))
    ):
        # 'Fluency in a Slavic language is required': a language of a group the tool cannot check, asked of every
        # candidate; a person judges who meets it, never a quality for the selection panel alone.
        issue = (
            f"'{group.group('what')}': a language the posting does not name, which no criterion checks; a person "
            "judges who meets it (state the languages it accepts as `kind: language` with a level)"
        )
        found.append(Draft("requirement", sentence.text, None, review=[issue], heading=sentence.heading))
    return found


_GROUP_ONLY = lazy_pattern(
    r"\b(?i:knowledge|fluency|command|proficiency|mastery)\s+(?i:of|in)\s+"
    r"(?P<what>(?i:an?|one)\s+(?!(?:local|national|official|working|host|mother|native|foreign|second|third|other|"
    r"additional|further|UN|OSCE|EU|Sign)\b)[A-Z][\w-]+\s+language)\b(?!\s+(?i:of|skills?)\b)"
)
"""A language asked by its group alone ('knowledge of a Nordic language', 'fluency in a Slavic language'), its group
written with a capital, no language named."""
_ASSET_WORD = lazy_pattern(r"\b(?:assets?|advantage\w*|desirable|preferred|plus|welcome[ds]?)\b", re.I)


_CODED = lazy_pattern(
    r"^(?P<label>(?:[\w-]+\s+){0,2}?languages?(?:\s+(?:skills|required|requirements))?\s*:\s*)?"
    r"(?P<codes>[A-Z]{2,3}(?:\s*\([^()]*\))?(?:\s*(?:,|/|;|\band\b|\bor\b)\s*[A-Z]{2,3}(?:\s*\([^()]*\))?)*)\s*\.?$",
    re.I,
)
"""A languages label whose value is ISO 639 codes alone ('Languages: EN, FR', 'Working languages: EN/FR (C1)')."""


def _codes_named(text: str, heading: str | None) -> str | None:
    """`text` with the ISO 639 codes after a languages label, in the text or its heading, written as the languages' names ('Languages: EN, FR' ->
    'Languages: English, French'); None where the value is not codes alone, '' where a code names no language."""
    m = _CODED.match(text)
    if m is None or (m.group("label") is None and not re.search(r"\blanguages?\b", heading or "", re.I)):
        return None  # 'EN, FR' under a languages label of its own line ('Languages: EN, FR'), not elsewhere
    named = []
    for code in re.finditer(r"\b[A-Z]{2,3}\b", re.sub(r"\([^()]*\)", "", m.group("codes"))):
        if code.group() in ("AND", "OR") or not code.group().isupper():
            continue
        name = language_name(code.group())
        if name is None:
            return ""
        named.append((code.group(), name))
    codes = m.group("codes")
    for short, name in named:
        codes = re.sub(rf"\b{short}\b(?![^()]*\))", name, codes, count=1)
    return text[: m.start("codes")] + codes + text[m.end("codes") :]


_COUNT_ONLY = lazy_pattern(
    r"^\W*(?:(?:at\s+least|a\s+minimum\s+of|any)\s+)?(?P<k>two|three|2|3)\s+(?:of|out\s+of)\b(?:\s*(?:the|these|those|them|"
    r"all|two|three|four|five|[2-5]|above|listed|named|languages?|is|are|must|be|required|needed|necessary|mandatory|"
    r"essential|sufficient|enough|asked)\b)*\W*$",
    re.I,
)
"""A number said on its own after the languages it counts ('…; at least two of the three', 'At least two of the three
are required.', a line '(at least two of the three)' under a list of them)."""


def counts_before(sentence, reading) -> str:
    """Why a sentence gives no criterion of its own where it is a number said on its own that counts the languages
    the sentence before asked ('…; at least two of the three'): their criteria become the choices that ask any that
    many of them (`_some_of`), once the posting is read; '' for any other sentence."""
    count = _COUNT_ONLY.match(sentence.text)
    if count is None or names_a_language(sentence.text):
        return ""
    mine = _asked_right_before(sentence, reading)
    names = [n for d in mine for n in d.params.get("languages", ())]
    k = _COUNTED.get(count.group("k").lower()) or int(count.group("k"))
    if len(set(names)) <= k:
        return ""
    _choose_later(mine, count, reading)
    return f"counts the languages the sentence before asks ({join_or(names)}): any {k} of them"


def _asked_right_before(sentence, reading) -> list:
    """The languages asked right before a sentence under its heading, one criterion each ('Fluency in English, French
    and Russian', or a list of them a line each)."""
    mine: list = []
    for d in reversed(reading.before):
        if d.kind != KIND or d.mandatory is False or len(d.params.get("languages", ())) != 1:
            break
        if d.heading != sentence.heading:
            break
        mine.insert(0, d)
    return mine


def _choose_later(mine: list, count: re.Match, reading) -> None:
    """Once the posting is read, the criteria of `mine` become the choices that ask any `count` of them."""
    said = {(d.source, tuple(d.params["languages"])) for d in mine}

    def choose(drafts: list) -> None:
        at = [
            i
            for i, d in enumerate(drafts)
            if d.kind == KIND and d.mandatory is not False and (d.source, tuple(d.params.get("languages", ()))) in said
        ]
        if len(at) != len(said):
            return
        chosen = _some_of([drafts[i] for i in at], count)
        drafts[at[0] : at[0] + 1] = chosen
        for i in sorted(at[1:], reverse=True):
            del drafts[i + len(chosen) - 1]

    reading.amend(choose)


_COUNTED = {"two": 2, "three": 3}


def _some_of(found: list, some: re.Match) -> list:
    """Any k of n languages, with criteria of one language among several: every choice of n - k + 1 of them holds
    one the candidate knows exactly when the candidate knows k of them ('two of Arabic, French, Spanish': one of
    Arabic or French, one of Arabic or Spanish, one of French or Spanish), never each of them asked. Where the
    languages are asked at levels of their own ('English (C1), French (C1) and Russian (B2)'), each choice asks the
    lowest of its languages' levels, and a person checks each language at its own level (a review item)."""
    k = _COUNTED.get(some.group("k").lower()) or int(some.group("k"))
    asked = [d for d in found if d.kind == KIND and d.mandatory is not False]
    names = [name for d in asked for name in d.params.get("languages", ())]
    levels = {d.params.get("level") for d in asked}
    if len(asked) not in (1, len(names)) or len(set(names)) <= k or None in levels:
        return found
    if len(levels) != 1 and len(asked) != len(names):
        return found
    level_of = {n: d.params["level"] for d in asked for n in d.params.get("languages", ())}
    first = asked[0]
    size = len(names) - k + 1
    note = (
        f"'{some.group(0).strip()}' of {join_or(names)}: any {k} of them, asked as every choice of {size}, each of "
        "which must hold one the candidate knows"
    )
    review = []
    if len(levels) != 1:
        said = ", ".join(f"{n} {level_of[n]}" for n in names)
        review = [
            f"any {k} of {join_or(names)} asked at levels of their own ({said}): each choice is read at the lowest "
            "level of its languages; a person checks the candidate's languages at their own levels"
        ]
    choices = [
        type(first)(
            KIND,
            first.source,
            first.mandatory,
            params={
                **first.params,
                "languages": list(chosen),
                "level": min((level_of[n] for n in chosen), key=level_rank),
            },
            notes=[note],
            review=list(review) if i == 0 else [],
            heading=first.heading,
        )
        for i, chosen in enumerate(combinations(names, size))
    ]
    return [d for d in found if d not in asked] + choices


def _extract(sentence, reading) -> list:
    """'Fluency in English and working knowledge of French', 'knowledge of the local languages', 'English C1'.

    The local languages are those of the duty station's field operation, where the organisation is the OSCE."""
    from eligibility.compiler.draft import Draft

    posting = reading.posting
    country = posting.country if posting.organisation == "OSCE" else None
    # 'Fluency in English, not French', 'without knowledge of French', 'knowledge of Russian is not': a clause that
    # denies a level or a language asks nothing, whatever level word it holds.
    text, not_official = _not_after_official(sentence.text)
    text = affirmed(text, naming=_names())
    if not text:
        return []
    # 'Knowledge of Georgian and Georgian legislation': a name said again before the thing it qualifies is the
    # language first, never one more name of a list that qualifies the thing ('French, German or Italian law').
    text = _SAID_AGAIN.sub(r"\g<name>\g<join>as well as ", text)
    # 'at least one UN official language other than English': the languages left out are no part of the choice,
    # and the words that leave them out ask for none of them.
    text, excluded = _left_out(text)
    excluded += not_official
    beside = _SKILLS_BESIDE.search(text) or _thing_beside(text)
    if beside and _names().search(text, 0, beside.start()) and not _names().search(beside.group("rest")):
        # 'Fluency in Russian and excellent drafting skills': the skills joined after the language are a competency
        # of their own, kept beside the language's criterion, never dropped.
        reading.rest.append(Draft("competency", beside.group("rest").strip(" ."), heading=sentence.heading))
        text = text[: beside.start()]
    software = _named_beside(text)
    if software:
        # 'Fluency in English, Excel and PowerPoint': the names in the languages' list that are no language are
        # skills, a competency of their own, never dropped and never a language.
        note = f"{software} named beside the languages: no language, a skill for the selection panel."
        reading.rest.append(Draft("competency", software, heading=sentence.heading, notes=[note]))
    learning = _TO_LEARN.search(text)
    if learning:
        # 'and commit to reaching a good working knowledge of the other', 'willingness to learn French': a language
        # the candidate is to learn asks no level they hold now; the commitment is the selection panel's to weigh.
        reading.rest.append(Draft("competency", text[learning.start("what") :].strip(" .;,"), heading=sentence.heading))
        text = text[: learning.start()]
        if not text.strip(" .;,"):
            return []
        # '…, or a willingness to reach a good working level': the alternative is read in `extract`.
        text = re.sub(r"[\s,;]*\bor\W*$", "", text, flags=re.I)
    if text != sentence.text:
        sentence = type(sentence)(text, sentence.section, sentence.heading, sentence.mode)
    if excluded and not _OFFICIAL.search(text) and not _names().search(text):
        return [_unnamed_choice(sentence, text, excluded)] if re.search(r"\blanguages?\b", text, re.I) else []
    if _UNION.search(text):
        # 'one of the (official) languages of the European Union and … another': a choice among the Union's
        # languages, and a second one different from the first, which no language criterion can state.
        issue = (
            "languages of the European Union ('one … and another'): check the candidate's two official languages "
            "of the Union and their levels, or rewrite them as `kind: language` criteria"
        )
        union = [
            Draft("requirement", text, None, id="languages-of-the-union", review=[issue], heading=sentence.heading)
        ]
        for part in _KNOWLEDGE_JOINED.split(text):
            if not _UNION.search(part) and _names().search(part):
                # 'a very good knowledge of English and a thorough knowledge of at least one other official
                # language of the EU': the language named in a part of its own is asked on its own words.
                union = _named(type(sentence)(part, sentence.section, sentence.heading, sentence.mode)) + union
        preferred = re.search(r"\bpreferabl[ey]\b[^.;]*?(?=,\s*and\b|\s+and\s+a\b|[.;]|$)", text, re.I)
        if preferred:
            # '…, preferably English, French or German, …': a wish among them, at the level asked before it.
            wished = _named(type(sentence)(text[: preferred.end()], sentence.section, sentence.heading, "desirable"))
            for draft in wished:
                draft.mandatory = False
            union += [d for d in wished if d.kind == KIND]
        return union
    station = _STATION_LANGUAGE.search(text)
    if station:
        # 'Knowledge of English and UN working language of the duty station if not English': which language that is
        # depends on the duty station, which no list here holds; kept for a person beside the languages named.
        issue = "the working language of the duty station: set the language (and level) it asks"
        kept = Draft("requirement", text, None, id="duty-station-language", review=[issue], heading=sentence.heading)
        rest = type(sentence)(text[: station.start()] + text[station.end() :], sentence.section, sentence.heading)
        return _named(rest) + [kept]
    split = _IN_ONE_IN_OTHER.search(text)
    pair = list(dict.fromkeys(n for m in _names().finditer(text) if (n := language_name(m.group(1)))))
    if split and len(pair) == 2:
        # '… English or French, with a good command of the other (level C1 in one, B2 in the other)': the levels the
        # bracket gives each, whatever level words stand before it.
        return _one_higher_both_lower(
            text, pair, split.group("one").upper(), split.group("other").upper(), sentence.heading
        )
    other = _ONE_AND_OTHER.search(text) or _OR_WITH_OTHER.search(text)
    if other:
        both = _one_and_the_other(sentence, other)
        if both:
            return both
    second = _one_and_a_second(sentence, text, posting.organisation)
    if second is not None:
        return second
    said = _OFFICIAL.search(text)
    if said and not _names().search(text) and other:
        # 'very good knowledge of one official language of the Council of Europe and good knowledge of the other':
        # the organisation's own languages, named by the data.
        return _official_one_and_other(sentence, other, _official_of(text, said, posting.organisation))
    text = _official_listed(text)
    if text != sentence.text:
        sentence = type(sentence)(text, sentence.section, sentence.heading, sentence.mode)
    listed = _LOCAL_LISTED.search(text)
    if listed:
        # 'the local language (Montenegrin, Serbian, Bosnian or Croatian)': the languages it names are the choice.
        text = text[: listed.start()] + listed.group("names") + text[listed.end() :]
        sentence = type(sentence)(text, sentence.section, sentence.heading, sentence.mode)
    groups: list[list[str]] = []
    review: list[str] = []
    name: str | None = None
    also: list = []
    own_level = None
    local_said = _LOCAL.search(text)
    beside_local: list = []
    if local_said:
        name = "local-languages"
        rest = text[: local_said.start()] + text[local_said.end() :]
        if _names().search(rest):
            # 'Professional fluency in English and in the local language(s)': a language named beside the local
            # ones is a criterion of its own, at its own level.
            beside = type(sentence)(rest, sentence.section, sentence.heading, sentence.mode)
            also = [d for d in _named(beside) if d.kind == KIND]
            # The local ones' level is the one said after the last language named before them, if any.
            start = max((m.end() for m in _names().finditer(text, 0, local_said.start())), default=0)
            own_level = level_for_wording(text[start : local_said.end()])
        local = list(osce().local_languages(country)) if country else []
        known_local = bool(local)
        official_said = _OFFICIAL.search(text)
        either = sorted([local_said, official_said], key=lambda m: m.start()) if official_said else []
        if official_said and either and _EITHER_OF.fullmatch(text, either[0].end(), either[1].start()):
            # 'another official UN language or a local language': one choice any of both meets, never the first
            # dropped.
            code, named = _official_of(text, official_said, posting.organisation)
            lead = text[max(0, official_said.start() - 30) : official_said.start()]
            official = list(named or ())
            if re.search(r"\b(?:an)?other\b", lead, re.I):
                asked = {
                    n
                    for d in reading.before
                    if d.kind == KIND and d.mandatory is not False
                    for n in d.params["languages"]
                }
                official = [lang for lang in official if lang != "English" and lang not in asked]
            if named is None:
                review.append(
                    f"'{official_said.group().strip()}': the organisation's official languages are not known, so no "
                    "criterion checks them; a person must check the candidate's knowledge of one"
                )
            local = list(dict.fromkeys([*local, *(lang for lang in official if lang not in excluded)]))
        elif (
            official_said
            and official_said.start() >= local_said.end()
            and _SECOND_JOINED.fullmatch(text, local_said.end(), official_said.start())
        ):
            # 'Fluency in a local language and working knowledge of another official UN language': a second language
            # of its own at its own level, never dropped with the first.
            own_level = own_level or level_for_wording(text[: official_said.start()])
            beside_local = _local_and_official(sentence, text, local_said, official_said, local, reading, excluded)
        if not known_local:
            review.append(
                f"'{local_said.group().strip()}': no field operation found for the duty station, so no criterion "
                "checks it; a person must check the candidate's knowledge of the languages it means"
            )
        groups.append(local)
    elif (said := _OFFICIAL.search(text)) and (
        not _names().search(text) or excluded or _ANOTHER.search(text, 0, said.start())
    ):
        code, named = _official_of(text, said, posting.organisation)
        asked = {
            n for d in reading.before if d.kind == KIND and d.mandatory is not False for n in d.params["languages"]
        }
        if _names().search(text):
            # 'Excellent knowledge of English and working knowledge of another UN official language': the languages
            # named are criteria of their own, and the other official language one at the level said for it.
            another = _ANOTHER.search(text, 0, said.start())
            start = another.start() if another else said.start()
            beside = type(sentence)(
                text[:start] + text[said.end() :], sentence.section, sentence.heading, sentence.mode
            )
            also = _named(beside)
            asked |= {n for d in also if d.kind == KIND for n in d.params["languages"]}
            after = max((m.end() for m in _names().finditer(text, 0, start)), default=0)
            own_level = level_for_wording(text[after : said.end()])
        if named is None:
            return also + [_official_unknown(sentence, code)]
        name, official = f"{code.lower()}-languages", list(named)
        # The words just before the official languages say whether they are others ('willingness to learn the
        # other' after them is no such word).
        lead = text[max(0, said.start() - 30) : said.start()]
        choice = [d for d in also if d.kind == KIND]
        if (
            own_level
            and len(choice) == 1
            and len(choice[0].params["languages"]) >= 2
            and set(choice[0].params["languages"]) <= set(official)
            and not excluded
            and len(official) <= _MOST_CHOICES
            and re.search(r"\b(?:(?:an)?other|second|additional|further)\b", lead, re.I)
        ):
            # 'Fluency in English or French and knowledge of another UN official language': one of the choice, and a
            # second official language besides it, which may be the choice's other: any two of them at its level.
            first = choice[0]
            words = text[max(0, said.start() - 30) :].strip(" .;,")
            return (
                [d for d in also if d is not first]
                + [first]
                + _two_of(official, own_level[0], first.params["level"], words, text, sentence.heading)
            )
        if re.search(r"\b(?:an)?other\b", lead, re.I):
            # 'other official languages', 'another OSCE official language': besides English and any the notice
            # already asks for.
            official = [lang for lang in official if lang != "English" and lang not in asked]
        elif re.search(r"\b(?:second|additional|further)\b", lead, re.I):
            # 'a second UN official language': one besides those the notice already asks for.
            official = [lang for lang in official if lang not in asked] or official
        official = [lang for lang in official if lang not in excluded]
        groups.append(official)
    else:
        # '…, in particular Russian, is desirable': a language singled out of a group read just before, at its level.
        singled = re.match(r"\s*(?:in\s+particular|especially|notably|particularly|preferably)\b", text, re.I)
        last = reading.before[-1] if reading.before else None
        group = last if singled and last is not None and last.kind == KIND else None
        return _named(sentence, default=group.params["level"] if group else None)
    level = own_level or level_for_wording(text)
    drafts = []
    for group in groups:
        if not group:
            # 'Fluency in the local language' with no duty station: no language to check; a person names them.
            gaps = review or [f"'{text}': no language left to check; a person must check the languages it means"]
            drafts.append(Draft("requirement", text, id=name, review=list(gaps), heading=sentence.heading))
            continue
        if level is None:
            drafts.append(
                Draft(
                    "competency",
                    text,
                    review=review
                    + [
                        f"language level not stated for {', '.join(group) or 'a language'}: make it `kind: language` with a level"
                    ],
                )
            )
            continue
        params = {"languages": group, "level": level[0]}
        drafts.append(Draft(KIND, text, params=params, id=name, review=list(review), heading=sentence.heading))
    return also + drafts + beside_local


_SECOND_JOINED = lazy_pattern(
    r"(?:\s*\([^()]*\))?\s*,?\s+and\s+(?:an?\s+|the\s+)?(?:(?:good|very\s+good|excellent|basic|working|sound|some|"
    r"thorough|solid|strong|advanced|fair|proficient|fluent|professional|(?:\w+\s+)?(?:knowledge|command|proficiency|"
    r"fluency|mastery)\s+(?:of|in)|in)\s+)*(?:an?\s+|the\s+|one\s+)?(?:(?:an)?other\s+|second\s+|additional\s+|"
    r"further\s+)",
    re.I,
)
"""What joins the local language to another official one as a second language asked beside it: '… and working
knowledge of another (official UN language)', '… and a second (UN language)'."""


def _local_and_official(sentence, text: str, local_said, official_said, local: list, reading, excluded) -> list:
    """The second of 'a local language and another official UN language': one of the organisation's official
    languages besides those the notice asks before, at the level said for it. Where a local language is an official
    one too (Russian), the two must be different languages: for each such language, one more criterion asks a
    language other than it among both groups, at the lower level."""
    from eligibility.compiler.draft import Draft

    code, named = _official_of(text, official_said, reading.posting.organisation)
    if named is None:
        return [_official_unknown(sentence, code)]
    said = level_for_wording(text[local_said.end() : official_said.end()])
    words = text[local_said.end() :].strip(" .;,")
    words = re.sub(r"^(?:\([^()]*\)\s*)?,?\s*and\s+", "", words, flags=re.I)
    if said is None:
        issue = f"'{words}': no level stated for it: make it `kind: language` with a level"
        return [Draft("competency", text, review=[issue], heading=sentence.heading)]
    asked = {n for d in reading.before if d.kind == KIND and d.mandatory is not False for n in d.params["languages"]}
    official = [lang for lang in named if lang not in asked and lang not in excluded]
    if not official:
        return []
    out = [
        Draft(
            KIND,
            text,
            params={"languages": official, "level": said[0]},
            id=f"{code.lower()}-languages",
            heading=sentence.heading,
        )
    ]
    first = level_for_wording(text[: local_said.end()])
    lower = said[0] if first is None or level_rank(said[0]) <= level_rank(first[0]) else first[0]
    for shared in (lang for lang in local if lang in official):
        others = [lang for lang in dict.fromkeys([*local, *official]) if lang != shared]
        note = (
            f"'{words}': a language other than the local one; {shared} is both, and one language is not two: "
            f"one of the others is asked at {lower} as well"
        )
        out.append(
            Draft(
                KIND,
                text,
                params={"languages": others, "level": lower},
                id=f"a-language-besides-{shared.lower()}",
                notes=[note],
                heading=sentence.heading,
            )
        )
    return out


_ASSESSED = lazy_pattern(
    r"\b(?:will|would|may|might|shall|can|is|are)\s+(?:also\s+)?(?:be\s+)?(?:assessed|tested|evaluated|examined)\b",
    re.I,
)
"""'… will be assessed in a written test', '… may be tested at the interview': how a language is tested."""


_OWN_NEED_WORD = lazy_pattern(r"\b(?:essential|required|mandatory|compulsory|must)\b", re.I)
"""A language's own word that asks it ('English (essential), French (desirable)'): no wish elsewhere in the sentence
makes it one."""

_WISH = lazy_pattern(
    r"\b(?:an?\s+(?:\w+\s+)?(?:asset|advantage|plus)|(?:are|be|considered)\s+(?:\w+\s+)?(?:assets|advantages)|"
    r"advantageous|desirable|desired|preferred|preferabl[ey]|welcome[d]?|beneficial)\b",
    re.I,
)
"""Words that make a language a wish ('French is an advantage', 'Arabic would be an asset')."""
_CEFR = lazy_pattern(r"\b([ABC][12])\b")
_NOUNS = {"knowledge", "proficiency", "command", "fluency", "working knowledge", "mastery", "reading level"}
_GENERIC = {"knowledge", "proficiency", "command"}
"""Level words that say no strength of their own ('knowledge of English and French at the C1 level')."""
# Wording of other organisations' notices, beside the organisation-neutral mapping in eligibility.languages.
_EXTRA_WORDING: tuple[tuple[str, str], ...] = (
    # The top of the ILR scale as job boards word it ('native or bilingual proficiency'): a native speaker's mastery,
    # never the 'proficiency' the same words end on.
    ("native or bilingual", "C2"),
    ("expert knowledge", "C1"),
    ("expert command", "C1"),
    ("expert level", "C1"),
    ("expert proficiency", "C1"),
    ("thorough knowledge", "C1"),
    ("in-depth knowledge", "C1"),
    ("satisfactory knowledge", "B2"),
    ("sound knowledge", "B2"),
    ("adequate knowledge", "B1"),
    # 'perfect command of Polish (mother-tongue level)': the mastery of a native speaker.
    ("perfect command", "C2"),
    ("perfect knowledge", "C2"),
    ("perfect mastery", "C2"),
    ("mother-tongue", "C2"),
    # 'both at an advanced level', 'advanced knowledge of Russian': the advanced user of the CEFR (C1); 'advanced'
    # alone is no level ('an advanced degree in Russian studies').
    ("advanced level", "C1"),
    ("advanced knowledge", "C1"),
    ("advanced command", "C1"),
    ("advanced proficiency", "C1"),
    # 'strong knowledge of French', 'strong English skills': as 'good' is, the independent user's level. A command or
    # a mastery (words of ease in use) that is strong, full or thorough is the proficient user's, as a very good one
    # is; a solid or sound one is a good one; a mastery alone is the proficient user's ('maîtrise de l'anglais').
    ("strong knowledge", "B2"),
    ("strong command", "C1"),
    ("strong mastery", "C1"),
    ("full knowledge", "C1"),
    ("full mastery", "C1"),
    ("thorough command", "C1"),
    ("thorough mastery", "C1"),
    ("advanced mastery", "C1"),
    ("solid knowledge", "B2"),
    ("solid command", "B2"),
    ("solid mastery", "B2"),
    ("sound command", "B2"),
    ("sound mastery", "B2"),
    ("mastery", "C1"),
    # 'Spanish and/or French at a working level': a working knowledge.
    ("working level", "B2"),
    # 'English: reading level sufficient to follow technical reports', 'ability to read Russian': a reading skill with
    # no strength said, as a bare 'knowledge' is; a word of strength beside it gives the level ('good reading level').
    ("reading level", "B1"),
    ("ability to read", "B1"),
    ("able to read", "B1"),
    # The ILR scale's steps as job boards word them, read as its figures are (`_ILR`, the STANAG table): 'limited
    # working proficiency' is ILR 2, never the 'proficiency' the words end on.
    ("elementary proficiency", "A2"),
    ("limited working proficiency", "B2"),
    ("professional working proficiency", "C1"),
    ("minimum professional proficiency", "C1"),
    # 'Knowledge of Russian at a professional level', 'professional-level French': the level every 'professional'
    # wording of the table asks ('professional fluency', 'professional working proficiency'), never the bare
    # 'knowledge' beside it.
    ("professional level", "C1"),
    ("professional-level", "C1"),
    # 'Business-level English', 'business fluency in French': what a workplace asks of the independent user.
    ("business-level", "B2"),
    ("business level", "B2"),
    ("business fluency", "B2"),
    # 'Conversational Russian' asked by a posting: able to take part in a conversation unprepared, the CEFR's
    # independent user. A person's own 'conversational' stays asked: no agreed level for what one says of oneself.
    ("conversational", "B1"),
)
_SKILLS_BETWEEN = lazy_pattern(
    r"\s{0,2}(?:(?:written|spoken|oral|verbal|and|&|/|,|or\s+(?:an\s+)?equivalent)\s*){0,5}", re.I
)
"""What may stand between a word of strength and the noun it qualifies: 'excellent written and oral command',
'mother tongue or equivalent knowledge'."""
_LAST_WORDING: tuple[tuple[str, str], ...] = (
    # 'Command of English.': a command with no word of strength says no more than a knowledge does (B1); read after
    # every phrase that holds it ('full command', 'good command'), which says more.
    (r"\bcommand(?=\s+of\b)", "B1"),
)
"""Patterns of level words read after every phrase of the tables: 'command of', never the verb ('command English at
ILR 3')."""
# NATO's civilian scale, written 'V ("Advanced")': the word read as a CEFR level.
_NATO_SCALE = lazy_pattern(
    r"\b(?:VI|IV|V|III|II|I)\s*\(\s*\"?(?P<word>beginner|elementary|intermediate|upper[- ]intermediate|advanced|"
    r"proficient|proficiency)\"?\s*\)",
    re.I,
)
_NATO_WORDS = {
    "beginner": "A1",
    "elementary": "A2",
    "intermediate": "B1",
    "upper-intermediate": "B2",
    "upper intermediate": "B2",
    "advanced": "C1",
    "proficient": "C2",
    "proficiency": "C2",
}
# NATO's STANAG 6001 profile ('SLP 3333'): its first figure read as a CEFR level.
_STANAG = {"1": "A2", "2": "B2", "3": "C1", "4": "C2", "5": "C2"}
# 'SLP 3333', 'Standardized Language Profile 3333', 'Standardised Language Profile (SLP) 3322', 'STANAG 6001 SLP 3333',
# 'STANAG 3333', 'STANAG 6001 level 3333'.
_SLP = lazy_pattern(
    r"\b(?:SLP|Standardi[sz]ed\s+Language\s+Profile(?:\s*\(SLP\))?"
    r"|STANAG(?:\s*6001)?(?:\s*(?:SLP|level|profile))?)\s*:?\s*([1-5][0-5+]{0,7})(?![\d])",
    re.I,
)
# The US Interagency Language Roundtable's levels ('ILR 3', 'ILR level 3', 'ILR S-3/R-3'): the 0-5 scale STANAG 6001
# is built on, read through the same table; the lowest skill's figure is the level asked. A level 0 asks nothing
# the table can say (no criterion level).
_ILR = lazy_pattern(
    r"\bILR\b\s*:?\s*(?:level\s*)?(?P<levels>(?:[SRLW]-?\s*)?[0-5]\+?(?:\s*/\s*(?:[SRLW]-?\s*)?[0-5]\+?)*)(?![\d])",
    re.I,
)
_CEFR_LEVEL = lazy_pattern(r"\b[ABC][12]\b")
_SKILL_WORDS = (
    r"(?:reading|writing|speaking|listening|comprehension|understanding|spoken|written|oral|verbal)"
    r"(?:\s*(?:,|/|&|\band\b)\s*(?:reading|writing|speaking|listening|comprehension|understanding|spoken|written|oral|verbal))*"
)
_SKILL_LEVEL = (
    rf"(?:[ABC][12]\s*(?:\(\s*{_SKILL_WORDS}\s*\)|(?:(?:in|for)\s+)?{_SKILL_WORDS})"
    rf"|{_SKILL_WORDS}\s*(?::|-|\u2013)?\s*[ABC][12]\b)"
)
_SKILL_LEVELS = lazy_pattern(rf"{_SKILL_LEVEL}(?:\s*(?:,|;|\band\b)\s*{_SKILL_LEVEL})+", re.I)
"""Levels said skill by skill: 'C1 (reading), B2 (speaking)', 'reading C1, speaking B2', 'C1 in reading and writing,
B2 in speaking'."""


def skill_levels(text: str) -> tuple[str, str, str] | None:
    """Levels said skill by skill, more than one: the lowest, asked of every skill; the highest, which a profile's one
    level must reach to pass (below it a person checks the skills asked higher); and the note that says so."""
    m = _SKILL_LEVELS.search(text)
    if m is None:
        return None
    levels = sorted(set(_CEFR_LEVEL.findall(m.group(0))))
    if len(levels) < 2:
        return None
    return (
        levels[0],
        levels[-1],
        f"Levels by skill ('{m.group(0)}'): at least {levels[0]} in every skill; a profile holds one level per "
        f"language, so one from {levels[0]} up to below {levels[-1]} is for a person, who checks the skills asked at "
        f"{join_or(levels[1:])}.",
    )


def skill_semicolons(text: str) -> list[int]:
    """Where a semicolon parts levels said skill by skill ('C1 in reading and writing; B2 in speaking'): it lists the
    skills of one language, and cuts no sentence."""
    return [m.start() + i for m in _SKILL_LEVELS.finditer(text) for i, c in enumerate(m.group(0)) if c == ";"]


# 'C1/C2', 'C1-C2', 'B2 to C1', 'B2 or C1': a level between two asks the lower.
_CEFR_RANGE = lazy_pattern(r"\b([ABC][12])\s*(?:/|-|\u2013|\bto\b|\bor\b)\s*([ABC][12])\b")

# The UN's own levels I-IV ('English: Level 4 or higher (UN scale)', 'UN Level III'), read only where the clause
# names the UN: through the one documented table (`eligibility.languages.UN_TO_CEFR`). A level on a scale the clause
# does not name ('English: Level 3') is for a person to set (`_SCALE_LEVEL`).
_UN_LEVEL = lazy_pattern(r"\b(?:UN\s+)?level\s+(?P<n>IV|III|II|I|[1-4])\b", re.I)
_UN_NAMED = lazy_pattern(r"\bUN\b|\bUnited\s+Nations\b")
_SCALE_LEVEL = lazy_pattern(r"\blevel\s+(?:[0-5]\+?|IV|V|I{1,3})(?![\w+])", re.I)
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def _wordings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, CEFR level) of each level wording, most specific phrase first, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    phrases = [(rf"\b{re.escape(phrase)}", level) for phrase, level in _EXTRA_WORDING + WORDING_TO_CEFR]
    for pattern, level in phrases + list(_LAST_WORDING):
        for m in re.finditer(pattern, text, re.I):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), level))
    taken.sort()
    # 'excellent knowledge', 'excellent written and oral command': the adjective gives the level, the noun after it
    # (past the skills it is said of) adds nothing.
    taken = [
        w
        for i, w in enumerate(taken)
        if not (i and _SKILLS_BETWEEN.fullmatch(text, taken[i - 1][1], w[0]) and text[w[0] : w[1]].lower() in _NOUNS)
    ]
    for m in _VERB_WELL.finditer(text):
        # 'communicate well in English, both orally and in writing': how well one uses the language named after it.
        if not any(m.start("adverb") < e and s < m.end() for s, e, _ in taken):
            taken.append((m.start("adverb"), m.end(), _ADVERB_LEVELS[re.sub(r"\s+", " ", m.group("adverb").lower())]))
    for m in _before_name().finditer(text):
        # 'Working French', 'some Uzbek': a word of strength right before a language's name ('working' alone, or
        # before anything else, names no level and no language).
        if not any(m.start() < e and s < m.end() for s, e, _ in taken):
            taken.append((m.start(), m.end(), _BEFORE_NAME_LEVELS[m.group(1).lower()]))
    ranges = list(_CEFR_RANGE.finditer(text))
    for m in ranges:
        taken.append((m.start(), m.end(), min(m.group(1), m.group(2))))
    for m in _CEFR.finditer(text):
        if not any(r.start() <= m.start() < r.end() for r in ranges):
            taken.append((m.start(), m.end(), m.group(1)))
    for m in _SKILL_LEVELS.finditer(text):
        # 'English: C1 (reading), B2 (speaking)': a level for each skill; one criterion holds one level, so the
        # lowest is asked (`skill_levels` says so in the criterion's note).
        taken = [w for w in taken if not (m.start() <= w[0] < m.end())]
        taken.append((m.start(), m.end(), min(_CEFR_LEVEL.findall(m.group(0)))))
    for m in _ILR.finditer(text):
        lowest = min(re.findall(r"[0-5]", m.group("levels")))
        if lowest in _STANAG:
            taken.append((m.start(), m.end(), _STANAG[lowest]))
    for m in _SLP.finditer(text):
        # 'SLP 3332': a figure for each skill (listening, speaking, reading, writing); the lowest is the level asked.
        taken.append((m.start(), m.end(), _STANAG[min(d for d in m.group(1) if d.isdigit())]))
    for m in _NATO_SCALE.finditer(text):
        taken = [w for w in taken if not (m.start() <= w[0] < m.end())]
        taken.append((m.start(), m.end(), _NATO_WORDS[m.group("word").lower()]))
    if _UN_NAMED.search(text):
        for m in _UN_LEVEL.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), UN_TO_CEFR[_ROMAN.get(m.group("n"), m.group("n").upper())]))
    return sorted(taken)


# 'Very good knowledge (C1) of one of the official languages (English or French) and good knowledge (B2) of the
# other': both languages, one at the first level. The 'and' that joins the two clauses is never one between the names
# of the choice ('one of English and French (…) and good knowledge of the other').
_ONE_AND_OTHER = lazy_pattern(
    r"\b(?:one|either)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+)?[^.;]*?[,\s]\s*and\s+(?-i:(?![A-Z]))"
    r"(?P<second>[^.;]*?)"
    r"\b(?:of|in)\s+the\s+other(?:\s+(?:one|language))?\b",
    re.I,
)


_ONE_OF_AND = lazy_pattern(
    r"(\b(?:one|either)\s+of\s+(?:the\s+)?(?-i:[A-Z])[a-z]+)\s+and\s+(?=(?-i:[A-Z])[a-z]+\b)", re.I
)


# 'Ability to communicate effectively in English or French, with a working knowledge of the other': the same, the
# choice named as 'A or B'.
_OR_WITH_OTHER = lazy_pattern(
    r"\b[A-Z][a-z]+\s+or\s+[A-Z][a-z]+\b[^.;]*?[,\s]\s*(?:and|with)\s+(?P<second>[^.;]*?)"
    r"\b(?:of|in)\s+the\s+other(?:\s+(?:one|language))?\b",
)


# '(level C1 in one, B2 in the other)', 'C1 in one language and B2 in the other': each level said of one of two.
_IN_ONE_IN_OTHER = lazy_pattern(
    r"\b(?P<one>[ABC][12])\s+(?:level\s+)?(?:in|for)\s+(?:the\s+)?(?:one|either)(?:\s+(?:of\s+them|language))?\b"
    r"[,\s]*(?:and\s+|with\s+)?(?:level\s+)?(?P<other>[ABC][12])\s+(?:level\s+)?(?:in|for)\s+the\s+other\b",
    re.I,
)


def _one_and_the_other(sentence, other: re.Match) -> list:
    """Both named languages at the lower level and either at the higher: exactly 'one at C1, the other at B2'. The
    first clause's level is its own: with no word of level there, a person sets it (the other's level is not it)."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    # 'one of Dutch and German': the names of the choice joined by 'and' are still one choice.
    said = _ONE_OF_AND.sub(r"\g<1> or ", text[: other.start("second")])
    first = _named(type(sentence)(said, sentence.section, sentence.heading))
    choice = [d for d in first if d.kind in (KIND, "requirement") and len(_languages_of(d, said)) >= 2]
    rest = text[other.start("second") :]
    stated = _CEFR.search(rest)
    lower = stated.group(1) if stated else (level_for_wording(rest) or (None,))[0]
    if len(choice) > 1 or lower is None:
        return []
    if choice:
        names, higher = _languages_of(choice[0], said), choice[0].params.get("level")
    else:
        # 'Must be able to work in English or French, with …': a choice no level word states.
        names, higher = _languages_of(Draft("requirement", said), said), None
        if len(names) < 2:
            return []
    if higher is None:
        # 'in English or French, with a working knowledge of the other': both at the other's level, and the level
        # the one must reach left to a person.
        issue = f"language level not stated for one of {', '.join(names)}: make it `kind: language` with a level"
        out = [Draft("requirement", text, review=[issue], heading=sentence.heading)]
        return out + [
            Draft(KIND, text, params={"languages": [n], "level": lower}, heading=sentence.heading) for n in names
        ]
    return _one_higher_both_lower(text, names, higher, lower, sentence.heading)


# '… one of the six official languages (…) at advanced level and knowledge of a second official language at
# intermediate level', '… English, French or German and intermediate knowledge of a second of these languages': a
# second language of the same choice, at its own level.
_AND_A_SECOND = lazy_pattern(
    r"[,;]?\s+and\s+(?P<second>(?:(?!\band\b)[^.;])*?\b(?:an?\s+)?(?:second|another|further|additional)\b"
    r"(?P<which>\s+one\b|\s+of\s+(?:them|these|those)(?:\s+languages?)?\b"
    r"|(?:\s+(?:UN|OSCE|United\s+Nations))?\s+official\s+(?:(?:UN|OSCE)\s+)?language\b|(?!\s+(?:\w+\s+)?languages?\b))"
    r"[^.;]*)",
    re.I,
)
_MOST_CHOICES = 6
"""The most languages a choice of two of them is written out for (every choice of all but one: six criteria)."""


def _one_and_a_second(sentence, text: str, organisation: str | None) -> list | None:
    """'Knowledge of one of the official languages (A, B, C) at advanced level and of a second one at intermediate
    level': one of the choice at the first level, and two of it at the second (the first counts as one of the two),
    asked as every choice of all of them but one, each of which must hold one the candidate knows; None where the
    sentence says no second language of the same choice ('… and knowledge of a second language' may be any)."""
    from eligibility.compiler.draft import Draft

    m = _AND_A_SECOND.search(text)
    if not m or _names().search(m.group("second")):
        return None
    first = text[: m.start()]
    said = _OFFICIAL.search(first)
    if "official" in m.group("which").lower() and not said:
        return None  # 'English or French and another official language': the organisation's, not the choice's
    listed = _official_listed(first)
    part = type(sentence)(listed, sentence.section, sentence.heading, sentence.mode)
    asked = [d for d in _named(part) if d.kind in (KIND, "requirement")] if _names().search(listed) else []
    if asked:
        if len(asked) != 1 or asked[0].kind != KIND or len(asked[0].params["languages"]) < 2:
            return None
        names, higher = list(asked[0].params["languages"]), asked[0].params["level"]
    elif said and re.search(r"\b(?:one|either)\b", first, re.I):
        official = _official_of(first, said, organisation)[1]
        wording = _wordings(first)
        if official is None or not wording:
            return None
        names, higher = list(official), wording[0][2]
    else:
        return None
    wording = _wordings(m.group("second"))
    lower = wording[0][2] if wording else None
    words = m.group("second").strip(" .;,")
    if lower is None or len(names) > _MOST_CHOICES:
        issue = (
            f"'{words}' of {join_or(names)}: a second one besides the first, "
            + (f"at {lower}; " if lower else "its level not stated; ")
            + "no criterion checks it, a person must check the candidate's second language"
        )
        return [
            Draft(KIND, text, params={"languages": names, "level": higher}, heading=sentence.heading),
            Draft("requirement", text, review=[issue], heading=sentence.heading),
        ]
    if len(names) == 2:
        return _one_higher_both_lower(text, names, higher, lower, sentence.heading)
    out = (
        []
        if level_rank(lower) >= level_rank(higher)
        else [Draft(KIND, text, params={"languages": names, "level": higher}, heading=sentence.heading)]
    )
    return out + _two_of(names, lower, higher, words, text, sentence.heading)


def _two_of(names: list[str], lower: str, higher: str, words: str, text: str, heading: str | None) -> list:
    """Any two of the languages at `lower`, the one asked at `higher` among them: every choice of all but one."""
    from eligibility.compiler.draft import Draft

    note = (
        f"'{words}' of {join_or(names)}: two of them at {lower} (the one at {higher} may be one), asked as every "
        f"choice of {len(names) - 1}, each of which must hold one the candidate knows"
    )
    return [
        Draft(KIND, text, params={"languages": list(c), "level": lower}, notes=[note], heading=heading)
        for c in combinations(names, len(names) - 1)
    ]


def _one_higher_both_lower(text: str, names: list[str], higher: str, lower: str, heading: str | None) -> list:
    from eligibility.compiler.draft import Draft

    if level_rank(lower) >= level_rank(higher):
        # The other's level is no lower than the one's: each language at it meets both.
        return [Draft(KIND, text, params={"languages": [n], "level": lower}, heading=heading) for n in names]
    out = [Draft(KIND, text, params={"languages": list(names), "level": higher}, heading=heading)]
    out += [Draft(KIND, text, params={"languages": [n], "level": lower}, heading=heading) for n in names]
    return out


def _official_of(text: str, said: re.Match, organisation: str | None) -> tuple[str, tuple[str, ...] | None]:
    """Whose official languages a sentence means, and what they are ('OSCE official language', 'official languages
    of the Council of Europe', 'NATO's official languages'; with no organisation named, the notice's own): (its code
    or the name written, its languages from the data, or None when the data does not hold them)."""
    from eligibility.compiler.vocabulary import vocabulary

    orgs = vocabulary().organisations
    words = said.group()
    if re.search(r"\bOSCE\b", words):
        code: str | None = "OSCE"
    elif re.search(r"\bUN\b|United\s+Nations", words):
        code = "UN"
    else:
        code = organisation
        of = re.match(r"\s+of\s+(?:the\s+)?(?:two\s+)?", text[said.end() :])
        before = re.search(r"(?:['\u2019]s)?\s+(?:own\s+|two\s+)?$", text[: said.start()])
        if of and not re.match(r"organi[sz]ation\b", text[said.end() + of.end() :], re.I):
            at = said.end() + of.end()
            named = next((c for c, p in orgs if p.match(text, at)), None)
            written = re.match(r"[A-Z][\w.&-]*(?:\s+(?:of|for|and|on|[A-Z][\w.&-]*))*", text[at:])
            code = named or (written.group() if written else "the organisation named")
        elif before:
            code = next(
                (c for c, p in orgs for m in p.finditer(text, 0, said.start()) if m.end() == before.start()), code
            )
    if code is None:
        return "the organisation", None
    if code == "OSCE":
        return code, osce().official_languages
    return code, vocabulary().official_languages.get(code)


def _official_unknown(sentence, code: str):
    """'Knowledge of one of the official languages of the Organization', where the data does not hold them."""
    from eligibility.compiler.draft import Draft

    issue = f"official languages of {code}: the data does not list them; state them (and the level) as `kind: language`"
    return Draft("requirement", sentence.text, review=[issue], heading=sentence.heading)


def _official_one_and_other(sentence, other: re.Match, official: tuple[str, tuple[str, ...] | None]) -> list:
    """'Very good knowledge of one official language of NATO and good knowledge of the other': with two official
    languages, one at the first level and both at the second, as when the notice names them; with more (the UN's
    six), 'the other' names no one language: one of them at the first level, and the second kept for a person."""
    from eligibility.compiler.draft import Draft

    code, names = official
    if names is None:
        return [_official_unknown(sentence, code)]
    text = sentence.text
    first = _wordings(text[: other.start("second")])
    second = _wordings(text[other.start("second") :])
    higher, lower = (first[0][2] if first else None), (second[0][2] if second else None)
    if higher is None or lower is None:
        issue = f"language level not stated for the official languages of {code} ({', '.join(names)})"
        return [Draft("requirement", text, review=[issue], heading=sentence.heading)]
    name = f"{code.lower()}-languages"
    if len(names) != 2:
        issue = (
            f"'the other' of {len(names)} official languages ({code}: {', '.join(names)}) names no one language: "
            f"check the candidate's second one at {lower}"
        )
        return [
            Draft(KIND, text, params={"languages": list(names), "level": higher}, id=name, heading=sentence.heading),
            Draft("requirement", text, review=[issue], heading=sentence.heading),
        ]
    return _one_higher_both_lower(text, list(names), higher, lower, sentence.heading)


def _languages_of(draft, text: str) -> list[str]:
    """The languages a draft asks: its own, or, for one kept for a person (no level stated), those the text names."""
    if draft.kind == KIND:
        return list(draft.params["languages"])
    return list(dict.fromkeys(n for m in _names().finditer(text) if (n := language_name(m.group(1)))))


_PEOPLE = lazy_pattern(r"\s+(?:citizenship|nationality|nationals?|citizens?|passports?)\b", re.I)
"""What follows a language's name where it names a country's people ('Finnish citizenship')."""

_LISTED = r"\s*(?:,|/|,?\s*(?:and|or|and/or))\s*"
"""What stands between two names of a list ('Romanian, Russian', 'Russian or Romanian')."""


_SKILL = lazy_pattern(r"\b(?:reading|writing|speaking|listening|comprehension|spoken|written|oral)\b", re.I)
# The words of a grid of levels per skill, beside the level wordings: the UN's 'confident', a cell left 'none'.
_SKILL_CELL = lazy_pattern(r"\b(?:confident|limited|none|n/?a|full|working|yes|no)\b|[\s:/,;|.()\-\u2013\u2014]+", re.I)


def per_skill(text: str) -> list[str] | None:
    """The languages a line of levels per skill names ('Reading: fluent', 'Albanian/  fluent  confident  fluent',
    'Serbian' on a grid's wrapped row), or None for any other line: it holds nothing but skills, level words and
    languages' names, and a skill or a level (or only names)."""
    names = [language_name(m.group(1)) for m in _names().finditer(text)]
    rest = _SKILL.sub(" ", _names().sub(" ", text))
    spans = _wordings(rest)
    levelled = bool(spans) or bool(_SKILL.search(text))
    for start, end, _ in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = _SKILL_CELL.sub(" ", rest)
    if rest.strip() or not (levelled or names) or (not names and not _SKILL.search(text)):
        return None
    return [n for n in names if n]


_BARE_NAME = r"(?P<word>(?-i:[A-Z][a-z]{3,}(?:-[A-Z]?[a-z]{2,})?))"
"""A word that may be a language's name the tool's list lacks: capitalised, four letters or more (no ISO code)."""
_NAME_ENDS = (
    r"(?=\s*(?:$|[,.;:()/]|\b(?:or|and|is|are|at|as|would|will|would|languages?|desirable|required|an?)\b"
    r"|(?-i:[A-C][12])\b))"
)
_JOINED_AFTER = lazy_pattern(rf"\s*(?P<join>,|/|,?\s*(?:or|and|and/or))\s*{_BARE_NAME}{_NAME_ENDS}", re.I)
_JOINED_BEFORE = lazy_pattern(rf"(?<![\w-]){_BARE_NAME}\s*(?P<join>,|/|,?\s*(?:or|and|and/or))\s*$", re.I)


def _listed_beside(text: str, written: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None, str]]:
    """Words listed with a language named ('Hausa or Zarma', 'Zarma/Hausa') that the tool's list of names lacks:
    (position, word, the ISO 639 name it has or None, the name it is listed with), each word once; a word ISO does
    not hold only where it is a choice beside the name ('or', '/')."""
    from eligibility.countries import country_code

    taken = {p for p, _, _ in written}
    found: list[tuple[int, str, str | None, str]] = []
    queue = [(p, w) for p, w, _ in written]
    while queue:
        pos, word = queue.pop()
        after = _JOINED_AFTER.match(text, pos + len(word))
        before = _JOINED_BEFORE.search(text[:pos])
        for m, at in ((after, after.start("word") if after else 0), (before, before.start("word") if before else 0)):
            if m is None or at in taken:
                continue
            said = m.group("word")
            if re.search(r"\b(?:the|an?|its|their|our|this|that)\s+$", text[:at], re.I):
                continue  # 'the working languages of the Court, English or French': a noun, no language's name
            if said.lower() in COMMON_WORDS or _wordings(said) or country_code(said) is not None:
                continue
            name = language_name(said)
            later = text[max(at + len(said), pos + len(word)) :]
            choice = re.search(r"\bor\b|/", m.group("join"), re.I) or (
                m.group("join") == "," and re.match(r"[^.;:()]*?\bor\b", later, re.I)
            )
            if name is None and not choice:
                continue  # 'English, Excel and PowerPoint': only a choice ('or') is narrowed by a name left out
            taken.add(at)
            found.append((at, said, name, word))
            queue.append((at, said))
    return found


def _named(sentence, default: str | None = None) -> list:
    """Named languages, each at the level its own words give: 'Fluency in English and working knowledge of
    French' is two criteria (C1, B2); 'Russian or Kyrgyz' is one criterion either meets. A name the tool's list
    lacks but ISO 639 holds is read beside the others ('Hausa or Zarma'); one ISO does not hold never narrows the
    choice it stands in to the names known: that choice goes to a person, named."""
    from eligibility.compiler.draft import Draft

    drafts = _named_listed(sentence, default)
    written = _written(sentence.text)
    beside = _listed_beside(sentence.text, written)
    unnamed = {word: partner for _, word, name, partner in beside if name is None}
    # 'isiZulu or isiNdebele': a name the tool reads but cannot name (`language_name` None), in a choice.
    for (a, wa, na), (b, wb, nb) in pairwise(written):
        between = sentence.text[a + len(wa) : b]
        choice = re.fullmatch(_CHOICE, between) or (
            re.fullmatch(r"\s*,\s*", between) and re.match(r"[^.;:()]*?\bor\b", sentence.text[b:], re.I)
        )
        if choice and (na is None) != (nb is None):
            unnamed[wa if na is None else wb] = wb if na is None else wa
    if not unnamed:
        return drafts
    partners = {language_name(p) for p in unnamed.values()}
    out = []
    for d in drafts:
        if d.kind == KIND and partners & set(d.params["languages"]):
            issue = (
                f"{', '.join(unnamed)}: a language the tool cannot name, accepted beside "
                f"{join_or(list(d.params['languages']))}; a person judges who meets the choice (state it as "
                "`kind: language` with an ISO 639 code and a level)"
            )
            out.append(Draft("requirement", d.source, d.mandatory, review=[issue], heading=d.heading))
        elif d.kind != "requirement" or not any(w in " ".join(d.review) for w in unnamed):
            out.append(d)
    return out


def _written(text: str) -> list[tuple[int, str, str | None]]:
    """(position, word, the language's name or None) of each language's name written in `text`."""
    # 'Finnish citizenship', 'Kazakh nationals': a country's people, no language.
    return [
        (m.start(), m.group(1), language_name(m.group(1)))
        for m in _names().finditer(text)
        if not _PEOPLE.match(text, m.end())
    ]


def _named_listed(sentence, default: str | None = None) -> list:
    """`_named`, with the names ISO 639 holds beyond the tool's list read beside the others."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    written = _written(text)
    written = sorted(written + [(p, w, n) for p, w, n, _ in _listed_beside(text, written) if n is not None])
    # Where each written name ends: a name written otherwise than its language's ('Kiswahili') is longer.
    ends = {p: p + len(w) for p, w, _ in written}
    unknown = list(dict.fromkeys(w for _, w, n in written if n is None))
    found = [(p, n) for i, (p, _, n) in enumerate(written) if n and n not in [x for _, _, x in written[:i]]]
    extra = (
        [
            Draft(
                "requirement",
                text,
                review=[
                    f"{', '.join(unknown)}: a language the tool cannot name; state it as "
                    "`kind: language` with an ISO 639 code and a level"
                ],
                heading=sentence.heading,
            )
        ]
        if unknown
        else []
    )
    if not found:
        return extra
    wordings = _wordings(text)
    explicit = [
        w
        for w in wordings
        if _CEFR.fullmatch(text[w[0] : w[1]])
        or _CEFR_RANGE.fullmatch(text[w[0] : w[1]])
        or _SLP.match(text, w[0])
        or _NATO_SCALE.match(text, w[0])
        or _UN_LEVEL.fullmatch(text[w[0] : w[1]])
    ]
    paired = _level_in_language(text, wordings)
    if paired:
        return _beside_paired(sentence, paired, default) + extra

    def level_at(pos: int) -> str | None:
        # 'English B2', 'English: C1', 'English (B2)': a level written right after the language's name is its own.
        right_after = [w for w in explicit if _RIGHT_AFTER.fullmatch(text, ends[pos], w[0])]
        if right_after:
            return right_after[0][2]
        # '(Ukrainian/Russian) at native level': a level said 'at … level' after the name (or the choice it ends)
        # is its own, over the generic 'knowledge of' before it.
        # 'Arabic, Chinese, Russian or Spanish at advanced level': names joined by commas up to an 'or' are one
        # choice, and a level said after its last name is the whole choice's ('English, French at …' is no choice).
        last = step = pos
        joined = False
        while (following := next((p for p, _, _ in written if p > step), None)) is not None:
            between = text[ends[step] : following]
            if re.fullmatch(_CHOICE, between):
                step = following
                last = last if joined else following
            elif re.fullmatch(r"\s*,?\s*(?:and\s*)?", between):
                step, joined = following, joined or "and" in between
            else:
                break
        if (
            re.match(r"\s*,?\s*(?:both|each|all(?:\s+of\s+them)?)\s+at\b", text[ends[step] :], re.I)
            or _ADVERB_AFTER.match(text, ends[step])
            # '… of the official languages (English, French) at advanced level': the bracket's list is one choice.
            or (not joined and re.match(r"\s*\)\s*,?\s*at\b", text[ends[step] :], re.I) and "(" in text[:pos][-3:])
        ):
            # 'English and French, both at advanced level', 'speak English and French fluently': the level is each
            # name's of the list it ends.
            last = step
        # 'English (fluent), Albanian or Serbian (working knowledge)': words of level in brackets right after a
        # name (or the choice it ends) are its own, never the level of the name before.
        unnamed = _OTHER_LANGUAGE.search(text, ends[pos])
        if unnamed and explicit and all(w[0] >= unnamed.start() for w in explicit):
            # 'Excellent knowledge of English and one other language at the B2 level': the level stated after a
            # language left unnamed is that one's; the name's own words of strength give its level.
            mine = [w for w in wordings if w[1] <= pos and pos - w[1] <= 20 and w not in explicit]
            if mine:
                return mine[-1][2]
        bracketed = [w for w in wordings if _in_bracket_after(text, ends[last], w)]
        if bracketed:
            return bracketed[0][2]
        # 'Good knowledge of English (minimum B2 level) and basic knowledge of German': a level in brackets after
        # another language's name is that language's own, never this one's.
        others = [w for w in explicit if any(q < pos and _in_bracket_after(text, ends[q], w) for q in ends)]
        if others and (own_words := [w for w in wordings if w[1] <= pos and pos - w[1] <= 20 and w not in explicit]):
            return own_words[-1][2]
        at_level = [
            w
            for w in wordings
            if w[0] >= ends[last]
            and _AT_LEVEL.fullmatch(text, ends[last], w[0])
            # 'at a professional level', 'at expert level': the wording may hold the word 'level' itself (a CEFR
            # level the sentence states, '… at a professional level (B2 or above)', is more exact)
            and (_LEVEL_WORD.match(text, w[1]) or (text[w[0] : w[1]].lower().endswith("level") and not explicit))
        ]
        if at_level:
            return at_level[0][2]
        adverb = _ADVERB_AFTER.match(text, ends[last])
        if adverb:
            # 'speak Danish, Norwegian or Swedish fluently', 'speak English well': the adverb after the name (or the
            # choice it ends) says how well, over a verb's own level before it ('speak').
            return _ADVERB_LEVELS[re.sub(r"\s+", " ", adverb.group("adverb").lower())]
        own = [
            w
            for w in wordings
            if w[1] <= pos and pos - w[1] <= 20 and w not in explicit and text[w[0] : w[1]].lower() not in _GENERIC
        ]
        later = [w[0] for w in explicit if w[0] > pos]
        listed = [p for p, _ in found if pos <= p < (later[0] if later else pos)]
        # 'Working knowledge of Ukrainian, Romanian or Russian (B1)': a choice of names only listed up to the stated
        # level is one choice at that level, whatever words stand before the first ('Fluency in English and French
        # (B2)' asks both, each at its own words' level).
        bare = all(re.fullmatch(_LISTED, text[ends[a] : b]) for a, b in pairwise(listed)) and bool(
            re.search(r"\bor\b|/", text[listed[0] : listed[-1]] if listed else "")
        )
        if bare and len(listed) > 1 and later:
            # 'English (C1) and good Ukrainian or Russian (at least B2)': the level stated after the choice is the
            # choice's, never a level stated before it for another language.
            return next(w[2] for w in explicit if w[0] == later[0])
        if own and explicit and len(later) == len(explicit) and len(listed) > 1 and not bare:
            # 'Excellent knowledge of English and one other language at the B2 level': a language's own words of
            # strength, right before it, win over a level stated after other languages, which is theirs.
            return own[-1][2]
        if explicit:
            # 'at the B2 level or above': a stated CEFR level governs the languages it follows or precedes.
            return min(explicit, key=lambda w: abs(w[0] - pos))[2]
        before = [w for w in wordings if w[1] <= pos]
        if before:
            return before[-1][2]
        after = [w for w in wordings if w[0] > pos]
        return after[0][2] if after else None

    either = bool(
        re.search(
            r"\b(?:one|any|either)\s+(?:of|other)\b|\bone\s+(?:other\s+)?(?:UN\s+|official\s+)?language", text, re.I
        )
    )
    # Runs of names joined only by ',', 'and', 'or', '/': 'Arabic, Chinese, Spanish or Russian' is one choice.
    runs: list[list[tuple[int, str, str | None]]] = []
    for i, (pos, name) in enumerate(found):
        level = level_at(pos)
        # 'Russian (reading, writing and speaking at least B1) and/or Romanian': the bracket is the name's own.
        between = _ASIDE_FIRST.sub("", text[ends[found[i - 1][0]] : pos]) if i else ""
        if runs and runs[-1][-1][2] == level and re.fullmatch(r"\s*(?:,|/|,?\s*(?:and|or|and/or))\s*", between):
            runs[-1].append((pos, name, level))
        else:
            runs.append([(pos, name, level)])
    runs, unequal = _or_between(text, runs, ends, repeated=len(written) > len({n for _, _, n in written}))
    groups: list[tuple[list[str], str | None]] = []
    starts: list[int] = []
    beyond: dict[int, str] = {}
    for run in _at_and(text, runs, ends):
        seps = " ".join(_ASIDE_FIRST.sub("", text[ends[a[0]] : b[0]]) for a, b in pairwise(run))
        # 'Russian, Polish or a Nordic language': a choice one member of which names no language; 'another language,
        # in particular Russian or Polish': names given as examples of a choice. Either way one of them, never all.
        vague = _VAGUE_MEMBER.match(text, ends[run[-1][0]])
        if either or re.search(r"\bor\b|/", seps) or vague or _EXAMPLES_OF.search(text, 0, run[0][0]):
            groups.append(([n for _, n, _ in run], run[0][2]))
            starts.append(run[0][0])
            if vague:
                beyond[run[0][0]] = vague.group("what")
        else:
            groups += [([n], lv) for _, n, lv in run]
            starts += [pos for pos, _, _ in run]
    # Each group's own words run to the next group's name: 'English (essential), French (desirable)'.
    own_words = [text[start : starts[i + 1] if i + 1 < len(starts) else len(text)] for i, start in enumerate(starts)]
    drafts = []
    stated = re.search(
        r"\b(?:require[ds]?|must|essential|mandatory|necessary|knowledge|fluen\w*|proficien\w*|command|"
        r"speak\w*|assets?|advantages?|desirable|preferred|plus|welcome[ds]?|beneficial|language\s+skills?)\b"
        # 'A second European language (French, German or Spanish)': a language asked by the choice it names.
        r"|\b(?:second|foreign)\s+(?:[A-Z][a-z]+\s+)?language\s*\("
        rf"|{_SKILLS_IN}|{_SCALE_LEVEL.pattern}"
        # 'English will be tested': a language a posting tests is asked, its level for a person to set where the
        # posting states none elsewhere.
        rf"|{_ASSESSED.pattern}"
        # 'English TOEFL 100', 'German XYZ 3': a figure on a scale written by its initials, which the tool does not
        # read, still asks the language (its level for a person to set).
        r"|(?-i:\b[A-Z]{2,8}\b)\s*:?\s*(?:level\s*)?\d",
        text,
        re.I,
    )
    for (names, level), own, start in zip(groups, own_words, starts, strict=True):
        level = level or default
        if start in beyond:
            # The member that names no language cannot be checked, and a choice of the named ones alone would turn
            # away a candidate who has the other: a person judges the choice, its words named.
            issue = (
                f"a choice of {', '.join(names)} or '{beyond[start]}', which names no language the tool can check: "
                "a person judges who meets it (state the languages it accepts as `kind: language` with a level)"
            )
            drafts.append(Draft("requirement", text, _wished(sentence, own), review=[issue], heading=sentence.heading))
            continue
        # 'Russian or Romanian' alone under 'Nice to have:': a list of nothing but languages under a wish is that wish.
        bare_wish = sentence.mode == "desirable" and not re.sub(
            r"^\s*languages?\s*:|\b(?:and|or|and/or)\b|[,;/.\s\u2022*-]", "", _names().sub("", text), flags=re.I
        )
        # 'Languages: Spanish' or 'English, French' alone under a requirements heading: a list of nothing but
        # languages (and its label) where requirements are listed is that requirement, its level not stated.
        # So is such a list with a word of strength before it that no table reads ('Functional Arabic.',
        # 'Decent spoken English'): a language asked at a level for a person to set, never dropped.
        bare_need = (
            sentence.mode == "mandatory" or (sentence.mode is None and sentence.section == "requirements")
        ) and bool(_FEW_WORDS_LEFT.fullmatch(_names().sub(" ", text)))
        if level is None and not stated and not bare_wish and not bare_need:
            continue  # 'English and French are the working languages of the Secretariat': no requirement
        if level is None and _MEDIUM.search(text) and not _ASKS_LANGUAGE.search(text):
            continue  # 'Experience of drafting legal analyses in English': the language work is done in, no level
        if level is None and (sentence.mode == "desirable" or _WISH.search(text)) and not _OWN_NEED_WORD.search(own):
            # 'French is an advantage': a wish decides nothing, so a working level stands for the one not stated.
            # What is unsure in it goes in its note ('Review: …'): a desirable criterion opens no review item.
            unsure = f"the posting states no level for {', '.join(names)}: B1 is taken for this wish"
            params = {"languages": names, "level": "B1"}
            drafts.append(Draft(KIND, text, params=params, review=[unsure], heading=sentence.heading))
        elif level is None:
            drafts.append(
                Draft(
                    "requirement",
                    text,
                    True if _OWN_NEED_WORD.search(own) else None,
                    review=[f"language level not stated for {', '.join(names)}: make it `kind: language` with a level"],
                    heading=sentence.heading,
                    # 'Languages: Spanish (required)' in a summary beside 'fluency in Spanish is required': the
                    # level the posting states elsewhere settles it.
                    settled_by=(KIND, "languages", frozenset(names)),
                )
            )
        else:
            params = {"languages": names, "level": level}
            # 'Knowledge of English will be assessed in a written test': how a language is tested, which asks
            # nothing more where the posting requires that language elsewhere.
            settled = (KIND, "languages", frozenset(names)) if _ASSESSED.search(text) else None
            drafts.append(Draft(KIND, text, params=params, heading=sentence.heading, settled_by=settled))
    for names in unequal:
        issue = (
            f"a choice of {' or '.join(names)} at different levels or with further languages: no one criterion "
            "states it; set the criteria a candidate must meet"
        )
        drafts.append(Draft("requirement", text, review=[issue], heading=sentence.heading))
    return drafts + extra


_VAGUE_MEMBER = lazy_pattern(
    r"\s*\)?\s*,?\s*(?:or|and/or)\s+(?P<what>(?:an?|any|another|other|some)\s+(?:[\w-]+\s+){0,3}?languages?)\b",
    re.I,
)
"""The last member of a choice that names no language: '… or a Nordic language', '… or any other EU language'."""
_EXAMPLES_OF = lazy_pattern(
    r"\b(?:an?|another|any|one|other|second|third|foreign|additional)\s+(?:[\w-]+\s+){0,6}?languages?\b"
    r"[^.;:()]{0,60}?[,(]\s*(?:in\s+particular|particularly|especially|notably|such\s+as|e\.\s?g\.,?|"
    r"for\s+example|for\s+instance|including|like)\s*:?\s*$",
    re.I,
)
"""A language asked unnamed, then names given as its examples: 'another language of the region, in particular',
'a second language (e.g.', 'another official language, such as'. The names after it are one choice."""


def _wished(sentence, own: str) -> bool | None:
    """The mode a draft of this sentence takes: False where it is a wish, else the sentence's own."""
    return False if sentence.mode == "desirable" or (_WISH.search(own) and not _OWN_NEED_WORD.search(own)) else None


_FEW_WORDS_LEFT = lazy_pattern(
    r"\W*(?:languages?\s*:)?\W*(?:[^\W\d_]+(?:-[^\W\d_]+)?\W+(?:(?:spoken|written|oral)\W+)?)?(?:\W|\b(?:and|or)\b)*"
    r"(?:(?:language|languages|skills?)\W*)?",
    re.I,
)
"""What may be left of a list of languages once their names are taken out: a label, separators and one word before the
first name, with 'spoken' or 'written' after it ('Functional Arabic', 'Decent spoken English', 'Languages: Spanish')."""
_ASIDE_FIRST = lazy_pattern(r"^\s*\([^()]*\)")
"""A bracket right after a language's name: its own level or skills, no word that joins it to the next name."""
_CHOICE = r"\s*(?:/|,?\s*(?:or|and/or))\s*"
"""What stands between two names of a choice ('Ukrainian/Russian', 'Ukrainian or Russian'): 'English and Russian at
native level' says the level of Russian alone."""
_AT_LEVEL = lazy_pattern(r"\s*\)?\s*,?\s*(?:(?:both|each|all(?:\s+of\s+them)?)\s+)?at\s+(?:an?\s+|the\s+)?", re.I)
"""What stands between a language's name and 'at native level', 'at a professional level'."""
_LEVEL_WORD = lazy_pattern(r"\s*-?\s*level\b", re.I)
_BRACKET_OPEN = lazy_pattern(r"\s*\(\s*(?:(?:minimum|min\.?|at\s+least)\s+)?(?:(?:CEFR\s+)?level\s+)?", re.I)
_BRACKET_CLOSE = lazy_pattern(r"\s*(?:level\s*)?(?:or\s+(?:above|higher|equivalent)\s*)?[),;]", re.I)


def _in_bracket_after(text: str, end: int, wording: tuple[int, int, str]) -> bool:
    """Whether a level's words stand in brackets right after a name that ends at `end`: 'English (fluent)',
    'English (minimum B2 level)'."""
    return bool(_BRACKET_OPEN.fullmatch(text, end, wording[0]) and _BRACKET_CLOSE.match(text, wording[1]))


_RIGHT_AFTER = lazy_pattern(r"\s*(?:[:(\u2013-]\s*)?(?:at\s+)?(?:(?:UN\s+)?level\s+)?", re.I)
"""What may stand between a language's name and its own level: 'English B2', 'English: C1', 'English (level B2)'."""


_OR_CLAUSE = lazy_pattern(r"\s*[,;]?\s*\bor\b(?!\s*/)[^.;]{0,60}", re.I)
"""What parts two languages each with its own words when it is a choice: 'Fluency in English, or fluency in French'."""


def _or_between(
    text: str, runs: list[list[tuple[int, str, str | None]]], ends: dict[int, int], *, repeated: bool = False
) -> tuple[list[list[tuple[int, str, str | None]]], list[list[str]]]:
    """(runs, choices no single criterion states): two runs with only 'or' and the second one's own words of
    strength between them ('Fluency in English, or fluency in French'; two list items joined by a line 'OR') are one
    choice, not two requirements. A choice whose languages are asked at different levels ('fluency in English, or
    good knowledge of French'), or in a sentence that names a language again ('excellent English, or excellent
    French and good English': routes of several languages each), goes to a person."""
    out: list[list[tuple[int, str, str | None]]] = []
    unequal: list[list[str]] = []
    for run in runs:
        if out:
            between = text[ends[out[-1][-1][0]] : run[0][0]]
            if _OR_CLAUSE.fullmatch(between) and not re.search(r"\band\b", between, re.I):
                if out[-1][-1][2] == run[0][2] and not repeated:
                    out[-1] = out[-1] + run
                else:
                    unequal.append([n for _, n, _ in out.pop() + run])
                continue
        out.append(run)
    return out, unequal


def _at_and(
    text: str, runs: list[list[tuple[int, str, str | None]]], ends: dict[int, int]
) -> list[list[tuple[int, str, str | None]]]:
    """'English and Bosnian/Croatian/Serbian', 'English and Russian or Ukrainian': where a run joins names both by
    'and' and by '/' or 'or', the choice binds closer than 'and', so the run is cut at each 'and' (English, and one
    of the others); 'and/or' is a choice."""
    out = []
    for run in runs:
        seps = [text[ends[a[0]] : b[0]] for a, b in pairwise(run)]
        joined = [bool(re.fullmatch(r"\s*,?\s*and\s*", sep)) for sep in seps]
        choice = any(re.search(r"/|\bor\b", sep) for sep in seps)
        if not (choice and any(joined)):
            out.append(run)
            continue
        part = [run[0]]
        for name, cut in zip(run[1:], joined, strict=True):
            if cut:
                out.append(part)
                part = []
            part.append(name)
        out.append(part)
    return out


def _beside_paired(sentence, paired: list[tuple[Any, tuple[int, int]]], default: str | None) -> list:
    """The languages a level is stated for by name, and those the sentence names besides them, each at the level
    its own words give: in 'Fluent English and French (minimum B2 level in French)' the B2 is French's alone, and
    English keeps the fluency said of it. The level stated by name and the brackets holding it are taken out, and
    what is left is read as any sentence is; a language the level named is not read again. A choice one of whose
    languages has such a level ('Fluent English or French (minimum B2 level in French)') is for a person."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    own = {n for d, _ in paired for n in d.params["languages"]}
    cut = text
    for start, end in sorted((span for _, span in paired), reverse=True):
        opened, closed = cut.rfind("(", 0, start), cut.find(")", end)
        if opened != -1 and ")" not in cut[opened:start] and closed != -1 and "(" not in cut[end:closed]:
            start, end = opened, closed + 1  # '(minimum B2 level in French)': the bracket says nothing else
        cut = cut[:start] + " " + cut[end:]
    rest = _named(type(sentence)(cut, sentence.section, sentence.heading, sentence.mode), default)
    kept, chosen = [], set()
    for draft in rest if _names().search(cut) else []:
        names = _languages_of(draft, cut)
        if names and not set(names) & own:
            draft.source = text
            kept.append(draft)
        elif set(names) - own:
            chosen |= set(names)
            issue = (
                f"a choice of {' or '.join(names)} with a level stated for {', '.join(sorted(set(names) & own))} "
                "alone: set the criteria a candidate must meet"
            )
            kept.append(Draft("requirement", text, review=[issue], heading=sentence.heading))
    return [d for d, _ in paired if not set(d.params["languages"]) & chosen] + kept


def _level_in_language(text: str, wordings: list[tuple[int, int, str]]) -> list[tuple[Any, tuple[int, int]]]:
    """'V ("Advanced") in English; I ("Beginner") in French', 'C1 in English and B2 in French': each level stated
    right before 'in <language>' is that language's own criterion, with where its words stand."""
    from eligibility.compiler.draft import Draft

    drafts = []
    for start, end, level in wordings:
        m = re.match(r"\s*(?:level\s+)?in\s+(?P<name>[A-Z][a-z]+)\b", text[end:])
        name = language_name(m.group("name")) if m else None
        if name and (_CEFR.fullmatch(text[start:end]) or _NATO_SCALE.match(text, start)):
            span = (start, end + m.end())  # type: ignore[union-attr]
            drafts.append((Draft(KIND, text, params={"languages": [name], "level": level}), span))
    return drafts
