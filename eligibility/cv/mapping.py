"""The documented tables that turn what a CV says into profile values, conservatively.

Each function returns the value and a short note saying how it was inferred, or
None when the CV's words do not decide it (the value then stays unstated, and
the import lists it as a question). README's "Bring your CV" shows these tables.
"""

from __future__ import annotations

import re

from eligibility.degrees import degree_from_words as degree_from_words
from eligibility.languages import (
    CEFR,
    NOT_SPOKEN,
    denies_level,
    level_rank,
    level_stated,
    parse_level,
    un_level,
    un_said,
)
from eligibility.periods import parse_partial_date
from eligibility.profile import LEVEL_NAMES

# EQF and ISCED 2011 levels agree from 3 up: 6, 7 and 8 are the three university
# cycles. Level 5 (short-cycle tertiary) is a certified professional qualification;
# 3 and 4 (upper secondary, post-secondary non-tertiary) count as secondary
# education. Levels 1 and 2 do not complete secondary education: nothing is taken.
QUALIFICATION_LEVELS = {
    "8": "doctorate",
    "7": "master",
    "6": "bachelor",
    "5": "professional-certificate",
    "4": "secondary",
    "3": "secondary",
}

# The five skills of the CEFR self-assessment grid, as the two Europass generations name them.
SKILLS = ("listening", "reading", "spoken interaction", "spoken production", "writing")

CAR_LICENCES = ("B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE")
"""EU driving-licence categories that entitle the holder to drive a car (B, or the higher ones that presuppose B).
B1 is not one: it covers quadricycles only."""

_UNFINISHED = re.compile(
    r"\b(?:unfinished|not\s+(?:yet\s+)?(?:completed|finished|obtained|awarded)|incomplete|uncompleted|"
    r"without\s+(?:a\s+)?(?:degree|diploma)|discontinued|abandoned|dropped\s+out|interrupted)\b",
    re.I,
)
_IN_PROGRESS = re.compile(
    r"\b(?:ongoing|in\s+progress|current(?:ly)?|expected|candidate\s+for|pending|"
    r"(?:ph\.?\s?d\.?|doctoral|doctorate|master['’]?s?|bachelor['’]?s?)\s+candidate)\b",
    re.I,
)
# A name that says a course, certificate or trade title is no degree whatever degree word it holds ('Master Class
# Certificate', 'Scrum Master', 'Master Mariner', 'Summer school (Master level)', 'Bachelor exchange semester').
_NOT_A_DEGREE = re.compile(
    r"\b(?:master\s*class(?:es)?|(?:scrum|grand|chess|quiz|station|harbou?r|band|web|post|quarter)\s*master|"
    r"master\s+(?:diver|mariner|trainer|instructor|craftsman|chef|electrician|plumber|builder|mason|brewer|baker|"
    r"sommelier|gardener|carpenter|butcher|locksmith|certificate)|certificat(?:e|ion)|certified|courses?|"
    r"modules?|semesters?|(?:summer|winter|spring)\s+(?:school|academy|university)|visiting|researcher)\b",
    re.I,
)
_STUDIES = re.compile(
    r"\b(?:(?:master|bachelor|doctoral|doctorate|phd|postgraduate|graduate|undergraduate|university|degree)(?:['’]?s)?"
    r"\s+(?:studies|programme|program|course)|studying|student|coursework)\b",
    re.I,
)


def degree_state(name: str) -> tuple[str, str] | None:
    """What a qualification's name says of its completion: ('unfinished', words), ('in progress', words),
    ('unclear', words) for studies named without saying a degree was obtained, ('not a degree', words) for a
    course, certificate or title ('Master Class Certificate', 'Scrum Master'; a degree's certificate aside), or None
    when it names a degree."""
    for state, pattern in (("unfinished", _UNFINISHED), ("in progress", _IN_PROGRESS), ("unclear", _STUDIES)):
        m = pattern.search(name)
        if m:
            return state, m.group(0)
    m = _NOT_A_DEGREE.search(name)
    if m and not (m.group(0).lower().startswith("certif") and re.search(r"\bdegree\b", name, re.I)):
        return "not a degree", m.group(0)
    return None


_PART_TIME = re.compile(r"\bpart[\s-]?time\b|\bhalf[\s-]?time\b|\bteilzeit\b|\btemps\s+partiel\b", re.I)
_SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%")


_FTE = re.compile(
    r"(?<![\d.,])(0?[.,]\d+|1(?:[.,]0+)?)\s*FTE\b|\bFTE\s*(?:of\s+)?(0?[.,]\d+|1(?:[.,]0+)?)(?![\d.,]*\d)", re.I
)
"""A share of full time as a full-time equivalent: '0.5 FTE', 'FTE 0,8'."""
_HOURS = re.compile(
    r"(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*(?:h|hrs?|hours?)\.?\s*(?:/|per|a|each|every)\s*(?:w|wk|week)\b", re.I
)
"""Hours a week ('20 h/week', '30 hours per week'): a share only against a full week, which a CV does not give."""
_PT = re.compile(r"(?:^|[(\[,;/\u2013-]\s*)PT\s*(?=[)\],;]|$)")
"""'PT' standing alone in a job's title ('Coordinator (PT)', 'Analyst, PT'): part-time, with no share."""

