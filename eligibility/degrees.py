"""Degrees and qualifications: the levels a profile states and a posting asks for, and which meets which.

Its own module because profiles, the education and experience checks, the
education paths and the compiler all speak of degrees, and none of them
should have to import another for it.
"""

from __future__ import annotations

# The ladder of university degrees; the other levels sit beside it and count
# only where a posting names them.
LADDER = ("secondary", "bachelor", "master", "doctorate")
OTHER_LEVELS = ("police-academy", "military-academy", "professional-certificate")
LEVELS = LADDER + OTHER_LEVELS
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


def accepts(level: str, floor: str | tuple[str, ...]) -> bool:
    """Does a degree of `level` meet `floor` (a level, or any of several)? Higher university degrees meet lower ones."""
    floors = (floor,) if isinstance(floor, str) else floor
    for f in floors:
        if level == f:
            return True
        if level in LADDER and f in LADDER and LADDER.index(level) >= LADDER.index(f):
            return True
    return False
