"""Numbers, years and field lists as postings write them: the words every kind's phrases are made of."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, cast


class _LazyPattern:
    """A regular expression compiled when first used, standing in for the compiled pattern.

    `pattern` is there at once (other patterns are built from it); anything else compiles it, after which
    the compiled pattern's methods are looked up as fast as its own."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like ask for special names: none are here
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, compiled on first use: the kinds' phrase patterns are read only when a
    posting is compiled, and compiling them all costs every command some 30 ms at start-up."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))


NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "a": 1,
    "an": 1,
}
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COMPOUND = rf"(?:{_TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
"""'twenty-four', 'thirty six', 'forty': a number of tens written in words, read whole (never 'twenty' and then
'four')."""
_ONE_NUMBER = (
    rf"(?:(?:\d+(?:\.\d+|,\d(?=\s*(?:full[- ])?(?:years?|yrs?|months?)\b))?|{_COMPOUND}|{_WORDS})(?:\s+and\s+a\s+half)?"
    r"|half\s+an?(?=\s+(?:full\s+)?year\b)|an?(?=\s+(?:full\s+)?year\b))"
)
"""One number: in figures or words, with 'and a half' ('two and a half'), a decimal point or comma before a unit
('2.5 years', '2,5 years'), 'half a' before 'year' ('half a year') or 'a' ('at least a year')."""
NUMBER = rf"{_ONE_NUMBER}(?:\s*\({_ONE_NUMBER}\))?\+?"
"""A number as notices write it: '10', 'ten', 'thirty-five', and the same number again in brackets, in figures or in
words ('ten (10)', '3 (three)')."""
_YEARS_WORD = r"(?:\s+or\s+more)?(?:\s*|\s*-\s*)(?:full[- ])?(?:years?|yrs?)\b"
"""What follows a number of years: '6 years', 'six or more years', '5 full years', 'a five-year'."""
SPAN = r"(?:an?|one|two|three|half\s+a)\s+decades?\b"
"""A number of years said as a span: 'a decade', 'two decades'."""
YEARS = lazy_pattern(
    rf"(?P<n>(?:an?|one|\d+|{_WORDS})\s+(?:full\s+)?years?\s+and\s+a\s+half\b"
    rf"|{NUMBER}(?={_YEARS_WORD})|{SPAN}|(?:an?|one)\s+dozen(?={_YEARS_WORD}))(?:{_YEARS_WORD})?",
    re.I,
)
"""'6 years', 'six or more years', 'ten (10) years', 'a decade', 'a dozen years', 'a year and a half': `n` is the
number's words."""


NOT_HOLDING_A_DEGREE = (
    r"\b(?:who|that)\s+(?:do|does)\s+not\s+(?:hold|have|possess)\s+(?:an?\s+|the\s+|such\s+an?\s+|this\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)s?\b|\b(?:with|holding|having)\s+no\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:degree|diploma)s?\b"
)
"""Candidates said to hold no degree ('Applicants who do not hold a degree must have …', 'those with no university
degree'): what follows is a way in lieu of the degree, as after 'without a degree'."""
REPLACES = (
    r"\b(?:may|can|could|will|shall)\s+(?:also\s+)?(?:replace|substitute\s+for|be\s+(?:replaced|substituted)\s+"
    r"(?:by|with))\b"
)
"""'Two additional years of experience may replace the Master's degree', 'The Master's degree may be replaced by two
additional years …': a way in lieu, as 'in lieu of' says ('does not replace', 'cannot replace' are none)."""
WISH_ADVERB = r"(?:preferably|ideally|desirably)"
"""The adverbs that make what they qualify a wish ('preferably 2 years', 'Ideally, …', 'of which preferably …')."""

WAIVED = (
    r"\b(?:candidates?|applicants?|those|persons?)\s+(?:without|lacking|not\s+having|who\s+(?:do\s+not|don't)\s+have|"
    r"who\s+lack)\b[^.;]{0,60}?\b(?:will|may|can|could|would|shall)\s+(?:also\s+|still\s+|nevertheless\s+)?be\s+"
    r"(?:considered|accepted|eligible)"
)
"""What a sentence says of candidates without the thing it names, which makes it a wish however strongly it asks it:
'… is essential for success in this role, but candidates without it will be considered'."""


