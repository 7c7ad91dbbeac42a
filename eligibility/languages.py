"""Languages (ISO 639 via pycountry), CEFR levels, and posting wording mapped to CEFR."""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from typing import Any

CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
NATIVE = "native"


@lru_cache(maxsize=1)
def _languages() -> Any:
    """pycountry's table of languages, imported when first needed (it costs every command some 30 ms)."""
    import pycountry

    return pycountry.languages


def level_rank(level: str) -> int:
    """A1 = 1 … C2 = 6; native counts as C2."""
    return 6 if level == NATIVE else CEFR.index(level) + 1


def parse_level(value: object) -> str | None:
    """A CEFR level ('B2', 'c1') or 'native'/'mother tongue', normalised; None if not one."""
    text = str(value).strip().lower()
    if text in ("native", "mother tongue", "first language"):
        return NATIVE
    upper = text.upper()
    return upper if upper in CEFR else None


# How postings word a language requirement, mapped to the CEFR level we require.
# The OSCE publishes no mapping; this is our documented choice, most specific phrase first.
WORDING_TO_CEFR: tuple[tuple[str, str], ...] = (
    ("mother tongue", "C2"),
    ("native", "C2"),
    ("professional fluency", "C1"),
    ("full professional", "C1"),
    ("fluency", "C1"),
    ("fluent", "C1"),
    ("excellent", "C1"),
    ("proficiency", "C1"),
    ("proficient", "C1"),
    ("full command", "C1"),
    ("very good", "C1"),
    ("communicate effectively", "B2"),
    ("working knowledge", "B2"),
    ("good command", "B2"),
    ("good knowledge", "B2"),
    ("good", "B2"),
    ("upper-intermediate", "B2"),
    ("upper intermediate", "B2"),
    ("intermediate", "B1"),
    ("basic", "A2"),
    ("elementary", "A2"),
    ("knowledge", "B1"),
    ("ability to communicate", "B1"),
    ("able to communicate", "B1"),
    ("speak", "B1"),
)


# Words that deny a level in their clause: 'not fluent', 'no knowledge', 'non-native', 'isn't fluent', 'hardly
# basic', 'little or no knowledge', 'lacks fluency'. 'non' denies only the level word it is joined to ('non-native');
# 'not only', 'no less than', 'not limited to', 'if not English', 'whether or not' and the like deny nothing.
_NEGATION = re.compile(
    r"(?<!\bif\s)(?<!\bor\s)\b(?:not|no|never|without|lacks?|lacking|hardly|barely|none|little\s+or\s+no)\b(?!\s+(?:only|just|merely|"
    r"limited|less|later|fewer|more\s+than|sooner)\b)|n['\u2019]t\b|\bnon[-\s]?(?=native|fluen|proficien|speak|mother)",
    re.I,
)
# A clause: the words between commas, semicolons, brackets, or a word that sets one against another ('basic, not
# fluent', 'not fluent but basic', 'fluent (not native)').
_CLAUSE_BREAK = re.compile(r"[,;()\[\]]|\s[-\u2013\u2014]\s|\b(?:but|though|although|whereas|however)\b", re.I)


