"""A candidate profile: what the candidate states, and nothing more.

A key that is absent means "not stated"; the checks turn that into `unknown`,
never into a silent pass or fail. The few documented defaults (no residence
beyond the nationalities, no earlier OSCE service, management false, full
time) are applied here and said in the explanations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The degree vocabulary lives in eligibility.degrees; the names other readers of profiles use are
# available here too.
from eligibility.degrees import LADDER as LADDER
from eligibility.degrees import LEVEL_NAMES as LEVEL_NAMES
from eligibility.degrees import LEVELS, parse_degree_level
from eligibility.errors import did_you_mean
from eligibility.fields import Node, root
from eligibility.languages import language_hint, language_name, parse_level
from eligibility.periods import PartialDate

PROFILE_KEYS = (
    "name",
    "nationalities",
    "permanent_residence",
    "education",
    "experience",
    "osce_service",
    "languages",
    "driving_licence",
)


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
class Profile:
    file: str
    name: str | None = None
    nationalities: tuple[str, ...] | None = None
    permanent_residence: tuple[str, ...] | None = None
    """None: not stated, read as none beyond the nationalities."""
    education: tuple[Degree, ...] | None = None
    experience: tuple[Job, ...] | None = None
    osce_service: tuple[Service, ...] | None = None
    """None: not stated, read as no earlier OSCE service."""
    languages: dict[str, str] | None = None
    """Language name -> CEFR level or 'native'; a language not listed is not spoken."""
    driving_licence: Licence | None = None

    @property
    def display_name(self) -> str:
        return self.name or self.file


def read_profile(data: Any, file: str) -> Profile:
    """Build a Profile from located YAML data, raising InputErrors with every problem found."""
    doc = root(data, file)
    doc.only_keys(PROFILE_KEYS)
    profile = Profile(
        file=file,
        name=doc.get("name", Node.text),
        nationalities=doc.get("nationalities", Node.countries),
        permanent_residence=doc.get("permanent_residence", Node.countries),
        education=doc.get("education", lambda n: _each(n, _degree)),
        experience=doc.get("experience", lambda n: _each(n, _job)),
        osce_service=doc.get("osce_service", lambda n: _each(n, _service)),
        languages=doc.get("languages", _languages),
        driving_licence=doc.get("driving_licence", _licence),
    )
    doc.problems.raise_if_any()
    return profile


def _each(node: Node, build) -> tuple | None:
    if not node.is_sequence():
        return None
    items = []
    for item in node.items():
        if item.is_mapping():
            built = build(item)
            if built is not None:
                items.append(built)
    return tuple(items)


def _degree(node: Node) -> Degree | None:
    node.only_keys(("level", "field", "completed"))
    level = node.get("level", _level, required=True)
    degree_field = node.get("field", Node.text)
    completed = node.get("completed", Node.date)
    return Degree(level, degree_field, completed) if level else None


def _level(node: Node) -> str | None:
    level = parse_degree_level(node.value) if not isinstance(node.value, (dict, list)) else None
    if level is None:
        node.error(
            f"unknown degree level {node.value!r}",
            did_you_mean(str(node.value), LEVELS) or f"use one of: {', '.join(LEVELS)}",
        )
    return level


def _dates(node: Node) -> tuple[PartialDate | None, PartialDate | None, bool]:
    start = node.get("start", Node.date, required=True)
    end = None
    ok = start is not None
    if node.has("end") and str(node.value["end"]).strip().lower() not in ("present", "ongoing", "now"):
        end = node.child("end").date()
        ok = ok and end is not None
        if start and end and end.end_exclusive <= start.first_day:
            node.child("end").error(f"ends ({end}) before it starts ({start})")
            ok = False
    return start, end, ok


def _job(node: Node) -> Job | None:
    node.only_keys(("title", "employer", "start", "end", "fields", "management", "fraction"))
    start, end, ok = _dates(node)
    fields = node.get("fields", Node.text_list)
    values = {
        "title": node.get("title", Node.text),
        "employer": node.get("employer", Node.text),
        "fields": tuple(fields) if fields is not None else None,
        "management": node.get("management", _management, default=False),
        "fraction": node.get("fraction", lambda n: n.number(low=0, high=1, low_open=True), default=1.0) or 1.0,
    }
    # Every field is read first, so that every problem in the job is reported at once.
    return Job(start=start, end=end, **values) if ok and start is not None else None


def _management(node: Node) -> bool | None:
    """true, false, or `unknown`: the job's management is not stated (what an imported CV leaves open)."""
    if isinstance(node.value, str) and node.value.strip().lower() == "unknown":
        return None
    value = node.boolean()
    return False if value is None else value


def _service(node: Node) -> Service | None:
    node.only_keys(("mission", "country", "post", "start", "end", "local"))
    start, end, ok = _dates(node)
    mission = node.get("mission", Node.text)
    country = node.get("country", Node.country)
    post = node.get("post", Node.text)
    local = node.get("local", Node.boolean, default=False) or False
    if not (mission or country):
        node.error("needs a mission or a country")
        return None
    if not ok or start is None:
        return None
    return Service(mission=mission, country=country, start=start, end=end, post=post, local=local)


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
        level = parse_level(item.value) if not isinstance(item.value, (dict, list)) else None
        if level is None:
            item.error(f"unknown level {item.value!r}", "use a CEFR level A1, A2, B1, B2, C1, C2, or 'native'")
            continue
        out[name] = level
    return out


def _licence(node: Node) -> Licence | None:
    if isinstance(node.value, bool):
        # `driving_licence: false` says there is none; `true` says nothing of transmission.
        return Licence(valid=node.value, manual=None if node.value else False)
    if not node.is_mapping("a mapping such as {valid: true, manual: true}"):
        return None
    node.only_keys(("valid", "manual"))
    return Licence(valid=node.get("valid", Node.boolean), manual=node.get("manual", Node.boolean))


def load_profile(ref: str, stdin_text: str | None = None) -> Profile:
    """A profile from a file (YAML, or a CV: see eligibility.cv), or from standard input's text when `ref` is '-'."""
    from eligibility import cv
    from eligibility.yamlio import load_file, load_yaml

    if ref == "-":
        draft = (
            cv.read_text_input(stdin_text or "", "<stdin>") if (stdin_text or "").lstrip()[:1] in ("<", "{") else None
        )
        if draft is not None:
            return cv.to_profile(draft)
        return read_profile(load_yaml(stdin_text or "", name="<stdin>"), "<stdin>")
    if cv.is_cv_file(ref):  # Europass XML or PDF, JSON Resume: told apart by content
        return cv.load_profile(ref)
    return read_profile(load_file(ref, what="profile"), ref)
