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
    ("speak", "B1"),
)


def level_for_wording(text: str) -> tuple[str, str] | None:
    """(CEFR level, the phrase that decided it) for a posting's wording, or None."""
    low = text.lower()
    for phrase, level in WORDING_TO_CEFR:
        if re.search(rf"\b{re.escape(phrase)}", low):
            return level, phrase
    return None


def level_hint(value: object) -> str:
    """What to write for a level a profile gives in words ('fluent': C1) or between two ('B2+': B2): a file states
    the level itself (the guided self-check reads such words and says back what it read)."""
    text = str(value).strip()
    worded = level_for_wording(text) if text else None
    if worded is not None:
        return f"write {worded[0]}: '{worded[1]}' is {worded[0]} as postings word levels"
    below = parse_level(text[:-1]) if text.endswith("+") else None
    if below is not None:
        return f"write {below}: a level between two counts as the lower"
    return "use a CEFR level A1, A2, B1, B2, C1, C2, or 'native'"


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


@lru_cache(maxsize=512)
def language_name(value: str) -> str | None:
    """The canonical English name for a language name or ISO 639 code, or None."""
    low = str(value).strip().lower()
    if not low:
        return None
    known = _known().get(low)
    return known if known is not None else iso_language_name(low)


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