def clauses(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, denied) of each clause of `text`; `denied`: a negation stands in it (`_NEGATION`)."""
    bounds, last = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        bounds.append((last, m.start()))
        last = m.end()
    bounds.append((last, len(text)))
    return [(a, b, bool(_NEGATION.search(text, a, b))) for a, b in bounds]


def denies_level(text: str) -> bool:
    """Whether `text` denies a level in a clause that names one: 'not fluent', 'basic, not fluent', 'no knowledge'."""
    return any(denied and wordings_in(text[a:b]) for a, b, denied in clauses(text))


def affirmed(text: str, *, naming: re.Pattern[str] | None = None) -> str:
    """`text` without the clauses that deny a level word (or, with `naming`, name something it matches): what it
    affirms. 'Fluency in English, not French' -> 'Fluency in English'; 'basic, not fluent' -> 'basic'."""
    out, last, dropped = "", 0, False
    for a, b, denied in clauses(text):
        clause = text[a:b]
        if denied and (wordings_in(clause) or (naming is not None and naming.search(clause))):
            # The clause goes with the break before it, or, first, with the one after it; a bracket it filled goes
            # with it ('fluent (not native)' -> 'fluent').
            opened = text[last:a].strip() == "("
            last, dropped = (b + 1 if opened and text[b : b + 1] == ")" else b), True
            following = _CLAUSE_BREAK.match(text, last)
            if not out.strip() and following:
                last = following.end()
            continue
        out += text[last:b]
        last = b
    out += text[last:]
    return re.sub(r"\s+", " ", out).strip(" ,;") if dropped else text


def wordings_in(text: str) -> list[tuple[str, str]]:
    """(phrase, level) of each wording in `text` (`WORDING_TO_CEFR`), and of each CEFR level written in it."""
    low = text.lower()
    found = [(phrase, level) for phrase, level in WORDING_TO_CEFR if re.search(rf"\b{re.escape(phrase)}", low)]
    return found + [(m.group(1), m.group(1)) for m in re.finditer(r"\b([ABC][12])\b", text.upper())]


def level_for_wording(text: str) -> tuple[str, str] | None:
    """(CEFR level, the phrase that decided it) for a posting's wording, or None. A level word in a clause that
    denies it ('knowledge of French is not required', 'not fluent') is never read as that level."""
    low = text.lower()
    spans = [(a, b) for a, b, denied in clauses(low) if not denied]
    for phrase, level in WORDING_TO_CEFR:
        for m in re.finditer(rf"\b{re.escape(phrase)}", low):
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                return level, phrase
    return None


NOT_SPOKEN = "not spoken"
"""What `level_stated` answers for words that say the language is not spoken at all ('none', 'no knowledge')."""
_NOT_SPOKEN = re.compile(
    r"(?:none|no|nil|nothing|n/?a|-|not\s+at\s+all|not\s+spoken|no\s+knowledge(?:\s+at\s+all)?(?:\s+of\s+it)?|"
    r"(?:i\s+)?(?:do\s+not|don['\u2019]t|cannot|can['\u2019]t)\s+speak(?:\s+it)?(?:\s+at\s+all)?)",
    re.I,
)


# Words that make a level something other than the level a person has now, in every skill: weakened ('less than
# fluent', 'fluent-ish', 'almost fluent'), in the past ('I used to be fluent', 'was fluent, now rusty', 'mother
# tongue (lost)', 'C1 certificate (expired)'), for some skills only ('fluent (reading only)', 'passive knowledge'), or a speaker's background
# rather than a level ('heritage speaker'). Whatever level they sit beside is asked, never read. 'Almost native' is
# no weakened native but the level near it, C2, as 'near-native' is (`_NEAR_NATIVE`).
QUALIFIER = re.compile(
    r"(?<!\bno\s)(?<!\bnot\s)\b(?:less|lower|weaker)\s+than\b|\bbelow\b|\b(?:almost|nearly|quasi)\b(?![-\s]?native\b)|"
    r"\b(?:semi|partly|partially|somewhat|kind\s+of|sort\s+of|more\s+or\s+less)\b|-?\bish\b|"
    r"\b(?:used\s+to|was|were|formerly|previously|once|"
    r"no\s+longer|in\s+the\s+past|at\s+one\s+time|rusty|lost|forgotten|faded|out\s+of\s+practi[cs]e|expired|"
    r"lapsed|out\s+of\s+date|outdated)\b|"
    r"(?<!\bnot\s)\bonly\b|\b(?:passive(?:ly)?|receptive|heritage)\b|\bunderstand(?:s|ing)?\s+(?:only|but)\b",
    re.I,
)
_SKILL_WORD = re.compile(r"\b(?:reading|read|writing|written|speaking|spoken|oral|listening|comprehension)\b", re.I)
# The steps of the ILR scale below full professional, said as proficiency: no agreed CEFR level (asked).
_ILR_STEP = re.compile(
    r"\b(?:elementary|limited(?:\s+working)?|(?:minimum\s+)?professional\s+working)\s+proficiency\b", re.I
)
_LEVEL_RANGE = re.compile(r"([ABC][12])\s*(?:/|-|\u2013|to|or)\s*([ABC][12])", re.I)


def qualified(text: str) -> str | None:
    """The words of `text` that make its level no level the person has now (`QUALIFIER`): 'less than', 'used to',
    'reading only', 'heritage'; None if there are none."""
    m = QUALIFIER.search(text)
    if m:
        return m.group(0).strip(" -")
    # A level for some skills ('fluent in writing', 'fluent (reading)') is not the level of the others; said of
    # speaking and writing both ('fluent, spoken and written') it is the person's level.
    skills = {s.lower()[:4] for s in _SKILL_WORD.findall(text)}
    if skills and not ({"spok", "spea", "oral"} & skills and {"writ"} & skills):
        return _SKILL_WORD.search(text).group(0)  # type: ignore[union-attr]
    return None


def other_language(text: str, language: str) -> str | None:
    """The language other than `language` that words given as `language`'s level name ('Fluent in Spanish' given
    for English, 'German native' answered for Spanish), or None: such a level is never `language`'s."""
    own = language_name(language) or language
    for word in re.findall(r"[^\W\d_]{4,}", text):
        named = name_in_text(word)
        if named is not None and named != own:
            return named
    return None


