"""A notice's legend for the letters its items close with: 'Essential (E) / Desirable (D)', '(D) = desirable'.

Some notices mark each item with a letter in brackets and say once what the letters mean. An item closing with a
letter the legend gives to wishes is wished for, one closing with a letter it gives to requirements is required; the
legend itself asks nothing. A closing '(D)' that no legend explains is read as written and left for a person.
"""

from __future__ import annotations

import re

_WISH = (
    r"(?:desirable|desired|preferred|preferable|optional|an?\s+assets?|assets?|advantageous|an?\s+advantage|advantage)"
)
_NEED = r"(?:essential|mandatory|required|compulsory|obligatory|indispensable|must[- ]have)"
_LETTER = r"(?-i:[A-Z])"
_WORD_THEN_LETTER = re.compile(rf"\b(?P<word>{_WISH}|{_NEED})\s*[(\[]\s*(?P<letter>{_LETTER})\s*[)\]]", re.I)
"""'Essential (E)', 'Desirable [D]'."""
_LETTER_THEN_WORD = re.compile(
    rf"(?:^|(?<=[\s,;/(]))(?P<open>[(\[])?(?P<letter>{_LETTER})(?(open)[)\]])\s*(?:=|:|[-\u2013\u2014]|means|stands\s+for|denotes|"
    rf"indicates|(?:are|is)(?:\s+considered)?)\s*(?P<word>{_WISH}|{_NEED})\b",
    re.I,
)
"""'(D) = desirable', 'D: desirable', 'E \u2013 essential', 'D stands for desirable', 'items marked (D) are desirable'."""
_CLOSING = re.compile(rf"\s*[(\[]\s*(?P<letter>{_LETTER})\s*[)\]](?P<end>[\s.;,]*)$")
_LEGEND_WORDS = re.compile(
    r"\b(?:legend|key|note|notes|marked|marks?|items?|criteria|requirements?|qualifications?|indicates?|denotes?|"
    r"as\s+follows|the|with|are|is|and|or)\b|[\W_]+",
    re.I,
)
_UNEXPLAINED = "D"
"""The letter that most often marks a wish: closing an item with no legend to say so, a person decides."""


def letters(text: str) -> dict[str, str]:
    """The letters a notice's legend gives a meaning: letter -> 'desirable' or 'mandatory'."""
    found: dict[str, str] = {}
    for pattern in (_WORD_THEN_LETTER, _LETTER_THEN_WORD):
        for m in pattern.finditer(text):
            found.setdefault(
                m.group("letter"), "desirable" if re.fullmatch(_WISH, m.group("word"), re.I) else "mandatory"
            )
    return found


def is_legend(sentence: str) -> bool:
    """A sentence made only of a legend's pairs ('Essential (E) / Desirable (D)', 'Legend: (E) = essential, (D) =
    desirable'): it says what the marks mean and asks nothing."""
    pairs = list(_WORD_THEN_LETTER.finditer(sentence)) + list(_LETTER_THEN_WORD.finditer(sentence))
    if not pairs:
        return False
    rest = sentence
    for m in sorted(pairs, key=lambda m: m.start(), reverse=True):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    return not _LEGEND_WORDS.sub("", rest).strip()


_PAIR_IN_KEY = re.compile(
    rf"\b(?:{_WISH}|{_NEED})\s*[(\[]\s*[a-z]\s*[)\]]|(?:^|(?<=[\s,;/(]))[(\[]?[a-z][)\]]?\s*(?:=|:|[-\u2013\u2014])"
    rf"\s*(?:{_WISH}|{_NEED})\b",
    re.I,
)


def without_pairs(key: str) -> str:
    """A heading's key (lower-case) without the legend it holds: 'requirements (essential (e) / desirable (d))' ->
    'requirements ( / )': the legend's words name the marks, not the section's mode."""
    return _PAIR_IN_KEY.sub(" ", key)


def mode_of(sentence: str, meanings: dict[str, str]) -> str | None:
    """The mode the legend gives the letter the sentence closes with: 'desirable', 'mandatory' or None."""
    letter = closing_letter(sentence)
    return meanings.get(letter) if letter else None


def closing_letter(sentence: str) -> str | None:
    """The letter in brackets an item closes with ('Knowledge of Albanian (D)' -> 'D'), or None."""
    m = _CLOSING.search(sentence)
    return m.group("letter") if m else None


def unexplained(sentence: str, meanings: dict[str, str]) -> str | None:
    """A review item for an item that closes with '(D)' where no legend says what it marks; None otherwise."""
    letter = closing_letter(sentence)
    if letter != _UNEXPLAINED or letter in meanings:
        return None
    return (
        f"closes with '({letter})' and no legend in the notice says what it marks: if it marks a wish (desirable), "
        "set `mandatory: false`"
    )


_ASTERISK = re.compile(
    r"\b(?:marked|indicated|flagged|denoted|followed)\s+(?:with|by)?\s*(?:an?\s+)?(?:asterisks?|\*)\s*\*?\s*"
    rf"(?:\([^()]*\)\s*)?(?:are|is)\s+(?:considered\s+|also\s+)?(?P<word>{_WISH}|{_NEED})\b",
    re.I,
)
"""'(Certificates and Licenses marked with an asterisk* are essential)', 'Items marked * are desirable'."""
_STARRED = re.compile(r"^\W*\*|\*\W*$")


def asterisk_mode(sentence: str) -> str | None:
    """The mode a legend for asterisks gives the items it marks: 'desirable', 'mandatory' or None (no such legend)."""
    m = _ASTERISK.search(sentence)
    if m is None:
        return None
    return "desirable" if re.fullmatch(_WISH, m.group("word"), re.I) else "mandatory"


def starred_mode(sentence: str, marked: str) -> str:
    """The mode of an item of a list whose legend gives asterisked items `marked`: an item with an asterisk has it,
    one without has the other ('(… marked with an asterisk* are essential)': the items without one are wished for)."""
    if _STARRED.search(sentence.strip()):
        return marked
    return "mandatory" if marked == "desirable" else "desirable"
