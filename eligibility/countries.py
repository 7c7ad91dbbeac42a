"""Countries by ISO 3166-1 code or English name; Kosovo is XK (not in ISO 3166, so not in pycountry)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from eligibility.errors import did_you_mean

KOSOVO = "XK"


@lru_cache(maxsize=1)
def _countries() -> Any:
    """pycountry's table, imported when first needed: loading it costs every command some 30 ms."""
    import pycountry

    return pycountry.countries


@lru_cache(maxsize=1)
def _table() -> dict:
    """The name tables (data/countries.yaml): everyday names and duty-station cities."""
    from importlib import resources

    import yaml

    text = resources.files("eligibility").joinpath("data/countries.yaml").read_text("utf-8")
    # libyaml's loader where PyYAML has it: the same safe reading, some ten times faster than the pure-Python one.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def _iso() -> dict[str, dict[str, str]]:
    """ISO 3166-1 as `country_code` and `country_name` answer it (data/iso3166.json): every code and name of
    every country, lower-case, with its alpha-2 code (`codes`), and each alpha-2 code's display name (`names`).

    Kept as data so that reading a profile need not load pycountry; `eligibility.isonames` writes it from
    pycountry, and a test keeps the two equal.
    """
    from importlib import resources

    return json.loads(resources.files("eligibility").joinpath("data/iso3166.json").read_bytes())


def _aliases() -> dict[str, str]:
    return _table()["aliases"]


# 'Republic of Kosovo', 'the Kingdom of the Netherlands': a state's style before its name.
_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:federal|democratic|socialist|islamic|united|grand|principality|kingdom|republic|state|"
    r"commonwealth|duchy|people'?s)\s+)+of\s+(?:the\s+)?|^the\s+",
    re.I,
)


def country_code(value: object) -> str | None:
    """The alpha-2 code for a code or English name, or None if it names no country."""
    text = str(value).strip()
    if not text:
        return None
    low = text.lower()
    if low in _aliases():
        return _aliases()[low]
    if low.startswith("the ") and low[4:] in _aliases():
        return _aliases()[low[4:]]  # 'the Democratic Republic of the Congo
    if low == KOSOVO.lower():
        return KOSOVO
    code = _iso()["codes"].get(low) or iso_country_code(low)
    if code is not None:
        return code
    bare = _STYLE.sub("", text).strip()
    return country_code(bare) if bare and bare != text else None


def spelt_like(value: object) -> str | None:
    """The country a word of six letters or more is one letter away from ('Lichtenstein' -> 'LI': a letter added,
    left out, changed or two swapped), where exactly one country's name is that near; else None. For a name in a
    notice's list that names no country as written: read as the country it is most likely meant for, and said so."""
    low = re.sub(r"\s+", " ", str(value)).strip().lower()
    if len(low) < 6 or country_code(low) or demonym_code(low):
        return None  # 'Estonian' is Estonia's nationals, no slip of the pen
    names = {**_iso()["codes"], **_aliases()}
    near = {code.upper() for name, code in names.items() if len(name) >= 4 and _one_letter_apart(low, name)}
    return near.pop() if len(near) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def without_style(name: str) -> str:
    """A country name without its style: 'the', 'Republic of' ('the Co' -> 'Co', read as the code CO)."""
    return _STYLE.sub("", name).strip()


def demonym_code(value: object) -> str | None:
    """The country whose nationals a word names ('Dutch' -> 'NL', 'Kenyan' -> 'KE'), or None; a word that could
    name two countries ('Congolese') names none."""
    return _table()["demonyms"].get(re.sub(r"\s+", " ", str(value)).strip().lower())


def nationality_code(value: object) -> str | None:
    """The country a nationality names, written as the country ('Austria', 'AT') or as its nationals' adjective
    ('Austrian', any case), or None (a word that names no country, or could name two)."""
    return country_code(value) or demonym_code(value)


def city_country(value: object) -> str | None:
    """The country of a well-known duty-station city ('Geneva' -> 'CH'), or None."""
    return _table()["duty_stations"].get(re.sub(r"\s+", " ", str(value)).strip().lower())


def iso_country_code(low: str) -> str | None:
    """The alpha-2 code pycountry's own table gives a lower-case code or name, or None."""
    try:
        return _countries().lookup(low).alpha_2
    except LookupError:
        return None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """A short English name for display."""
    if code == KOSOVO:
        return "Kosovo"
    known = _iso()["names"].get(code.lower())
    return known if known is not None else iso_country_name(code)


def iso_country_name(code: str) -> str:
    """`country_name` from pycountry's own table."""
    country = _countries().get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def iso_known_countries() -> dict[str, dict[str, str]]:
    """What `data/iso3166.json` holds, from pycountry: every code and name of every country, lower-case,
    with the alpha-2 code `country_code` gives it, and every alpha-2 code's display name."""
    keys = {value.lower() for country in _countries() for _field, value in country}
    codes = {key: iso_country_code(key) for key in keys if key and key.strip() == key}
    names = {country.alpha_2.lower(): iso_country_name(country.alpha_2) for country in _countries()}
    return {
        "codes": {key: code for key, code in sorted(codes.items()) if code is not None},
        "names": dict(sorted(names.items())),
    }


def former_state_names() -> list[str]:
    """Names of states that no longer exist ('Yugoslavia', 'Soviet Union'), lower-case: 'former' before one is
    part of a place's name."""
    return list(_table()["former"])


@lru_cache(maxsize=1)
def _all_names() -> list[str]:
    names = [c.name for c in _countries()] + [c.alpha_2 for c in _countries()]
    return names + [name.title() for name in _aliases()]


def country_hint(value: object) -> str:
    """A suggestion for a value that names no country: the country a part of it or another body's code for it
    points to; for a state that no longer exists or a city, what to give instead; else the closest name."""
    low = re.sub(r"\s+", " ", str(value)).strip().lower()
    low = low[4:] if low.startswith("the ") else low
    table = _table()
    code = table["suggested"].get(low)
    if code is not None:
        return f"did you mean '{country_name(code)}' or '{code}'?"
    if low in table["former"]:
        return "no longer a country: give the present nationality"
    code = city_country(low)
    if code is not None:
        return f"a city: give the country, '{country_name(code)}' or '{code}'"
    return (
        did_you_mean(str(value), _all_names()) or "use an ISO 3166 code such as 'HR' or an English name; Kosovo is 'XK'"
    )