# Near a native speaker, said in any of the usual ways: 'near-native', 'almost native', 'nearly native',
# 'quasi-native', 'native-like'. One level, C2, however it is said (`QUALIFIER` leaves these words to it).
_NEAR_NATIVE = r"\b(?:near(?:ly)?|almost|quasi)[-\s]?native\b|\bnative[-\s]?like\b"
# A person's own words for a level that the posting wording table reads otherwise, read first in each clause: a
# person who says 'native', 'mother tongue', 'bilingual' or 'first language' is native (a posting's 'native' asks
# C2), one who says 'near-native' or 'native-like' C2; 'lower intermediate' and 'pre-intermediate' lie between A2 and B1, and a level between two is the lower (as
# 'B2/C1' is B2).
_PERSON_WORDING: tuple[tuple[re.Pattern[str], str], ...] = (
    # Like a native speaker is not one: the CEFR's top level, as its C2 descriptors say ('near-native').
    (re.compile(_NEAR_NATIVE, re.I), "C2"),
    (re.compile(r"\b(?:native|mother\s+tongue|first\s+language|bilingual)\b", re.I), NATIVE),
    (re.compile(r"\b(?:lower|pre)[-\s]?intermediate\b", re.I), "A2"),
)
# 'Proficient' or 'proficiency' alone has no agreed level: the CEFR's 'proficient user' is C1 or C2, some CV
# scales put 'proficient' below 'fluent', and the ILR's steps are 'proficiency' too. Asked, unless full professional
# (C1) or native said with it.
UNAGREED = re.compile(r"\bproficien(?:t|cy)\b", re.I)
_AGREED_PROFICIENCY = re.compile(r"\bfull\s+professional\b|\bnative\b|\bbilingual\b", re.I)
# A level on the ILR scale said by its number ('ILR 3', 'ILR level 2+'): only full professional (4) has a CEFR
# level all agree on (C1); the others are asked, as the steps said in words are (`_ILR_STEP`).
_ILR_NUMBER = re.compile(r"\bILR\b(?:\s*level)?\s*(?P<n>[0-5]\+?)?", re.I)


