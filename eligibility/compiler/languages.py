"""Languages: which, at what CEFR level, mandatory or desirable."""

from __future__ import annotations

import re

from eligibility.compiler.draft import Draft, Sentence
from eligibility.languages import language_name, level_for_wording
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
        names = [language_name(n) for n in _NAMES.findall(text)]
        names = list(dict.fromkeys(n for n in names if n))
        if not names:
            return []
        # 'English and French' asks both; 'Russian or Kyrgyz' asks one of them.
        joined_by_and = (
            len(names) > 1
            and re.search(rf"{names[0]}\s*(?:,|and)\s*(?:\w+\s*,\s*)*{names[1]}", text)
            and not re.search(rf"{names[0]}\s*(?:,\s*\w+\s*)*,?\s*or\s", text)
        )
        groups = [[n] for n in names] if joined_by_and else [names]
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
