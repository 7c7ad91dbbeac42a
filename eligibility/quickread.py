"""A profile straight from plain parsed data, at the cost of a few look-ups when the data is valid.

The located reader (`profile.read_profile`) walks every value as a node with its
field path and line, so that a problem is reported exactly. Most profiles in a
batch have no problem. This module builds the same `Profile` directly from the
parsed data, accepting only plainly valid values of the expected types; the
moment anything is unusual (an unknown key, a value of another type, a date or
country it cannot read) it gives up and the located reader reads the document,
so every message stays exactly what it was. Tests check that both readers build
equal profiles.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import orjson

from eligibility import fastyaml
from eligibility.countries import country_code
from eligibility.declared import keys
from eligibility.languages import language_name, parse_level
from eligibility.made import made
from eligibility.periods import PartialDate, parse_partial_date
from eligibility.profile import (
    DEGREE,
    JOB,
    LICENCE,
    NAME_LIMIT,
    ONGOING,
    SERVICE,
    TEXT_LIMIT,
    UNSTATED,
    Degree,
    Job,
    Licence,
    Profile,
    Service,
    parse_degree_level,
    read_profile,
)
from eligibility.yamlio import JSONL_SUFFIXES, load_json, load_yaml, may_repeat_a_key, one_json_line, read_text


class _Unusual(Exception):
    """Not plainly valid: the located reader must read it."""


_UNUSUAL = _Unusual()
_KEYS = frozenset(
    (
        "name",
        "nationalities",
        "permanent_residence",
        "education",
        "experience",
        "osce_service",
        "languages",
        "driving_licence",
    )
)
"""The profile keys this reader builds; a profile with any other key (one added to the profile's declaration
since) is read by the located reader, so that no key is ever dropped."""
_DEGREE_KEYS = frozenset(keys(DEGREE))
_JOB_KEYS = frozenset(keys(JOB))
_SERVICE_KEYS = frozenset(keys(SERVICE))
_LICENCE_KEYS = frozenset(keys(LICENCE))
_ONGOING = ONGOING
_CACHE = 4096
"""Distinct texts remembered per kind (dates, countries, levels): bounded, so memory stays flat."""


def profile_from_data(data: Any, file: str, located: Callable[[], Any] | None = None) -> Profile:
    """The profile `data` holds; when it is not plainly valid, `located()` (default: `data` itself)
    is read by the located reader, which raises the exact errors."""
    profile = quick_profile(data, file)
    if profile is not None:
        return profile
    return read_profile(located() if located is not None else data, file)


def load_profile_file(path: str) -> Profile:
    """A profile file (YAML, or JSON by its `.json` name), as `read_profile(load_file(path))` reads it, but
    parsed by the fast loaders; the located loader parses it again only when it is not plainly valid."""
    text = read_text(path, what="profile")
    is_json = path.lower().endswith(".json")
    if path.lower().endswith(JSONL_SUFFIXES):
        one_json_line(text, name=path)  # one line is one profile; more are a batch, which `screen` reads
        is_json = True
    if is_json:
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError:
            data = None
        if data is not None and may_repeat_a_key(text, data):
            data = None  # orjson keeps the last of a key given twice: the located reader refuses it
    else:
        data = fastyaml.load(text)

    def located() -> Any:
        return load_json(text, name=path) if is_json else load_yaml(text, name=path)

    return profile_from_data(data, path, located) if data is not None else read_profile(located(), path)


def quick_profile(data: Any, file: str) -> Profile | None:
    """The profile, or None when the data is not plainly valid (then the located reader decides)."""
    if type(data) is not dict and not isinstance(data, dict):
        return None
    try:
        if not data.keys() <= _KEYS:
            raise _UNUSUAL
        get = data.get
        # Each value read where it is (no function made per profile): None stays None.
        name = get("name")
        nationalities = get("nationalities")
        residence = get("permanent_residence")
        education = get("education")
        experience = get("experience")
        service = get("osce_service")
        languages = get("languages")
        licence = get("driving_licence")
        if (
            name is None
            and nationalities is None
            and residence is None
            and education is None
            and experience is None
            and service is None
            and languages is None
            and licence is None
        ):
            raise _UNUSUAL  # states nothing: the located reader refuses it
        if residence == UNSTATED:
            residence = None
        if service == UNSTATED:
            service = None
        return made(
            Profile,
            {
                "file": file,
                "name": None if name is None else _text(name, NAME_LIMIT),
                "nationalities": None if nationalities is None else _countries(nationalities),
                "permanent_residence": None if residence is None else _countries(residence),
                "education": None if education is None else _each(education, _degree),
                "experience": None if experience is None else _each(experience, _job),
                "osce_service": None if service is None else _each(service, _service),
                "languages": None if languages is None else _languages(languages),
                "driving_licence": None if licence is None else _licence(licence),
                "born": None,
                "known_languages": None,
                "held_back": (),
                "open_months": (),
                "favourable": None,
            },
        )
    except _Unusual:
        return None


def _text(value: Any, limit: int = TEXT_LIMIT) -> str:
    if type(value) is not str:
        raise _UNUSUAL
    text = value.strip()
    if not text or len(text) > limit:  # too long: the located reader says so
        raise _UNUSUAL
    return text


def _boolean(value: Any) -> bool:
    if type(value) is not bool:
        raise _UNUSUAL
    return value


@lru_cache(maxsize=_CACHE)
def _country_of(text: str) -> str | None:
    return country_code(text) if text.strip() else None


def _country(value: Any) -> str:
    if type(value) is not str:
        raise _UNUSUAL
    code = _country_of(value)
    if code is None:
        raise _UNUSUAL
    return code


def _countries(value: Any) -> tuple[str, ...]:
    if type(value) is str:
        return (_country(value),)
    if type(value) is not list and not isinstance(value, list):
        raise _UNUSUAL
    if len(value) == 1:
        return (_country(value[0]),)
    return tuple(dict.fromkeys([_country(item) for item in value]))


@lru_cache(maxsize=_CACHE)
def _date_of(text: str) -> PartialDate | None:
    try:
        return parse_partial_date(text)
    except ValueError:
        return None


def _date(value: Any) -> PartialDate:
    if type(value) is not str:
        raise _UNUSUAL
    parsed = _date_of(value)
    if parsed is None:
        raise _UNUSUAL
    return parsed


def _each(value: Any, build: Callable[[dict], Any]) -> tuple:
    if not isinstance(value, list):
        raise _UNUSUAL
    return tuple([build(item) for item in value])


def _mapping(value: Any, keys: frozenset[str]) -> dict:
    if not isinstance(value, dict) or not value.keys() <= keys:
        raise _UNUSUAL
    return value


@lru_cache(maxsize=_CACHE)
def _level_of(text: str) -> str | None:
    return parse_degree_level(text)


def _degree(value: Any) -> Degree:
    get = _mapping(value, _DEGREE_KEYS).get
    level = get("level")
    if type(level) is not str or (level := _level_of(level)) is None:
        raise _UNUSUAL
    field, completed = get("field"), get("completed")
    return made(
        Degree,
        {
            "level": level,
            "field": None if field is None else _text(field),
            "completed": None if completed is None else _date(completed),
        },
    )


def _span(get) -> tuple[PartialDate, PartialDate | None]:
    start = get("start")
    if start is None:
        raise _UNUSUAL
    start = _date(start)
    end = get("end")
    if end is not None:
        if type(end) is str and end.strip().lower() in _ONGOING:
            end = None
        else:
            end = _date(end)
            if end.end_exclusive <= start.first_day:
                raise _UNUSUAL
    return start, end


def _fraction(value: Any) -> float:
    if type(value) not in (int, float):
        raise _UNUSUAL
    share = float(value)
    if not 0 < share <= 1:  # NaN and infinities too
        raise _UNUSUAL
    return share


def _text_list(value: Any) -> tuple[str, ...]:
    if type(value) is str:
        return (_text(value),)
    if not isinstance(value, list):
        raise _UNUSUAL
    return tuple([_text(item) for item in value])


def _job(value: Any) -> Job:
    get = _mapping(value, _JOB_KEYS).get
    start, end = _span(get)
    title, employer, fields = get("title"), get("employer"), get("fields")
    management, fraction = get("management"), get("fraction")
    return made(
        Job,
        {
            "title": None if title is None else _text(title),
            "employer": None if employer is None else _text(employer),
            "start": start,
            "end": end,
            "fields": None if fields is None else _text_list(fields),
            "management": False if management is None else _boolean(management),
            "fraction": 1.0 if fraction is None else _fraction(fraction),
            "end_empty": "end" in value and get("end") is None,
        },
    )


def _service(value: Any) -> Service:
    get = _mapping(value, _SERVICE_KEYS).get
    start, end = _span(get)
    mission, country, post, local = get("mission"), get("country"), get("post"), get("local")
    if mission is None and country is None:
        raise _UNUSUAL
    return made(
        Service,
        {
            "mission": None if mission is None else _text(mission),
            "country": None if country is None else _country(country),
            "start": start,
            "end": end,
            "post": None if post is None else _text(post),
            "local": False if local is None else _boolean(local),
        },
    )


@lru_cache(maxsize=_CACHE)
def _cefr_of(text: str) -> str | None:
    return parse_level(text)


def _languages(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _UNUSUAL
    out: dict[str, str] = {}
    for key, level in value.items():
        if type(key) is not str or type(level) is not str:
            raise _UNUSUAL
        name = language_name(key)
        cefr = _cefr_of(level)
        if name is None or cefr is None or name in out:  # a language named twice ('English', 'en'): an error
            raise _UNUSUAL
        out[name] = cefr
    return out


def _licence(value: Any) -> Licence:
    if type(value) is bool:
        return Licence(valid=value, manual=None if value else False)
    get = _mapping(value, _LICENCE_KEYS).get
    valid, manual = get("valid"), get("manual")
    return made(
        Licence,
        {"valid": None if valid is None else _boolean(valid), "manual": None if manual is None else _boolean(manual)},
    )