def level_stated(text: str, language: str = "") -> tuple[str, str] | None:
    """(level, the words that decided it) a person's own words give for a language they speak, or None (asked).

    The one reading of a person's level words, whatever they come in: a profile's hint, a JSON Resume's `fluency`,
    a self-check answer. A CEFR level, 'native' (and 'mother tongue', 'bilingual', 'first language'), or a wording
    ('fluent' = C1, 'basic' = A2, `_PERSON_WORDING` first, then the posting table `WORDING_TO_CEFR`). A clause that
    denies a level ('not fluent', 'I am not a native speaker') states none; the other clauses must state one level,
    and only one ('basic, not fluent' is A2; 'good, not fluent, C1' is None: asked). Words that make the level no
    level the person has now ('less than fluent', 'C1 (expired)': `qualified`), an ILR step below full professional,
    and, given `language`, words naming another language ('Fluent in Spanish' for English) state none. Words that
    say the language is not spoken at all ('no knowledge', 'none') give `NOT_SPOKEN`."""
    words = text.strip().rstrip(".!")
    if _NOT_SPOKEN.fullmatch(words):
        return NOT_SPOKEN, words
    direct = parse_level(words)
    if direct is None and words.endswith("+"):
        direct = parse_level(words[:-1].strip())  # 'B2+': B2 and a little more, so B2
    if direct is not None:
        return direct, words
    between = _LEVEL_RANGE.fullmatch(words)
    if between is not None:  # 'B2/C1', 'C1-C2': a level between two counts as the lower
        return min(between.group(1).upper(), between.group(2).upper(), key=level_rank), words
    un = un_level(words)
    if un is not None:  # 'UN III': the UN's own scale, through the one table (`UN_TO_CEFR`)
        return un, words
    if qualified(words) is not None or _ILR_STEP.search(words):
        return None
    if language and other_language(words, language) is not None:
        return None
    ilr = _ILR_NUMBER.search(words)
    if ilr is not None:
        return ("C1", ilr.group(0)) if ilr.group("n") == "4" or re.search(r"full\s+professional", words, re.I) else None
    found: dict[str, str] = {}
    denied_levels: list[str] = []
    for a, b, denied in clauses(words):
        if denied:
            denied_levels += [level for _, level in wordings_in(words[a:b])]
            continue
        clause = words[a:b]
        exact = parse_level(clause)
        if exact is not None:
            found.setdefault(exact, clause.strip())
            continue
        if UNAGREED.search(clause) and not _AGREED_PROFICIENCY.search(clause):
            return None
        own = next(((m, level) for pattern, level in _PERSON_WORDING if (m := pattern.search(clause))), None)
        if own is not None:
            found.setdefault(own[1], own[0].group(0))
        else:
            level = level_for_wording(clause)
            if level is not None:
                found.setdefault(level[0], level[1])
        for m in re.finditer(r"\b([ABC][12])\b", clause.upper()):
            found.setdefault(m.group(1), m.group(1))
    if len(found) != 1:
        return None
    one, said = next(iter(found.items()))
    if any(level_rank(other) <= level_rank(one) for other in denied_levels):
        return None  # 'fluent, but not at C1': what one clause states, another denies
    return one, said


def no_agreed_level(text: str) -> str | None:
    """Why `text` states no level where its words are a level on a scale with no agreed CEFR level ('Proficient',
    'ILR 3', 'limited working proficiency'), or None."""
    if _ILR_STEP.search(text) or (_ILR_NUMBER.search(text) and level_stated(text) is None):
        return "the ILR scale's steps below full professional have no agreed CEFR level"
    said = UNAGREED.search(text)
    if said is not None and not _AGREED_PROFICIENCY.search(text):
        return (
            f"'{said.group(0)}' has no agreed CEFR level: the CEFR's proficient user is C1 or C2, and some CV "
            "scales put 'proficient' below 'fluent'"
        )
    return None


def level_hint(value: object) -> str:
    """What to write for a level a profile gives in words ('fluent': C1) or between two ('B2+': B2): a file states
    the level itself (the guided self-check reads such words and says back what it read). Words that deny a level
    ('not fluent') are never read as it: the hint asks for the level the person has."""
    text = str(value).strip()
    weakened = qualified(text) if text else None
    if weakened is not None and _LEVEL_RANGE.fullmatch(text) is None:
        return f"write the level you have now, e.g. B2: '{weakened}' makes '{text}' no level you have in every skill"
    if denies_level(text) or (text and _NOT_SPOKEN.fullmatch(text.rstrip(".!"))):
        stated = level_stated(text)
        if stated is not None and stated[0] != NOT_SPOKEN:
            return f"write {stated[0]}: '{stated[1]}' is {stated[0]}, and words that deny a level are no level"
        return "write the level you have, e.g. A2, or leave the language out if you do not speak it"
    between = _LEVEL_RANGE.fullmatch(text) or (text.endswith("+") and parse_level(text[:-1].strip()))
    un = un_level(text)
    if un is not None:
        return f"write {un}: {un_said(text)} is read as {un}; the UN's levels are not CEFR levels"
    stated = level_stated(text) if text else None
    if stated is not None and between:
        return f"write {stated[0]}: a level between two counts as the lower"
    if stated is not None:
        return f"write {stated[0]}: '{stated[1]}' is {stated[0]} as a person's level words are read"
    unagreed = no_agreed_level(text) if text else None
    if unagreed is not None:
        return f"write the CEFR level you have, e.g. C1: {unagreed}"
    return "use a CEFR level A1, A2, B1, B2, C1, C2, or 'native'"


