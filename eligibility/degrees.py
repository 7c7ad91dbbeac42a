"""Degrees and qualifications: the levels a profile states and a posting asks for, and which meets which.

Its own module because profiles, the education and experience checks, the
education paths and the compiler all speak of degrees, and none of them
should have to import another for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The ladder of university degrees; the other levels sit beside it and count
# only where a posting names them.
LADDER = ("secondary", "bachelor", "master", "doctorate")
OTHER_LEVELS = ("police-academy", "military-academy", "professional-certificate")
LEVELS = LADDER + OTHER_LEVELS
HIGHER_EDUCATION = ("bachelor", "master", "doctorate", "police-academy", "military-academy")
"""The levels that are a degree of higher education: what experience is counted from when a posting names no degree."""
LEVEL_ALIASES = {
    "first": "bachelor",
    "first-level": "bachelor",
    "bachelors": "bachelor",
    "ba": "bachelor",
    "bsc": "bachelor",
    "second": "master",
    "second-level": "master",
    "masters": "master",
    "ma": "master",
    "msc": "master",
    "llm": "master",
    "third": "doctorate",
    "third-level": "doctorate",
    "phd": "doctorate",
    "doctoral": "doctorate",
    "high-school": "secondary",
}
LEVEL_NAMES = {
    "secondary": "secondary education",
    "bachelor": "first-level university degree",
    "master": "second-level university degree",
    "doctorate": "third-level university degree (doctorate)",
    "police-academy": "police academy graduation",
    "military-academy": "military academy graduation",
    "professional-certificate": "certified professional qualification",
}


def parse_degree_level(value: object) -> str | None:
    text = str(value).strip().lower().replace("_", "-").replace(" ", "-").replace("'", "")
    text = LEVEL_ALIASES.get(text, text)
    return text if text in LEVELS else None


@lru_cache(maxsize=4096)
def accepts(level: str, floor: str | tuple[str, ...]) -> bool:
    """Does a degree of `level` meet `floor` (a level, or any of several)? Higher university degrees meet lower ones.
    The same few levels are compared for every candidate: each answer is worked out once."""
    floors = (floor,) if isinstance(floor, str) else floor
    for f in floors:
        if level == f:
            return True
        if level in LADDER and f in LADDER and LADDER.index(level) >= LADDER.index(f):
            return True
    return False


def _abbreviations(*names: str) -> str:
    """Short forms of one level's degrees, in capitals as written ('BA', 'B.Sc.', 'LL.M.'), alone or several joined
    ('BA/BSc', 'MA or MSc'), with an optional 'degree' after them: one mention, so the field after it is its own."""
    one = "(?-i:" + "|".join(names) + r")\.?"
    return rf"(?<![\w.]){one}(?:\s*(?:/|,|\bor\b)\s*{one})*(?![\w])(?:\s+degree\b)?"


_BACHELOR_SHORT = _abbreviations(r"B\.?A", r"B\.?Sc", r"B\.?Eng", r"B\.?Com", "BBA", r"LL\.?B")
_MASTER_SHORT = _abbreviations(r"M\.?A", r"M\.?Sc", r"M\.?Phil", "MBA", "MPA", "MPP", "MPH", r"LL\.?M")

_SHORT = (_MASTER_SHORT, _BACHELOR_SHORT)
_SHORT_BEFORE = re.compile(
    r"(?:^|[\u2022*:;(/-]|\b(?:an?|the|hold|holds|holding|have|has|possess|possessing|or|and|with|completed|relevant|"
    r"required|preferred|plus|preferably|ideally))\s*$",
    re.I,
)
_SHORT_AFTER = re.compile(r"\s*(?:(?:in|on)\s|\()|\s+(?:or|and)\s+(?:equivalent|an?\s|other|relevant|related)", re.I)


def _short_degree(text: str, m: re.Match[str]) -> bool:
    """Whether a short form stands as a degree: with 'degree', a field ('BA in social work') or a bracket after it,
    or where a degree is named ('a BA', '- MSc', 'or MA'); 'Location BA - …' and 'Sarajevo, BA' name a country."""
    return (
        m.group().lower().endswith("degree")
        or bool(_SHORT_AFTER.match(text, m.end()))
        or bool(_SHORT_BEFORE.search(text, 0, m.start()))
    )


# How postings and CVs name each level, most specific first; a generic mention counts only where no specific
# one stands.
_OFFICER_TRAINING = (
    r"\b(?:completed|completion\s+of|finished|graduated\s+from)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:police|military)\s+or\s+)?{own}(?:\s+or\s+(?:police|military))?\s+officers?['\u2019]?\s+"
    r"(?:training|education|school|course)\b"
)
"""'Completed police or military officer training': the training of a police or military officer, read as the
academy that gives it ('{own}': which of the two the pattern is for)."""
_LEVELS = (
    ("master", _MASTER_SHORT),
    ("bachelor", _BACHELOR_SHORT),
    (
        "doctorate",
        r"\b(?:third|3rd)[- ]level(?: university)? degree|\b(?:university\s+)?degree\s+(?:at|of)\s+(?:the\s+)?(?:third|3rd)[- ]level\b"
        r"|\bdoctora(?:te|l degree)|\bph\.?\s?d\b|\bEQF\s+level\s+8\b"
        r"|\bISCED\s+(?:level\s+)?8\b"
        # the doctoral level or a programme at it: 'a university course at doctoral level', 'a doctoral programme'
        # (never the studies a master's gives access to, nor doctoral students or candidates a post works with)
        r"|(?<!access\sto\s)\bdoctoral[- ](?:level\b|(?:degree\s+)?(?:programmes?|programs?|studies)\b)",
    ),
    (
        "master",
        # 'a university degree at the second level': the Bologna cycles, the second a master's
        r"\b(?:second|2nd)[- ]level(?: university)? degree|\b(?:university\s+)?degree\s+(?:at|of)\s+(?:the\s+)?(?:second|2nd)[- ]level\b"
        r"|\bmaster'?s?(?:[- ]level(?: university)? degree| degree)?\b|\badvanced(?: university)? degree|\b(?:post-?\s?)?graduate(?: university)? degree"
        # a master's named as a level of education: 'graduate-level education', 'postgraduate-level education',
        # 'post-graduate level studies', 'educated to graduate level' (in UN usage, 'graduate' study follows a first
        # degree; a 'university graduate' holds a first degree)
        r"|(?<![\w-])(?:post-?\s?)?graduate[- ]level\s+(?:education|qualifications?|studies|degree)\b"
        r"|\b(?:educated|qualified)\s+(?:to|at)\s+(?:an?\s+)?(?:post-?\s?)?graduate[- ]level\b"
        # the European Qualifications Framework's level of a master's, and the EU's wording of one
        r"|\bEQF\s+level\s+7\b|\b(?:diploma|degree|qualification)\s+giving\s+access\s+to\s+doctoral\s+studies\b"
        # UNESCO's International Standard Classification of Education: level 7 is a master's or its equivalent
        r"|\bISCED\s+(?:level\s+)?7\b"
        # 'a second university degree': the second level, as 'a first university degree' is the first
        r"|\b(?:second|2nd)\s+university\s+degree\b"
        # the Specialist diploma (five years of university study, the former Soviet states' second cycle) and the
        # French Maîtrise are read at the level of a master's; never a 'Procurement Specialist' nor 'une bonne
        # maîtrise du français'
        r"|\bspecialist(?:['\u2019]s)?\s+(?:(?:university|academic|higher[- ]education)\s+)?(?:diploma|degree)\b"
        r"|\bspecialist\b(?=\s*(?:/|,|\bor\b)\s*(?:an?\s+)?master)|(?<=\()\s*specialist\b(?=\s*\))"
        r"|(?<!bonne\s)(?<!parfaite\s)(?<!excellente\s)(?<!une\s)(?<!la\s)\bma[i\u00ee]trise\b"
        r"(?!\s+(?:du|de|des|d['\u2019])\b)(?=\s*(?:/|\(|,|;|\.|$|\bor\b|\bou\b|degree|diploma|(?:in|en)\s))"
        # the German university Diplom ('Diplom (Univ.)', 'Diplom-Ingenieur'), a second-cycle degree; the Diplom of a
        # university of applied sciences ('Diplom (FH)') is a first degree
        r"|\bdiplom(?:-[a-z\u00e0-\u00ff]+)?\b(?![-\w]*\s*\(\s*fh\b)",
    ),
    (
        "bachelor",
        # 'a first degree', 'a first university degree': the first cycle, as 'a second university degree' is the second
        r"\b(?:first|1st)\s+(?:(?:university|academic)\s+)?degree\b|"
        r"\b(?:first|1st)[- ]level(?: university)? degree|\b(?:university\s+)?degree\s+(?:at|of)\s+(?:the\s+)?(?:first|1st)[- ]level\b"
        r"|\bbachelor'?s?(?:[- ]level(?: university)? degree| degree)?\b|\bundergraduate degree|\bEQF\s+level\s+6\b"
        r"|\bISCED\s+(?:level\s+)?6\b"
        # the French Licence, a first-level degree; never a driving or other licence
        r"|(?<!driving\s)(?<!driver's\s)(?<!driver\u2019s\s)(?<!drivers\s)(?<!valid\s)(?<!pilot's\s)\blicen[cs]e\b"
        r"(?=\s*(?:/\s*ma[i\u00ee]trise|\(\s*(?:bachelor|first|ba\b|bsc)|\s(?:degree|diploma)\b|\s(?:in|en)\s+"
        r"(?!(?:category|categories|class|good)\b)[a-z\u00e0-\u00ff]))"
        r"|\bdiplom(?:-[a-z\u00e0-\u00ff]+)?\s*\(\s*fh\s*\)",
    ),
    (
        "police-academy",
        r"\bpolice (?:training school|academy|academies|educational institutions?|college)|\bmilitary or police educational institutions?"
        r"|\b(?:police|military)\s+or\s+(?:police|military)\s+education\b|\b(?:attested|recognised|recognized)\s+(?:\w+\s+or\s+)?police\s+education\b"
        r"|\b(?:police\s+or\s+military|military\s+or\s+police)\s+(?:staff\s+)?(?:academy|academies|college|colleges)\b"
        r"|\bpolice\s+staff\s+colleges?\b"
        # an officer's training completed: 'completed police or military officer training'
        r"|" + _OFFICER_TRAINING.format(own="police"),
    ),
    (
        "military-academy",
        r"\bmilitary (?:academy|academies|educational institutions?|college)|\b(?:military or police|police or military) educational institutions?"
        r"|\b(?:police|military)\s+or\s+(?:police|military)\s+education\b"
        r"|\b(?:police\s+or\s+military|military\s+or\s+police)\s+(?:staff\s+)?(?:academy|academies|college|colleges)\b"
        # a staff or defence college trains officers as a military academy does: 'graduation from a national defence
        # college', 'a (military) staff college qualification'
        r"|(?<!police\s)\b(?:military\s+)?staff\s+colleges?\b|\b(?:national\s+)?defen[cs]e\s+(?:college|university|academy)\b"
        r"|" + _OFFICER_TRAINING.format(own="military"),
    ),
    (
        "professional-certificate",
        r"\bcertified (?:training|course|professional)|\bprofessional qualifications? from certified|\bprofessional certification|\bcertified award-granting",
    ),
    (
        "bachelor",
        r"\bcompleted university studies\b|(?:(?<=\blieu of )|(?<=\binstead of )|(?<=\bplace of ))(?:the\s+)?"
        r"(?:university|higher|tertiary)\s+(?:studies|education)\b|\b(?:successful\s+)?completion\s+of\s+(?:(?:a|the|his|her|their)\s+)?"
        r"(?:university|higher|tertiary)\s+(?:education\s+)?(?:education|studies|study)\b|\b(?:completed|finished)\s+(?:university|higher|tertiary)\s+(?:education|studies|study)\b|(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)\buniversity\s+(?:education|studies|study)\s+in\b|\buniversity (?:studies|study|education) of at least (?:three|four|3|4)\b|\buniversity degree\b|\b(?:university|academic) diploma\b|\bacademic degree\b|\b(?:higher|tertiary)[- ]education (?:degree|diploma)\b|\bcollege degree\b|\ba degree\b|\bdegree in\b|\bdegree(?=\s*\([^()]{0,40}\)\s*in\s)"
        # higher education with its field or its level in brackets: 'Higher education in law', 'Higher education
        # (Master's degree in law preferred)'; never the sector ('experience in higher education')
        r"|(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bwithin\s)\b(?:higher|tertiary)\s+education(?=\s+in\s|\s*\()"
        # or alone as the whole item ('Higher education', what is left of 'Higher education (Master's preferred)')
        r"|^\W*(?:higher|tertiary)\s+education\W*$"
        # a degree named as a level of education: 'educated to degree level', 'degree-level education'
        r"|\b(?:educated|education|qualified)\s+(?:to|at)\s+(?:(?:an?|university|first|undergraduate)\s+)*degree[- ]level\b"
        r"|\bdegree[- ]level\s+(?:education|qualifications?|studies)\b"
        # a graduate of a university holds a first degree: 'university graduate', 'graduate of a recognised university'
        r"|\buniversity\s+graduate\b|\bgraduate\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:university|college)\b"
        # and so does a graduate in a field: 'a graduate in economics' (never the verb: 'who graduate in June')
        r"|(?<=\ba\s)graduate(?=\s+in\s)|(?<![\w-])graduates(?=\s+in\s)",
    ),
    (
        "secondary",
        r"\bsecondary (?:school )?education\b|\bhigh school\b|\bsecondary school\b"
        # 'secondary' alone as an item of years by degree: 'Master's 2 years, Bachelor's 4 years, secondary 6 years',
        # '6 years (secondary)'
        r"|\bsecondary\b(?=\s*(?:[:\u2013-]\s*)?\d)|(?<=\()secondary(?=\))"
        # above secondary school and below a first degree, which the ladder does not tell apart (a review item says so)
        r"|\bpost-?\s?secondary\s+(?:diploma|qualification|certificate|studies|degree)s?\b",
    ),
)


def mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, level) of each degree mention, earliest first, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    for level, pattern in _LEVELS:
        for m in re.finditer(pattern, text, re.I):
            if pattern in _SHORT and not _short_degree(text, m):
                continue  # 'Location BA - …', 'Sarajevo, BA': a country's code, not a degree
            if not any(m.start() < e and s < m.end() for s, e, _ in taken) or (
                level == "military-academy" and "police" in m.group().lower()
            ):
                taken.append((m.start(), m.end(), level))
    return sorted(taken)


def degree_from_words(words: str) -> tuple[str, str] | None:
    """A degree level from a qualification's name ('Master of Laws', 'BSc', 'PhD'), with the words that decided it.

    The degree wording postings are read with (`degrees.mentions`) reads the name first; then the short forms
    profiles accept (BA, MSc, LLM …).
    """
    found = mentions(words)
    if found:
        start, end, level = found[0]
        return level, f"'{words[start:end]}' = {LEVEL_NAMES[level]}"
    for token in re.findall(r"[A-Za-z.'’-]+", words):
        named = parse_degree_level(token.replace(".", "").replace("’", ""))
        if named:
            return named, f"'{token}' = {LEVEL_NAMES[named]}"
    return None
