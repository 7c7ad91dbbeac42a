"""Degrees: the level required, its fields, equivalents, and the ways accepted in lieu.

'Second-level university degree in law or related field; a first-level
degree in combination with two additional years of relevant experience will
be accepted in lieu of the second-level degree' gives level master, fields
[law], or_related, and an in-lieu path: bachelor + 2 years.
"""

from __future__ import annotations

import re

from eligibility.compiler.draft import Draft, Sentence
from eligibility.compiler.phrases import NUMBER, YEARS, clip, field_params, number
from eligibility.profile import LADDER

# Most specific first; a generic mention counts only where no specific one stands.
_LEVELS = (
    ("doctorate", r"\b(?:third|3rd)[- ]level(?: university)? degree|\bdoctora(?:te|l degree)|\bph\.?\s?d\b"),
    (
        "master",
        r"\b(?:second|2nd)[- ]level(?: university)? degree|\bmaster'?s?(?: degree)?\b|\badvanced(?: university)? degree|\bpost-?graduate degree",
    ),
    (
        "bachelor",
        r"\b(?:first|1st)[- ]level(?: university)? degree|\bbachelor'?s?(?: degree)?\b|\bundergraduate degree",
    ),
    (
        "police-academy",
        r"\bpolice (?:training school|academy|academies|educational institutions?|college)|\bmilitary or police educational institutions?",
    ),
    (
        "military-academy",
        r"\bmilitary (?:academy|academies|educational institutions?|college)|\b(?:military or police|police or military) educational institutions?",
    ),
    (
        "professional-certificate",
        r"\bcertified (?:training|course|professional)|\bprofessional qualifications? from certified|\bprofessional certification|\bcertified award-granting",
    ),
    (
        "bachelor",
        r"\bcompleted university studies\b|\buniversity (?:studies|education) of at least (?:three|four|3|4)\b|\buniversity degree\b|\bacademic degree\b|\ba degree\b|\bdegree in\b",
    ),
    ("secondary", r"\bsecondary (?:school )?education\b|\bhigh school\b|\bsecondary school\b"),
)
_IN_LIEU = re.compile(
    r"in lieu|instead of|may be considered if|in combination with[^.]*additional|combined with[^.]*additional|provided[^.]*additional|plus[^.]*additional",
    re.I,
)
_EXTRA = re.compile(
    rf"(?P<a>{NUMBER})\s+(?:years?\s+of\s+)?additional|additional\s+(?P<b>{NUMBER})\s+years?|(?P<c>{NUMBER})\s+(?:more|further|extra)\s+years?",
    re.I,
)
_WITH_EXPERIENCE = re.compile(
    r"(combined with|in combination with|plus|together with|with)\s+(?:significant|substantial|extensive|considerable|relevant|additional|\w+\s+)*(?:professional\s+|relevant\s+|work\s+)*experience",
    re.I,
)
_FIELDS = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:in|on)\s+(?!lieu)(?P<f>.+?)(?=;|\.\s|\.$|\?|$|,?\s+combined with|,?\s+in combination with|\s+or\s+(?:an?\s+)?(?:certified|equivalent|graduation)|\s+or equivalent|\s+with\s+(?:two|\d)|\s+is\s|\s+are\s|\s+may\s|\s+will\s|,\s+as well as|,\s+with\s|,\s+preferably|\s+\(|,\s+including)",
    re.I,
)


_EQUIVALENT_EXPERIENCE = re.compile(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable|relevant)\s+(?:combination\s+of\s+education\s+and\s+)?"
    r"(?:professional\s+|work\s+|practical\s+)?experience\b",
    re.I,
)


def mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, level) of each degree mention, earliest first, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    for level, pattern in _LEVELS:
        for m in re.finditer(pattern, text, re.I):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken) or (
                level == "military-academy" and "police" in m.group().lower()
            ):
                taken.append((m.start(), m.end(), level))
    return sorted(taken)