# The UN's own language levels I-IV, as a person may give them ('UN III', 'UN Level II', 'III'), and the CEFR level
# each is read as: the UN publishes no equivalence, so this is our documented choice (README, "Languages"), one CEFR
# step per UN level from A2. A profile still states the CEFR level itself: the hint says which.
UN_TO_CEFR = {"I": "A2", "II": "B1", "III": "B2", "IV": "C1"}
_ROMAN = ("", "I", "II", "III", "IV")
_UN_LEVEL = re.compile(r"(?:UN\s*(?:language\s+)?(?:level\s*)?|(?:level\s*)?(?=[iv]))(?P<n>iv|i{1,3}|[1-4])", re.I)


def un_level(text: str) -> str | None:
    """The CEFR level `UN_TO_CEFR` reads a UN language level as ('UN III', 'UN Level II', 'III': B2, B1, B2), or
    None if `text` is not one."""
    m = _UN_LEVEL.fullmatch(text.strip())
    if m is None:
        return None
    return UN_TO_CEFR[_ROMAN[int(m.group("n"))] if m.group("n").isdigit() else m.group("n").upper()]


def un_said(text: str) -> str:
    """'UN language level III' for a UN level given as 'UN 3', 'level III' or 'III'."""
    n = _UN_LEVEL.fullmatch(text.strip()).group("n")  # type: ignore[union-attr]
    return f"UN language level {_ROMAN[int(n)] if n.isdigit() else n.upper()}"


# Names we show, where ISO's English name differs from the one postings use.
_PREFERRED = {
    "kir": "Kyrgyz",
    "ell": "Greek",
    "fas": "Persian",
    "nld": "Dutch",
    "spa": "Spanish",
    "cnr": "Montenegrin",
    "pus": "Pashto",
    "rom": "Romani",
    "kaa": "Karakalpak",
}
_ALIASES = {
    "kyrgyz": "kir",
    "kirghiz": "kir",
    "greek": "ell",
    "farsi": "fas",
    "dutch": "nld",
    "flemish": "nld",
    "castilian": "spa",
    "valencian": "cat",
    "moldovan": "ron",
    "moldavian": "ron",
    "pashto": "pus",
    "romani": "rom",
    "kiswahili": "swa",
    # the other names ISO 639-2 lists beside the one pycountry keeps ('Sinhala; Sinhalese', 'Panjabi; Punjabi',
    # 'Uighur; Uyghur', 'Haitian; Haitian Creole', 'Chichewa; Chewa; Nyanja', 'Divehi; Dhivehi; Maldivian',
    # 'Ossetian; Ossetic', 'Kalaallisut; Greenlandic', 'Pushto; Pashto', 'Romany')
    "sinhalese": "sin",
    "punjabi": "pan",
    "uyghur": "uig",
    "haitian creole": "hat",
    "chewa": "nya",
    "nyanja": "nya",
    "dhivehi": "div",
    "maldivian": "div",
    "ossetic": "oss",
    "greenlandic": "kal",
    "pushto": "pus",
    "romany": "rom",
    # names in common use that ISO does not list: the Bantu languages' own prefixes ('Kikongo', 'Kirundi',
    # 'Setswana', 'Sesotho'), the other spellings of Tajik and Belarusian
    "kikongo": "kon",
    "kirundi": "run",
    "setswana": "tsn",
    "sesotho": "sot",
    # Northern Sotho, which ISO names 'Pedi', by the names South Africa writes it with
    "sepedi": "nso",
    "northern sotho": "nso",
    "sesotho sa leboa": "nso",
    "tajiki": "tgk",
    "tadjik": "tgk",
    "byelorussian": "bel",
    # ISO writes 'Kara-Kalpak'; notices and people 'Karakalpak'
    "karakalpak": "kaa",
}
"""Names postings and people use for a language that ISO lists under another name."""


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """data/languages.yaml: what speakers call their own language (endonyms), and ISO 639-3's macrolanguages."""
    from importlib import resources

    import yaml

    text = resources.files("eligibility").joinpath("data/languages.yaml").read_text("utf-8")
    # libyaml's loader where PyYAML has it: the same safe reading, some ten times faster than the pure-Python one.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _aliases() -> dict[str, str]:
    """Every name ISO lists under another name, lower-case, with its ISO 639-3 code: ours and the endonyms."""
    return {**_table()["endonyms"], **_ALIASES}