_OWN_TIME = re.compile(
    r"\s*(?:$|[.;:,)\]]|[(\[]?\s*\d|(?:positions?|posts?|jobs?|roles?|contracts?|employment|appointments?|basis|"
    r"work(?:ing)?|schedule|hours|assignments?)\b)",
    re.I,
)
"""What follows 'part-time' or 'half-time' where they state the job's own working time ('half-time.',
'part-time (50%)', 'on a half-time basis'), not something else's ('half-time crowd control')."""


def part_time(text: str, *, described: bool = False) -> tuple[float | None, str] | None:
    """The share of full time a job's words state: (0.5, '50%') from 'part-time, 50%', (0.5, 'half-time');
    (None, 'part-time') when they say part-time without a share; None when they say nothing of it. In a
    job's description (`described`) the words set a share only where they state the job's own working time
    ('worked half-time', 'part-time (60%)'); elsewhere ('half-time crowd control') the share is asked."""
    said = _PART_TIME.search(text)
    if said and described and not _OWN_TIME.match(text, said.end()):
        return None, said.group(0)
    # A share counts next to the words that make it one ('part-time, 50%', '60% FTE'), not anywhere in the text.
    near = text[max(0, said.start() - 30) : said.end() + 30] if said else text
    share = _SHARE.search(near)
    if share and not said and not re.search(r"%\s*(?:FTE|of\s+full[\s-]?time)\b", near, re.I):
        share = None
    if share:
        value = float(share.group(1).replace(",", ".")) / 100
        if 0 < value < 1:
            return value, share.group(0)
        if value == 1:
            return None
    fte = _FTE.search(text)
    if fte:
        value = float((fte.group(1) or fte.group(2)).replace(",", "."))
        if 0 < value < 1:
            return value, fte.group(0)
        if value == 1:
            return None
    if said is None:
        # Hours a week say a share only against a full week the CV does not give; 'PT' says part-time, no share.
        other = _HOURS.search(text) or (None if described else _PT.search(text))
        return (None, other.group(0).strip(" ,;([")) if other else None
    if said.group(0).lower().startswith("half"):
        return 0.5, said.group(0)
    return None, said.group(0)


def qualification_level(code: str, scheme: str = "EQF") -> tuple[str, str] | None:
    """('master', 'EQF level 7') from a level code such as '7', 'EQF7', 'ISCED 7' or 'http://…/eqf/7'."""
    m = re.search(r"(\d)\s*$", str(code).strip())
    if not m:
        return None
    level = QUALIFICATION_LEVELS.get(m.group(1))
    return (level, f"{scheme} level {m.group(1)} = {LEVEL_NAMES[level]}") if level else None


_ACADEMY = re.compile(r"\b(police|military)\s+academ(?:y|ies)\b", re.I)


def academy_from_name(name: str) -> tuple[str, str] | None:
    """('police-academy', words) when a qualification's name says it is a police (or military) academy's: that
    it stays, whatever level code it carries (no EQF or ISCED level is a police academy)."""
    m = _ACADEMY.search(name)
    if not m:
        return None
    level = f"{m.group(1).lower()}-academy"
    return level, f"'{m.group(0)}' = {LEVEL_NAMES[level]}"


_NOT_SUBJECTS = {"arts", "science", "sciences", "philosophy", "fine arts"}


def field_from_title(title: str) -> str | None:
    """The subject a qualification's name states ('Master of Arts in International Relations' -> International Relations).

    The words after the last 'in' name the subject; failing that, those after
    'of', unless they name the kind of degree ('of Arts', 'of Science');
    'Bachelor of Laws' is a degree in law.
    """
    clean = re.split(r"[,;(]", title, maxsplit=1)[0]
    for word in (" in ", " of "):
        low = clean.lower()
        if word not in low:
            continue
        subject = (
            clean[low.rindex(word) + len(word) :].strip() if word == " in " else clean[low.index(word) + 4 :].strip()
        )
        if subject.lower() == "laws":
            return "Law"
        if subject and subject.lower() not in _NOT_SUBJECTS:
            return subject
    return None


def lowest_level(levels: dict[str, str]) -> tuple[str, str] | None:
    """One CEFR level for a language from the self-assessment grid: the lowest skill, so no skill is overstated."""
    valid = {skill: parse_level(value) for skill, value in levels.items()}
    valid = {skill: level for skill, level in valid.items() if level in CEFR}
    if not valid:
        return None
    if "overall" not in valid and len(valid) < len(SKILLS):
        return None  # the skills not stated could be lower: a partly filled grid does not show the level
    skill, level = min(valid.items(), key=lambda item: level_rank(item[1]))
    if skill == "overall":
        return level, f"{level}: the overall level the CV states"
    return level, f"{level}: the lowest of the {len(SKILLS)} self-assessed skills, {skill}"


