"""Years of experience, per education path, with relevant fields; and management years."""

from __future__ import annotations

import re

from eligibility.compiler.draft import Draft, Sentence
from eligibility.compiler.education import mentions
from eligibility.compiler.phrases import NUMBER, YEARS, clip, field_list, field_params, number

_FIELDS_AFTER = re.compile(
    r"experience\s+(?:in|within)\s+(?!a\s+management|management)(?:the\s+(?:field|area)s?\s+of\s+)?(?P<f>.+?)(?=,\s*including|,\s*with\s|\s+with\s+at\s+least|,\s*of\s+which|,\s*among\s|,\s*out\s+of\s+which|,\s*(?:at\s+least|a\s+minimum\s+of|minimum)\s|\.\s|\.$|;|$|\s+is\s+required|\s+is\s+mandatory|\s+are\s+required|,\s*preferably|\s+preferably|\s+within\s)",
    re.I,
)
_MANAGERIAL = r"(?:management|managerial|supervisory|leadership)"
# '3 years in management', 'at the management level', 'in a supervisory or managerial capacity',
# 'at senior management level' — but not 'in project management', which is a field.
_MANAGEMENT_AFTER = re.compile(
    rf"^\s*(?:of\s+)?(?:(?:in|at)\s+(?:a\s+|an\s+|the\s+)?)?(?:(?:senior|middle|top|executive|line|people)\s+)?"
    rf"{_MANAGERIAL}(?:\s+(?:or|and)\s+{_MANAGERIAL})?\b(?!\s+(?:of|in)\s+(?!people|staff|a\s|teams?))",
    re.I,
)
_FIELDS_AFTER_YEARS = re.compile(
    r"years?\s+(?:of\s+(?:\w+\s+){0,3}?experience\s+)?in\s+(?!a\s+management|management)(?:the\s+(?:field|area)s?\s+of\s+)?(?P<f>.+?)(?=,|\.\s|\.$|;|$|\s+is\s+required|\s+preferably)",
    re.I,
)
_MANAGEMENT_FIELDS = re.compile(
    rf"{_MANAGERIAL}\s+(?:role|level|position|capacity|functions?)?\s*(?:related\s+to|in\s+the\s+field\s+of|within)\s+(?P<f>[^,.;]+)",
    re.I,
)
_WORK_EXPERIENCE = re.compile(
    r"\bwork(?:ing)?\s+experience\s+in\s+(?:the\s+(?:field|area)s?\s+of\s+)?(?P<f>.+?)(?=,\s*preferably|\s+preferably|\s+within\s|\s+in\s+(?:a|an|both)\s|[.;]|$)",
    re.I,
)
_WORKING_IN = re.compile(r"\bexperience\s+working\s+in\s+(?P<f>[a-z ]+?)(?=\s+with\s|\s+for\s|[,.;]|$)", re.I)
_ADJECTIVE = re.compile(
    r"\b(diplomatic|police|military|legal|law enforcement|policing|judicial)\s+(?:service\s+)?experience\b", re.I
)
_ADJECTIVE_FIELD = {"diplomatic": "diplomacy", "legal": "law", "judicial": "judiciary"}
# People management, not a field: 'proven project management experience' is experience in project management.
_DEMONSTRATED_MANAGEMENT = re.compile(
    r"\b(?:demonstrated|proven)\s+(?:(?:people|staff|team|line|senior|managerial|supervisory)\s+)?management\b"
    r"(?:\s+and\s+\w+)?\s+experience",
    re.I,
)


def extract(sentence: Sentence) -> tuple[list[Draft], str | None]:
    """Drafts for the experience this sentence asks, and any clause left over for a competency."""
    text = sentence.text
    if not re.search(r"experience|years?\s+(?:in|at)\s+(?:a\s+|the\s+)?management", text, re.I):
        return [], None
    drafts = _numeric(sentence)
    if drafts:
        return drafts, None
    fields: list[str] = []
    related = False
    consumed = 0
    for m in (_WORK_EXPERIENCE.search(text), _WORKING_IN.search(text)):
        if m:
            found, rel = field_list(m.group("f").replace(", as well as ", ", ").replace(" as well as ", ", "))
            fields += found
            related = related or rel
            consumed = max(consumed, m.end())
    for m in _ADJECTIVE.finditer(text):
        word = m.group(1).lower()
        fields.insert(0, _ADJECTIVE_FIELD.get(word, word))
    out: list[Draft] = []
    if fields:
        params = {"fields": list(dict.fromkeys(fields))}
        if related:
            params["or_related"] = True
        out.append(Draft("experience", text, params=params, heading=sentence.heading))
    elif _DEMONSTRATED_MANAGEMENT.search(text):
        out.append(Draft("management", text, heading=sentence.heading))
    if not out:
        return [], None
    # '…, as well as experience in preparing analytical reports': the clause left over is a competency.
    rest = re.search(r",\s*as well as\s+(.+)$", text[consumed:])
    return out, (("as well as " + rest.group(1)) if rest else None)