def _display(lang) -> str:
    if lang.alpha_3 in _PREFERRED:
        return _PREFERRED[lang.alpha_3]
    return re.split(r"[;(]", lang.name)[0].strip()


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """The names and codes of the ISO 639-1 languages, as `language_name` answers them (data/iso639.json).

    Kept as data so that reading a profile need not load pycountry's table of some 8,000 languages;
    `eligibility.isonames` writes it from pycountry, and a test keeps the two equal.
    """
    from importlib import resources

    return json.loads(resources.files("eligibility").joinpath("data/iso639.json").read_bytes())["names"]


@lru_cache(maxsize=1)
def iso_names() -> tuple[str, ...]:
    """The names `language_name` gives the ISO 639-1 languages ('Sango', 'Lingala'), from the table kept as data."""
    return tuple(sorted(set(_known().values())))


@lru_cache(maxsize=1)
def other_names() -> tuple[str, ...]:
    """The other English names of the languages `iso_names` names, as a text writes them ('Castilian', 'Kirghiz',
    'Moldovan', 'Flemish', 'Kikongo', 'Haitian Creole'), from the table kept as data: a name that is not a code, not
    what speakers call their own language, and not the name the tool gives."""
    endonyms = _table()["endonyms"]
    return tuple(
        sorted(
            " ".join(word.capitalize() for word in key.split())
            for key, name in _known().items()
            if len(key) > 3 and re.fullmatch(r"[a-z]+(?: [a-z]+)?", key) and key != name.lower() and key not in endonyms
        )
    )


@lru_cache(maxsize=512)
def language_name(value: str) -> str | None:
    """The canonical English name for a language name or ISO 639 code, or None."""
    low = str(value).strip().lower()
    if not low:
        return None
    known = _known().get(low)
    if known is None and (prefixed := NOUN_CLASS_PREFIX.match(low)):
        known = _known().get(prefixed.group("name"))
    return known if known is not None else iso_language_name(low)


NOUN_CLASS_PREFIX = re.compile(r"^(?:isi|si|ki|se|xi|tshi|lu|chi)(?P<name>[a-z]{4,})$")
"""The Bantu languages' own names open with a prefix of their noun class ('isiZulu', 'isiXhosa', 'siSwati',
'Xitsonga', 'Tshivenda', 'Luganda', 'Kiswahili'): the name after it is the one ISO lists, where it lists one."""


COMMON_WORDS = frozenset((
    "about", "all", "also", "and", "any", "are", "been", "but", "can", "could", "does", "for", "from", "good", "fair",
    "few", "had", "has", "have", "her", "his", "how", "its", "little", "may", "more", "most", "much", "new", "no",
    "non", "none", "nor", "not", "now", "old", "one", "only", "or", "our", "out", "own", "per", "poor", "rare",
    "same", "see", "set", "she", "some", "such", "than", "that", "the", "them", "then", "they", "this", "too", "two",
    "very", "was", "way", "well", "were", "what", "when", "who", "why", "will", "with", "yes", "yet", "you",
))  # fmt: skip
"""English words that are also an ISO 639 code or a language's name ('not' is Nomatsiguenga's code, 'no'
Norwegian's): in free text they are the words, never a language. Of the two-letter ISO 639-1 codes only 'no' and
'or' are among them; the others that are English words are `WORD_CODES`."""

WORD_CODES = frozenset((
    "am", "an", "as", "be", "ha", "he", "hi", "ho", "id", "is", "it", "la", "lo", "mi", "my", "na", "oh", "pa", "so",
    "to", "yo",
))  # fmt: skip
"""Two-letter ISO 639-1 codes that are English words ('is' Icelandic, 'it' Italian, 'am' Amharic): in free text
read as a language only in a language list ('de B2, fr C1, it A2'), never in a sentence ('it is B2') or alone."""


def name_in_text(value: str) -> str | None:
    """`language_name` for a name written in free text ('Russian basic, not fluent'): a common English word is never
    a language there, whatever code it is (`COMMON_WORDS`); a language-code position (a profile's `languages`
    keys) reads codes with `language_name` itself."""
    low = str(value).strip().lower()
    if len(low) < 2 or low in COMMON_WORDS or all(word in COMMON_WORDS for word in low.split()):
        return None  # a letter ('I am …') is a word too: no language is named by one
    return language_name(low)