def _extra_years(text: str, *, any_years: bool = False) -> float | None:
    """'two additional years' -> 2; with any_years, also 'with four years of experience' (an in-lieu sentence)."""
    m = _EXTRA.search(text)
    if m:
        return number(m.group("a") or m.group("b") or m.group("c"))
    if any_years:
        y = YEARS.search(text)
        if y:
            return number(y.group("n"))
    return None


def extract(sentence: Sentence, drafts: list[Draft]) -> list[Draft]:
    text = sentence.text
    found = mentions(text)
    if not found:
        return []
    if _IN_LIEU.search(text) and any(level in LADDER or _EXTRA.search(text) for _, _, level in found):
        return [_in_lieu(sentence, found, drafts)]
    _first_start, first_end, level = found[0]
    params: dict = {"level": level}
    review: list[str] = []
    m = _FIELDS.match(text[first_end:])
    if m:
        params.update(field_params(m.group("f")))
    elif re.search(r"or (?:other )?(?:relevant|related) (?:degree|field|discipline)", text, re.I):
        params["or_related"] = True
    # The other mentions: '… or a certified training course, combined with significant experience'.
    for _, end, other in found[1:]:
        if other == level:
            continue
        tail = text[end:]
        if _WITH_EXPERIENCE.search(tail[:120]):
            extra = _extra_years(tail)
            params.setdefault("in_lieu", []).append({"levels": [other], "extra_years": extra})
            if extra is None:
                review.append(f"'{clip(tail)}': the experience this path needs is not a number; a person must judge it")
        else:
            params.setdefault("equivalents", []).append(other)
    if level in LADDER and LADDER.index(level) > 0 and _EQUIVALENT_EXPERIENCE.search(text):
        # 'or equivalent professional experience': a path of the degree whose years a person must set.
        below = LADDER[LADDER.index(level) - 1]
        params.setdefault("in_lieu", []).append({"levels": [below], "extra_years": _extra_years(text)})
        if _extra_years(text) is None:
            review.append("'or equivalent experience' accepted in lieu of the degree: how many years is not stated")
    if level not in LADDER:
        primary = _primary(drafts, sentence)
        if primary is not None and not _extra_years(text):
            # 'Police academy courses, or graduation from a recognized police academy': equivalents of the degree above.
            equivalents = [level] + [lv for lv in params.get("equivalents", []) if lv != level]
            params = {"level": primary.params["level"], "equivalents": equivalents}
            return [Draft("education", text, params=params, mandatory=primary.mandatory, heading=sentence.heading)]
    return [Draft("education", text, params=params, review=review, heading=sentence.heading)]


def _primary(drafts: list[Draft], sentence: Sentence) -> Draft | None:
    return next(
        (
            d
            for d in reversed(drafts)
            if d.kind == "education" and d.params.get("level") in LADDER and d.heading == sentence.heading
        ),
        None,
    )


def _in_lieu(sentence: Sentence, found: list[tuple[int, int, str]], drafts: list[Draft]) -> Draft:
    text = sentence.text
    cut = re.search(r"in lieu of|instead of", text, re.I)
    before = [lv for s, _, lv in found if not cut or s < cut.start()]
    after = [lv for s, _, lv in found if cut and s > cut.start()]
    primary = next((d for d in reversed(drafts) if d.kind == "education" and d.params.get("level") in LADDER), None)
    target = after[0] if after else (primary.params["level"] if primary else "master")
    levels = [lv for lv in dict.fromkeys(before) if lv != target] or ["bachelor"]
    extra = _extra_years(text, any_years=True)
    review = [] if extra is not None else [f"in-lieu path '{clip(text)}': no number of additional years found"]
    params = {"level": target, "in_lieu": [{"levels": levels, "extra_years": extra}]}
    mandatory = primary.mandatory if primary else None
    return Draft("education", text, params=params, mandatory=mandatory, review=review, heading=sentence.heading)


_CONSIDERED = re.compile(r"equivalent\s+qualifications?[^.]*may\s+(?:also\s+)?be\s+considered", re.I)


def relaxation(sentence: Sentence) -> str | None:
    """'Candidates with equivalent qualifications … may also be considered': a note for the degree."""
    return sentence.text if _CONSIDERED.search(sentence.text) else None