def partial_grid(levels: dict[str, str]) -> str | None:
    """'reading C2' for a self-assessment grid that states only some skills: what it does state, or None."""
    valid = {skill: parse_level(value) for skill, value in levels.items() if skill != "overall"}
    valid = {skill: level for skill, level in valid.items() if level in CEFR}
    if not valid or len(valid) == len(SKILLS):
        return None
    return ", ".join(f"{skill} {level}" for skill, level in valid.items())


def level_from_fluency(words: str, language: str = "") -> tuple[str, str] | None:
    """A JSON Resume `fluency` ('Native speaker', 'Fluent', 'C1', 'Working knowledge') as a CEFR level or native,
    read as every other input reads a person's level words (`level_stated`), with a note on what decided it.

    None (asked) where those words state no level: qualified ('less than fluent', 'C1 certificate (expired)'), two
    levels ('fluent in writing, basic speaking'), one stated and denied ('fluent, but not at C1'), another language
    than `language` ('Fluent in Spanish' for English), or a language not spoken ('No knowledge'): a CV that lists a
    language it says nothing of is asked."""
    text = str(words).strip()
    stated = level_stated(text, language)
    if stated is None or stated[0] == NOT_SPOKEN:
        return None
    level, said = stated
    if un_level(text) is not None:
        return level, f"'{text}' = {level}: {un_said(text)} is read as {level} (the UN's levels are not CEFR levels)"
    if denies_level(text):
        return level, f"'{text}' = {level} ('{said}'); the level it denies is no level"
    if said.lower() == text.lower().rstrip(".!") or said.upper() == level.upper():
        return level, f"'{text}' = {level}"
    return level, f"'{text}' = {level}, by the level words table ('{said}')"


def cv_date(text: str, *, end: bool) -> tuple[str, str | None]:
    """A date in the profile format from a CV date of any precision the standards allow, with a note on a year alone.

    YYYY-MM-DD and YYYY-MM are kept; a date-time keeps its day. A year alone is
    kept as a year alone: the profile reads it at its least favourable month (a
    job's start as December, its end as January) so that no experience is
    invented, and a criterion that the most favourable month would decide
    otherwise is unknown until the month is given; the note says so.
    Raises ValueError naming what is wrong.
    """
    raw = str(text).strip()
    value = _iso_date(raw, "a date")  # the caller gives the forms a date takes as its hint
    if len(value) == 4:
        least = "January" if end else "December"
        return value, f"the CV gives only the year; read as {least}, the month that counts least, until given"
    return value, None


def completion_date(text: str) -> tuple[str, str | None]:
    """When a qualification was completed: a year alone is kept, and read as its December (the latest it can be)."""
    raw = str(text).strip()
    if re.fullmatch(r"\d{4}", raw):
        parse_partial_date(f"{raw}-12")
        return raw, "the CV gives only the year; read as December, the month that counts least, until given"
    return cv_date(raw, end=True)


ONGOING_WORDS = ("present", "current", "currently", "now", "ongoing", "to date", "till date", "until now", "today")
"""What a CV writes for the end of something not ended ('endDate': 'Present'); an empty end says the same."""


def says_ongoing(text: str) -> bool:
    """Whether an end date's text says it has not ended: 'Present', 'current', 'to date', '' (case and dots aside)."""
    return re.sub(r"[\s.]+", " ", str(text)).strip(" ").lower() in ("", *ONGOING_WORDS)


def birth_date(text: str) -> str:
    """A date of birth in the profile format (YYYY-MM-DD, YYYY-MM or a year) from a CV's; raises ValueError."""
    return _iso_date(str(text).strip(), "a date of birth (YYYY-MM-DD, YYYY-MM or YYYY)")


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
"""An ISO 8601 date of any precision the CV standards allow: a year, a month, a day, or a date-time."""


def _iso_date(raw: str, what: str) -> str:
    """`raw` as the profile writes it (YYYY, YYYY-MM or YYYY-MM-DD; a date-time keeps its day), checked to be within
    the supported years and the calendar; raises ValueError saying it is not `what`."""
    m = _ISO_DATE.match(raw)
    if not m:
        raise ValueError(f"'{raw}' is not {what}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        parse_partial_date(f"{year}-01")  # the year is within the supported range
        return year
    value = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    parse_partial_date(value)
    return value


def ends_before(end: str, start: str) -> bool:
    """Whether a period's end (date text, or a year alone) comes before its start, whatever their open months."""
    last = parse_partial_date(f"{end}-12" if re.fullmatch(r"\d{4}", end) else end)
    first = parse_partial_date(f"{start}-01" if re.fullmatch(r"\d{4}", start) else start)
    return last.end_exclusive <= first.first_day