NEED_TAG = r"\(\s*(?:required|mandatory|essential|compulsory|obligatory)\s*\)"
"""A bracketed word after an item that says it is required: 'Do you hold a degree in law? (required)'."""
WISH_TAG = (
    r"\(\s*(?:desirable|desired|optional|preferred|an?\s+(?:asset|advantage|plus)|not\s+(?:required|mandatory))\b"
    r"[^()]{0,60}\)"
)
"""A bracketed word after an item that says it is wished for: '(desirable)', '(optional)', '(desirable - will be
considered an asset)'."""
STRENGTH_TAG = rf"(?:{NEED_TAG}|{WISH_TAG})"


# A staff grade as notices write it: 'P-3', 'P4', 'D-1', 'G-6', 'NO-B', 'FS-5', 'S2'.
GRADE = r"(?-i:\b(?:P|D|G|S|FS|GS|NP|NO)\s?-?\s?\d{1,2}\b|\bNO-?[A-D]\b)"
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
"""Tens written in words, alone or with a unit ('thirty-five'), as ages are written."""
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number(text: str) -> float | None:
    """'10', 'ten', 'ten (10)', '3 (three)', '8+', 'thirty-five' -> the number; None when none is written."""
    text = text.strip().lower().rstrip("+")
    if re.fullmatch(r"half\s+an?", text):
        return 0.5
    # 'a year and a half', 'two years and a half': the number of whole years and the half after them.
    text = re.sub(r"^(.+?)\s+(?:full\s+)?years?(?=\s+and\s+a\s+half$)", r"\1", text)
    if re.fullmatch(r"\d+,\d", text):
        text = text.replace(",", ".")  # '2,5 years': a decimal comma
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", text)
    if half:
        whole = number(half.group(1))
        return None if whole is None else whole + 0.5
    span = re.fullmatch(r"(?:(an?|one|two|three|half\s+a)\s+)?(decade|dozen)s?", text)
    if span:
        times = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half a": 0.5}[
            re.sub(r"\s+", " ", span.group(1) or "a")
        ]
        return float(times * (10 if span.group(2) == "decade" else 12))
    paren = re.search(r"\((\d+(?:\.\d+)?)\)", text)
    if paren:
        return float(paren.group(1))
    # '3 (three)': the number in words in brackets repeats the figure before it.
    text = re.sub(r"\s*\([^()]*\)$", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    tens = re.fullmatch(r"([a-z]+)(?:[- ]([a-z]+))?", text)
    if tens and tens.group(1) in TENS and (tens.group(2) is None or tens.group(2) in UNITS):
        return float(TENS[tens.group(1)] + (NUMBER_WORDS[tens.group(2)] if tens.group(2) else 0))
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else None


_TRAILING = lazy_pattern(
    r"\b(or|and)?\s*(an?\s+|another\s+)?(other\s+)?((?:closely|directly|strongly|highly)\s+)?(relevant|related)\s+"
    r"(fields?|disciplines?|areas?|degrees?|subjects?)\b.*$"
    r"|\b(or|and)\s+(other|similar)\s+(relevant\s+)?(fields?|areas?|disciplines?)\b.*$",
    re.I,
)
_LEADING = lazy_pattern(
    r"^(?:(?:an?|the)\s+)?(?:(?:relevant|related)\s+)?(?:fields?|areas?|disciplines?)\s+(?:such as|like|of|related to|including)\s+|^(?:an?\s+)?(?:relevant\s+)?field\s+(?:related\s+)?to\s+|^(?:such as|including)\s+",
    re.I,
)
_LIST_LEAD_IN = lazy_pattern(
    r"^(?:(?:any|each|all|at\s+least\s+one|one|two)\s+)?(?:of\s+)?(?:the\s+following|these|those)"
    r"(?:\s+(?:areas?|fields?|sectors?|domains?|subjects?|disciplines?|topics?|themes?))?\s*:\s*",
    re.I,
)
_PREDICATE_TAIL = lazy_pattern(
    r"(?:\s+(?:that|which|who))?\s+(?:is|are|was|were|will|would|must|should|shall|remains?|being)\b(?!\s+(?:related|relevant)\b).*$",
    re.I,
)
SPECIALISATION = lazy_pattern(
    r",?\s+(?:(?:with|having)\s+(?:an?\s+|the\s+)?|\(\s*)?(?:(?:a|an)\s+)?(?:speciali[sz](?:ation|ing|ed)|major(?:ing)?|"
    r"concentration|focus(?:ing)?|emphasis)\s+(?:in|on)\s+(?:(?!,|\s+(?:or|and)\s+in\b)[^()])*\)?",
    re.I,
)
"""A specialisation said after a field: 'law with specialisation in maritime law', 'economics, specialising in
econometrics', 'history (major in medieval history)'; another field after it ('… or in archaeology') stays."""
_GENERIC = lazy_pattern(r"\s+(matters|issues|fields?|areas?)$", re.I)
# 'in data protection law gained after the diploma': when the experience counts from, not a field.
_WHEN_GAINED = lazy_pattern(
    r",?\s*\b(?:gained|acquired|obtained|accumulated|earned)\s+(?:after|since|following|upon|subsequent\s+to)\b.*$",
    re.I,
)
# 'risk, disaster or emergency management', 'economic or environmental affairs': a list of single words before
# 'or X head' shares the head
# ('accounting or financial management', two items, is left as it stands: it may mean either).
_SHARED_HEAD = lazy_pattern(
    r"(?:(?<=, )|^)(?:the (?=[a-z]+ or ))?((?:[a-z]+, )*[a-z]+),? (or|and) ([a-z]+) "
    r"(management|science|sciences|studies|law|policy|administration|affairs|relations|development|sectors?)\b"
)
"""A list of words before the head noun its last one takes ('risk, disaster or emergency management', 'economic, trade
and environmental policy'); 'and' between two words alone ('economic and social development') names one field."""
_ADJECTIVE = lazy_pattern(r"(?:al|ic|ive|ian|ary)$|^(?:public|private|foreign|civil)$")
# A word that is a discipline or a field of work of its own, never a modifier waiting for the last item's head: 'law,
# economics or business administration' is three fields, not 'law administration'; 'police, military, diplomacy or
# civil administration' four, not 'police administration'.
_DISCIPLINE = lazy_pattern(
    r"(?:ics|ogy|ism|phy|ure)$|^(?:law|medicine|finance|accounting|engineering|history|education|nursing|"
    r"statistics|geography|auditing|banking|management|journalism|communications?|languages?|"
    r"police|policing|military|diplomacy|defen[cs]e|customs|judiciary)$"
)


_ACTIVITY = lazy_pattern(r"^[a-z]{3,}ing$")
"""A word for an activity ('monitoring', 'reporting', 'training'): a field of its own before another item, never a
modifier waiting for its head ('monitoring or crisis management' is monitoring, and crisis management)."""


def _distribute(m: re.Match) -> str:
    words = [w.strip() for w in m.group(1).split(",")]
    if m.group(2) == "and" and len(words) < 2:
        return m.group(0)
    if any(_DISCIPLINE.search(w) or _ACTIVITY.search(w) for w in words):
        # 'law, economics or political science', 'law, economics or business administration': a discipline names a
        # field of its own, and the last word qualifies its own head only.
        return m.group(0)
    if _ADJECTIVE.search(m.group(3)) and not any(_ADJECTIVE.search(w) for w in words):
        # 'audit, procurement or public administration': nouns before an adjective's own field ('public
        # administration'). 'political or social sciences', 'economic, trade or environmental policy': a word that
        # waits for a head (an adjective) makes the list one of the head's kinds, nouns among it too ('trade policy').
        return m.group(0)
    return ", ".join(f"{w} {m.group(4)}" for w in [*words, m.group(3)])


_SHARED_MODIFIER = lazy_pattern(
    r"^(?P<mod>[a-z]+(?: [a-z]+)+) (?P<head>[a-z]+(?:ing|ion|ment|sis|ance|ence)) or (?P<last>[a-z]+(?:ing|ion|ment|sis|ance|ence))$",
    re.I,
)
"""'human rights protection or monitoring': an activity of the same subject, whose words of two or more the last item
shares ('human rights monitoring')."""


def _share_modifier(m: re.Match) -> str:
    if _DISCIPLINE.search(m.group("last").lower()):
        return m.group(0)  # 'public financial management or accounting': a discipline of its own
    return f"{m.group('mod')} {m.group('head')}, {m.group('mod')} {m.group('last')}"


_SHARED_OBJECT = lazy_pattern(
    r"^(?P<head>[a-z]+) or (?P<last>[a-z]+(?:ing|ion|ment|sis|ance|ence|gn)) (?P<object>(?:of|for) [a-z][\w -]*)$", re.I
)
"""'design or analysis of quantitative surveys': two activities of one object, which the first shares ('design of
quantitative surveys')."""
_OF_EACH = lazy_pattern(r"^(?P<act>[a-z][\w -]*?) of (?P<first>[a-z][\w -]*?) or of (?P<second>[a-z][\w -]*)$", re.I)
"""'risk assessment of pesticides or of other regulated substances': one activity of two objects."""


def _share_object(m: re.Match) -> str:
    if _DISCIPLINE.search(m.group("head").lower()):
        return m.group(0)  # 'law or analysis of trade': a discipline of its own
    return f"{m.group('head')} {m.group('object')}, {m.group('last')} {m.group('object')}"


_ANY_FIELD = lazy_pattern(
    r"^(?:in\s+)?(?:any|all|every)\s+(?:(?:academic|university|other)\s+)?(?:disciplines?|fields?|subjects?|areas?|"
    r"specialit(?:y|ies)|specialt(?:y|ies)|branch(?:es)?)(?:\s+of\s+(?:study|studies|science))?$"
    r"|^(?:in\s+)?(?:total|all|aggregate|sum)$",
    re.I,
)
"""'a university degree in any discipline', 'experience in any field', '8 years of experience in total': no field
asked."""

_EMPTY = {"the", "a", "an", "this", "that", "any", "field", "fields", "area", "areas", "relevant", "related", "other"}


_GRADE_EQUIVALENT = lazy_pattern(
    rf"(?P<grade>\blevel|{GRADE})\s+or\s+(?:an?\s+)?equivalent(?:\s+(?:levels?|grades?))?\b", re.I
)
"""'the P-4 level or equivalent', 'P-4 or an equivalent grade': a grade and its equivalents elsewhere."""


def field_list(phrase: str) -> tuple[list[str], bool]:
    """'security studies, risk, disaster or emergency management, law or related field'
    -> (['security studies', 'risk management', 'disaster management', 'emergency management', 'law'], True)."""
    # A screening question's mark and the word after it ('… in capacity development? (required)') name no field.
    text = re.sub(rf"\?\s*(?:{STRENGTH_TAG})?\s*$", "", phrase.strip(), flags=re.I).strip(".,;:")
    # A field ends where the sentence's own verb begins: '… in logistics are essential', '… in catering is'.
    text = _PREDICATE_TAIL.sub("", text)
    text = _WHEN_GAINED.sub("", text)
    # 'law with specialisation in maritime law': the field, and within it a specialisation no profile records (the
    # degree's reader notes it); never one field of the whole phrase, which no graduate of the field would match.
    text = SPECIALISATION.sub("", text)
    # A parenthesis with years or a degree is a path figure ('(five years with an advanced degree)'), no field.
    text = re.sub(r"\s*\([^)]*\b(?:years?|degree|level)\b[^)]*\)", " ", text, flags=re.I).strip()
    related = bool(re.search(r"\b(related|relevant|similar)\b", text, re.I))
    text = _LEADING.sub("", text)
    # 'one or more countries outside the home country': how many, not two fields.
    text = re.sub(r"^(?:in\s+)?(?:one|two)\s+or\s+more\s+", "", text, flags=re.I)
    # '… in any of these fields: audit, accounting or finance', '(one or more) of the following areas: …': the list's
    # lead-in names no field.
    text = _LIST_LEAD_IN.sub("", text)
    text = _TRAILING.sub("", text).strip().strip(",")
    # '… in finance, excluding internships': what the years leave out is no field of them.
    text = re.sub(r",?\s+(?:excluding|not\s+including|except(?:\s+for)?)\s+.*$", "", text, flags=re.I)
    # '8 years of experience in law in total': how the years add up, no part of the field.
    text = re.sub(r"\s+(?:in\s+total|in\s+all|overall|altogether)$", "", text, flags=re.I)
    # '(2 years in a field mission desirable)': the wish said after the field is no part of it.
    text = re.sub(
        r"\s+(?:(?:highly|strongly)\s+)?(?:desirable|desired|preferred|preferable|an?\s+(?:asset|advantage|plus))$",
        "",
        text,
        flags=re.I,
    )
    if _ANY_FIELD.match(text):
        return [], related
    # 'at the P-3 level or above': the grade's reach, not another field; 'the P-4 level or equivalent', 'P-4 or
    # equivalent': a grade's equivalents elsewhere, not a field called 'equivalent'.
    text = re.sub(r",?\s+(?:or|and)\s+(?:above|higher|beyond)\b", "", text, flags=re.I)
    text = _GRADE_EQUIVALENT.sub(r"\g<grade>", text)
    text = re.sub(r"\b(other\s+)?relevant\s+", "", text, flags=re.I)
    # 'A and B matters' -> A, B; proper nouns joined by 'and' are two places.
    generic = _GENERIC.search(text)
    if generic and " and " in text:
        text = _GENERIC.sub("", text).replace(" and ", ", ")
    text = re.sub(r"\b([A-Z][\w-]*)\s+and\s+(?=[A-Z])", r"\1, ", text)
    text = _SHARED_HEAD.sub(_distribute, text)
    text = _SHARED_MODIFIER.sub(_share_modifier, text)
    text = _SHARED_OBJECT.sub(_share_object, text)
    text = _OF_EACH.sub(
        lambda m: f"{m.group('act')} of {m.group('first')}, {m.group('act')} of {m.group('second')}", text
    )
    items = [i.strip() for i in re.split(r",|\s+or\s+|\band/or\b", text) if i.strip()]
    # 'human rights, and': a conjunction left at a clause's end is no field.
    items = [re.sub(r"^(and|or|a|an|the|in)(?:\s+|$)", "", i, flags=re.I).strip() for i in items]
    items = [_GENERIC.sub("", i).strip() for i in items if i]
    items = [part for item in items for part in _known_fields_joined(item)]
    expanded: list[str] = []
    for item in items:
        # 'social/political science' -> social science, political science; 'law enforcement/security' -> both.
        if "/" in item:
            parts = [p.strip() for p in item.split("/")]
            tail = parts[-1].split()
            if len(tail) > 1 and all(len(p.split()) == 1 for p in parts[:-1]):
                expanded += [f"{p} {' '.join(tail[1:])}" for p in parts[:-1]] + [parts[-1]]
            else:
                expanded += parts
        else:
            expanded.append(item)
    cleaned = [re.sub(r"[()]", "", i).strip() for i in expanded]
    return [i for i in dict.fromkeys(cleaned) if i and len(i) < 60 and i.lower() not in _EMPTY], related


def _known_fields_joined(item: str) -> list[str]:
    """'law and human rights' -> law, human rights: two fields joined by 'and' where the first is a field of its own
    in data/synonyms.yaml; a phrase that is one field ('safety and security', 'monitoring and evaluation', 'peace and
    security') stays whole."""
    parts = re.split(r"\s+and\s+", item)
    known = _field_phrases()
    if len(parts) != 2 or item.lower() in known or parts[0].lower() not in known:
        return [item]
    return parts


@lru_cache(maxsize=1)
def _field_phrases() -> frozenset[str]:
    """Every phrase data/synonyms.yaml names a field by, lower-case."""
    from eligibility.yamlio import load_data

    return frozenset(str(phrase).lower() for group in load_data("synonyms.yaml") for phrase in group)


def clip(text: str, n: int = 60) -> str:
    """A phrase shortened for a review note."""
    text = " ".join(text.split()).strip(" ,")
    return text if len(text) <= n else text[: n - 1] + "…"
