"""Which remaining sentences are requirements (kept as competencies) and which are not."""

from __future__ import annotations

import re

from eligibility.compiler.draft import Sentence
from eligibility.compiler.vocabulary import vocabulary
from eligibility.phrases import NEED_TAG, WAIVED

_MARKERS = re.compile(
    r"\b(must|should|required?|requires|mandatory|essential|desirable|asset|advantage|abilit(?:y|ies)|able\s+to|skills?|"
    r"knowledge|experience|proficien\w*|understanding|willing\w*|awareness|literacy|qualities|competen\w*|demonstrat\w*|"
    r"proven|condition|hardship|familiarity|commitment|capacity\s+to|integrity|sensitivity|education|graduation|degree|"
    r"meritorious|an?\s+(?:\w+\s+)?merit(?!-)|strengths?|(?:is|are)\s+an?\s+(?:\w+\s+)?(?:requirement|prerequisite|precondition))\b",
    re.I,
)
_STRONG = re.compile(
    r"\b(must|should|need\s+to|needs\s+to|is\s+required|are\s+required|required\s+to|mandatory|essential)\b", re.I
)
_SUBJECT = re.compile(
    r"\b(candidates?|applicants?|JPOs?|you|the\s+incumbent|nominees?|officials?)\b[^.]{0,60}\b(must|should|need\s+to|needs\s+to|are\s+required\s+to|is\s+required\s+to|will\s+need\s+to)\b",
    re.I,
)
_DESCRIPTIVE = re.compile(
    r"^(this|these|it|such|the\s+osce|the\s+organi[sz]ation|the\s+position\s+is|this\s+position)\b", re.I
)
_DESIRABLE = re.compile(
    r"\b(desirable|an\s+asset|(?:is|be)\s+an\s+advantage|advantageous|preferred|would\s+be\s+a\s+plus|nice\s+to\s+have)\b"
    r"|^[\W\d]*(?:preferabl[ey]|ideally|desirably)\b",
    re.I,
)
"""A wish: its own words ('… is an asset'), or an item or clause that opens with 'preferably' ('Preferably, two
years of experience abroad')."""
_MANDATORY = re.compile(r"\b(mandatory|must|required|essential)\b", re.I)
_WAIVED = re.compile(WAIVED, re.I)


def is_boilerplate(text: str) -> bool:
    """Advice to applicants (data/compiler.yaml `boilerplate`), not a requirement."""
    return bool(vocabulary().boilerplate.search(text))


def is_requirement(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    if text.endswith(":") or len(text.split()) < 2 or is_boilerplate(text):
        return False
    if sentence.section == "requirements":
        # 'It would be great if you also have …' is a wish, not a description ('It is a young team').
        if _DESCRIPTIVE.match(text) and not _STRONG.search(text) and not vocabulary().wish_headings.match(text):
            return False
        return bool(_MARKERS.search(text))
    if sentence.section == "default":
        return (sentence.question and text.lower().startswith(("do you", "are you", "have you", "can you"))) or bool(
            _SUBJECT.search(text)
        )
    return False


# A sentence that calls itself a wish: 'A valid driving licence is desirable', 'Russian, Level: Working knowledge,
# Optional'. Its own word wins over the heading it stands under.
_OWN_WISH = re.compile(
    r"\b(?:is|are|be|would\s+be|will\s+be)\s+(?:(?:very|highly|much|an?|additional|distinct|strong|added|"
    r"considered|also)\s+)*(?:desirable|desired|asset|advantage|advantageous|preferred|preferable|plus|beneficial|"
    r"welcomed?)\b|,\s*(?:optional|desirable|an\s+asset|preferred)\s*\.?\s*$|^[\W\d]*(?:preferabl[ey]|ideally|desirably)\b",
    re.I,
)


# A sentence that calls itself a requirement: 'A valid driving licence is required', 'Fluency in English is
# essential'. Its own word wins over a 'Desirable' heading it stands under.
_OWN_NEED = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|absolutely\s+|strictly\s+)?(?:required|needed|necessary|indispensable|essential|"
    r"mandatory|compulsory|a\s+must"
    # 'Membership of a national bar association is a requirement', '… is an absolute prerequisite'
    r"|an?\s+(?:(?:strict|firm|formal|absolute|minimum|mandatory|essential|basic)\s+)?(?:requirement|prerequisite|"
    r"precondition))\b"
    rf"|{NEED_TAG}\s*[.;]?\s*$",
    re.I,
)


def calls_itself_required(text: str) -> bool:
    """Whether a sentence says of itself that it is required ('Experience with an ERP system is required', 'A valid
    driving licence is a must', '… (mandatory)'), with no word that makes it a wish; what someone is required to do
    ('The incumbent is required to travel') is a duty, not a thing required."""
    need = _OWN_NEED.search(text)
    return (
        need is not None
        and not re.match(r"\s+to\b", text[need.end() :])
        and not _OWN_WISH.search(text)
        and not _WAIVED.search(text)
    )


def mandatory(sentence: Sentence) -> bool:
    if _WAIVED.search(sentence.text):
        return False  # '… is essential, but candidates without it will be considered'
    if sentence.mode:
        if sentence.mode == "mandatory" and _OWN_WISH.search(sentence.text) and not _MANDATORY.search(sentence.text):
            return False
        if sentence.mode == "desirable" and _OWN_NEED.search(sentence.text) and not _OWN_WISH.search(sentence.text):
            return True
        return sentence.mode == "mandatory"
    if sentence.question:
        # A programme's 'Do you …?' questions describe whom it looks for; a screening question marked '(required)'
        # shuts out whoever answers no.
        return bool(_OWN_NEED.search(sentence.text)) and not _OWN_WISH.search(sentence.text)
    wished = _DESIRABLE.search(sentence.text) or vocabulary().desirable.search(sentence.text)
    return not (wished and not re.search(r"\b(?:mandatory|must)\b", sentence.text, re.I))


def slug(text: str) -> str:
    """An id from a requirement's first significant words: 'excellent-negotiating-skills'."""
    words = [
        w
        for w in re.findall(r"[a-z0-9]+", text.lower())
        if w
        not in {
            "a",
            "an",
            "the",
            "of",
            "and",
            "in",
            "to",
            "with",
            "for",
            "as",
            "or",
            "be",
            "is",
            "are",
            "do",
            "you",
            "well",
        }
    ]
    return "-".join(words[:4]) or "requirement"