def iso_language_name(low: str) -> str | None:
    """`language_name` from pycountry's own table, for a stripped, lower-case name or code."""
    lang = None
    aliases = _aliases()
    if low in aliases:
        lang = _languages().get(alpha_3=aliases[low])
    elif len(low) == 2:
        lang = _languages().get(alpha_2=low)
    elif len(low) == 3:
        lang = _languages().get(alpha_3=low)
    if lang is None:
        try:
            lang = _languages().lookup(low)
        except LookupError:
            return None
    return _display(lang)


# The fields of a pycountry language that name it (the others are one-letter classes: scope, type, status).
_NAMING_FIELDS = ("alpha_2", "alpha_3", "bibliographic", "name", "common_name", "inverted_name")


def iso_known_names() -> dict[str, str]:
    """What `data/iso639.json` holds: every name and code of the ISO 639-1 languages (and of those this
    module names itself, and the endonyms of data/languages.yaml), lower-case, with the name `language_name` gives
    it, from pycountry; and each language's shown name too ('Swahili', which ISO names 'Swahili (macrolanguage)')."""
    keys = set(_aliases()) | {name.lower() for name in _PREFERRED.values()}
    shown: dict[str, str] = {}
    for lang in _languages():
        if hasattr(lang, "alpha_2") or lang.alpha_3 in _PREFERRED:
            keys.update(value.lower() for field, value in lang if field in _NAMING_FIELDS)
            shown.setdefault(_display(lang).lower(), _display(lang))
    found = {key: iso_language_name(key) for key in keys if key.strip() == key and key}
    for key, name in shown.items():
        if found.get(key) is None:
            found[key] = name
    return {key: name for key, name in sorted(found.items()) if name is not None}


@lru_cache(maxsize=1)
def _names() -> list[str]:
    return [_display(lang) for lang in _languages() if hasattr(lang, "alpha_2")]


def language_hint(value: str) -> str:
    """A 'did you mean' for a name no table holds, naming the language each close name is: a close name in another
    language's words ('Deutch': 'Deutsch' and 'Dutch') offers every language it could be, never one for another."""
    choices = {name.lower(): (name, None) for name in _names()}
    for endonym in _table()["endonyms"]:
        name = language_name(endonym)
        if name is not None:
            choices.setdefault(endonym, (name, endonym))
    written = str(value).strip().lower()
    close = difflib.get_close_matches(written, list(choices), n=6, cutoff=0.75)
    if not close:
        return "use an English language name such as 'Serbian' or an ISO 639 code"
    best = difflib.SequenceMatcher(None, written, close[0]).ratio()
    offered: dict[str, str] = {}
    for key in close:
        name, endonym = choices[key]
        if name not in offered and difflib.SequenceMatcher(None, written, key).ratio() >= best - 0.05:
            offered[name] = f"'{name}' ('{endonym.capitalize()}')" if endonym else f"'{name}'"
    return f"did you mean {' or '.join(offered.values())}?"


@lru_cache(maxsize=1)
def _macrolanguages() -> dict[str, tuple[str, ...]]:
    return {macro: tuple(members) for macro, members in _table()["macrolanguages"].items()}


@lru_cache(maxsize=512)
def counts_for(name: str) -> tuple[str, ...]:
    """The languages a stated language also counts for (data/languages.yaml): a macrolanguage for each language
    it covers ('Serbo-Croatian' for Bosnian, Croatian, Montenegrin and Serbian), and a language for its
    macrolanguage ('Serbian' for Serbo-Croatian); never one language of a macrolanguage for another."""
    nesting = _macrolanguages()
    return nesting.get(name, ()) + tuple(macro for macro, members in nesting.items() if name in members)


def how_it_counts(name: str, wanted: tuple[str, ...]) -> str:
    """Why a stated language counts for one of the `wanted` ones it is not: '' when it is one of them."""
    if name in wanted:
        return ""
    nesting = _macrolanguages()
    covered = [w for w in wanted if w in nesting.get(name, ())]
    if covered:
        rest = " and ".join([", ".join(covered[:-1]), covered[-1]] if len(covered) > 1 else covered)
        return f"the macrolanguage (ISO 639) of {rest}"
    macro = next((w for w in wanted if name in nesting.get(w, ())), None)
    return f"a language of the {macro} macrolanguage (ISO 639)" if macro else ""
