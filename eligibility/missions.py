"""Where an earlier OSCE assignment was, and whether it was a given post.

A profile names an earlier assignment as its holder remembers it: 'OSCE Mission to
Kosovo', 'OSCE Kosovo', 'the Secretariat, Vienna'. `countries_named` finds the
countries such a name points to: the field operations and offices of the
organisation's reference data (data/osce.yaml) by their distinctive words, their
cities and the other places they cover, and any country or well-known duty-station
city named in it. An empty answer means the name places it nowhere; two countries
mean it is ambiguous. Neither is ever taken as "somewhere else".

`same_post` compares post titles as people write them: case, punctuation and a
trailing grade or contract suffix ('(S)', '(seconded)', 'P3') aside.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eligibility.countries import city_country, country_code, without_style
from eligibility.organisation import osce

_WORD = re.compile(r"[a-z0-9]+")

_GENERIC = frozenset(
    [
        "osce",
        "organization",
        "organisation",
        "security",
        "co",
        "operation",
        "cooperation",
        "europe",
        "the",
        "of",
        "to",
        "in",
        "at",
        "for",
        "and",
        "mission",
        "office",
        "programme",
        "program",
        "centre",
        "center",
        "presence",
        "project",
        "coordinator",
        "ordinator",
        "field",
        "operation",
    ]
)
"""Words every office's name shares, and the prepositions people vary ('Mission to' or 'in'): what is left
names the office ('kosovo', 'secretariat', 'democratic institutions human rights')."""

_LONGEST = 4
"""The most words a place name takes ('bosnia and herzegovina')."""


def _words(text: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", text)
    return tuple(_WORD.findall("".join(c for c in plain if not unicodedata.combining(c)).lower()))


def _distinctive(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words(text) if w not in _GENERIC)


@lru_cache(maxsize=1)
def _offices() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words that name an office or a place it covers, its country): names, cities and aliases."""
    keys: list[tuple[tuple[str, ...], str]] = []
    for office in osce().offices:
        for name in (office.name, office.city, *office.aliases):
            words = _distinctive(name)
            if words:
                keys.append((words, office.country))
    return tuple(keys)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _place_names(words: tuple[str, ...]) -> set[str]:
    """The countries of every country or duty-station city named in these words; a name of three letters or
    fewer (its style aside: "the Co" of "the Co-ordinator") is left alone, as it may be a code or a word ('in' is
    India's code, 'to' Tonga's)."""
    found: set[str] = set()
    for size in range(_LONGEST, 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if len(without_style(phrase)) <= 3:  # 'the co' of 'the Co-ordinator' is a code with a style
                continue
            code = country_code(phrase) or city_country(phrase)
            if code:
                found.add(code)
    return found


@lru_cache(maxsize=4096)
def countries_named(mission: str) -> frozenset[str]:
    """The countries a mission or office name points to: none when it names no place known here, several
    when it names places in several."""
    distinctive = _distinctive(mission)
    found = {country for key, country in _offices() if distinctive and _contains(distinctive, key)}
    found |= _place_names(_words(mission))
    return frozenset(found)


def same_office(mission: str, office: str) -> bool:
    """True when the two names, their shared words aside, are the same ('OSCE Mission to Kosovo' and
    'OSCE Mission in Kosovo')."""
    a, b = _distinctive(mission), _distinctive(office)
    return bool(a) and a == b


_GRADE = r"(?:[spgd]\s?-?\s?\d|s|no-?[a-d]|npo|seconded|secondment|contracted)"
_SUFFIX = re.compile(rf"\s*(?:\(\s*{_GRADE}\s*\)|[,/–—-]?\s+{_GRADE})\.?\s*$", re.I)
"""A trailing grade or contract: '(S)', '(seconded)', ', P3', '- S2', '(NO-B)'."""


@lru_cache(maxsize=4096)
def _bare_title(title: str) -> tuple[str, ...]:
    text, before = title.strip(), None
    while text != before:
        before, text = text, _SUFFIX.sub("", text)
    return _words(text)


def same_post(post: str, title: str, posting_id: str = "") -> bool:
    """True when a post named in a profile is this posting: its id, or its title with any trailing grade or
    contract suffix, case and punctuation aside."""
    if posting_id and post.strip().lower() == posting_id.strip().lower():
        return True
    held = _bare_title(post)
    return bool(held) and held == _bare_title(title)


def _plain(text: str) -> tuple[str, ...]:
    """Words for name matching in any script: accents, case, dots between letters ('O.S.C.E.'), hyphens
    ('Co-operation') aside, '&' read as 'and'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = re.sub(r"(?<=\w)[.-](?=\w)", "", bare)
    return tuple(re.findall(r"\w+", bare))


@lru_cache(maxsize=1)
def _osce_names() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """(names that are the OSCE, names that may be it): data/osce_names.yaml, and the offices of data/osce.yaml
    (by their full names, and without the organisation's name: 'Mission to Skopje' may be another body's)."""
    from eligibility.yamlio import load_data

    raw = load_data("osce_names.yaml")
    surely = [_plain(name) for name in raw["names"]]
    maybe = [_plain(name) for name in raw["may_be"]]
    for office in osce().offices:
        surely.append(_plain(office.name))
        bare = tuple(w for w in _plain(office.name) if w != "osce")
        if bare != _plain(office.name) and len(bare) > 1:
            maybe.append(bare)
    return tuple(n for n in surely if n), tuple(n for n in maybe if n)


def osce_named(text: str) -> bool | None:
    """Whether an employer or job title names the OSCE: True when it does (the organisation in any of its names,
    an institution, an office or field operation, open or closed), False when it names something that may be the
    OSCE or another body, None when it names nothing of the OSCE. A hyphen is read both ways: joined
    ('Co-operation') and as a break, so an acronym with a case ending or in a compound ('OESS-a', 'OSZE-Mission')
    is the acronym."""
    forms = (_plain(text), _plain(re.sub(r"(?<=\w)-(?=\w)", " ", text)))
    surely, maybe = _osce_names()
    if any(_contains(words, name) for words in forms for name in surely):
        return True
    if any(_contains(words, name) for words in forms for name in maybe):
        return False
    return None
