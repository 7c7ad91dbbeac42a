"""Is a degree or job in one of a posting's fields? Phrase matching with a small synonym table.

Phrases are compared as sequences of lightly stemmed words, after each known
synonym is replaced by its group's first phrase: 'community policing' matches
'police', 'Master of Laws' does not match 'law enforcement'. A phrase that holds
a field's word in another sense ('social security', 'at-risk youth') is a field
of its own, and what a phrase denies ('non-security administration', 'no project
management') is marked denied: it matches only the same denial, never the field. What
'former' or 'ex-' says was once ('ex-police pension administration', 'former police
officer') is marked former in the same way, never the field ('the former Yugoslavia'
is a place's name, read as written).
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
    """(variant words, canonical words), longest variants first; each phrase of another sense is a group of its own."""
    groups = [*load_data("synonyms.yaml"), *([sense] for sense in load_data("senses.yaml"))]
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for group in groups:
        canonical = ("=" + "_".join(_words(str(group[0]))),)
        for phrase in group:
            pairs.append((_words(str(phrase)), canonical))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


_DENIED = "\u00ac"
"""Marks a denied word: '\u00ac=security' (from 'non-security') is neither 'security' nor any other field."""

# Words that deny the rest of their clause: 'not police', 'no project management', 'without security duties',
# 'excluding police', 'other than security', 'neither police nor security'. 'not only', 'no less than' and 'if not'
# deny nothing; 'No. 5' is a number. A denial joined by a hyphen denies only the compound ('not-for-profit').
_DENIAL = re.compile(
    r"(?<!\bif\s)(?<!\bor\s)\b(?:not|no|neither|without|excluding|except(?:\s+for)?|other\s+than)\b(?![-\u2010\u2011])"
    r"(?!\s+(?:only|just|merely|limited|less|fewer|more\s+than)\b)(?!\.?\s*\d)"
)
# 'non-security', 'non security', 'not-for-profit', 'no-fly': a prefix that denies the word (or hyphenated
# compound) it is joined to, and nothing after it ('non-security administration' is administration).
_JOINED_DENIAL = re.compile(
    r"\bnon[-\u2010\u2011\s]+(?P<one>[a-z0-9]+)|\b(?:not|no)[-\u2010\u2011](?P<compound>[a-z0-9]+(?:[-\u2010\u2011][a-z0-9]+)*)"
)
# Where a denial stops: a comma, semicolon, bracket, a dash between spaces, or a word that sets one thing against
# another ('administration, not security', 'police (not traffic)', 'not police but security').
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]\s|\b(?:but|though|although|whereas|however)\b")


def _denials(text: str) -> list[tuple[str, bool]]:
    """`text` in stretches, each with whether it is denied; neighbouring stretches alike are joined, so a text that
    denies nothing is one stretch, read as before."""
    stretches: list[tuple[str, bool]] = []

    def add(part: str, denied: bool) -> None:
        if not part.strip():
            return
        if stretches and stretches[-1][1] == denied:
            stretches[-1] = (stretches[-1][0] + " " + part, denied)
        else:
            stretches.append((part, denied))

    last = 0
    bounds = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)] + [(len(text), len(text))]
    for cut, resume in bounds:
        clause = text[last:cut]
        last = resume
        denial = _DENIAL.search(clause)
        head = clause[: denial.start()] if denial else clause
        here = 0
        for joined in _JOINED_DENIAL.finditer(head):
            add(head[here : joined.start()], False)
            add(joined.group("one") or joined.group("compound"), True)
            here = joined.end()
        add(head[here:], False)
        if denial:
            add(clause[denial.end() :], True)
    return stretches


@lru_cache(maxsize=4096)
def normalise(text: str) -> tuple[str, ...]:
    """The phrase's words, stemmed, each synonym as its group's token and each denied word marked denied."""
    lowered = text.lower()
    if not (_DENIAL.search(lowered) or _JOINED_DENIAL.search(lowered)):
        return _normalise_words(lowered)
    out: list[str] = []
    for stretch, denied in _denials(lowered):
        words = _normalise_words(stretch)
        out.extend([_DENIED + w for w in words] if denied else words)
    return tuple(out)


_FORMER_OF = "\u2020"
"""Marks a word 'former' or 'ex-' stands before: '\u2020=police' (from 'ex-police pension administration', work
for people who were police) is neither police nor any other field, and a title 'Former police officer' shows no
field (the job's fields are asked)."""

# 'former police', 'former-police', 'ex-police', 'ex police': what follows is what something or someone was, not
# the work. 'ex' apart before a Latin word is no such prefix: 'ex officio', 'ex post' say nothing of the kind.
_LATIN_AFTER_EX = ("officio", "post", "ante", "gratia", "parte", "situ", "cathedra", "libris", "nihilo", "tempore")
_FORMER = re.compile(
    r"\b(former(?=[-\u2010\u2011\s])|ex(?=[-\u2010\u2011]|\s+(?!(?:" + "|".join(_LATIN_AFTER_EX) + r")\b)[a-z]))"
    r"[-\u2010\u2011\s]+"
)


@lru_cache(maxsize=1)
def _former_states() -> tuple[tuple[str, ...], ...]:
    from eligibility.countries import former_state_names

    return tuple(w for w in (_words(name) for name in former_state_names()) if w)


def _normalise_words(text: str) -> tuple[str, ...]:
    """The words of `text` with synonyms replaced; the first after 'former' or 'ex-' marked former (but for a state
    that no longer exists: 'the former Yugoslavia' is a place)."""
    if not _FORMER.search(text):
        return _synonym_words(text)
    head, *rest = _FORMER.split(text)
    out = list(_synonym_words(head))
    for word, part in zip(rest[::2], rest[1::2], strict=True):
        words = _synonym_words(part)
        plain = _words(part)
        if any(plain[: len(state)] == state for state in _former_states()):
            out.extend((*_words(word), *words))
        elif words:
            out.extend((_FORMER_OF + words[0], *words[1:]))
    return tuple(out)


def _synonym_words(text: str) -> tuple[str, ...]:
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


def title_match(title: str | None, accepted: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """The (title, accepted phrase) pair where a job's title shows its field, or None.

    A title names a post: 'Police inspector', 'Risk analyst'. A title of one word that matches a field ('Risk',
    'Security', 'Police') names the field and no work in it, so it shows nothing: the job's field is not stated.
    """
    if not title or len(_words(title)) < 2:
        return None
    return first_match([title], accepted)
