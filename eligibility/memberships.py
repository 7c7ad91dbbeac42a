"""Groupings of countries that notices open posts to (eligibility/data/memberships.yaml), loaded once:
'a national of a Member State of the European Union' is a nationality rule over the Union's members."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eligibility.yamlio import load_data


@dataclass(frozen=True)
class Grouping:
    code: str
    name: str
    """How a criterion's note names it: 'Member States of the European Union'."""
    members: tuple[str, ...]
    """ISO 3166-1 alpha-2 codes, in the data's order."""
    source: str
    as_of: str
    pattern: re.Pattern
    """Any of its names as whole words: abbreviations (one word) as written, full names in any case."""


@lru_cache(maxsize=1)
def groupings() -> tuple[Grouping, ...]:
    out = []
    for g in load_data("memberships.yaml")["groupings"]:
        names = sorted((str(n) for n in g["names"]), key=len, reverse=True)
        alternatives = [
            re.escape(n) if " " not in n else "(?i:" + re.escape(n).replace(r"\ ", r"\s+") + ")" for n in names
        ]
        out.append(
            Grouping(
                code=str(g["code"]),
                name=str(g["name"]),
                members=tuple(str(c) for c in g["members"]),
                source=str(g["source"]),
                as_of=str(g["as_of"]),
                pattern=re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"),
            )
        )
    return tuple(out)


def grouping(code: str | None) -> Grouping | None:
    """The grouping with this code ('EU', 'NATO', 'CoE'), or None."""
    return next((g for g in groupings() if g.code == code), None)
