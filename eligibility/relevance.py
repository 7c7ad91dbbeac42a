"""Is a degree or job in one of a posting's fields? Phrase matching with a small synonym table.

Phrases are compared as sequences of lightly stemmed words, after each known
synonym is replaced by its group's first phrase: 'community policing' matches
'police', 'Master of Laws' does not match 'law enforcement'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eligibility.yamlio import load_data

_FILLER = {
    "of",
    "and",
    "in",
    "the",
    "for",
    "a",
    "an",
    "or",
    "on",
    "studies",
    "study",
    "field",
    "fields",
    "matters",
    "related",
    "other",
    "relevant",
    "degree",
    "s",
}
_WORD = re.compile(r"[a-z0-9]+")


_KEEP = {"securities", "customs", "arms", "goods", "works", "humanities", "letters", "damages"}
"""Plurals that mean something else than their singular: 'securities' (finance) is not 'security'."""


def _stem(word: str) -> str:
    """Plural and -ing forms folded: 'sciences' -> 'science', 'policies' -> 'policy'."""
    if word in _KEEP:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _WORD.findall(text.lower()) if w not in _FILLER)


@lru_cache(maxsize=1)
def _synonyms() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(variant words, canonical words), longest variants first."""
    groups = load_data("synonyms.yaml")
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for group in groups:
        canonical = ("=" + "_".join(_words(group[0])),)
        for phrase in group:
            pairs.append((_words(str(phrase)), canonical))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


@lru_cache(maxsize=4096)
def normalise(text: str) -> tuple[str, ...]:
    words = list(_words(text))
    out: list[str] = []
    i = 0
    pairs = _synonyms()
    while i < len(words):
        for variant, canonical in pairs:
            n = len(variant)
            if n and tuple(words[i : i + n]) == variant:
                out.extend(canonical)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@lru_cache(maxsize=65536)
def phrase_matches(candidate: str, accepted: str) -> bool:
    """True when one phrase contains the other as whole (normalised) words (names of missions, say)."""
    a, b = normalise(candidate), normalise(accepted)
    return _contains(a, b) or _contains(b, a)


@lru_cache(maxsize=65536)
def field_broader(candidate: str, accepted: str) -> bool:
    """True when the candidate's field is the broader subject of a longer accepted field: of two words or more,
    part of it ('human rights' in 'human rights monitoring'); of one word, its head, the word the others narrow
    ('policing' for 'community policing', never 'law' for 'law enforcement'). Stated too broadly to tell: neither a
    match nor another field."""
    a, b = normalise(candidate), normalise(accepted)
    if len(a) >= len(b):
        return False
    return _contains(b, a) if len(a) >= 2 else len(a) == 1 and a[0] == b[-1]


@lru_cache(maxsize=65536)
def field_matches(candidate: str, accepted: str) -> bool:
    """True when the candidate's field holds every word of the accepted field, in order.

    'community policing' is in 'police'; 'science' is not in 'social science' (it is broader),
    and 'securities trading' is not in 'security'.
    """
    return _contains(normalise(candidate), normalise(accepted))


def first_match(
    candidates: tuple[str, ...] | list[str], accepted: tuple[str, ...] | list[str]
) -> tuple[str, str] | None:
    """The first (candidate phrase, accepted phrase) pair that matches, or None."""
    for c in candidates:
        for a in accepted:
            if field_matches(c, a):
                return c, a
    return None
