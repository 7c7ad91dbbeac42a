"""Who may apply and for how long: nationality, residence, licence, service limit, nomination, medical.

These sentences are distinctive, so they are read wherever they stand,
closing notes included.
"""

from __future__ import annotations

import re

from eligibility.compiler import kinds
from eligibility.compiler.draft import Draft, Sentence
from eligibility.countries import country_code

# The place a post is in, however a notice names it: 'the duty station', 'the host country', 'the country
# of assignment', 'the receiving State', 'the country where the post is located'.
_HOST = (
    r"(?:the\s+)?(?:(?:country|state)\s+of\s+(?:the\s+)?)?(?:duty[- ]station|assignment|deployment)"
    r"|(?:the\s+)?(?:host|receiving|hosting)\s+(?:country|state|nation|government)"
    r"|(?:the\s+)?(?:country|state)\s+(?:where|in\s+which)\s+(?:the\s+)?(?:post|position|mission|office|"
    r"vacancy|job|duty\s+station)\s+is\s+(?:located|based)"
)
_EXCLUSION = re.compile(
    r"(?:nationals?|citizens?)(?:\s+(?:and|or|and/or)\s+(?:permanent\s+)?residents?)?\s+of\s+(?:" + _HOST + ")",
    re.I,
)
_NAMED_EXCLUSION = re.compile(
    r"(?i:nationals?|citizens?)(?:\s+(?:and|or|and/or)\s+(?:permanent\s+)?residents?)?\s+of\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w]*(?:(?:\s+|,\s*|\s+and\s+|\s+or\s+)[A-Z][\w]*)*)"
)
_NOT_ELIGIBLE = re.compile(r"not\s+(?:be\s+)?eligible|ineligible|cannot\s+apply|may\s+not\s+apply|are\s+excluded", re.I)
_DUAL = re.compile(r"multiple\s+nationalities|dual\s+national|another\s+citizenship", re.I)
_PARTICIPATING = re.compile(r"nationals\s+of\s+(?:the\s+)?(?:OSCE\s+|57\s+)?participating\s+States", re.I)
_ONLY = re.compile(
    r"open\s+(?:only\s+)?to\s+nationals\s+of\s+(?:the\s+)?(?P<where>[A-Z][\w ]*?[a-z])(?:\s+only)?\b|only\s+(?:to\s+)?nationals\s+of\s+(?:the\s+)?(?P<where2>[A-Z][\w ]*?[a-z])\b"
)
_NOMINATION = re.compile(
    r"nominated\s+by\s+(?:their\s+|the\s+|its\s+)?(?:respective\s+)?participating\s+States?|subject\s+to\s+nomination",
    re.I,
)
_MEDICAL = re.compile(r"medical\s+clearance", re.I)


def extract(sentence: Sentence, posting) -> tuple[list[Draft], bool]:
    """Drafts for the conditions this sentence states, and whether it said nothing else."""
    text = sentence.text
    country = posting.country
    found: list[Draft] = []
    if (_EXCLUSION.search(text) or _DUAL.search(text)) and _NOT_ELIGIBLE.search(text):
        if not country:
            # Kept, not dropped: a person names the country (or the posting's duty station) before relying on it.
            issue = "the duty station's country is not named in the posting: set `excluded` (and `country`)"
            return [Draft("requirement", text, True, id="not-duty-station-national", review=[issue])], True
        note = ["Dual nationals are excluded too: " + text] if _DUAL.search(text) else []
        found.append(
            Draft("nationality", text, True, {"excluded": [country]}, id="not-duty-station-national", notes=note)
        )
        if _EXCLUSION.search(text) and re.search(r"residents?", _EXCLUSION.search(text).group(), re.I):
            found.append(Draft("residence", text, True, {"excluded": [country]}, id="not-duty-station-resident"))
        return found, True
    named = _NAMED_EXCLUSION.search(text)
    if named and _NOT_ELIGIBLE.search(text):
        codes = [c for c in (country_code(w.strip()) for w in re.split(r",|\band\b|\bor\b", named.group("where"))) if c]
        if codes:
            found.append(Draft("nationality", text, True, {"excluded": codes}, id="excluded-nationals"))
            if re.search(r"residents?", named.group(0), re.I):
                found.append(Draft("residence", text, True, {"excluded": codes}, id="excluded-residents"))
            return found, True
    only = _ONLY.search(text)
    if only and not _PARTICIPATING.search(text):
        where = (only.group("where") or only.group("where2")).removesuffix(" only").strip()
        code = country_code(where)
        if code:
            return [Draft("nationality", text, True, {"only": [code]}, id="nationals-only")], True
    if _PARTICIPATING.search(text) and not re.search(r"\bnot\b|partners?", text, re.I):
        found.append(Draft("nationality", text, True, {"participating_states_only": True}, id="participating-states"))
        return found, True
    found = kinds.conditions(sentence, posting)
    if found:
        return found, True
    if _NOMINATION.search(text):
        return [Draft("competency", text, True, id="nomination")], True
    if _MEDICAL.search(text):
        return [Draft("competency", text, True, id="medical-clearance")], True
    return [], False
