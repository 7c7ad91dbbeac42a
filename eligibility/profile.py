"""A candidate profile: what the candidate states, and nothing more.

A key that is absent means "not stated"; the checks turn that into `unknown`,
never into a silent pass or fail. The few documented defaults (no residence
beyond the nationalities, no earlier OSCE service, management false, full
time) are applied here and said in the explanations. Where a default would
decide, the profile can say `unknown` instead (`permanent_residence: unknown`,
`osce_service: unknown`, a job's `management: unknown`): not stated, so the
checks that need it are unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from eligibility.declared import (
    CEFR_SCHEMA,
    COUNTRIES,
    COUNTRY,
    DATE_SCHEMA,
    DEGREE_LEVEL_SCHEMA,
    FLAG,
    TEXT_SCHEMA,
    Param,
    Value,
    keys,
    object_schema,
    read_params,
    records,
    short_phrases,
    short_text,
)

# The degree vocabulary lives in eligibility.degrees; the names other readers of profiles use are
# available here too.
from eligibility.degrees import LADDER as LADDER
from eligibility.degrees import LEVEL_NAMES as LEVEL_NAMES
from eligibility.degrees import LEVELS, parse_degree_level
from eligibility.errors import RESULTS_WRITTEN as RESULTS_WRITTEN  # its home: errors, which the cv readers import
from eligibility.errors import did_you_mean
from eligibility.fields import Node, root
from eligibility.languages import language_hint, language_name, level_hint, parse_level
from eligibility.periods import MAX_YEAR, MIN_YEAR, SUPPORTED_YEARS, PartialDate


@dataclass(frozen=True)
class YearAlone(PartialDate):
    """A date the profile gives as a year alone ('start: 2017'): read at the month that counts least (a job's
    start in December, its end in January, a degree's completion in December; an earlier OSCE assignment, which
    counts against a maximum, at its longest: from January to December; each within what its other date
    allows), with `other`, the month that counts most, kept for the reading most in the candidate's favour."""

    other: int = 1


@dataclass(frozen=True)
class Degree:
    level: str
    """One of LEVELS."""
    field: str | None
    """What it was in; None when not stated."""
    completed: PartialDate | None
    """When it was obtained; None when not stated (taken as held)."""


@dataclass(frozen=True)
class Job:
    title: str | None
    employer: str | None
    start: PartialDate
    end: PartialDate | None
    """None: ongoing (counted up to the assessment date)."""
    fields: tuple[str, ...] | None
    """What the work was; None when not stated."""
    management: bool | None = False
    """None: not stated (`management: unknown`, as an imported CV leaves it): never counted, never ruled out."""
    fraction: float = 1.0
    """Part-time share in (0, 1]."""
    end_empty: bool = False
    """`end` was given with no value (`end:`, null): read as ongoing, and explanations say so (a forgotten date?)."""
    label: str = field(init=False, repr=False, compare=False)
    """'Head of department at Ministry of the Interior', for explanations."""

    def __post_init__(self) -> None:
        what = self.title or "job"
        object.__setattr__(self, "label", f"{what} at {self.employer}" if self.employer else what)


@dataclass(frozen=True)
class Service:
    """An earlier OSCE assignment, for maximum-service rules."""

    mission: str | None
    country: str | None
    start: PartialDate
    end: PartialDate | None
    post: str | None = None
    local: bool = False
    """Local (national) posts do not count towards service limits."""


@dataclass(frozen=True)
class Licence:
    valid: bool | None
    manual: bool | None


