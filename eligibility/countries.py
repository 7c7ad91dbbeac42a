"""Countries by ISO 3166-1 code or English name; Kosovo is XK (not in ISO 3166, so not in pycountry)."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from eligibility.errors import did_you_mean

KOSOVO = "XK"

# Everyday names that ISO's official names do not cover.
_ALIASES = {
    "kosovo": KOSOVO,
    "russia": "RU",
    "turkey": "TR",
    "holy see": "VA",
    "vatican": "VA",
    "vatican city": "VA",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "usa": "US",
    "united states of america": "US",
    "moldova": "MD",
    "macedonia": "MK",
    "czech republic": "CZ",
    "kyrgyz republic": "KG",
    "the netherlands": "NL",
    "holland": "NL",
    "bosnia": "BA",
    "south korea": "KR",
    "korea": "KR",
}


def country_code(value: object) -> str | None:
    """The alpha-2 code for a code or English name, or None if it names no country."""
    text = str(value).strip()
    if not text:
        return None
    low = text.lower()
    if low in _ALIASES:
        return _ALIASES[low]
    if low == KOSOVO.lower():
        return KOSOVO
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """A short English name for display."""
    if code == KOSOVO:
        return "Kosovo"
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _all_names() -> list[str]:
    names = [c.name for c in pycountry.countries] + [c.alpha_2 for c in pycountry.countries]
    return names + [name.title() for name in _ALIASES]


def country_hint(value: object) -> str:
    """A suggestion for a value that names no country."""
    return (
        did_you_mean(str(value), _all_names()) or "use an ISO 3166 code such as 'HR' or an English name; Kosovo is 'XK'"
    )
