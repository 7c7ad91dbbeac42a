"""Languages: which, at what CEFR level, mandatory or desirable."""

from __future__ import annotations

import re

from eligibility.compiler.draft import Draft, Sentence
from eligibility.languages import WORDING_TO_CEFR, language_name, level_for_wording
from eligibility.organisation import osce

# Languages postings name, beyond the organisation's own and local ones.
_COMMON = [
    "Albanian",
    "Arabic",
    "Armenian",
    "Azerbaijani",
    "Belarusian",
    "Bosnian",
    "Bulgarian",
    "Chinese",
    "Croatian",
    "Czech",
    "Danish",
    "Dutch",
    "English",
    "Estonian",
    "Finnish",
    "French",
    "Georgian",
    "German",
    "Greek",
    "Hungarian",
    "Italian",
    "Japanese",
    "Kazakh",
    "Kyrgyz",
    "Latvian",
    "Lithuanian",
    "Macedonian",
    "Montenegrin",
    "Mongolian",
    "Norwegian",
    "Persian",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Serbian",
    "Slovak",
    "Slovenian",
    "Spanish",
    "Swedish",
    "Tajik",
    "Turkish",
    "Turkmen",
    "Ukrainian",
    "Uzbek",
]
_NAMES = re.compile(r"\b(" + "|".join(_COMMON) + r")\b")
_LOCAL = re.compile(
    r"\blocal\s+languages?\b|\blanguages?\s+of\s+the\s+(?:mission\s+area|host\s+country|region)\b", re.I
)
_OFFICIAL = re.compile(r"\b(?:official\s+OSCE|OSCE\s+official|official)\s+languages?\b", re.I)


def extract(sentence: Sentence, country: str | None) -> list[Draft]:
    text = sentence.text
    groups: list[list[str]] = []
    review: list[str] = []
    name: str | None = None
    if _LOCAL.search(text):
        name = "local-languages"
        local = list(osce().local_languages(country)) if country else []
        if not local:
            review.append("'local languages': no field operation found for the duty station; list them")
        groups.append(local)
    elif _OFFICIAL.search(text) and not _NAMES.search(text):
        name = "osce-languages"
        official = list(osce().official_languages)
        if re.search(r"\bother\b", text, re.I):
            official = [lang for lang in official if lang != "English"]
        groups.append(official)
    else:
        return _named(sentence)
    level = level_for_wording(text)
    drafts = []
    for group in groups:
        if level is None:
            drafts.append(
                Draft(
                    "competency",
                    text,
                    review=review
                    + [
                        f"language level not stated for {', '.join(group) or 'a language'}: make it `kind: language` with a level"
                    ],
                )
            )
            continue
        params = {"languages": group, "level": level[0]}
        drafts.append(Draft("language", text, params=params, id=name, review=list(review), heading=sentence.heading))
    return drafts


_CEFR = re.compile(r"\b([ABC][12])\b")


def _wordings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, CEFR level) of each level wording, most specific phrase first, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    for phrase, level in WORDING_TO_CEFR:
        for m in re.finditer(rf"\b{re.escape(phrase)}", text, re.I):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), level))
    for m in _CEFR.finditer(text):
        taken.append((m.start(), m.end(), m.group(1)))
    return sorted(taken)


def _named(sentence: Sentence) -> list[Draft]:
    """Named languages, each at the level its own words give: 'Fluency in English and working knowledge of
    French' is two criteria (C1, B2); 'Russian or Kyrgyz' is one criterion either meets."""
    text = sentence.text
    found = [(m.start(), language_name(m.group(1))) for m in _NAMES.finditer(text)]
    found = [(p, n) for i, (p, n) in enumerate(found) if n and n not in [x for _, x in found[:i]]]
    if not found:
        return []
    wordings = _wordings(text)
    explicit = [w for w in wordings if _CEFR.fullmatch(text[w[0] : w[1]])]

    def level_at(pos: int) -> str | None:
        if explicit:
            # 'at the B2 level or above': a stated CEFR level governs the languages it follows or precedes.
            return min(explicit, key=lambda w: abs(w[0] - pos))[2]
        before = [w for w in wordings if w[1] <= pos]
        if before:
            return before[-1][2]
        after = [w for w in wordings if w[0] > pos]
        return after[0][2] if after else None

    either = bool(
        re.search(
            r"\b(?:one|any|either)\s+(?:of|other)\b|\bone\s+(?:other\s+)?(?:UN\s+|official\s+)?language", text, re.I
        )
    )
    groups: list[tuple[list[str], str | None]] = []
    for i, (pos, name) in enumerate(found):
        level = level_at(pos)
        between = text[found[i - 1][0] : pos] if i else ""
        if groups and groups[-1][1] == level and (either or re.search(r"\bor\b|/", between)):
            groups[-1][0].append(name)
        else:
            groups.append(([name], level))
    drafts = []
    for names, level in groups:
        if level is None:
            drafts.append(
                Draft(
                    "requirement",
                    text,
                    review=[f"language level not stated for {', '.join(names)}: make it `kind: language` with a level"],
                    heading=sentence.heading,
                )
            )
        else:
            params = {"languages": names, "level": level}
            drafts.append(Draft("language", text, params=params, heading=sentence.heading))
    return drafts