_GOVERNING = r"\b(?:including|of\s+which|among\s+(?:them|which|these)|thereof|out\s+of\s+which)\b"
# A part of a minimum written without 'years': 'of which at least three at managerial level', 'including a
# minimum of two in a supervisory capacity', 'at least three of them', 'among them two'.
_GOVERNED = re.compile(
    rf"{_GOVERNING}\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?"
    rf"(?P<n>{NUMBER})(?!\s*(?:full[- ])?(?:years?|yrs?)\b)"
    rf"|(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<m>{NUMBER})\s+of\s+(?:them|these|which)\b",
    re.I,
)


def _figures(text: str) -> list[tuple[str, int, int, bool]]:
    """The numbers of years a text states, in order: (number, start, end, governed by an earlier minimum)."""
    found = [(m.group("n"), m.start(), m.end(), False) for m in YEARS.finditer(text)]
    for m in _GOVERNED.finditer(text):
        group = "n" if m.group("n") else "m"
        if not any(s <= m.start(group) < e for _, s, e, _ in found):
            found.append((m.group(group), m.start(group), m.end(), True))
    return sorted(found, key=lambda f: f[1])


def _numeric(sentence: Sentence) -> list[Draft]:
    text = sentence.text
    out: list[Draft] = []
    if re.search(r"in\s+lieu|instead\s+of", text, re.I):
        return out  # 'a first-level degree with four years … in lieu': the years are the degree path's

    experience: Draft | None = None
    for raw, start, end, governed in _figures(text):
        n = number(raw)
        if n is None:
            continue
        if governed and experience is None:
            continue  # 'three of them' with no minimum before it to be a part of
        before = text[max(0, start - 60) : start]
        after = text[end : end + 100]
        if re.match(r"\s*(?:of\s+)?(?:additional|more|further|extra)\b", after, re.I) or re.search(
            r"additional\s*$", before, re.I
        ):
            continue  # an in-lieu path's extra years: the education extractor's
        if re.search(r"period\s+of\s+service|maximum", before, re.I):
            continue
        if re.search(r"\([^)]*$", before) and experience is not None:
            levels = [lv for _, _, lv in mentions(after.split(")")[0])]
            if levels:
                experience.params.setdefault("by_education", {})[levels[0]] = n
                continue
        if _MANAGEMENT_AFTER.match(after):
            params = {"min_years": n}
            named = _MANAGEMENT_FIELDS.search(after)
            if named:
                params["fields"] = field_list(named.group("f"))[0]
            elif (
                experience is not None
                and (governed or re.search(_GOVERNING, before, re.I))
                and experience.params.get("fields")
            ):
                params["fields"] = list(experience.params["fields"])
            out.append(Draft("management", text, params=params, heading=sentence.heading))
            continue
        if experience is not None and (governed or re.search(_GOVERNING, before, re.I)):
            # '10 years, including 4 at the international level': a further minimum of its own.
            params = {"min_years": n}
            scope = re.match(
                r"\s*(?:of\s+\w+\s+)?(?:experience\s+)?(?:in|at|within|with)\s+(?P<f>[^,.;]+)", after, re.I
            )
            if scope:
                params.update(field_params(re.sub(r"^(?:an?|the)\s+", "", scope.group("f").strip(), flags=re.I)))
            out.append(Draft("experience", text, params=params, heading=sentence.heading))
            continue
        if experience is not None:
            # A second figure that is neither a path's nor management's: say so rather than drop it.
            experience.review.append(
                f"'{clip(text[start : end + 60])}' states another number of years, not read as a criterion"
            )
            continue
        if re.search(r"experience", text, re.I):
            params = {"min_years": n}
            f = _FIELDS_AFTER.search(text) or _FIELDS_AFTER_YEARS.search(text)
            if f:
                params.update(field_params(f.group("f")))
            experience = Draft("experience", text, params=params, heading=sentence.heading)
            out.append(experience)
    return out