@dataclass(frozen=True)
class Birth:
    """A date of birth as the profile gives it: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        return str(self.year) if self.month is None else str(PartialDate(self.year, self.month, self.day))


@dataclass(frozen=True)
class Profile:
    file: str
    name: str | None = None
    nationalities: tuple[str, ...] | None = None
    permanent_residence: tuple[str, ...] | None = None
    """None: not stated (absent or `unknown`): criteria that need it are unknown; () states none."""
    education: tuple[Degree, ...] | None = None
    experience: tuple[Job, ...] | None = None
    osce_service: tuple[Service, ...] | None = None
    """None: not stated (absent or `unknown`): service limits are unknown; () states none."""
    languages: dict[str, str] | None = None
    """Language name -> CEFR level or 'native'; a language not listed is not spoken."""
    driving_licence: Licence | None = None
    born: Birth | None = None
    """None: not stated; asked only where a posting has an age limit."""
    known_languages: dict[str, str] | None = None
    """With `languages` held back: the levels the CV does state. Other languages may be spoken too, so a level
    here can meet a criterion, never fail one."""
    held_back: tuple[tuple[str, str], ...] = ()
    """(section, what is open in it): a section a CV gives but leaves unstated until its questions are answered
    ('education', 'the level of Magister'), so that what is unknown is said, not asked for again."""
    open_months: tuple[tuple[str, str], ...] = ()
    """(section, in words) of each entry with a date given as a year alone: ('experience', 'the start of Legal
    Officer at Ministry (2017)')."""
    favourable: Profile | None = field(default=None, repr=False, compare=False)
    """With `open_months`: the same profile with each of those dates at its other month (a job from January to
    December, a degree completed in January, an OSCE assignment from December to January). A criterion that fails on one reading and not on the other is
    unknown until the months are given (engine.lift_held_back)."""

    @property
    def display_name(self) -> str:
        return self.name or self.file


def held_back(profile: Profile, section: str) -> str | None:
    """What the CV the profile was read from leaves open in a section it does not state: 'the level of
    Magister and the completion of MSc in Law', or None."""
    found = [what for key, what in profile.held_back if key == section]
    return " and ".join(dict.fromkeys(found)) or None


def read_profile(data: Any, file: str) -> Profile:
    """Build a Profile from located YAML data, raising InputErrors with every problem found."""
    _not_another_document(data, file)
    doc = root(data, file)
    doc.only_keys(PROFILE_KEYS)
    if not doc.problems.errors and all(value is None for value in data.values()):
        # `{}`, or keys with nothing after them: a candidate who stated nothing would be read, every criterion
        # unknown without a word on why. A profile that states anything at all (a name alone) is read.
        doc.problems.add(
            "the profile states nothing",
            path="",
            line=doc.line,
            hint=f"expected at least one of {', '.join(key for key in PROFILE_KEYS if key != 'held_back')}",
        )
        doc.problems.raise_if_any()
    values = read_params(doc, PROFILE)
    for key in UNSTATED_SECTIONS:
        if values[key] == UNSTATED:
            values[key] = None  # as if absent: not stated
    held = values.pop("held_back") or ()
    if any(section == "languages" for section, _ in held):
        # Languages held back: the levels given can meet a criterion, and the languages not given may be spoken.
        values["known_languages"], values["languages"] = values["languages"], None
    profile = _with_open_months(Profile(file=file, held_back=held, **values))
    doc.problems.raise_if_any()
    return profile


RULE_SET_SIGNS = ("criteria", "organisation_rules")
"""Keys only a rule set has (`posting` too, without a verdict)."""
RESULT_SIGNS = ("verdict", "matches")
"""Keys only the tool's own results have (`check --json`, `screen` rows, `match --json`), beside `candidate`."""


def other_document(data: Any) -> tuple[str, str, str, int | None] | None:
    """What a document is when it is plainly no profile but a rule set or results the tool wrote, told apart by
    keys no profile has: (what: 'rule set' or 'result', the message, its hint, the line of the key that shows it);
    None otherwise."""
    if isinstance(data, list) and data and isinstance(data[0], dict):
        first = data[0]
        if "candidate" in first and _signs(first, RESULT_SIGNS):
            return (
                "result",
                "holds results written by `eligibility`, not a profile",
                "screen the profiles they were made from",
                getattr(data, "line", None),
            )
        return None
    if not isinstance(data, dict) or set(data) & set(PROFILE_KEYS):
        return None
    sign = _signs(data, RESULT_SIGNS) if "candidate" in data else None
    if sign is not None:
        return (
            "result",
            "is a result written by `eligibility`, not a profile",
            "screen the profiles it was made from",
            _line_of(data, sign),
        )
    signs = [key for key in (*RULE_SET_SIGNS, "posting") if key in data]
    if signs:
        lines = [line for line in (_line_of(data, key) for key in signs) if line is not None]
        return (
            "rule set",
            "is a rule set, not a profile",
            "a rule set is the POSTING, given before the profiles",
            min(lines) if lines else None,
        )
    return None


def _not_another_document(data: Any, file: str) -> None:
    """A rule set, or results the tool wrote, given where a profile belongs (a posting's rule set or a `screen -o`
    file left in a folder of profiles, say): named as what it is rather than reported key by key as a bad
    profile."""
    from eligibility.errors import InputErrors, NotAProfile

    other = other_document(data)
    if other is not None:
        kind, message, hint, line = other
        what = "a rule set" if kind == "rule set" else RESULTS_WRITTEN
        raise InputErrors([NotAProfile(message, what=what, file=file, line=line, hint=hint)])


def _signs(data: dict, keys: tuple[str, ...]) -> str | None:
    return next((key for key in keys if key in data), None)


def _line_of(data: Any, key: str) -> int | None:
    lines = getattr(data, "lines", None)
    return lines.get(key) if isinstance(lines, dict) else getattr(data, "line", None)


def _with_open_months(profile: Profile) -> Profile:
    """The profile with, where it gives dates as a year alone, their words and its favourable reading."""
    said: list[tuple[str, str]] = []
    jobs = profile.experience or ()
    wide_jobs = tuple(_wide_job(job, said) for job in jobs)
    degrees = profile.education or ()
    wide_degrees = tuple(_wide_degree(degree, said) for degree in degrees)
    services = profile.osce_service or ()
    wide_services = tuple(_wide_service(service, said) for service in services)
    if not said:
        return profile
    favourable = replace(
        profile,
        experience=wide_jobs if profile.experience is not None else None,
        education=wide_degrees if profile.education is not None else None,
        osce_service=wide_services if profile.osce_service is not None else None,
    )
    return replace(profile, open_months=tuple(said), favourable=favourable)


def _widened(value: PartialDate) -> PartialDate:
    return PartialDate(value.year, value.other) if isinstance(value, YearAlone) else value


def _wide_job(job: Job, said: list[tuple[str, str]]) -> Job:
    open_ends = [(what, d) for what, d in (("start", job.start), ("end", job.end)) if isinstance(d, YearAlone)]
    if not open_ends:
        return job
    years = "–".join(str(d.year) for _, d in open_ends)
    said.append(("experience", f"the {' and '.join(what for what, _ in open_ends)} of {job.label} ({years})"))
    return replace(job, start=_widened(job.start), end=None if job.end is None else _widened(job.end))


def _wide_service(service: Service, said: list[tuple[str, str]]) -> Service:
    open_ends = [(what, d) for what, d in (("start", service.start), ("end", service.end)) if isinstance(d, YearAlone)]
    if not open_ends:
        return service
    years = "–".join(str(d.year) for _, d in open_ends)
    where = service.mission or service.country
    said.append(("osce_service", f"the {' and '.join(what for what, _ in open_ends)} of {where} ({years})"))
    return replace(service, start=_widened(service.start), end=None if service.end is None else _widened(service.end))


def _wide_degree(degree: Degree, said: list[tuple[str, str]]) -> Degree:
    if not isinstance(degree.completed, YearAlone):
        return degree
    what = f"{LEVEL_NAMES.get(degree.level, degree.level)}" + (f" in {degree.field}" if degree.field else "")
    said.append(("education", f"the completion of the {what} ({degree.completed.year})"))
    return replace(degree, completed=_widened(degree.completed))


# --- how each field is read; the declarations below use these -----------------------------


def _level(node: Node) -> str | None:
    level = parse_degree_level(node.value) if not isinstance(node.value, (dict, list)) else None
    if level is None:
        node.error(
            f"unknown degree level {node.value!r}",
            did_you_mean(str(node.value), LEVELS) or f"use one of: {', '.join(LEVELS)}",
        )
    return level


ONGOING = ("present", "ongoing", "now")
"""What `end` says of a job or an assignment that has not ended."""


_BROKEN = object()
"""An end that cannot be used: the record is left out (its problem is reported)."""


@dataclass(frozen=True)
class _Year:
    """A date given as a year alone, before the record it is in decides its months (`YearAlone`)."""

    year: int

    def __str__(self) -> str:
        return str(self.year)


def _year_or_date(node: Node) -> PartialDate | _Year | None:
    """YYYY-MM, YYYY-MM-DD, or a year alone (its month not stated: a CV that gives only years)."""
    value = node.value
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if text is not None and re.fullmatch(r"\d{4}", text):
        year = int(text)
        if MIN_YEAR <= year <= MAX_YEAR:
            return _Year(year)
        node.error(f"'{text}' is outside the supported years", SUPPORTED_YEARS)
        return None
    return node.date()


def _end(node: Node) -> PartialDate | _Year | object | None:
    """A job's or an assignment's last month or day (or a year alone); None when it has not ended."""
    if str(node.value).strip().lower() in ONGOING:
        return None
    end = _year_or_date(node)
    return _BROKEN if end is None else end


def _earliest(value: PartialDate | _Year) -> date:
    return date(value.year, 1, 1) if isinstance(value, _Year) else value.first_day


def _after_latest(value: PartialDate | _Year) -> date:
    return date(value.year + 1, 1, 1) if isinstance(value, _Year) else value.end_exclusive


def _ends_after_start(node: Node, values: dict[str, Any]) -> None:
    start, end = values.get("start"), values["end"]
    if (
        isinstance(start, (PartialDate, _Year))
        and isinstance(end, (PartialDate, _Year))
        and _after_latest(end) <= _earliest(start)
    ):
        node.child("end").error(f"ends ({end}) before it starts ({start})")
        values["end"] = _BROKEN


def _months_of(start: PartialDate | _Year, end: PartialDate | _Year | None) -> tuple[PartialDate, PartialDate | None]:
    """A job's dates with each year alone at the month that counts least, within what the other date allows
    (a start no later than a stated end's month, an end no earlier than the start's)."""
    if isinstance(start, _Year):
        latest = end.month if isinstance(end, PartialDate) and end.year == start.year else 12
        start = YearAlone(start.year, latest, other=1)
    if isinstance(end, _Year):
        end = YearAlone(end.year, start.month if start.year == end.year else 1, other=12)
    return start, end


def _service_months_of(
    start: PartialDate | _Year, end: PartialDate | _Year | None
) -> tuple[PartialDate, PartialDate | None]:
    """An assignment's dates with each year alone at its longest, since earlier service counts against a maximum
    (a start in January, an end in December), and the shortest kept as the other reading (a start in December or
    a stated end's month, an end in January or the start's month)."""
    if isinstance(start, _Year):
        latest = end.month if isinstance(end, PartialDate) and end.year == start.year else 12
        start = YearAlone(start.year, 1, other=latest)
    if isinstance(end, _Year):
        earliest = start.other if isinstance(start, YearAlone) else start.month
        end = YearAlone(end.year, 12, other=earliest if start.year == end.year else 1)
    return start, end


def _management(node: Node) -> bool | str:
    """true, false, or `unknown`: the job's management is not stated (what an imported CV leaves open)."""
    if isinstance(node.value, str) and node.value.strip().lower() == "unknown":
        return UNSTATED
    value = node.boolean()
    return False if value is None else value


UNSTATED = "unknown"

UNSTATED_SECTIONS = ("permanent_residence", "osce_service")
"""The sections whose absence reads as a default ("none"), and which can therefore be given as `unknown`."""


def or_unstated(value: Value) -> Value:
    """`value`, or `unknown`: not stated, where leaving the key out would read as its default."""

    def read(node: Node):
        if isinstance(node.value, str) and node.value.strip().lower() == UNSTATED:
            return UNSTATED
        return value.read(node)

    return Value(read, {"anyOf": [value.schema, {"const": UNSTATED}]}, f"{value.shown}, or unknown")


def _fraction(node: Node) -> float | None:
    return node.number(low=0, high=1, low_open=True)


def _degree(node: Node, values: dict[str, Any]) -> Degree | None:
    completed = values["completed"]
    if isinstance(completed, _Year):
        completed = YearAlone(completed.year, 12, other=1)  # the latest it can be counts least
    return Degree(values["level"], values["field"], completed) if values["level"] else None


def _job(node: Node, values: dict[str, Any]) -> Job | None:
    # Every field is read first, so that every problem in the job is reported at once.
    if values["start"] is None or values["end"] is _BROKEN:
        return None
    management = None if values["management"] == UNSTATED else values["management"]
    start, end = _months_of(values["start"], values["end"])
    empty = isinstance(node.value, dict) and "end" in node.value and node.value["end"] is None
    return Job(**{**values, "start": start, "end": end, "management": management, "end_empty": empty})


def _service(node: Node, values: dict[str, Any]) -> Service | None:
    if not (values["mission"] or values["country"]):
        node.error("needs a mission or a country")
        return None
    if values["start"] is None or values["end"] is _BROKEN:
        return None
    start, end = _service_months_of(values["start"], values["end"])
    return Service(**{**values, "start": start, "end": end})


HELD_BACK_SECTIONS = ("education", "experience", "languages", "nationalities")


def _held_back(node: Node) -> tuple[tuple[str, str], ...] | None:
    """{section: what is open in it} (a text or a list of texts), as `import` writes it for a CV."""
    if not node.is_mapping("a mapping of section to what is open in it, such as 'education: the level of Magister'"):
        return None
    node.only_keys(HELD_BACK_SECTIONS)
    found = []
    for section in node.value:
        if section in HELD_BACK_SECTIONS:
            found += [(str(section), what) for what in node.child(section).text_list() or ()]
    return tuple(found)


def _languages(node: Node) -> dict[str, str] | None:
    if not node.is_mapping("a mapping of language to level, such as 'English: C1'"):
        return None
    out: dict[str, str] = {}
    keys: dict[str, str] = {}
    for key in node.value:
        item = node.child(key)
        name = language_name(key)
        if name is None:
            item.error(f"unknown language '{key}'", language_hint(str(key)))
            continue
        if name in keys:
            item.error(f"'{keys[name]}' and '{key}' both name {name}; give it once, with one level")
            continue
        keys[name] = str(key)
        if item.value is None or (isinstance(item.value, str) and not item.value.strip()):
            item.error(f"language '{key}' has no level", "give a CEFR level, e.g. B2")
            continue
        level = parse_level(item.value) if not isinstance(item.value, (dict, list)) else None
        if level is None:
            item.error(f"unknown level {item.value!r}", level_hint(item.value))
            continue
        out[name] = level
    return out


LICENCE = (Param("valid", FLAG), Param("manual", FLAG))


def _licence(node: Node) -> Licence | None:
    if isinstance(node.value, bool):
        # `driving_licence: false` says there is none; `true` says nothing of transmission.
        return Licence(valid=node.value, manual=None if node.value else False)
    if not node.is_mapping("a mapping such as {valid: true, manual: true}"):
        return None
    node.only_keys(keys(LICENCE))
    return Licence(**read_params(node, LICENCE))


def _born(node: Node) -> Birth | None:
    value = node.value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = str(value).strip() if isinstance(value, (str, date)) else None
    if text is not None and re.fullmatch(r"\d{4}", text):
        year = int(text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            node.error(f"'{text}' is outside the supported years", SUPPORTED_YEARS)
            return None
        return _born_by_now(node, Birth(year), text)
    if text is None or not re.fullmatch(r"\d{4}-\d{1,2}(-\d{1,2})?", text):
        node.error(f"'{node.value}' is not a date of birth", "write YYYY-MM-DD, YYYY-MM or a year")
        return None
    day = node.date()
    return None if day is None else _born_by_now(node, Birth(day.year, day.month, day.day), text)


def _born_by_now(node: Node, born: Birth, text: str) -> Birth | None:
    """A date of birth after today is a mistake ('2100' for '2001'), never read: an age limit would pass on it."""
    today = date.today()
    if (born.year, born.month or 1, born.day or 1) > (today.year, today.month, today.day):
        node.error(f"'{text}' is after today; a date of birth is in the past", "write YYYY-MM-DD, YYYY-MM or a year")
        return None
    return born


# --- the profile, declared once: its reader above and its JSON Schema (eligibility.schema) come from these --

NAME_LIMIT = 200
"""The most characters a profile's `name` may hold: longer than any person's name, short enough for every table."""
TEXT_LIMIT = 300
"""The most characters a profile's other free text may hold (a job's title, employer and each of its fields, a degree's
field, an OSCE assignment's mission and post): a long title with its unit fits, a pasted paragraph does not."""

YEAR_SCHEMAS: list[dict[str, Any]] = [
    {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
    {"type": "string", "pattern": r"^\d{4}$"},
]
YEAR_OR_DATE = Value(_year_or_date, {"oneOf": [DATE_SCHEMA, *YEAR_SCHEMAS]}, "a date, or a year alone")
END = Value(_end, {"oneOf": [DATE_SCHEMA, *YEAR_SCHEMAS, {"enum": list(ONGOING)}]}, "a date, a year, or present")
DEGREE = (
    Param("level", Value(_level, DEGREE_LEVEL_SCHEMA, "a degree level"), required=True),
    Param("field", short_text(TEXT_LIMIT)),
    Param("completed", YEAR_OR_DATE, "when it was obtained; a year alone: its month not stated"),
)
JOB = (
    Param("title", short_text(TEXT_LIMIT)),
    Param("employer", short_text(TEXT_LIMIT)),
    Param("start", YEAR_OR_DATE, "a year alone: its month not stated", required=True),
    Param("end", END, "a year alone: its month not stated", then=_ends_after_start),
    Param("fields", short_phrases(TEXT_LIMIT), "what the work was, matched against a posting's relevant fields"),
    Param(
        "management",
        Value(_management, {"oneOf": [{"type": "boolean"}, {"const": UNSTATED}]}, "true, false or unknown"),
        "managed people or a unit; default false; unknown: not stated, decided by no one yet",
        default=False,
    ),
    Param(
        "fraction",
        Value(_fraction, {"type": "number", "exclusiveMinimum": 0, "maximum": 1}, "a share, over 0 up to 1"),
        "part-time share, default 1.0",
        default=1.0,
    ),
)
JOB_ORDER = ("start", "end", "fields")
"""The dates first, so that a job ending before it starts is reported before its other fields."""
SERVICE = (
    Param("mission", short_text(TEXT_LIMIT)),
    Param("country", COUNTRY),
    Param("post", short_text(TEXT_LIMIT)),
    Param("start", YEAR_OR_DATE, "a year alone: its month not stated", required=True),
    Param("end", END, "a year alone: its month not stated", then=_ends_after_start),
    Param("local", FLAG, default=False),
)
SERVICE_ORDER = ("start", "end")
PROFILE = (
    Param("name", short_text(NAME_LIMIT)),
    Param("nationalities", COUNTRIES),
    Param(
        "permanent_residence",
        or_unstated(COUNTRIES),
        "countries of permanent residence beyond the nationalities; left out: none; unknown: not stated",
    ),
    Param("education", records(DEGREE, _degree, "degrees")),
    Param("experience", records(JOB, _job, "jobs", JOB_ORDER)),
    Param(
        "osce_service",
        or_unstated(records(SERVICE, _service, "earlier OSCE assignments", SERVICE_ORDER)),
        "earlier OSCE assignments; left out: none; unknown: not stated",
    ),
    Param(
        "languages",
        Value(
            _languages,
            {
                "type": "object",
                "additionalProperties": CEFR_SCHEMA,
                "description": "language name or ISO 639 code: CEFR level or native",
            },
            "language: level",
        ),
    ),
    Param(
        "driving_licence",
        Value(_licence, {"oneOf": [{"type": "boolean"}, object_schema(LICENCE)]}, "true, false or valid/manual"),
    ),
    Param(
        "born",
        Value(
            _born,
            {
                "oneOf": [
                    {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
                    {"type": "string", "pattern": r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$"},
                ]
            },
            "YYYY-MM-DD, YYYY-MM or a year",
        ),
        "your date of birth: YYYY-MM-DD, YYYY-MM or a year; asked only where a posting has an age limit",
    ),
    Param(
        "held_back",
        Value(
            _held_back,
            {
                "type": "object",
                "propertyNames": {"enum": list(HELD_BACK_SECTIONS)},
                "additionalProperties": {"oneOf": [TEXT_SCHEMA, {"type": "array", "items": TEXT_SCHEMA}]},
            },
            "section: what is open",
        ),
        "written by `import`: what a CV leaves open in a section; a criterion the section fails is unknown",
    ),
)
PROFILE_KEYS = keys(PROFILE)


def load_profile(ref: str, stdin_text: str | None = None) -> Profile:
    """A profile from a file (YAML, or a CV: see eligibility.cv), or from standard input's text when `ref` is '-'."""
    from eligibility import cv
    from eligibility.yamlio import JSONL_SUFFIXES, load_file, load_json, load_yaml, one_json_line, read_text

    if ref == "-":
        draft = (
            cv.read_text_input(stdin_text or "", "<stdin>") if (stdin_text or "").lstrip()[:1] in ("<", "{") else None
        )
        if draft is not None:
            return cv.to_profile(draft)
        return read_profile(load_yaml(stdin_text or "", name="<stdin>"), "<stdin>")
    if ref.lower().endswith(JSONL_SUFFIXES):  # JSON Lines: one line is one profile; more are `screen`'s
        text = read_text(ref, what="profile")
        one_json_line(text, name=ref)
        return read_profile(load_json(text, name=ref), ref)
    from eligibility.errors import EligibilityError

    try:
        if cv.is_cv_file(ref):  # Europass XML or PDF, JSON Resume: told apart by content
            return cv.load_profile(ref)
        return read_profile(load_file(ref, what="profile"), ref)
    except EligibilityError as exc:
        from eligibility.cv.notice import instead

        raise instead(ref, exc) from None
